"""What the twelfth blind batch of self-written notes (notes 900-944, 2016-2025 in ACLED's proportions of
categories over 27 countries) taught: two sources' tolls of the same dead told after a semicolon ("...,
according to police; local elders put the toll at 52") span a range, as with "while", rather than adding up;
a part of the people just counted, killed by a verb of its own ("beheading one of them"), is some of them;
"beat to death a man" counts one dead, and a group of students or other civilians beating someone is mob
violence; a toll "unknown" is no killing, so a group capturing a command's headquarters in a bracketed town
overtakes it; a group appointing its own governor changes its activity; Iraq's Counter-Terrorism Service is
the Iraqi state's (and a counter-terrorism unit a state actor, so its detention is an arrest); the one the
blame is laid on ("Authorities blamed the ADF", "blamed the attack on") and the soldiers the doers are
identified as did it; a place named only as someone's office in an appositive, as a journey's end or as a
word on people ("Ayotzinapa students") gives way to the place of the event; the first of two towns
"between" which an event was, when the gazetteer lacks it, is placed at the second rather than at its
region's centre."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import event_type as et
from warledger.extract import extract_text
from warledger.extract.actors import normalised_actors
from warledger.extract.models import Incident
from warledger.measure.scoring import predicted_incident

PUBLISHED = date(2024, 12, 1)


def incident(text: str) -> Incident:
    found = predicted_incident(extract_text(text, PUBLISHED).incidents)
    assert found is not None
    return found


def killed(text: str) -> tuple[int, int] | None:
    found = incident(text)
    return (found.killed.min, found.killed.max) if found.killed else None


def type_of(text: str) -> str | None:
    return et.event_type_of(text)[0]


def place_name(text: str) -> str | None:
    found = incident(text)
    return found.place.name if found.place else None


def perpetrator_names(text: str) -> set[str]:
    return {p.name for p in incident(text).perpetrators}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 May 2024, gunmen attacked a convoy near Sadda (Kurram, Khyber Pakhtunkhwa), killing at"
            " least 42 people, according to police; local elders put the toll at 52.",
            (42, 52),
        ),
        (
            "On 2 April 2024, warplanes struck a building in Homs (Homs, Homs). At least 13 people were"
            " killed, according to officials; the Observatory reported 16 killed.",
            (13, 16),
        ),
        (
            "On 9 March 2023, soldiers shot villagers in Kiri (Yatenga, Nord). The prosecutor spoke of about"
            " 60 dead; local associations later counted 147.",
            (60, 147),
        ),
    ],
)
def test_another_sources_toll_after_a_semicolon_spans_a_range(text: str, expected: tuple[int, int]) -> None:
    assert killed(text) == expected


def test_other_victims_after_a_semicolon_still_add_up() -> None:
    text = (
        "On 3 May 2024, militants killed 3 soldiers near Sadda (Kurram, Khyber Pakhtunkhwa); police said 2"
        " more soldiers were killed in a second ambush."
    )
    assert killed(text) == (5, 5)


def test_a_part_of_the_people_counted_killed_by_a_verb_of_its_own_is_some_of_them() -> None:
    text = (
        "On 4 May 2022, insurgents killed 3 farmers near Macomia (Macomia, Cabo Delgado), beheading one of"
        " them."
    )
    assert killed(text) == (3, 3)


def test_killing_some_of_people_not_counted_before_is_the_toll() -> None:
    text = (
        "On 4 May 2022, soldiers fought jihadists near Macomia (Macomia, Cabo Delgado), killing 40 of them."
    )
    assert killed(text) == (40, 40)


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2023, a group of students beat to death a man accused of theft in a dormitory in Rajshahi"
        " (Rajshahi, Rajshahi).",
        "On 9 June 2023, a group of villagers beat to death a suspected kidnapper in Dutsin-Ma (Dutsin-Ma,"
        " Katsina).",
    ],
)
def test_civilians_beating_a_man_to_death_is_mob_violence_with_one_dead(text: str) -> None:
    assert type_of(text) == "mob_violence"
    assert killed(text) == (1, 1)


def test_a_toll_unknown_is_no_killing_beside_a_headquarters_captured_in_a_town() -> None:
    text = (
        "On 5 January 2024, the MNDAA announced it had captured the military's regional command headquarters"
        " in Laukkaing town (Laukkaing township, Laukkaing district, Shan-North) after weeks of fighting."
        " Fatalities unknown."
    )
    assert type_of(text) == "non_state_actor_overtakes_territory"


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2025, the AFC/M23 appointed its own mayor of Bukavu at a ceremony in Bukavu (Bukavu,"
        " Sud-Kivu).",
        "On 20 August 2021, the Taliban named a new governor for Herat province in Herat (Herat, Herat).",
    ],
)
def test_a_group_appointing_its_own_officials_changes_its_activity(text: str) -> None:
    assert type_of(text) == "change_to_group_activity"


def test_iraqs_counter_terrorism_service_is_the_iraqi_state() -> None:
    assert ("Iraq", "IQ") in {
        (a.name, a.country) for a in normalised_actors("Counter-Terrorism Service forces")
    }


def test_a_counter_terrorism_units_detention_is_an_arrest() -> None:
    text = (
        "On 4 July 2021, Counter-Terrorism Service forces arrested a militia commander in Basra (Basra,"
        " Basra) on charges linked to the killing of a journalist."
    )
    assert type_of(text) == "arrests"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2021, a suicide bomber blew himself up at a church in Butembo (Butembo, Nord-Kivu),"
        " killing 2 people. Authorities blamed the ADF.",
        "On 3 June 2021, a bomb exploded at a church in Butembo (Butembo, Nord-Kivu), killing 2 people."
        " Officials blamed the attack on the ADF.",
    ],
)
def test_the_group_the_blame_is_laid_on_did_it(text: str) -> None:
    assert "ADF" in perpetrator_names(text)


def test_the_soldiers_the_doers_are_identified_as_did_it() -> None:
    text = (
        "On 5 November 2023, men in army uniform, identified by residents as soldiers, shot 12 civilians in"
        " Zaongo village (Zaongo, Centre-Nord)."
    )
    assert "Military Forces" in perpetrator_names(text)


def test_a_place_named_only_as_someones_office_gives_way_to_the_event_place() -> None:
    text = (
        "On 2 June 2021, Iraqi security forces arrested Ali Hassan, the PMF's commander of operations in"
        " Diyala, at a checkpoint in Baghdad (Karkh, Baghdad)."
    )
    assert place_name(text) == "Baghdad"


def test_the_ends_of_a_journey_give_way_to_where_the_travellers_were_hit() -> None:
    text = (
        "On 8 May 2023, gunmen opened fire on a bus carrying passengers from Peshawar to Kohat near Dara Adam"
        " Khel (Kohat, Khyber Pakhtunkhwa), killing 3 people."
    )
    assert place_name(text) == "Kohat"


def test_a_place_written_as_a_word_on_people_gives_way_to_the_event_place() -> None:
    text = (
        "On 26 March 2023, parents of the 43 disappeared Ayotzinapa students marched in Iguala (Iguala de la"
        " Independencia, Guerrero). [size=dozens]"
    )
    assert place_name(text) == "Iguala de la Independencia"


def test_an_unknown_first_town_between_two_is_placed_at_the_second() -> None:
    text = (
        "On 2 May 2022, separatists ambushed a military convoy on the road between Bambalang and Ndop"
        " (Ngo-Ketunjia, North-West)."
    )
    found = incident(text)
    assert found.place is not None and found.place.name == "Bambalang"
    assert found.place.lat is not None and abs(found.place.lat - 5.99) < 0.1
    assert found.place.lon is not None and abs(found.place.lon - 10.44) < 0.1


@pytest.mark.parametrize(
    "text",
    [
        "On 4 December 2023, Taliban police detained 3 women activists in Herat (Herat, Herat) for organising"
        " a gathering against the ban on girls' schooling.",
        "On 9 March 2024, Taliban intelligence officials arrested a journalist at his home in Kandahar city"
        " (Kandahar, Kandahar).",
    ],
)
def test_the_taliban_authorities_detentions_are_arrests_by_afghanistans_state(text: str) -> None:
    assert type_of(text) == "arrests"
    assert "Afghanistan" in perpetrator_names(text)
