"""Event typing leftovers of notes17's blind batch, each on short texts of our own: a "military point" or
"observation point" set up is a base (Syria's notes call Turkish posts so); a crowd that caught someone it
suspected or accused of theft, robbery or kidnapping and then beat him is vigilante mob violence; residents
or villagers who fled, with no violence told, are ACLED's displacement event (other)."""

from __future__ import annotations

from warledger.extract.event_cues import signal_starts, signals_in
from warledger.extract.event_lead_signals import lead_signals
from warledger.extract.event_rules import rule_type
from warledger.extract.event_type import event_type_of


def type_of(text: str) -> str | None:
    return event_type_of(text)[0]


def test_a_military_point_set_up_is_a_base() -> None:
    # typed an armed clash: "military point" was no base noun of the hq cue
    text = (
        "On 4 March 2020, Turkish forces set up a new military point near Saraqib (Idleb), bringing in "
        "armoured vehicles and dozens of soldiers."
    )
    assert "hq" in signals_in(text)
    assert type_of(text) == "headquarters_or_base_established"


def test_a_crowd_that_caught_a_suspect_and_beat_him_is_mob_violence() -> None:
    # typed an attack: the crowd-justice cue wanted "beat ... suspected thief" in that order
    text = (
        "On 2 June 2021, residents of Kisumu caught a young man accused of stealing a motorcycle and "
        "beat him to death before police arrived."
    )
    assert "crowd_justice" in signals_in(text)
    assert type_of(text) == "mob_violence"


def test_villagers_who_fled_a_threat_are_a_displacement() -> None:
    # typed looting: "fled" was no displacement word, and displacement needed a violent cause told
    text = (
        "Around 3 April 2021 (as reported), some 2,000 villagers from Tillia fled to the regional capital "
        "after insurgents ordered them to leave within three days."
    )
    assert rule_type(lead_signals(signal_starts(text), text)) == "other"
    assert type_of(text) == "other"


def test_villagers_who_fled_an_attack_that_killed_stay_an_attack() -> None:
    # the displacement cue does not take over a report of killing
    text = (
        "On 3 April 2021, gunmen on motorcycles attacked Tillia, killing 12 villagers; hundreds of "
        "residents fled to the regional capital."
    )
    assert type_of(text) == "attack"
