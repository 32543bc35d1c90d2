"""How pipeline components hand mentions to each other: `doc._.mentions`, a list of `Mention`.

Each component adds one kind of mention (casualty figure, weapon, target, date, place, actor,
event cue, statement...) with character offsets; the incident grouper reads them all. Keeping
them on the `Doc` (spaCy's custom attributes) avoids side channels between components.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc


@dataclass(frozen=True)
class Mention:
    """One thing a component found: its kind, where it is, and its normalised value."""

    kind: str
    start: int
    end: int
    text: str
    value: Any = None


def register_extensions() -> None:
    """Declare the custom `Doc` attributes once per process (idempotent)."""
    if not Doc.has_extension("mentions"):
        Doc.set_extension("mentions", default=None)
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)


def mentions_of(doc: Doc, kind: str | None = None) -> list[Mention]:
    """The mentions on `doc`, all or of one kind, in text order."""
    found: list[Mention] = doc._.mentions or []
    return sorted((m for m in found if kind is None or m.kind == kind), key=lambda m: m.start)


def add_mentions(doc: Doc, new: list[Mention]) -> None:
    """Append mentions to `doc` (the list is created on first use, per document). `doc._` is read once:
    spaCy makes a new accessor object each time it is asked for."""
    mentions: list[Mention] | None = doc._.mentions
    if mentions is None:
        mentions = []
        doc._.mentions = mentions
    mentions.extend(new)


register_extensions()
