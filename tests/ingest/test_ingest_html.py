"""HTML pages: the article without its boilerplate, the metadata, and named fallbacks."""

from __future__ import annotations

import pytest
from ingest_samples import ARTICLE, html_page, payload, results

from warledger.errors import RejectedInput
from warledger.ingest.document import Document
from warledger.ingest.html import documents_from_html, plain_text_of_html

META_PAGE = (
    b"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page title | Site</title>
<meta property="og:site_name" content="Desert Herald"><meta name="author" content="Idris Musa">
<meta property="article:published_time" content="2024-04-02T10:00:00Z">
<link rel="canonical" href="https://desert-herald.example.org/gao-market"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Strike on Gao market</h1>
<p>"""
    + ARTICLE.encode()
    + b"""</p><p>Traders said the market had reopened a week earlier.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>"""
)


def only_document(data: bytes, url: str | None = None) -> Document:
    [doc] = results(
        documents_from_html(payload(data, "page.html", url=url) if url else payload(data, "page.html"))
    )
    assert isinstance(doc, Document), doc
    return doc


def test_article_is_kept_and_navigation_and_footer_are_dropped() -> None:
    doc = only_document(html_page([ARTICLE, "Residents said the shelling lasted an hour."]))
    assert "killing at least six civilians" in doc.text
    assert "Subscribe to our newsletter" not in doc.text
    assert "Politics" not in doc.text
    assert doc.extractor == "trafilatura"


def test_page_metadata_gives_title_author_outlet_and_date() -> None:
    doc = only_document(META_PAGE)
    assert doc.title == "Strike on Gao market"
    assert doc.author == "Idris Musa"
    assert doc.source == "Desert Herald"
    assert doc.url == "https://desert-herald.example.org/gao-market"
    assert (doc.published.isoformat() if doc.published else None, doc.published_precision) == (
        "2024-04-02",
        "day",
    )


def test_outlet_falls_back_to_the_host_of_the_url() -> None:
    doc = only_document(html_page([ARTICLE]), url="https://www.dispatches.example.com/a/1")
    assert doc.source == "dispatches.example.com"
    assert doc.url == "https://www.dispatches.example.com/a/1"


def test_a_page_trafilatura_finds_no_article_in_is_read_by_a_named_fallback() -> None:
    doc = only_document(b"<html><body><footer>Two shells fell.</footer></body></html>")
    assert doc.text == "Two shells fell."
    assert doc.extractor == "html-text"


def test_meta_charset_is_honoured() -> None:
    page = (
        '<html><head><meta charset="windows-1252"></head>'
        "<body><p>Caf\u00e9 shelled in Tal Tamr.</p></body></html>"
    )
    assert "Caf\u00e9" in only_document(page.encode("cp1252")).text


@pytest.mark.parametrize(
    "markup", [b"<html><body></body></html>", b"<html><script>var a = 1;</script></html>"]
)
def test_a_page_without_text_is_rejected_as_malformed(markup: bytes) -> None:
    [rejection] = results(documents_from_html(payload(markup, "empty.html")))
    assert isinstance(rejection, RejectedInput)
    assert rejection.source == "empty.html"


def test_html_fragments_become_paragraphs_of_plain_text() -> None:
    assert plain_text_of_html("<p>One &amp; two</p><p>Three<br>four</p><script>x()</script>") == (
        "One & two\n\nThree\nfour"
    )
