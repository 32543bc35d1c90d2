"""Which reader an input needs, decided by its content first, its name or declared type second.

Magic bytes settle binary formats (PDF, gzip, WARC) and known non-text files (images, archives,
executables) whatever the file is called. Textual inputs are told apart by how they begin (a feed's
root element, an HTML document, a JSON object), with the extension or Content-Type deciding only
what the content leaves open. The answer is a key of `registry.READERS`.
"""

from __future__ import annotations

import json
import re
import zlib

from warledger.errors import RejectedInput
from warledger.ingest.payload import Payload

HEAD_BYTES = 8192
PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024
GZIP_MAGIC = b"\x1f\x8b"
WARC_MAGIC = b"WARC/"
UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff")
BINARY_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "an ELF executable",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"\xfd7zXZ\x00": "an xz archive",
    b"\x28\xb5\x2f\xfd": "a zstd archive",
    b"SQLite format 3\x00": "an SQLite database",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old Microsoft Office file",
}
EXTENSION_FORMATS = {
    ".pdf": "pdf",
    ".warc": "warc",
    ".gz": "gzip",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
DECLARED_FORMATS = {
    "application/pdf": "pdf",
    "application/warc": "warc",
    "application/gzip": "gzip",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/jsonl": "jsonl",
    "application/x-ndjson": "jsonl",
    "application/x-jsonlines": "jsonl",
}
BINARY_FORMATS = frozenset({"pdf", "warc", "gzip"})
PROLOGUE = r"(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE(?!\s+html)[^>]*>)*"
FEED_ROOT = re.compile(PROLOGUE + r"<(?:rss|feed|rdf:RDF)[\s>/]", re.DOTALL | re.IGNORECASE)
HTML_DOCUMENT = re.compile(PROLOGUE + r"<(?:!DOCTYPE\s+html|html)[\s>]", re.DOTALL | re.IGNORECASE)
HTML_TAG = re.compile(r"<(?:head|body|div|p|article|title|meta|section|main|h1|table)[\s>/]", re.IGNORECASE)


def detect_format(payload: Payload) -> str:
    """The reader key for this payload; raises RejectedInput for empty or binary inputs."""
    data = payload.data
    if not data.strip():
        raise RejectedInput(payload.name, "empty" if not data else "empty (whitespace only)")
    magic = format_by_magic(data)
    if magic:
        return magic
    hinted = format_by_hint(payload)
    if hinted in BINARY_FORMATS:
        return hinted
    refuse_binary(payload)
    return format_by_text(head_text(data), hinted)


def format_by_magic(data: bytes) -> str | None:
    if PDF_MAGIC in data[:PDF_MAGIC_WINDOW]:
        return "pdf"
    if data.startswith(GZIP_MAGIC):
        return "warc" if gunzipped_head(data).startswith(WARC_MAGIC) else "gzip"
    if data.startswith(WARC_MAGIC):
        return "warc"
    return None


def gunzipped_head(data: bytes, length: int = 16) -> bytes:
    """The first bytes of gzip data once inflated, or b"" when they cannot be inflated."""
    try:
        return zlib.decompressobj(wbits=31).decompress(data[:HEAD_BYTES], length)
    except zlib.error:
        return b""


def format_by_hint(payload: Payload) -> str | None:
    """What the declared content type, else the extension, says the format is."""
    return DECLARED_FORMATS.get(payload.declared_type) or EXTENSION_FORMATS.get(payload.extension)


def refuse_binary(payload: Payload) -> None:
    head = payload.data[:HEAD_BYTES]
    for magic, kind in BINARY_MAGIC.items():
        if head.startswith(magic):
            raise RejectedInput(payload.name, f"binary content ({kind}), not text")
    if b"\x00" in head and not head.startswith(UTF16_32_BOMS):
        raise RejectedInput(payload.name, "binary content (NUL bytes), not text")


def head_text(data: bytes) -> str:
    """The start of the input as text, good enough to recognise markup and JSON."""
    head = data[:HEAD_BYTES]
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="replace")
    return head.decode("utf-8", errors="replace")


def format_by_text(head: str, hinted: str | None) -> str:
    """Feed, HTML, JSONL or text, from how the text begins; the hint settles what that leaves open."""
    if FEED_ROOT.match(head):
        return "feed"
    if HTML_DOCUMENT.match(head):
        return "html"
    stripped = head.lstrip()
    if hinted in ("feed", "html", "jsonl"):
        return hinted
    if stripped.startswith("{") and looks_like_json_lines(stripped):
        return "jsonl"
    if stripped.startswith("<") and HTML_TAG.search(head):
        return "html"
    return "text"


def looks_like_json_lines(head: str) -> bool:
    """A first line that is a complete JSON object with a "text" key."""
    first = head.split("\n", 1)[0]
    try:
        row = json.loads(first)
    except ValueError:
        return False
    return isinstance(row, dict) and "text" in row
