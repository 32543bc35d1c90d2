"""What the eleventh blind batch of self-written notes (notes 800-849) and the probes after it taught about
ACLED's sub-event boundaries: a protest only planned is no protest (the arrests made ahead of it are the
event); fire that was returned makes heavy weapons' fire a clash; a grenade dropped from a drone is a drone
strike; a bomb defused in a later sentence than a blast that killed or wounded is a second event; a device
forces found and destroyed, a would-be suicide bomber arrested, a plot foiled and a bomb seized "before it
could be detonated" are disrupted weapons use; a two-word district centre a group overran is territory
overtaken; a killing where the note denies a fight ("there was no exchange of fire", "no clashes ... were
reported") is an attack; the Houthis' detentions are arrests; police detaining or dispersing a crowd ACLED
sized, with no violence told, is a protest with intervention; a place taken where "no fighting took place"
changed hands peacefully; "an armed group" is an unidentified armed group and Afghanistan's NDS the Afghan
state's."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import event_type as et
from warledger.extract import extract_text
from warledger.extract.actors import normalised_actors
from warledger.measure.scoring import predicted_incident

PUBLISHED = date(2020, 7, 20)


def type_of(text: str) -> str | None:
    return et.event_type_of(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2021, police arrested 20 activists of the opposition party in dawn raids in Multan"
        " (Multan, Punjab) ahead of a planned protest against fuel prices.",
        "On 9 May 2021, security forces detained 15 union members in Sfax before the scheduled demonstration"
        " outside the governorate.",
    ],
)
def test_arrests_ahead_of_a_planned_protest_are_arrests(text: str) -> None:
    assert type_of(text) == "arrests"


@pytest.mark.parametrize(
    "text",
    [
        "On 2 August 2020, NAF forces fired grenade launchers and heavy machine guns at Ukrainian positions"
        " near Vodiane (Donetsk). Ukrainian forces returned fire. No casualties were reported.",
        "On 5 September 2020, Armenian forces fired heavy machine guns at Azerbaijani positions near Tovuz;"
        " the Azerbaijani side fired back.",
    ],
)
def test_heavy_weapons_fire_that_was_returned_is_a_clash(text: str) -> None:
    assert type_of(text) == "armed_clash"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 October 2020, NAF forces dropped a VOG grenade from a quadcopter on Ukrainian positions near"
        " Shyrokyne (Donetsk), wounding a soldier.",
        "On 8 March 2022, soldiers dropped two grenades from a commercial drone onto a trench near the"
        " village.",
    ],
)
def test_a_grenade_dropped_from_a_drone_is_a_drone_strike(text: str) -> None:
    assert type_of(text) == "air_drone_strike"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 6 August 2020, a roadside bomb hit a minibus in Maiwand district, Kandahar, killing 3"
            " passengers. Security forces later defused another IED planted on the same road.",
            "remote_explosive_landmine_ied",
        ),
        (
            "On 7 May 2022, a Russian air strike on a school in the village killed 2 people. Ukrainian air"
            " defence shot down 4 drones over the region that night.",
            "air_drone_strike",
        ),
    ],
)
def test_a_defusal_told_after_a_deadly_blast_is_another_event(text: str, expected: str) -> None:
    assert type_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 11 August 2020, gendarmerie forces found and destroyed a hand-made explosive device buried near a"
        " road in rural Hakkari.",
        "On 19 August 2020, police arrested a would-be suicide bomber near a checkpoint in Kandahar city."
        " No casualties were reported.",
    ],
)
def test_a_device_destroyed_where_found_or_a_would_be_bomber_arrested_is_disrupted_weapons_use(
    text: str,
) -> None:
    assert type_of(text) == "disrupted_weapons_use"


def test_a_group_overrunning_a_district_centre_of_two_names_overtakes_it() -> None:
    text = (
        "On 20 June 2021, Taliban militants overran the Shah Joy district centre (Shah Joy, Zabul) after"
        " clashes with Afghan forces, who retreated. 3 soldiers were killed."
    )
    assert type_of(text) == "non_state_actor_overtakes_territory"


@pytest.mark.parametrize(
    "text",
    [
        "On 9 August 2020, in Salvador, Bahia, military police officers shot and killed a 17-year-old boy"
        " during an operation in the Nordeste de Amaralina neighborhood. Residents said there was no exchange"
        " of fire.",
        "On 3 September 2020, in Sao Goncalo, Rio de Janeiro, military police officers shot and killed a"
        " 15-year-old boy during an operation in the Salgueiro community. Residents said there was no"
        " exchange of fire.",
    ],
)
def test_a_killing_where_the_note_denies_a_fight_is_an_attack(text: str) -> None:
    assert type_of(text) == "attack"


def perpetrators(text: str) -> set[tuple[str, str | None]]:
    found = predicted_incident(extract_text(text, PUBLISHED).incidents)
    assert found is not None
    return {(p.name, p.country) for p in found.perpetrators}


def test_an_armed_group_is_an_unidentified_armed_group() -> None:
    text = (
        "On 5 July 2020, in Uruapan, Michoacan, an armed group set fire to three vehicles and a shop in the"
        " San Rafael neighborhood. No injuries were reported."
    )
    assert "Unidentified Armed Group" in {name for name, _ in perpetrators(text)}


@pytest.mark.parametrize("phrase", ["NDS forces", "the National Directorate of Security"])
def test_afghanistans_nds_is_the_afghan_state(phrase: str) -> None:
    assert ("Afghanistan", "AF") in {(a.name, a.country) for a in normalised_actors(phrase)}


@pytest.mark.parametrize(
    "text",
    [
        "On 11 July 2020, pro-Houthi forces reportedly detained 5 teachers in Ibb city (Al Mashannah, Ibb)"
        " for refusing to attend a Houthi mobilisation event.",
        "On 14 September 2020, Ansar Allah security forces detained 4 women activists in Sanaa (Amanat al"
        " Asimah) for organising a charity campaign.",
        "On 20 August 2020, Houthis arrested a journalist at a checkpoint in Dhamar city (Dhamar).",
    ],
)
def test_the_houthis_detentions_are_arrests(text: str) -> None:
    assert type_of(text) == "arrests"


@pytest.mark.parametrize(
    "text",
    [
        "On 31 July 2020, in Minsk, police detained 3 people who were collecting signatures for an opposition"
        " candidate in a square. [size=no report]",
        "On 4 August 2020, in Almaty, police detained 7 activists who were waving flags outside the akimat."
        " [size=no report]",
    ],
)
def test_police_detaining_a_sized_crowd_that_did_no_violence_is_a_protest_with_intervention(
    text: str,
) -> None:
    assert type_of(text) == "protest_with_intervention"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2021, Afghan security forces foiled a Taliban plot to attack a police station in Lashkar"
        " Gah (Lashkar Gah, Helmand), seizing a car packed with explosives.",
        "On 8 June 2021, police seized a car bomb parked outside a market in Quetta (Quetta, Balochistan)"
        " before it could be detonated.",
    ],
)
def test_a_foiled_plot_or_a_bomb_seized_before_it_went_off_is_disrupted_weapons_use(text: str) -> None:
    assert type_of(text) == "disrupted_weapons_use"


def test_a_blast_that_wounded_told_before_a_defusal_is_the_event() -> None:
    text = (
        "On 10 June 2021, an IED exploded near a police patrol in Peshawar (Peshawar, KP), wounding 3"
        " policemen. Another device found nearby was defused by the bomb disposal squad."
    )
    assert type_of(text) == "remote_explosive_landmine_ied"


def test_no_clashes_reported_beside_a_killing_of_farmers_leaves_it_an_attack() -> None:
    text = (
        "On 11 June 2021, Boko Haram (JAS) fighters killed 4 farmers near Konduga (Konduga, Borno). No"
        " clashes with the military were reported."
    )
    assert type_of(text) == "attack"


def test_a_place_taken_where_no_fighting_took_place_changed_hands_peacefully() -> None:
    text = (
        "On 14 June 2021, Taliban militants took over the Mingajik district centre (Jowzjan) after local"
        " officials surrendered; no fighting took place."
    )
    assert type_of(text) == "non_violent_transfer_of_territory"
