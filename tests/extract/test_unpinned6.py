"""The general causes of news goldens left unpinned (tests/golden/news/README.md's table) fixed by the
"unpin6" session, each on a short text of our own; the reports pinned after them are in
tests/golden/news/expected_unpinned_fixed6.json."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.extract.event_type import event_type_of

MARCH = (
    "Police opened fire on a crowd of students marching to the governor's office in Bauchi on Monday, "
    "killing at least 12 people. When officers blocked the road and ordered them to disperse, "
    "the students threw stones and burned tyres, a police statement said, and police fired in self-defence."
)


def test_the_part_of_a_total_in_one_named_place_is_that_place_s_count() -> None:
    figures = casualty_figures(
        "The interior ministry said 40 people were killed on Friday across the country, "
        "31 of them in Mombasa."
    )
    found = [(f.figure.kind, f.figure.count.min, f.figure.cumulative) for f in figures]
    assert found == [("killed", 31, False)]


def test_a_total_with_no_part_in_a_named_place_stays_a_total() -> None:
    for sentence in (
        "The interior ministry said 40 people were killed on Friday across the country.",
        "The ministry said 40 people were killed across the country, most of them in the capital.",
    ):
        figures = casualty_figures(sentence)
        assert [(f.figure.count.min, f.figure.cumulative) for f in figures] == [(40, True)], sentence


def test_a_source_s_local_part_spans_with_another_source_s_count_of_the_incident() -> None:
    text = (
        "Police break up Mombasa sit-in\n\n"
        "MOMBASA, March 9 - Police fired live ammunition at protesters who had camped outside the county "
        "offices in Mombasa on Friday, witnesses said.\n\n"
        "The interior ministry said 40 people were killed on Friday across the country, 31 of them in "
        "Mombasa. A doctors' union said at least 45 people were killed in the dispersal of the sit-in."
    )
    incidents = extract_text(text, date(2024, 3, 9)).incidents
    killed = [(i.killed.min, i.killed.max) for i in incidents if i.killed]
    assert (31, 45) in killed


def test_a_crowd_s_violence_told_only_as_the_police_s_disputed_self_defence_is_no_riot() -> None:
    text = MARCH + " Witnesses said the marchers were unarmed and that many were shot in the back."
    assert event_type_of(text)[0] == "excessive_force_against_protesters"


def test_the_police_s_account_undisputed_keeps_the_crowd_s_violence() -> None:
    assert event_type_of(MARCH)[0] != "excessive_force_against_protesters"
