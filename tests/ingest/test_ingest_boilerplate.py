"""The boilerplate patterns (data/ingest/boilerplate.jsonl): every entry valid, lines dropped or kept."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from ingest_samples import ARTICLE, payload, results

from warledger.ingest.boilerplate import is_boilerplate, without_boilerplate
from warledger.ingest.document import Document
from warledger.ingest.html import documents_from_html

KINDS = {"newsletter", "copyright", "social", "navigation", "cookies", "feed_footer", "audio"}


def data_rows() -> list[dict[str, object]]:
    text = resources.files("warledger").joinpath("data", "ingest", "boilerplate.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_every_entry_parses_compiles_and_names_a_known_kind() -> None:
    header, *rows = data_rows()
    assert header["version"] == 1 and header["about"]
    assert rows
    for row in rows:
        assert set(row) == {"pattern", "kind"}
        assert row["kind"] in KINDS
        re.compile(str(row["pattern"]), re.IGNORECASE)


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our newsletter",
        "Please sign up for our free daily newsletter to get the latest news.",
        "Newsletter",
        "© 2024 The Levant Observer. All rights reserved.",
        "Copyright 2016 Example News",
        "Follow us on Twitter and Facebook",
        "Share this article",
        "Advertisement",
        "Related stories",
        "We use cookies to improve your experience.",
        "The post Shelling in Atarib appeared first on North-West Syria Wire.",
    ],
)
def test_boilerplate_lines_are_recognised(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents said they would subscribe to any ceasefire that held.",
        "The newsletter of the relief committee said that at least 12 people were killed.",
        "The copyright office in Kyiv was hit by a drone on Sunday, officials said.",
        "Activists urged people to share this article's findings with investigators at the UN, "
        "who said that the strike on the market was one of dozens recorded since March.",
        ARTICLE,
    ],
)
def test_article_sentences_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


def test_only_boilerplate_lines_are_dropped() -> None:
    assert without_boilerplate("First line.\nShare this article\nSecond line.") == "First line.\nSecond line."


def test_a_newsletter_pitch_in_a_plain_paragraph_is_dropped_from_a_page() -> None:
    page = f"<html><body><ul><li><a href='/'>Home</a></li></ul><p>{ARTICLE}</p><p>{ARTICLE}</p>"
    page += "<p>Subscribe to our newsletter</p></body></html>"
    [doc] = results(documents_from_html(payload(page.encode(), "bare.html")))
    assert isinstance(doc, Document)
    assert "Subscribe" not in doc.text and "at least six civilians" in doc.text
