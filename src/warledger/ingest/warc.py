"""WARC web archives: each archived HTTP response with an HTML page, a text or a PDF becomes a
document.

A gzip-compressed WARC is inflated first with a hard cap (a multiple of the input cap, since web
archives compress well), so a bomb in one record is refused before warcio reads it. Each record's
payload is then read through warcio (which undoes chunking and Content-Encoding), capped again,
and handed to the registry as an input of its own: the page keeps its target URI and the crawl
time (WARC-Date) as its retrieval time, because that is when it was collected.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from io import BytesIO
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from warledger.errors import RejectedInput
from warledger.ingest.compressed import gunzipped
from warledger.ingest.payload import Payload, Result
from warledger.ingest.sniff import GZIP_MAGIC

EXPANSION_LIMIT = 5
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "application/pdf")
RECORD_TYPES = ("response", "resource")
WARC_ERRORS = (
    ArchiveLoadFailed,
    StatusAndHeadersParserException,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    EOFError,
    OSError,
)


def documents_from_warc(payload: Payload) -> Iterator[Result]:
    """The documents of every HTML or text response in the archive, in archive order."""
    data = payload.data
    if data.startswith(GZIP_MAGIC):
        data = gunzipped(data, payload.name, payload.max_bytes * EXPANSION_LIMIT)
    found = False
    try:
        for record in ArchiveIterator(BytesIO(data), arc2warc=True):
            page = page_of_record(payload, record)
            if page is not None:
                found = True
                yield from documents_of_page(page)
    except WARC_ERRORS as error:
        yield RejectedInput(payload.name, f"malformed WARC: {type(error).__name__}: {error}")
        return
    if not found:
        yield RejectedInput(payload.name, "WARC has no HTML or text response records")


def page_of_record(payload: Payload, record: Any) -> Payload | RejectedInput | None:
    """The record's page as a payload of its own; None for records that hold no page."""
    if record.rec_type not in RECORD_TYPES:
        return None
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if headers is None:
        return None
    status = headers.get_statuscode() if record.rec_type == "response" else "200"
    content_type = headers.get_header("Content-Type") or ""
    if not str(status).startswith("2") or not content_type.lower().startswith(PAGE_TYPES):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    name = f"{payload.name}#{uri}"
    body = record.content_stream().read(payload.max_bytes + 1)
    if len(body) > payload.max_bytes:
        return RejectedInput(name, f"record over the size cap of {payload.max_bytes} bytes")
    return replace(
        payload,
        data=body,
        name=name,
        hint=uri,
        url=uri or None,
        content_type=content_type,
        retrieved_at=crawl_time(record) or payload.retrieved_at,
    )


def documents_of_page(page: Payload | RejectedInput) -> Iterator[Result]:
    from warledger.ingest.registry import documents_from_payload  # the registry imports this module

    if isinstance(page, RejectedInput):
        yield page
    else:
        yield from documents_from_payload(page)


def crawl_time(record: Any) -> datetime | None:
    """The record's WARC-Date, when the page was collected."""
    value = record.rec_headers.get_header("WARC-Date") or ""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
