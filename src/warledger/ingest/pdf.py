"""PDF reports: the text of every page, in order, with the title and author of the file.

pypdf reads the file in memory (no external tools). Hard line wraps are undone (a sentence split
across lines would hide "at least / 12 people" from extraction) and pages are joined by a blank
line; a PDF with no text layer (a scan) is rejected rather than stored empty. The
file's creation date is not taken as the publication date (it is when the PDF was made); a
date on one of the first short lines (a dateline) is.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from io import BytesIO

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from warledger.errors import RejectedInput
from warledger.ingest.build import new_document
from warledger.ingest.byline import byline_of
from warledger.ingest.payload import Payload, Result
from warledger.ingest.sniff import PDF_MAGIC, PDF_MAGIC_WINDOW
from warledger.ingest.wraps import unwrapped

PAGE_SEPARATOR = "\n\n"
PDF_ERRORS = (
    PyPdfError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    AssertionError,
    RecursionError,
    OSError,
    ZeroDivisionError,
    UnicodeError,
    NotImplementedError,
)

logging.getLogger("pypdf").setLevel(logging.ERROR)


def documents_from_pdf(payload: Payload) -> Iterator[Result]:
    """One document from a PDF file, its pages' text joined by blank lines."""
    if PDF_MAGIC not in payload.data[:PDF_MAGIC_WINDOW]:
        raise RejectedInput(payload.name, "malformed PDF: no %PDF- header")
    try:
        reader = opened_pdf(payload)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title, author = (info.title, info.author) if info else (None, None)
    except PDF_ERRORS as error:
        raise RejectedInput(payload.name, f"malformed PDF: {type(error).__name__}: {error}") from None
    text = PAGE_SEPARATOR.join(unwrapped(page) for page in pages if page.strip())
    if not text:
        raise RejectedInput(payload.name, "PDF has no text layer (a scanned image?)")
    byline = byline_of(text)
    yield new_document(
        payload,
        text=text,
        media_type="application/pdf",
        extractor="pypdf",
        title=str(title) if title else None,
        author=str(author) if author else byline.author,
        source=byline.outlet,
        published=byline.published,
    )


def opened_pdf(payload: Payload) -> PdfReader:
    """A reader for the payload, decrypted when the PDF is encrypted with an empty password."""
    reader = PdfReader(BytesIO(payload.data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise RejectedInput(payload.name, "encrypted PDF: needs a password")
    return reader
