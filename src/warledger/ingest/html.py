"""HTML pages: the article text without navigation, footers and other boilerplate.

trafilatura extracts the article and its metadata (title, author, date, site name, and the
canonical URL when the page was read from a file); when it finds nothing, its baseline extractor
and then a plain text dump of the page answer instead, and the document records which one did
(`extractor`), as trafilatura itself does with its fallbacks.
Boilerplate lines left without a structural cue are dropped after (see boilerplate.py).
"""

from __future__ import annotations

import html as html_escapes
import re
from collections.abc import Iterator
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from warledger.errors import RejectedInput
from warledger.ingest.boilerplate import without_boilerplate
from warledger.ingest.build import clean_text, new_document
from warledger.ingest.dates import published_from
from warledger.ingest.payload import Payload, Result
from warledger.ingest.text import decode_text

META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
META_CHARSET_WINDOW = 4096
DATE_PARAMS = {"extensive_search": False, "original_date": True}
BLOCK_TAGS = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article")
DROPPED_TAGS = ("script", "style", "noscript", "template")
MIN_ARTICLE_CHARS = 1
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def documents_from_html(payload: Payload) -> Iterator[Result]:
    """One document from an HTML page: trafilatura's article, else a fallback's text."""
    markup = decode_text(payload.data, payload.name, declared_charset(payload))
    article = trafilatura_article(markup, payload.url)
    text, extractor = article_text(article), "trafilatura"
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        text, extractor = fallback_text(markup)
    text = without_boilerplate(text)
    if not text.strip():
        raise RejectedInput(payload.name, "malformed HTML: no text could be extracted")
    yield new_document(
        payload,
        text=text,
        media_type="text/html",
        extractor=extractor,
        url=payload.url or metadata(article, "url"),
        title=metadata(article, "title") or page_title(markup),
        author=metadata(article, "author"),
        source=metadata(article, "sitename"),
        published=published_from(metadata(article, "date")),
    )


def declared_charset(payload: Payload) -> str | None:
    """The charset the HTTP header declares, else the one a <meta> tag declares."""
    if payload.declared_charset:
        return payload.declared_charset
    match = META_CHARSET.search(payload.data[:META_CHARSET_WINDOW])
    return match.group(1).decode("ascii") if match else None


def trafilatura_article(markup: str, url: str | None) -> Any:
    """trafilatura's extraction with metadata, or None when it finds no article."""
    try:
        return trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=DATE_PARAMS,
        )
    except (ValueError, TypeError, lxml.etree.LxmlError, RecursionError):
        return None


def article_text(article: Any) -> str:
    return str(metadata(article, "text") or "")


def metadata(article: Any, key: str) -> str | None:
    """One field of trafilatura's result, which is an object in 2.x and a dict in older versions."""
    if article is None:
        return None
    value = article.get(key) if isinstance(article, dict) else getattr(article, key, None)
    return str(value) if value else None


def fallback_text(markup: str) -> tuple[str, str]:
    """trafilatura's baseline extractor, else every text node of the page; says which answered."""
    try:
        _tree, text, _length = trafilatura.baseline(markup)
    except (ValueError, TypeError, lxml.etree.LxmlError, RecursionError):
        text = ""
    if text.strip():
        return text, "trafilatura-baseline"
    return plain_text_of_html(markup), "html-text"


def page_title(markup: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", markup, re.IGNORECASE | re.DOTALL)
    return html_escapes.unescape(match.group(1)).strip() or None if match else None


def plain_text_of_html(markup: str) -> str:
    """The words of an HTML page or fragment, one paragraph per block element, scripts dropped."""
    if "<" not in markup:
        return clean_text(html_escapes.unescape(markup))
    try:
        root = lxml.html.document_fromstring(XML_DECLARATION.sub("", markup, count=1))
    except (ValueError, lxml.etree.LxmlError):
        return clean_text(html_escapes.unescape(re.sub(r"<[^>]*>", " ", markup)))
    for element in list(root.iter("head", *DROPPED_TAGS)):
        element.drop_tree()
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    return clean_text(str(root.text_content()))
