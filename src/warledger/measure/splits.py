"""Which dev rows the event-type model may learn from, and which are kept for evaluation.

The split is a deterministic function of the row id (SHA-256, not Python's salted `hash`), so
`scripts/train_event_type.py` and `warledger eval --split heldout` agree on every machine, and a row's
side never changes when rows are added or removed.
"""

from __future__ import annotations

import hashlib
from typing import Literal

Split = Literal["all", "train", "heldout"]
SPLITS: tuple[str, ...] = ("all", "train", "heldout")
TRAINING_PERCENT = 60


def bucket_of(row_id: str) -> int:
    """A stable number in [0, 100) for a row id."""
    return int(hashlib.sha256(row_id.encode("utf-8")).hexdigest()[:8], 16) % 100


def in_training_split(row_id: str) -> bool:
    """True for the ~60% of rows the event-type model is trained on."""
    return bucket_of(row_id) < TRAINING_PERCENT


def in_split(row_id: str, split: str) -> bool:
    """Whether a row belongs to `split` ("all", "train" or "heldout")."""
    if split == "all":
        return True
    return in_training_split(row_id) == (split == "train")
