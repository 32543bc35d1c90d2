"""Format detection: content first, the extension or Content-Type only where content leaves it open."""

from __future__ import annotations

import pytest
from ingest_samples import gzip_of, payload, rss_feed

from warledger.errors import RejectedInput
from warledger.ingest.registry import READERS
from warledger.ingest.sniff import detect_format

HTML = b"<!DOCTYPE html><html><body><p>Hello</p></body></html>"


@pytest.mark.parametrize(
    ("data", "hint", "expected"),
    [
        (b"%PDF-1.7\n...", "report.txt", "pdf"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "x.bin", "warc"),
        (gzip_of(b"WARC/1.0\r\n"), "archive.gz", "warc"),
        (gzip_of(b"plain words"), "notes.txt.gz", "gzip"),
        (HTML, "page.txt", "html"),
        (b"\xef\xbb\xbf<html><body>x</body></html>", "page", "html"),
        (b"<?xml version='1.0'?>\n<rss version='2.0'><channel></channel></rss>", "feed.txt", "feed"),
        (b'<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', "f", "feed"),
        (b"<rdf:RDF xmlns:rdf='x'>", "f", "feed"),
        (b'{"id": "a", "text": "words"}\n', "rows.txt", "jsonl"),
        (b'{"id": "a"', "rows.jsonl", "jsonl"),
        (b"{not json at all", "notes.txt", "text"),
        (b"<div><p>A fragment</p></div>", "fragment", "html"),
        (b"Plain words on a line.", "notes.md", "text"),
        (b"Plain words on a line.", "page.html", "html"),
        (b"Plain words on a line.", "feed.rss", "feed"),
        (b"Plain words on a line.", "report.pdf", "pdf"),
        (b"Plain words on a line.", "archive.warc", "warc"),
    ],
)
def test_format_is_detected_by_content_with_extension_as_hint(data: bytes, hint: str, expected: str) -> None:
    assert detect_format(payload(data, hint)) == expected


def test_declared_content_type_decides_what_content_leaves_open() -> None:
    assert detect_format(payload(b"Just words.", "https://x.example/a", content_type="text/html")) == "html"
    assert detect_format(payload(rss_feed([("1", "t", "s")]), "x", content_type="text/html")) == "feed"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t \n", "empty (whitespace only)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary content (a PNG image), not text"),
        (b"PK\x03\x04rest", "binary content (a ZIP archive), not text"),
        (b"abc\x00\x01\x02def", "binary content (NUL bytes), not text"),
    ],
)
def test_empty_and_binary_inputs_are_rejected_by_name(data: bytes, reason: str) -> None:
    with pytest.raises(RejectedInput) as caught:
        detect_format(payload(data, "in.txt"))
    assert caught.value.source == "in.txt"
    assert caught.value.reason == reason


def test_every_detected_format_has_a_reader() -> None:
    samples = [b"%PDF-1.4", b"WARC/1.0\r\n", gzip_of(b"x"), HTML, rss_feed([]), b'{"text": "a"}', b"words"]
    assert {detect_format(payload(s, "x")) for s in samples} <= set(READERS)
