"""What the ninth blind batch of self-written notes (notes 600-639) taught: a place taken "without a fight"
is a non-violent transfer, whoever takes it; a named rebel group taking a town named with the note's bracket
overtakes it, even after fighting; explosives dropped from drones a group "used" are an air strike; a
protest the detained "had taken part in" is who they are, not the event; an old unexploded shell that goes
off is a remote explosive; a crowd invading a parliament is violent; fire "in both
directions" of Donbas's contact line is both sides'; AQAP, a bare NRF, Somalia's SNA and India's unnamed
militants as ACLED names them."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import event_type as et
from warledger.extract import extract_text
from warledger.extract.actors import normalised_actors
from warledger.measure.scoring import predicted_incident

PUBLISHED = date(2023, 6, 20)


def type_of(text: str) -> str | None:
    return et.event_type_of(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, army units entered Dubrava (Tsentralnyi, Kherson) and took control of the town"
        " without resistance after the separatist militia left it.",
        "On 9 July 2022, Al Shabaab militants took over Buurdhuubo town (Garbaharey, Gedo) without a fight"
        " after government troops withdrew from their base there.",
        "On 2 March 2024, rebels seized control of the border post at Kigumba unopposed.",
    ],
)
def test_a_place_taken_without_a_fight_is_a_non_violent_transfer(text: str) -> None:
    assert type_of(text) == "non_violent_transfer_of_territory"


@pytest.mark.parametrize(
    "text",
    [
        "On 14 February 2024, M23 rebels took control of Nyanzale (Rutshuru, Nord-Kivu) after two days of"
        " fighting with the FARDC, who retreated north. Dozens of fighters were reportedly killed.",
        "On 29 November 2024, HTS-led opposition factions took control of Saraqib city after fighting with"
        " regime forces, who withdrew towards the south. Several fighters were killed on both sides.",
    ],
)
def test_a_named_group_taking_a_town_overtakes_it_even_after_fighting(text: str) -> None:
    assert type_of(text) == "non_state_actor_overtakes_territory"


def test_explosives_a_group_used_drones_to_drop_are_an_air_strike() -> None:
    text = (
        "On 5 April 2023, in Tepalcatepec, Michoacan, members of a cartel used drones to drop explosive"
        " devices on a ranch. No one was hurt."
    )
    assert type_of(text) == "air_drone_strike"


def test_a_protest_the_detained_had_taken_part_in_is_no_protest_event() -> None:
    text = (
        "On 4 March 2023, police officers raided a house in Mashhad and detained three teachers who had taken"
        " part in protests over unpaid salaries."
    )
    assert type_of(text) == "arrests"
    # people arrested at the protest itself stay a protest with intervention
    assert type_of("On 4 March 2023, police arrested 12 teachers protesting unpaid salaries in Mashhad.") == (
        "protest_with_intervention"
    )


def test_an_old_unexploded_shell_that_goes_off_is_a_remote_explosive() -> None:
    text = (
        "On 11 October 2022, a shepherd was wounded when an unexploded artillery shell from earlier fighting"
        " went off near Kunduz city (Kunduz, Kunduz)."
    )
    assert type_of(text) == "remote_explosive_landmine_ied"
    # beside a force's own fire that day, the day's shelling stays the event
    both = (
        "On 11 October 2022, 2 civilians were killed by army mortars in Kunduz city. In another event, a boy"
        " was hurt when an unexploded rocket went off."
    )
    assert type_of(both) != "remote_explosive_landmine_ied"


def test_a_crowd_invading_a_parliament_is_violent() -> None:
    text = (
        "On 20 May 2023, hundreds of supporters of a jailed senator invaded the parliament building in the"
        " capital and smashed windows and furniture. [size=hundreds]"
    )
    assert et.CATEGORY_OF[type_of(text) or ""] == "riots"


def perpetrators(text: str) -> set[tuple[str, str | None]]:
    found = predicted_incident(extract_text(text, PUBLISHED).incidents)
    assert found is not None
    return {(p.name, p.country) for p in found.perpetrators}


def test_fire_in_both_directions_of_donbass_contact_line_is_both_sides() -> None:
    text = (
        "On 7 April 2021, the OSCE SMM recorded 30 explosions and 90 bursts of small-arms fire in both"
        " directions near Pisky, Donetsk."
    )
    assert {("Ukraine", "UA"), ("Novorossiya (DPR/LPR)", "UA")} <= perpetrators(text)


@pytest.mark.parametrize(
    ("phrase", "name", "country"),
    [
        ("AQAP militants", "AQAP: Al Qaeda in the Arabian Peninsula", "YE"),
        ("al-Qaeda in the Arabian Peninsula", "AQAP: Al Qaeda in the Arabian Peninsula", "YE"),
        ("NRF fighters", "National Resistance Front", "AF"),
    ],
)
def test_groups_named_by_their_acronym_are_acleds_actors(phrase: str, name: str, country: str) -> None:
    assert (name, country) in {(a.name, a.country) for a in normalised_actors(phrase)}


def test_sna_in_somalia_is_the_somali_army_not_the_syrian_national_army() -> None:
    text = "On 2 June 2023, SNA forces killed 5 Al Shabaab militants near Jalalaqsi (Jalalaqsi, Hiraan)."
    names = perpetrators(text)
    assert ("Syrian National Army", "SY") not in names and ("Somalia", "SO") in names


def test_unnamed_militants_in_india_are_an_unidentified_armed_group() -> None:
    text = "On 2 June 2023, militants fired at a police party in Anantnag town (Anantnag, J&K), injuring 2."
    assert ("Unidentified Armed Group", "IN") in perpetrators(text)
