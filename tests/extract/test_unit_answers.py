"""A unit's event dates and figures are computed once per unit and handed out as copies (`once_per_unit`);
the collector of young objects runs less often once the pipeline is built. Neither changes an answer."""

from __future__ import annotations

import gc
from datetime import date

from warledger.extract.casualty_cues import CasualtyFigure
from warledger.extract.date_values import DateValue
from warledger.extract.incident_units import Unit
from warledger.extract.mentions import Mention
from warledger.extract.models import Count
from warledger.extract.pipeline import YOUNG_COLLECTION_THRESHOLD, freeze_loaded_objects

TEXT = "On 3 May gunmen killed 12 people."


def unit() -> Unit:
    day = DateValue(date(2020, 5, 3), date(2020, 5, 3), "day")
    dead = CasualtyFigure("killed", Count(min=12, max=12))
    return Unit(
        0,
        len(TEXT),
        TEXT,
        [Mention("date", 3, 8, "3 May", day), Mention("casualty", 23, 32, "12 people", dead)],
    )


def test_answers_are_the_same_each_time_and_copies() -> None:
    u = unit()
    first = u.event_dates()
    assert [d.start for d in first] == [date(2020, 5, 3)]
    first.clear()  # a caller's changes to the list it got do not reach the unit's answer
    again = u.event_dates()
    assert [d.start for d in again] == [date(2020, 5, 3)]
    assert again[0] is u.mentions[0].value  # the same values, not copies of them
    assert [f.count.max for f in u.figures()] == [12] == [f.count.max for f in u.figures("killed")]
    assert u.figures("injured") == []


def test_remembered_answers_take_no_part_in_comparing_units() -> None:
    a, b = unit(), unit()
    a.event_dates()
    assert a == b
    assert "_memo" not in repr(a)


def test_the_youngest_generation_is_collected_less_often() -> None:
    before = gc.get_threshold()
    try:
        freeze_loaded_objects()
        assert gc.get_threshold()[0] >= YOUNG_COLLECTION_THRESHOLD
        assert gc.get_threshold()[1:] == before[1:]
    finally:
        gc.set_threshold(*before)


def test_the_event_cue_answer_is_remembered_and_matches_the_rule() -> None:
    u = Unit(0, 37, "Gunmen attacked a market in the town.", [])
    assert u.has_event_cue() is True
    assert ("_event_cue_found",) in u._memo  # asked once, then read from the memo
    assert u.has_event_cue() is True
    talks = Unit(0, 36, "Talks ended without agreement today.", [])
    assert talks.has_event_cue() is False
    assert talks.has_event_cue() is False
