"""News-like reports that date their main incident only relatively: the general causes of what the blind
batch "relative4" of news goldens (tests/golden/news/expected_relative4.json) got wrong, each on a text of our
own."""

from __future__ import annotations

from datetime import date

from report_helpers import main_incident

from warledger.extract.event_cues import signals_in
from warledger.extract.event_rules import rule_type

FRIDAY = date(2004, 5, 14)


def test_a_when_clause_after_the_event_word_gives_the_events_week_not_the_mourning_day() -> None:
    text = (
        "Quetta mourns shopkeepers\n\n"
        "QUETTA, May 14 (Reuters) - Markets stayed shut across Quetta on Friday as crowds attended "
        "funerals for six shopkeepers killed when gunmen raked a bazaar in the city with gunfire "
        "earlier this week.\n\n"
        "Police said the attackers escaped on motorcycles."
    )
    assert main_incident(text, FRIDAY).date_start == "2004-05-10"  # the Monday of publication's week


def test_a_when_clause_with_a_day_dates_the_killing() -> None:
    text = (
        "Funerals in Quetta\n\n"
        "QUETTA, May 14 (Reuters) - Funerals were held on Friday for six shopkeepers killed when gunmen "
        "raked a bazaar in the city on Tuesday, police said."
    )
    assert main_incident(text, FRIDAY).date_start == "2004-05-11"


def test_rockets_fired_at_a_bus_in_an_ambush_and_the_bus_set_on_fire_are_the_ambushs_attack() -> None:
    text = (
        "Rebels ambushed a bus near the town of Chokwe yesterday, killing 12 passengers, the news agency "
        "said. The rebels fired rockets and machine guns at the bus as it slowed on a bend, then set it on "
        "fire with some of the wounded still inside."
    )
    assert rule_type(signals_in(text)) == "attack"
