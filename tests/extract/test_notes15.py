"""What the fifteenth blind batch of self-written notes (notes 1500-1544, 2012-2025 over Latin America, South
and Southeast Asia, the Sahel, the Great Lakes, the Caucasus and Central Asia) taught: police who use stun
grenades or push a crowd back intervene (a stun grenade is no grenade attack); "set up their headquarters"
establishes a base; fighters "demobilised" or a group that "closed its last base" changed its activity, and a
programme "agreed in 2019" is background, not the day's agreement; "what Tehran called" names a government
speaking, not a place; a first-level unit joined by "and" ("Sistan and Baluchestan") is one container;
GeoNames' "Baladiyat" prefix is no part of Qatar's units ("Doha (Ad Dawhah)"); a unit's syllables written
apart ("Si Sa Ket") are the gazetteer's joined name ("Sisaket"); "Chad's transitional military government" is
Chad's; soldiers who "defused" a bomb are its disrupters; "shot dead presidential candidate X" kills one; the
bombers who "belonged to JAD" were JAD's."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import event_type as et
from warledger.extract import extract_text
from warledger.extract.models import Incident
from warledger.measure.scoring import predicted_incident


def incident(text: str) -> Incident:
    found = predicted_incident(extract_text(text, date(2024, 12, 1)).incidents)
    assert found is not None
    return found


def type_of(text: str) -> str | None:
    return et.event_type_of(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, opposition supporters rallied outside the parliament in Tbilisi to demand new "
        "elections. Riot police threw stun grenades into the crowd. [size=thousands]",
        "On 8 June 2023, hundreds of farmers marched on the governor's office in Puno to demand fertiliser "
        "subsidies; police pushed them back from the building. [size=hundreds]",
    ],
)
def test_stun_grenades_or_a_crowd_pushed_back_are_an_intervention(text: str) -> None:
    assert type_of(text) == "protest_with_intervention"


def test_troops_who_set_up_their_headquarters_established_a_base() -> None:
    text = (
        "On 4 May 2022, Kenyan troops set up their headquarters in Kismayo airport, a week after capturing "
        "the town from Al Shabaab."
    )
    assert type_of(text) == "headquarters_or_base_established"


def test_demobilised_fighters_and_a_closed_base_change_a_groups_activity() -> None:
    text = "On 2 March 2021, the FLEC closed its last camp near Buco-Zau as its fighters were demobilised."
    assert type_of(text) == "change_to_group_activity"


def test_an_agreement_of_an_earlier_year_is_background_not_the_agreement() -> None:
    text = (
        "On 5 October 2021, the MILF handed weapons to the commission and 2,000 combatants were demobilised "
        "under the normalisation programme agreed in 2014."
    )
    assert type_of(text) != "agreement"


def test_a_capital_between_what_and_called_is_no_place() -> None:
    found = incident(
        "On 16 January 2024, Iranian drones struck what Tehran called militant hideouts in a village near "
        "Panjgur, killing 2 children."
    )
    assert found.place is not None and found.place.name == "Panjgur"


def test_a_first_level_unit_joined_by_and_is_one_container() -> None:
    found = incident(
        "On 16 January 2024, Pakistani drones struck a house near Rask (Sarbaz, Sistan and Baluchestan), "
        "killing 2 children."
    )
    assert found.place is not None and found.place.country == "IR"


def test_geonames_baladiyat_prefix_is_no_part_of_a_written_unit() -> None:
    found = incident(
        "On 15 May 2023, Sudanese army and RSF delegates signed a humanitarian declaration in Doha "
        "(Ad Dawhah), with Sudan's government represented."
    )
    assert found.place is not None and found.place.country == "QA"


def test_a_units_syllables_written_apart_are_its_joined_name() -> None:
    found = incident(
        "On 25 July 2025, Cambodian forces fired rockets into Kantharalak district (Si Sa Ket), killing "
        "2 villagers."
    )
    assert found.place is not None and found.place.lat is not None
    assert abs(found.place.lat - 14.64) < 0.1 and abs(found.place.lon - 104.65) < 0.1


def test_a_countrys_transitional_military_government_is_that_state() -> None:
    found = incident(
        "On 9 June 2022, Mali's transitional military government and Tuareg groups signed an agreement in "
        "Bamako (Bamako)."
    )
    assert any(p.country == "ML" and p.kind == "state" for p in found.perpetrators)


def test_soldiers_who_defused_a_bomb_disrupted_it() -> None:
    found = incident("On 4 April 2024, soldiers defused a roadside bomb on the highway near Cotabato City.")
    assert found.event_type == "disrupted_weapons_use"
    assert any(p.kind == "state" for p in found.perpetrators)


@pytest.mark.parametrize(
    "text",
    [
        "On 6 February 2013, a gunman shot dead opposition leader Chokri Belaid outside his home in Tunis.",
        "On 12 June 2019, gunmen killed local journalist Norma Sarabia in Huimanguillo, Tabasco.",
    ],
)
def test_a_killing_of_a_titled_named_person_counts_one_dead(text: str) -> None:
    found = incident(text)
    assert found.killed is not None and found.killed.min == 1


def test_bombers_who_belonged_to_jad_were_jads() -> None:
    found = incident(
        "On 13 May 2018, 3 suicide bombers blew themselves up at churches in Surabaya, killing 12 people. "
        "Police said the bombers belonged to JAD."
    )
    assert "JAD" in {p.name for p in found.perpetrators}
