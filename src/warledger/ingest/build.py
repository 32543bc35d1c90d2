"""Assembling a `Document` from what a reader found, the same way for every format.

Readers only say what they extracted; this module cleans the text the same way for all of them,
detects the language, falls back to the URL's host as the outlet, and refuses a document with
no text, so those rules live in one place.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from warledger.errors import RejectedInput
from warledger.ingest.dates import Published
from warledger.ingest.document import Document
from warledger.ingest.language import language_of
from warledger.ingest.payload import Payload

BLANK_LINES = re.compile(r"\n{3,}")
TRAILING_SPACE = re.compile(r"[ \t]+\n")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Unix newlines, no control characters, no trailing spaces, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = CONTROL_CHARS.sub("", text)
    text = TRAILING_SPACE.sub("\n", text)
    return BLANK_LINES.sub("\n\n", text).strip()


def outlet_of(url: str | None) -> str | None:
    """The host of a URL without "www.", the outlet when the page does not name itself."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def new_document(
    payload: Payload,
    *,
    text: str,
    media_type: str,
    extractor: str,
    original: bytes | None = None,
    name: str | None = None,
    title: str | None = None,
    author: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: Published | None = None,
    external_id: str | None = None,
    retrieved_at: datetime | None = None,
) -> Document:
    """A document from one reader's findings; raises RejectedInput when no text is left."""
    clean = clean_text(text)
    if not clean:
        raise RejectedInput(name or payload.name, f"no text found ({extractor})")
    url = url or payload.url
    return Document(
        original=payload.data if original is None else original,
        text=clean,
        media_type=media_type,
        extractor=extractor,
        external_id=external_id,
        title=tidy(title),
        author=tidy(author),
        url=url,
        source=tidy(source) or outlet_of(url),
        published=published.day if published else None,
        published_precision=published.precision if published else None,
        language=language_of(clean),
        retrieved_at=retrieved_at or payload.retrieved_at,
        origin=payload.origin,
    )


def tidy(value: str | None) -> str | None:
    """A metadata string on one line, or None when it is empty."""
    if value is None:
        return None
    single = " ".join(str(value).split())
    return single or None
