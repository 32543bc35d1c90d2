"""Long news-like reports of older wire copy and features (political leads, a correspondent's account, bodies
found days later, tolls both sides dispute): the general causes of what the blind batch "narratives10" of news
goldens (tests/golden/news/expected_narratives10.json) got wrong, each on a text of our own."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import extract_text
from warledger.extract.dates import date_values
from warledger.extract.event_cues import signal_starts, signals_in
from warledger.extract.event_lead_signals import lead_signals, without_circumstances
from warledger.extract.event_rules import rule_type
from warledger.extract.incident_units import background_pattern


def roles(text: str, published: date) -> list[str]:
    return [f.value.role for f in date_values(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said 12 villagers had been buried in a common grave on Wednesday afternoon.", ["bare"]),
        ("The priest, who helped to bury them on Sunday, counted nine bodies.", ["bare"]),
        ("Police said the victims had been buried on Friday.", ["bare"]),
        # a burial the story tells as its own scene keeps its day (the funeral is an occasion of its own)
        ("The dead were buried on Tuesday, where mourners chanted slogans.", ["event"]),
        # the rubble's day is the event's own
        ("Five people had been buried under the rubble on Monday when the building collapsed.", ["event"]),
        # a comma ends the burial's clause: the attack keeps its own day
        ("They had buried them on Thursday, after gunmen attacked the town on Monday.", ["bare", "event"]),
    ],
)
def test_a_day_the_dead_were_buried_on_is_no_event_day(text: str, expected: list[str]) -> None:
    assert roles(text, date(1995, 4, 6)) == expected


def test_a_day_right_before_plural_say_is_when_it_was_said() -> None:
    # "villagers who reached the town this week say ...": the week the sources arrived, not the event's; the
    # killing keeps its own day ("last Friday")
    text = "Villagers who reached the town this week say that 17 civilians were killed there last Friday."
    assert roles(text, date(2000, 12, 14)) == ["bare", "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Two grenades were thrown into the crowd from a passing motorcycle, killing four people.",
        "The opposition blames the government for a grenade attack on an opposition rally in the town.",
        "A man threw a hand grenade at the protesters gathered outside the party office, killing three.",
    ],
)
def test_a_grenade_thrown_at_a_crowd_is_a_grenade_not_a_protest(text: str) -> None:
    # the crowd is the target: its protest does not block the grenade rule (ACLED's grenade)
    assert "grenade_at_crowd" in signals_in(text)
    assert rule_type(signals_in(text)) == "grenade"


def test_a_grenade_thrown_by_protesters_is_no_grenade_at_a_crowd() -> None:
    assert "grenade_at_crowd" not in signals_in("Protesters threw grenades at police outside the ministry.")


def test_troops_who_opened_fire_when_the_procession_reached_them_used_excessive_force() -> None:
    text = (
        "Thousands of people marched through the town to protest against the killing of a cleric. "
        "Troops opened fire when the procession reached the main bazaar, killing nine people."
    )
    assert "excessive" in signals_in(text)
    assert rule_type(signals_in(text)) == "excessive_force_against_protesters"


def test_a_name_joined_to_an_organisation_by_and_is_no_place() -> None:
    # "the Jammu and Kashmir Liberation Front": Jammu is the first half of the front's name, no place of the
    # killings it counts
    text = "The Jammu and Kashmir Liberation Front said that troops killed 25 protesters on Friday."
    names = [i.place.name for i in extract_text(text, date(1990, 5, 27)).incidents if i.place]
    assert "Jammu" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bus bomb kills 23 in the south-east as army presses offensive in north. "
            "A roadside bomb ripped through a crowded bus on Wednesday, killing 23 passengers.",
            "remote_explosive_landmine_ied",
        ),
        (
            "Militants abducted 15 schoolteachers from a village near the town on Saturday, officials said, "
            "as the army announced it was extending its offensive against militant groups in the area.",
            "abduction_forced_disappearance",
        ),
    ],
)
def test_a_campaign_going_on_elsewhere_is_the_setting_not_the_event(text: str, expected: str) -> None:
    # "as army presses offensive", "as the army announced it was extending its offensive": a circumstance
    # clause; its fighting does not block the bomb or abduction rule
    assert "clash" in signals_in(text)
    assert without_circumstances(text) != text
    assert rule_type(lead_signals(signal_starts(without_circumstances(text)))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kidnappings for ransom have become common in the tribal belt and in the city.",
        "Militants have attacked hundreds of supply trucks and tankers in the past two years.",
    ],
)
def test_what_has_become_common_over_years_is_background(text: str) -> None:
    assert background_pattern().search(text)
