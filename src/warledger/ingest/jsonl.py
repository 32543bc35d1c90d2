"""JSON lines in the shape of shared/eval: one `{"id", "text", "published"?, "title"?, "url"?,
"source"?}` a line, each line a document of its own.

A malformed line is rejected with its line number and the rest of the file goes on, so one bad
row in a thousand loses one row. Each document's original bytes are its own line, so the same
row in another file is the same document.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from warledger.errors import RejectedInput
from warledger.ingest.build import new_document
from warledger.ingest.dates import published_from
from warledger.ingest.payload import Payload, Result

MEDIA_TYPE = "application/jsonl"


def documents_from_jsonl(payload: Payload) -> Iterator[Result]:
    """One document per non-blank line; a named rejection per malformed line."""
    for number, line in enumerate(payload.data.split(b"\n"), start=1):
        original = line.rstrip(b"\r")
        if not original.strip():
            continue
        name = f"{payload.name}:{number}"
        try:
            yield document_of_row(payload, row_of_line(original, name), original, name)
        except RejectedInput as rejection:
            yield rejection


def row_of_line(line: bytes, name: str) -> dict[str, Any]:
    try:
        row = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise RejectedInput(name, "not UTF-8") from None
    except json.JSONDecodeError as error:
        raise RejectedInput(name, f"not JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(row, dict):
        raise RejectedInput(name, f"not a JSON object (a {type(row).__name__})")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RejectedInput(name, 'no "text" (a non-empty string is required)')
    return row


def document_of_row(payload: Payload, row: dict[str, Any], original: bytes, name: str) -> Result:
    published = row.get("published")
    return new_document(
        payload,
        original=original,
        name=name,
        text=row["text"],
        media_type=MEDIA_TYPE,
        extractor="jsonl",
        external_id=optional_text(row.get("id")),
        title=optional_text(row.get("title")),
        url=optional_text(row.get("url")),
        source=optional_text(row.get("source")),
        published=published_from(published) if isinstance(published, str) else None,
    )


def optional_text(value: Any) -> str | None:
    """A scalar field as text (ids may be numbers); None for absent, null or nested values."""
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)
