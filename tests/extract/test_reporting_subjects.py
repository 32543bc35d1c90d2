"""Perpetrators are who did it, not who reported, heard of or responded to it.

`data/reporting_subjects.jsonl` holds 42 short reports and notes written by us (news-wire and ACLED-note
style) in which police, the army, officials, a ministry, a spokesman, an NGO, the UN, witnesses or residents
report an incident, respond to it or are its victims, each with the perpetrators a careful coder would list
(written before the extractor was run on them). Blind, 27 of 42 came out exactly right (37 listed every
expected perpetrator, 27 listed no one else): reporters ("Police confirmed that gunmen killed 5"),
responders ("the army evacuated the wounded") and counted victims ("killed 15 Boko Haram fighters") were
listed as perpetrators, and "the army said it killed 12 militants" lost the army. After the fix 39 are
exactly right (41 list every expected perpetrator, 40 list no one else). Three rows stay wrong for other
reasons: the crowd ACLED codes first for a protest or riot (rows 06 and 21) and the second side of "clashed
with" (row 19; right since the other side of a fight is taken as an agent too: 40).

`data/reporting_subjects_2.jsonl` (20 more, written after that fix and before running it on them): 15 of 20
exactly right, 18 with no wrong extra perpetrator; the code without it (main b64644a) gives 13 and 16. Its
miss "the army reported 9 soldiers killed" (victims after a count and a bare participle) was fixed: 16
and 19; and "its troops" beside "the Pakistani military" are no second actor: 17 and 20.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from warledger.extract import extract_documents
from warledger.ingest.document import Document
from warledger.ingest.language import language_of
from warledger.measure.scoring import predicted_incident

ROWS = [
    json.loads(line)
    for name in ("reporting_subjects.jsonl", "reporting_subjects_2.jsonl")
    for line in (Path(__file__).parent / "data" / name).read_text("utf-8").splitlines()
    if line.strip()
]
EXACT_FLOOR = 40 + 17
NO_EXTRA_FLOOR = 40 + 20


def document(row: dict[str, str]) -> Document:
    return Document(
        original=row["text"].encode("utf-8"),
        text=row["text"],
        media_type="text/plain",
        extractor="text",
        external_id=row["id"],
        source=None,
        published=date.fromisoformat(row["published"]),
        published_precision="day",
        language=language_of(row["text"]),
        origin="test",
    )


@pytest.fixture(scope="module")
def predicted() -> list[set[str]]:
    found = []
    for extraction in extract_documents(document(row) for row in ROWS):
        incident = predicted_incident(extraction.incidents)
        found.append({p.name for p in incident.perpetrators} if incident else set())
    return found


def test_perpetrators_leave_out_reporters_responders_and_victims(predicted: list[set[str]]) -> None:
    extra = [r["id"] for r, p in zip(ROWS, predicted, strict=True) if not p <= set(r["expected"])]
    assert len(ROWS) - len(extra) >= NO_EXTRA_FLOOR, extra


def test_perpetrators_are_the_ones_a_coder_lists(predicted: list[set[str]]) -> None:
    wrong = [r["id"] for r, p in zip(ROWS, predicted, strict=True) if p != set(r["expected"])]
    assert len(ROWS) - len(wrong) >= EXACT_FLOOR, wrong
