"""The warm-up report extracted once per process before the first document (`warm_up`)."""

from __future__ import annotations

from warledger.extract import WARM_UP_PUBLISHED, WARM_UP_TEXT, extract_text, warm_up


def test_the_warm_up_report_reaches_the_rules() -> None:
    """It is a report the rules read as one: incidents with dates, figures and places, and statements."""
    extraction = extract_text(WARM_UP_TEXT, WARM_UP_PUBLISHED)
    assert len(extraction.incidents) >= 2
    assert any(i.killed is not None for i in extraction.incidents)
    assert any(i.place is not None for i in extraction.incidents)
    assert any(i.date_start is not None for i in extraction.incidents)
    assert extraction.statements


def test_warming_up_again_does_nothing_and_changes_no_result() -> None:
    text = "Gunmen killed four villagers in an attack on Kafin Koro on Monday, residents said."
    before = extract_text(text).model_dump()
    warm_up()
    warm_up()
    assert extract_text(text).model_dump() == before
