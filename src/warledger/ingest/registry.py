"""The one place formats are registered: a reader per format key that `sniff` can answer.

Adding a format is one new module with a `documents_from_<format>(payload)` reader and one line
here (and, if its content can be recognised, a signature in sniff.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from warledger.errors import RejectedInput
from warledger.ingest import compressed, feed, html, jsonl, pdf, text, warc
from warledger.ingest.payload import Payload, Reader, Result
from warledger.ingest.sniff import detect_format

READERS: dict[str, Reader] = {
    "text": text.documents_from_text,
    "html": html.documents_from_html,
    "feed": feed.documents_from_feed,
    "pdf": pdf.documents_from_pdf,
    "warc": warc.documents_from_warc,
    "jsonl": jsonl.documents_from_jsonl,
    "gzip": compressed.documents_from_gzip,
}


def documents_from_payload(payload: Payload) -> Iterator[Result]:
    """The documents in one payload, or the named reasons it (or parts of it) could not be read.

    Each reader turns its parser's known failures into reasons of its own; an exception no reader
    foresaw (a third-party parser meeting input nobody tested) still names the input and stops
    only that input, never the batch.
    """
    fmt = "input"
    try:
        fmt = detect_format(payload)
        yield from READERS[fmt](payload)
    except RejectedInput as rejection:
        yield rejection
    except Exception as error:  # the last line of defence for one input; named, never silent
        yield RejectedInput(payload.name, f"unreadable {fmt} ({type(error).__name__}: {error})")
