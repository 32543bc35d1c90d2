"""The warm-up report walks the rules once per process, and changes nothing that follows."""

from __future__ import annotations

from datetime import date

from warledger.extract import WARM_UP_TEXT, extract_text, warm_up


def test_the_warm_up_report_reaches_the_incident_and_statement_rules() -> None:
    extraction = extract_text(WARM_UP_TEXT, date(2021, 5, 4))
    assert extraction.incidents and extraction.statements


def test_warming_up_again_changes_nothing() -> None:
    text = "Gunmen killed three villagers in Kaduna state on Sunday, police said."
    before = extract_text(text, date(2021, 5, 4)).model_dump()
    warm_up()
    assert extract_text(text, date(2021, 5, 4)).model_dump() == before
