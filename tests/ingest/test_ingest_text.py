"""Plain text and Markdown: decoding with fallbacks, binary refused, headline and dateline kept."""

from __future__ import annotations

import pytest
from ingest_samples import payload, results

from warledger.errors import RejectedInput
from warledger.ingest.document import Document
from warledger.ingest.text import decode_text, documents_from_text

REPORT = (
    "Mortar fire hits Bama school\n\nBy Aisha Bello, Sahel Notes, 4 June 2024\n\nMortar rounds hit a school."
)


def only_document(data: bytes, hint: str = "report.txt") -> Document:
    [doc] = results(documents_from_text(payload(data, hint)))
    assert isinstance(doc, Document), doc
    return doc


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Caf\u00e9 in Tal Tamr".encode(), "Caf\u00e9 in Tal Tamr"),
        ("Caf\u00e9 in Tal Tamr".encode("utf-16"), "Caf\u00e9 in Tal Tamr"),
        (b"\xef\xbb\xbfWith a BOM", "With a BOM"),
        (
            "Die Granate traf das Krankenhaus in M\u00fcnchen-Gr\u00fcnwald, sagte die \u00c4rztin.".encode(
                "latin-1"
            ),
            "Die Granate traf das Krankenhaus in M\u00fcnchen-Gr\u00fcnwald, sagte die \u00c4rztin.",
        ),
    ],
)
def test_text_is_decoded_from_utf8_boms_and_legacy_charsets(data: bytes, expected: str) -> None:
    assert decode_text(data, "x.txt") == expected


def test_declared_charset_is_tried_before_guessing() -> None:
    assert decode_text("\u00e9t\u00e9".encode("cp1252"), "x", declared="cp1252") == "\u00e9t\u00e9"


def test_control_characters_mean_binary() -> None:
    with pytest.raises(RejectedInput, match="binary content"):
        decode_text(bytes(range(1, 32)) * 20, "blob.txt")


def test_plain_text_keeps_its_headline_byline_and_dateline() -> None:
    doc = only_document(REPORT.encode())
    assert doc.title == "Mortar fire hits Bama school"
    assert doc.author == "Aisha Bello"
    assert (doc.published.isoformat() if doc.published else None, doc.published_precision) == (
        "2024-06-04",
        "day",
    )
    assert doc.media_type == "text/plain" and doc.extractor == "text"
    assert doc.text.startswith("Mortar fire hits Bama school")


def test_a_date_inside_the_story_is_not_taken_as_the_publication_date() -> None:
    doc = only_document(
        ("Convoy attacked\n\n" + "On 3 May 2024 gunmen stopped a convoy near Gao. " * 5).encode()
    )
    assert doc.published is None


def test_markdown_loses_its_markup_but_not_its_words() -> None:
    doc = only_document(
        b"# Clashes in *Bentiu*\n\nFighting **resumed** near [the camp](http://x.example).\n", "r.md"
    )
    assert doc.text == "Clashes in Bentiu\n\nFighting resumed near the camp."
    assert doc.media_type == "text/markdown"
    assert doc.title == "Clashes in Bentiu"


def test_text_is_normalised_to_unix_newlines_without_trailing_space() -> None:
    assert only_document(b"one  \r\ntwo\r\n\r\n\r\n\r\nthree\n").text == "one\ntwo\n\nthree"


def test_english_text_is_detected_as_english_and_short_text_as_undetermined() -> None:
    assert only_document(REPORT.encode()).language == "en"
    assert only_document(b"Ok.").language == "und"


def test_text_wrapped_at_a_fixed_width_is_unwrapped() -> None:
    wrapped = (
        b"Shelling hits Atarib school\n\n"
        b"Artillery shells struck a primary school in Atarib on Wednesday, killing at\n"
        b"least three people, including two children, the education office said. The\n"
        b"headmaster said that three shells landed in the courtyard.\n\n"
        b"Families left the town.\n"
    )
    assert only_document(wrapped).text == (
        "Shelling hits Atarib school\n\n"
        "Artillery shells struck a primary school in Atarib on Wednesday, killing at least three people, "
        "including two children, the education office said. The headmaster said that three shells "
        "landed in the courtyard.\n\nFamilies left the town."
    )


def test_text_with_a_paragraph_per_line_keeps_its_lines() -> None:
    lines = ("A long paragraph about shelling that goes on and on. " * 3).strip()
    body = f"Headline\n{lines}\n{lines}\n- a short item\n- another item"
    assert only_document(body.encode()).text == body
