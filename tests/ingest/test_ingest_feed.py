"""RSS and Atom feeds: one document per item, each item's own bytes, named item rejections."""

from __future__ import annotations

from ingest_samples import payload, results, rss_feed

from warledger.errors import RejectedInput
from warledger.ingest.document import Document
from warledger.ingest.feed import documents_from_feed

FIRST = ("wire-1", "Shelling in Atarib", "<p>Shells hit a <b>school</b> in Atarib, killing two children.</p>")
SECOND = ("wire-2", "Drone strike near Jilib", "<p>A drone strike hit a market near Jilib.</p>")
NEWER = ("wire-3", "Convoy attacked", "<p>An IED hit an aid convoy near Baidoa.</p>")

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id><updated>2024-04-09T00:00:00Z</updated>
<entry><title>Item with content</title><id>urn:1</id><link href="https://desk.example.net/1"/>
<published>2024-04-08T22:30:00Z</published><author><name>Hodan Abdi</name></author>
<summary>Short summary.</summary>
<content type="html">
&lt;p&gt;The full text of the report, longer than its summary.&lt;/p&gt;</content></entry>
</feed>"""


def documents(data: bytes, name: str = "feed.rss") -> list[Document | RejectedInput]:
    return results(documents_from_feed(payload(data, name)))


def test_each_rss_item_is_a_document_with_its_metadata_and_plain_text() -> None:
    first, second = documents(rss_feed([FIRST, SECOND]))
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.title == "Shelling in Atarib"
    assert first.text == "Shells hit a school in Atarib, killing two children."
    assert first.url == "https://wire.example.org/wire-1"
    assert first.source == "Test Wire"
    assert first.published is not None and first.published.isoformat() == "2024-03-11"
    assert first.media_type == "application/rss+xml" and first.extractor == "feedparser"


def test_an_items_original_is_its_own_bytes_so_a_refetched_item_is_the_same_document() -> None:
    before = documents(rss_feed([FIRST, SECOND]))
    after = documents(rss_feed([NEWER, FIRST, SECOND], title="Test Wire (updated)"))
    before_hashes = {d.sha256 for d in before if isinstance(d, Document)}
    after_hashes = {d.sha256 for d in after if isinstance(d, Document)}
    assert before_hashes < after_hashes
    first = before[0]
    assert isinstance(first, Document)
    assert first.original.startswith(b"<item>") and first.original.endswith(b"</item>")


def test_atom_entries_prefer_full_content_to_the_summary() -> None:
    [doc] = documents(ATOM, "feed.atom")
    assert isinstance(doc, Document)
    assert doc.text == "The full text of the report, longer than its summary."
    assert doc.author == "Hodan Abdi"
    assert doc.media_type == "application/atom+xml"


def test_an_item_without_text_is_rejected_by_name_and_the_others_go_on() -> None:
    feed = rss_feed([FIRST, ("wire-x", "Headline only", "")])
    first, second = documents(feed)
    assert isinstance(first, Document)
    assert isinstance(second, RejectedInput) and second.source == "feed.rss#item2"


def test_malformed_and_empty_feeds_are_rejected() -> None:
    [broken] = documents(b"<?xml version='1.0'?><rss><channel><item><title>cut off")
    [empty] = documents(rss_feed([]))
    assert isinstance(broken, RejectedInput)
    assert isinstance(empty, RejectedInput) and empty.reason == "feed has no items"
