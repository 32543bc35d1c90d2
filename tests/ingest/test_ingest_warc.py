"""WARC archives: a document per HTML or text response, capped while inflating."""

from __future__ import annotations

from ingest_samples import ARTICLE, gzip_of, html_page, payload, pdf_bytes, results, warc_bytes

from warledger.errors import RejectedInput
from warledger.ingest.document import Document
from warledger.ingest.warc import documents_from_warc

PAGES = [
    ("https://news.example.com/a", "text/html; charset=utf-8", html_page([ARTICLE])),
    ("https://news.example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("https://news.example.com/b.txt", "text/plain", b"Mortar rounds hit a camp near Mosul."),
]


def documents(data: bytes, cap: int = 1_000_000) -> list[Document | RejectedInput]:
    return results(documents_from_warc(payload(data, "crawl.warc.gz", cap=cap)))


def test_html_and_text_responses_become_documents_with_their_target_uri() -> None:
    for compress in (True, False):
        first, second = documents(warc_bytes(PAGES, compress=compress))
        assert isinstance(first, Document) and isinstance(second, Document)
        assert first.url == "https://news.example.com/a" and "at least six civilians" in first.text
        assert second.text == "Mortar rounds hit a camp near Mosul." and second.media_type == "text/plain"
        assert first.origin == "crawl.warc.gz"


def test_a_records_original_is_the_page_so_the_same_page_archived_twice_is_one_document() -> None:
    [once] = documents(warc_bytes(PAGES[:1]))
    [again, _other] = documents(warc_bytes([PAGES[0], PAGES[2]]))
    assert isinstance(once, Document) and isinstance(again, Document)
    assert once.sha256 == again.sha256 and once.original == PAGES[0][2]


def test_a_record_over_the_cap_is_rejected_by_uri() -> None:
    big = ("https://news.example.com/big", "text/plain", b"words " * 2000)
    out = documents(warc_bytes([big, PAGES[2]]), cap=5000)
    assert isinstance(out[0], RejectedInput) and out[0].source == "crawl.warc.gz#https://news.example.com/big"
    assert isinstance(out[1], Document)


def test_a_compressed_warc_that_inflates_past_the_cap_is_refused_as_a_bomb() -> None:
    bomb = gzip_of(b"WARC/1.0\r\n" + b"\x00" * 3_000_000)
    [rejection] = documents(bomb, cap=100_000)
    assert isinstance(rejection, RejectedInput) and "decompression bomb" in rejection.reason


def test_malformed_and_pageless_archives_are_rejected() -> None:
    [broken] = documents(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    [pageless] = documents(warc_bytes(PAGES[1:2]))
    assert isinstance(broken, RejectedInput)
    assert (
        isinstance(pageless, RejectedInput) and pageless.reason == "WARC has no HTML or text response records"
    )


def test_an_archived_pdf_is_read_as_a_pdf() -> None:
    pdf = pdf_bytes(["Shelling hit the water station in El Fasher."])
    [doc] = documents(warc_bytes([("https://ngo.example.org/update.pdf", "application/pdf", pdf)]))
    assert isinstance(doc, Document) and doc.media_type == "application/pdf"
    assert doc.text == "Shelling hit the water station in El Fasher."
