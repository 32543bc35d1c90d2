"""Property tests: whatever bytes a reader is given, it answers with documents or named
rejections, never another exception; and a document's sha256 is always that of its original."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_samples import gzip_of, payload, results

from warledger.errors import RejectedInput
from warledger.ingest.byline import byline_of
from warledger.ingest.dates import published_from
from warledger.ingest.document import Document, sha256_of
from warledger.ingest.registry import READERS, documents_from_payload

PREFIXES = {
    "text": [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"Report\n\nBy A Writer, 1 May 2024\n"],
    "html": [b"", b"<!DOCTYPE html><html><head><meta charset='latin-1'>", b"<html><body><article><p>"],
    "feed": [b"", b"<?xml version='1.0'?><rss version='2.0'><channel><item><description>", b"<feed><entry>"],
    "pdf": [b"", b"%PDF-1.4\n", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"],
    "warc": [b"", b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/\r\n"],
    "jsonl": [b"", b'{"id": 1, "text": "', b'{"text": "ok"}\n'],
    "gzip": [b"", b"\x1f\x8b\x08\x00\x00\x00\x00\x00"],
}
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_documents_or_rejections(found: list[Document | RejectedInput]) -> None:
    for item in found:
        assert isinstance(item, Document | RejectedInput), item
        if isinstance(item, Document):
            assert item.sha256 == sha256_of(item.original)
            assert item.text.strip()
        else:
            assert item.source and item.reason


@pytest.mark.parametrize("fmt", sorted(READERS))
@SETTINGS
@given(data=st.data())
def test_any_bytes_give_documents_or_named_rejections(fmt: str, data: st.DataObject) -> None:
    prefix = data.draw(st.sampled_from(PREFIXES[fmt]))
    body = data.draw(st.binary(max_size=600) | st.text(max_size=300).map(str.encode))
    raw = prefix + body
    for candidate in (raw, gzip_of(raw)) if fmt in ("warc", "gzip") else (raw,):
        assert_documents_or_rejections(results(READERS[fmt](payload(candidate, f"input.{fmt}", cap=10_000))))


@SETTINGS
@given(
    raw=st.binary(max_size=800), hint=st.sampled_from(["a.txt", "a.html", "a.rss", "a.pdf", "a.jsonl", "a"])
)
def test_sniffed_inputs_give_documents_or_named_rejections(raw: bytes, hint: str) -> None:
    assert_documents_or_rejections(results(documents_from_payload(payload(raw, hint, cap=10_000))))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@SETTINGS
@given(
    rows=st.lists(st.dictionaries(st.sampled_from(["id", "text", "published", "title", "url"]), json_values))
)
def test_any_json_rows_give_a_document_or_a_rejection_per_line(rows: list[dict[str, object]]) -> None:
    data = "\n".join(json.dumps(row) for row in rows).encode()
    found = results(documents_from_payload(payload(data, "rows.jsonl")))
    assert_documents_or_rejections(found)
    assert len(found) == len(rows) or (not rows and len(found) == 1)


@SETTINGS
@given(text=st.text(min_size=1, max_size=400))
def test_the_same_text_always_has_the_same_sha256(text: str) -> None:
    first = results(documents_from_payload(payload(text.encode(), "a.txt")))
    second = results(documents_from_payload(payload(text.encode(), "b.txt")))
    assert [getattr(d, "sha256", None) for d in first] == [getattr(d, "sha256", None) for d in second]


@SETTINGS
@given(value=st.text(max_size=60) | st.from_regex(r"\d{4}(-\d{1,2}(-\d{1,2})?)?", fullmatch=True))
def test_any_date_text_parses_to_a_dated_precision_or_nothing(value: str) -> None:
    found = published_from(value)
    assert found is None or found.precision in ("day", "month", "year")


@SETTINGS
@given(text=st.text(max_size=400))
def test_any_text_gives_a_byline_without_error(text: str) -> None:
    byline = byline_of(text)
    assert byline.outlet is None or byline.outlet.strip() == byline.outlet
