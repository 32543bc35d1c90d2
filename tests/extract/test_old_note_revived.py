"""A coder's note filed long after its event (an old event reported late, or the year mistyped) still reports
that event, and an undated sentence after the old one, in its paragraph, goes on with it: it is no new event
dated by the publication day. An undated event told before the old sentence or a paragraph after it
(test_context_dates), or one with a day of its own, is the note's current event, and the old sentence stays
its history."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.measure.scoring import predicted_incident

LATE = date(2024, 12, 1)

OLD_MARCH = (
    "On 14 March 2019, several thousand teachers marched from the central market to the governorate in "
    "Kasserine (Kasserine, Kasserine) over unpaid salaries. Police fired tear gas to disperse the march near "
    "the governorate building in Kasserine. [size=several thousand]"
)


def test_an_undated_sentence_after_an_old_note_event_goes_on_with_it() -> None:
    incidents = extract_text(OLD_MARCH, LATE).incidents
    assert len(incidents) == 1
    assert incidents[0].date_start == "2019-03-14"
    assert incidents[0].event_type == "protest_with_intervention"


def test_the_same_note_filed_the_next_day_reads_the_same() -> None:
    found = predicted_incident(extract_text(OLD_MARCH, date(2019, 3, 15)).incidents)
    assert found is not None and found.date_start == "2019-03-14"


def test_an_undated_current_event_before_an_old_one_keeps_the_old_one_history() -> None:
    text = (
        "Gunmen killed 3 traders on the road between Kidal and Anefis (Tessalit, Kidal). "
        "A similar ambush on the same road on 12 January 2018 had killed 5 traders."
    )
    found = predicted_incident(extract_text(text, date(2020, 5, 5)).incidents)
    assert found is not None
    assert found.date_start != "2018-01-12"
    assert found.killed is not None and found.killed.min == 3
