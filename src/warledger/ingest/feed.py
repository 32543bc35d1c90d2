"""RSS and Atom feeds: one document per item, whose original bytes are the item's own.

feedparser reads the feed (any RSS or Atom version, lenient about bad markup). Each item's bytes
are cut from the feed as they are (`<item>…</item>`), so the same item in a later fetch of the
feed, beside different neighbours, hashes to the same document. Where the items cannot be cut
out one to one, a canonical JSON of the item's fields stands in, stable across fetches as well.
An item's text is its full content if the feed carries it, else its summary, HTML stripped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from io import BytesIO
from typing import Any

import feedparser

from warledger.errors import RejectedInput
from warledger.ingest.boilerplate import without_boilerplate
from warledger.ingest.build import new_document
from warledger.ingest.dates import published_from
from warledger.ingest.html import plain_text_of_html
from warledger.ingest.payload import Payload, Result

ITEM_ELEMENT = re.compile(rb"<(?:[\w.-]+:)?(item|entry)\b[^>]*>.*?</(?:[\w.-]+:)?\1\s*>", re.DOTALL)
CANONICAL_FIELDS = ("id", "link", "title", "author", "published", "updated", "summary")


def documents_from_feed(payload: Payload) -> Iterator[Result]:
    """One document per feed item; a named rejection per item with no text."""
    parsed = parsed_feed(payload)
    items = item_bytes(payload.data, len(parsed.entries))
    media_type = (
        "application/atom+xml"
        if str(parsed.get("version", "")).startswith("atom")
        else ("application/rss+xml")
    )
    outlet = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries):
        name = f"{payload.name}#item{index + 1}"
        original = items[index] if items else canonical_item(entry)
        try:
            yield document_of_item(payload, entry, original, name, media_type, outlet)
        except RejectedInput as rejection:
            yield rejection


def parsed_feed(payload: Payload) -> Any:
    """feedparser's result; raises RejectedInput for a malformed feed or one with no items."""
    parsed = feedparser.parse(BytesIO(payload.data), sanitize_html=True, resolve_relative_uris=False)
    if parsed.entries:
        return parsed
    if parsed.get("bozo"):
        problem = parsed.get("bozo_exception")
        raise RejectedInput(payload.name, f"malformed feed: {problem}")
    if not parsed.get("version"):
        raise RejectedInput(payload.name, "not an RSS or Atom feed")
    raise RejectedInput(payload.name, "feed has no items")


def item_bytes(data: bytes, expected: int) -> list[bytes]:
    """Each item's own bytes, in order; [] when they cannot be matched one to one with the items."""
    found = [match.group(0) for match in ITEM_ELEMENT.finditer(data)]
    return found if len(found) == expected else []


def canonical_item(entry: Any) -> bytes:
    """The item's identifying fields as sorted JSON: the same item always gives the same bytes."""
    fields = {key: str(entry.get(key)) for key in CANONICAL_FIELDS if entry.get(key)}
    return json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")


def document_of_item(
    payload: Payload, entry: Any, original: bytes, name: str, media_type: str, outlet: str | None
) -> Result:
    return new_document(
        payload,
        original=original,
        name=name,
        text=item_text(entry),
        media_type=media_type,
        extractor="feedparser",
        title=entry.get("title"),
        author=entry.get("author"),
        url=entry.get("link") or None,
        source=outlet,
        published=item_published(entry),
    )


def item_text(entry: Any) -> str:
    """The longest of the item's full contents and its summary, as plain text."""
    candidates = [part.get("value", "") for part in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    best = max(candidates, key=len)
    return without_boilerplate(plain_text_of_html(best)) if best else ""


def item_published(entry: Any) -> Any:
    for key in ("published_parsed", "updated_parsed"):
        if entry.get(key):
            return published_from(entry.get(key))
    return published_from(entry.get("published") or entry.get("updated"))
