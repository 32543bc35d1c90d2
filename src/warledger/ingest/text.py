"""Plain text and Markdown reports, and the decoding every textual format shares.

Decoding tries what the input declares (a byte-order mark, a charset), then UTF-8, then
charset_normalizer's best guess; text that still looks like binary (control characters) is
rejected rather than stored as mojibake. Text wrapped at a fixed width is unwrapped (wraps.py).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator

from charset_normalizer import from_bytes

from warledger.errors import RejectedInput
from warledger.ingest.build import new_document
from warledger.ingest.byline import byline_of
from warledger.ingest.payload import Payload, Result
from warledger.ingest.wraps import looks_hard_wrapped, unwrapped

BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
MAX_CONTROL_SHARE = 0.01
MAX_REPLACEMENT_SHARE = 0.01
BINARY_SAMPLE_CHARS = 65_536
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
MAX_TITLE_CHARS = 200
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MARKDOWN_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
BYLINE_AUTHOR = re.compile(
    r"^By\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})(?=\s*(?:[,|–—-]|$))", re.MULTILINE
)


def decode_text(data: bytes, name: str, declared: str | None = None) -> str:
    """The text of `data`; raises RejectedInput when it is undecodable or binary."""
    text = decoded_by_bom(data) or decoded_as(data, declared) or decoded_as(data, "utf-8")
    if text is None:
        best = from_bytes(data).best()
        if best is None:
            raise RejectedInput(name, "undecodable: not UTF-8, and no other text encoding fits")
        text = str(best)
    if looks_binary(text):
        raise RejectedInput(name, "binary content, not text")
    return text


def decoded_by_bom(data: bytes) -> str | None:
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return decoded_as(data, encoding)
    return None


def decoded_as(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def looks_binary(text: str) -> bool:
    """True for NUL characters anywhere, or when control or replacement characters make up more
    than a sliver of the text's start (a sample keeps a 20 MB text from costing seconds)."""
    if "\x00" in text:
        return True
    sample = text[:BINARY_SAMPLE_CHARS]
    if not sample:
        return False
    controls = sum(1 for c in sample if c not in ALLOWED_CONTROLS and unicodedata.category(c) == "Cc")
    replacements = sample.count("\ufffd")
    return controls / len(sample) > MAX_CONTROL_SHARE or replacements / len(sample) > MAX_REPLACEMENT_SHARE


def plain_markdown(text: str) -> str:
    """Markdown with heading marks, emphasis and link targets removed; the words stay."""
    text = MARKDOWN_HEADING.sub(r"\1", text)
    text = MARKDOWN_LINK.sub(r"\1", text)
    text = MARKDOWN_EMPHASIS.sub(r"\2", text)
    return MARKDOWN_ITALIC.sub(r"\2", text)


def title_of_text(text: str) -> str | None:
    """The first line when it reads as a headline: short, and followed by more text."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2 or len(lines[0]) > MAX_TITLE_CHARS:
        return None
    return lines[0]


def documents_from_text(payload: Payload) -> Iterator[Result]:
    """One document from a .txt or .md file (or any text that is no other format)."""
    text = decode_text(payload.data, payload.name, payload.declared_charset)
    markdown = payload.extension in MARKDOWN_EXTENSIONS or payload.declared_type == "text/markdown"
    if markdown:
        text = plain_markdown(text)
    if looks_hard_wrapped(text):
        text = unwrapped(text)
    byline = byline_of(text)
    yield new_document(
        payload,
        text=text,
        media_type="text/markdown" if markdown else "text/plain",
        extractor="markdown" if markdown else "text",
        title=title_of_text(text),
        author=byline.author,
        source=byline.outlet,
        published=byline.published,
    )
