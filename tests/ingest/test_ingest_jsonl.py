"""JSON lines in the shared/eval shape: a document per line, bad lines named by number."""

from __future__ import annotations

from ingest_samples import payload, results

from warledger.errors import RejectedInput
from warledger.ingest.document import Document
from warledger.ingest.jsonl import documents_from_jsonl

ROWS = b"""{"id": "n-1", "text": "Gunmen abducted two teachers in Gusau.", "published": "2024-05-03",\
 "source": "Notes"}
{"id": 2, "text": "A landmine hit a minibus near Kidal.", "published": "2024-05", "title": "Kidal", "url": "https://n.example/2"}

{"id": "n-3", "text": "Protesters marched in Goma."
[1, 2]
{"id": "n-5", "text": ""}
{"id": "n-6", "text": "Shelling hit Atarib."}
"""


def test_each_line_is_a_document_and_bad_lines_are_named_by_number() -> None:
    out = results(documents_from_jsonl(payload(ROWS, "rows.jsonl")))
    docs = [d for d in out if isinstance(d, Document)]
    rejected = [r for r in out if isinstance(r, RejectedInput)]
    assert [d.external_id for d in docs] == ["n-1", "2", "n-6"]
    assert [r.source for r in rejected] == ["rows.jsonl:4", "rows.jsonl:5", "rows.jsonl:6"]
    assert str(rejected[0]).startswith("rows.jsonl:4: not JSON")
    assert rejected[1].reason == "not a JSON object (a list)"


def test_row_fields_become_metadata_with_date_precision() -> None:
    first, second, _third = (
        d for d in results(documents_from_jsonl(payload(ROWS, "rows.jsonl"))) if isinstance(d, Document)
    )
    assert (first.source, first.published_precision) == ("Notes", "day")
    assert (second.title, second.url, second.published_precision) == ("Kidal", "https://n.example/2", "month")


def test_a_lines_original_is_the_line_itself() -> None:
    line = b'{"id": "x", "text": "Shelling hit Atarib."}'
    here = results(documents_from_jsonl(payload(b"\n" + line + b"\r\n", "a.jsonl")))
    there = results(documents_from_jsonl(payload(b'{"id": "y", "text": "Other."}\n' + line, "b.jsonl")))
    assert isinstance(here[0], Document) and isinstance(there[1], Document)
    assert here[0].original == line and here[0].sha256 == there[1].sha256
