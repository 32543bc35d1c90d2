"""What the thirteenth blind batch of self-written notes (notes 1000-1044, 2015-2024 outside the May 2020
sample: the Sahel, Mozambique, the DRC, Cameroon, Ethiopia, Somalia, Kenya, Libya, Iraq, Afghanistan, the
Philippines, Myanmar, Haiti, Mexico, Colombia, Bangladesh) taught: the passive of a blame ("Boko Haram was
blamed") names the doer and joins the incident as an active blame does; a group whose name the gazetteer also
holds as a town ("La Linea") is no other place keeping its sentence out; "French-speaking" names a language,
not France; the forces whose vehicle struck a mine are its victims; a bomb "dropped" from the air is an
air strike; a "cessation of hostilities" agreement is no fighting; weapons handed over in a decommissioning
change a group's activity, and "combatants" before a verb are a group's agents; a rally "ahead of" which
people are arrested has not happened; a riot after fuel price increases has a grievance (a violent
demonstration); a capital "A" inside a sentence opens a village's name ("A Nang Pa village (...)"); a later
sentence's place written with its units in brackets is the place a note's coder coded, over the anchor's bare
names of a march's way."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import event_type as et
from warledger.extract import extract_text
from warledger.extract.models import Incident
from warledger.measure.scoring import predicted_incident

PUBLISHED = date(2024, 12, 1)


def incident(text: str) -> Incident:
    found = predicted_incident(extract_text(text, PUBLISHED).incidents)
    assert found is not None
    return found


def type_of(text: str) -> str | None:
    return et.event_type_of(text)[0]


def perpetrator_names(text: str) -> set[str]:
    return {p.name for p in incident(text).perpetrators}


@pytest.mark.parametrize(
    "text",
    [
        "On 22 July 2015, two female suicide bombers blew themselves up at the market in Maroua (Diamare,"
        " Extreme-Nord), killing 13 people including the bombers. Boko Haram was blamed.",
        "On 22 July 2016, a suicide bomber blew herself up at a mosque in Kolofata (Mayo-Sava, Extreme-Nord),"
        " killing 5 worshippers. Boko Haram militants were held responsible.",
    ],
)
def test_the_passive_of_a_blame_names_the_doer(text: str) -> None:
    assert "Boko Haram" in perpetrator_names(text)


def test_a_group_the_gazetteer_also_holds_as_a_town_is_no_other_place_of_a_blame() -> None:
    text = (
        "On 4 November 2019, gunmen ambushed three vehicles near La Mora (Bavispe, Sonora), killing 3 women"
        " and 6 children. Authorities blamed La Linea."
    )
    assert "La Linea" in perpetrator_names(text)


def test_a_language_named_after_a_people_is_no_country_cue() -> None:
    text = (
        "On 21 November 2016, teachers protesting against the posting of French-speaking teachers marched"
        " through Bamenda (Mezam, North-West). Police fired tear gas."
    )
    found = incident(text)
    assert found.place is not None and found.place.country == "CM"


@pytest.mark.parametrize(
    "text",
    [
        "On 12 August 2019, a Burkinabe army vehicle escorting a supply convoy struck an IED about 15 km from"
        " Arbinda (Arbinda, Soum, Sahel), killing 4 soldiers. No group claimed responsibility.",
        "On 3 May 2019, a Malian army patrol ran over a landmine near Boni (Douentza, Mopti), killing 2"
        " soldiers.",
    ],
)
def test_forces_whose_vehicle_struck_a_mine_are_no_doers(text: str) -> None:
    found = incident(text)
    assert found.event_type == "remote_explosive_landmine_ied"
    assert all(p.kind != "state" for p in found.perpetrators)


def test_a_bomb_dropped_by_forces_is_an_air_strike() -> None:
    text = (
        "On 13 April 2017, US forces dropped a GBU-43 Massive Ordnance Air Blast bomb on a tunnel complex"
        " used by IS-K in Achin district (Nangarhar). Officials said 36 militants were killed."
    )
    assert type_of(text) == "air_drone_strike"


def test_a_cessation_of_hostilities_agreement_is_no_fighting() -> None:
    text = (
        "On 1 August 2019, the president and the Renamo leader signed a definitive cessation of military"
        " hostilities agreement in Gorongosa (Gorongosa, Sofala)."
    )
    assert type_of(text) == "agreement"


def test_weapons_handed_over_in_a_decommissioning_change_a_groups_activity() -> None:
    text = (
        "On 7 September 2019, 1,060 MILF combatants handed over their weapons in the second phase of"
        " decommissioning at a ceremony in Sultan Kudarat (Maguindanao)."
    )
    found = incident(text)
    assert found.event_type == "change_to_group_activity"
    assert "MILF" in {p.name for p in found.perpetrators}


def test_people_arrested_ahead_of_a_partys_rally_are_arrests() -> None:
    text = (
        "On 26 October 2023, police arrested 30 BNP activists in overnight raids across Rajshahi city"
        " (Rajshahi, Rajshahi) ahead of the party's grand rally in Dhaka."
    )
    assert type_of(text) == "arrests"


def test_rioters_after_fuel_price_increases_are_a_violent_demonstration() -> None:
    text = (
        "On 7 July 2018, after the government announced fuel price increases of up to 51 percent, rioters"
        " erected burning barricades, set vehicles on fire and looted shops in Petion-Ville (Port-au-Prince,"
        " Ouest). [size=hundreds]"
    )
    assert type_of(text) == "violent_demonstration"


def test_a_capital_a_opening_a_bracketed_village_name_is_the_names_first_syllable() -> None:
    text = (
        "On 23 October 2022, military aircraft bombed a concert at A Nang Pa village (Hpakant township,"
        " Mohnyin district, Kachin), killing at least 63 people."
    )
    found = incident(text)
    assert found.place is not None and found.place.name == "A Nang Pa"


def test_a_later_sentences_bracketed_place_is_the_notes_place() -> None:
    text = (
        "On 11 October 2019, thousands of opposition supporters marched from Delmas towards the UN compound"
        " in Tabarre, demanding the resignation of the president. Police fired tear gas to disperse the march"
        " near the compound in Tabarre (Port-au-Prince, Ouest). [size=thousands]"
    )
    found = predicted_incident(extract_text(text, date(2019, 10, 12)).incidents)
    assert found is not None and len(found.evidence) == 2
    assert found.place is not None and found.place.name == "Tabarre"


def test_rioters_after_the_government_raised_tariffs_have_a_grievance() -> None:
    text = (
        "On 12 September 2018, rioters burned tyres, blocked roads and stoned the town hall in Hinche"
        " (Hinche, Centre) after the government raised electricity tariffs. [size=dozens]"
    )
    assert type_of(text) == "violent_demonstration"


def test_whom_a_place_is_handed_over_to_takes_it() -> None:
    text = (
        "On 11 August 2021, ANDSF units handed over Puli Khumri (Puli Khumri, Baghlan) to the Taliban without"
        " a fight after local elders mediated."
    )
    found = incident(text)
    assert found.event_type == "non_violent_transfer_of_territory"
    assert "Taliban" in {p.name for p in found.perpetrators}


def test_a_town_inside_its_namesake_municipality_is_the_town() -> None:
    text = "On 28 March 2021, gunmen killed 2 police officers in Aguililla (Aguililla, Michoacan)."
    found = incident(text)
    assert found.place is not None and found.place.precision == "city"
    assert abs(found.place.lat - 18.737) < 0.05 and abs(found.place.lon + 102.789) < 0.05


def test_a_province_of_the_towns_name_last_in_its_bracket_keeps_the_district_written_first() -> None:
    text = "On 8 May 2020, gunmen killed 2 police officers in Sanaa (Nihm, Sanaa)."
    found = incident(text)
    assert found.place is not None and found.place.precision != "city"
