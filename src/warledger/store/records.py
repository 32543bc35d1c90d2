"""What the store hands back to readers (CLI, API, report): plain typed records, not ORM rows."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class StoredDocument(BaseModel):
    """One stored document with its provenance, as `warledger documents` lists it."""

    sha256: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: str | None = None
    retrieved_at: datetime
    language: str
    characters: int
    incidents: int = 0
    statements: int = 0
    media_type: str | None = None
    extractor: str | None = None
    external_id: str | None = None
    origin: str | None = None
