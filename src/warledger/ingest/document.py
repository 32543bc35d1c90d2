"""The `Document`: what ingest hands to every later stage.

It keeps the original bytes beside the clean text so an analyst can prove what the source said
when it was collected (chain of custody): the SHA-256 of the bytes is the document's identity.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal

DatePrecision = Literal["day", "month", "year"]


def sha256_of(data: bytes) -> str:
    """The hex SHA-256 of the original bytes: the content address of a document."""
    return hashlib.sha256(data).hexdigest()


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Document:
    """One report as collected: original bytes, provenance and the clean text offsets index into.

    `sha256` is of `original`; for a feed item or a JSONL line, `original` is that item's own
    bytes (so the same item seen again in a later fetch of the feed is the same document).
    """

    original: bytes
    text: str
    media_type: str
    extractor: str
    sha256: str = ""
    external_id: str | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    published_precision: DatePrecision | None = None
    language: str = "und"
    retrieved_at: datetime = field(default_factory=utc_now)
    origin: str = ""

    def __post_init__(self) -> None:
        if not self.sha256:
            object.__setattr__(self, "sha256", sha256_of(self.original))
