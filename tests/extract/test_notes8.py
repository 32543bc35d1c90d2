"""What the eighth blind batch of self-written notes (notes 500-539) taught: a crowd protesting or mourning a
death counts no dead, and a march carrying the coffins of people killed in clashes is no riot; a group named
before "-led", a gang the alias table does not list, Israeli settlers as their own actor, a group claiming a
"barrage"; a town of a sparse country that has no admin row near it still knows its region; a coder's
"[coded to X]" tag, a building before the bracket, a loose respelling far from the district beside it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from warledger.extract import event_type as et
from warledger.extract import extract_text
from warledger.extract import gazetteer as g
from warledger.extract.actors import actor_mentions
from warledger.extract.casualties import casualty_figures
from warledger.measure.scoring import predicted_incident

PUBLISHED = date(2023, 1, 20)


def killed(sentence: str) -> list[int]:
    return [f.figure.count.min for f in casualty_figures(sentence) if f.figure.kind == "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Riot police dispersed hundreds of people protesting the death of a student in police custody.",
        "Police used tear gas against dozens of people mourning the death of a local chief in the town.",
        "Thousands of people condemning the killing of a journalist marched to the governor's office.",
        "Thousands of mourners demanding justice for the deaths of 3 miners marched to the town hall.",
    ],
)
def test_a_death_a_crowd_protests_or_mourns_counts_no_dead(sentence: str) -> None:
    assert killed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The clashes caused 5 deaths in the district.", 5),
        ("Four people protesting the eviction of market traders were shot dead by police.", 4),
        ("Police shot dead 3 men protesting the death of a trader.", 3),
    ],
)
def test_deaths_that_are_the_count_stay_counted(sentence: str, count: int) -> None:
    assert killed(sentence) == [count]


def agents(text: str) -> list[str]:
    return [a.name for m in actor_mentions(text) if m.value.agent for a in m.value.actors]


def test_a_group_named_before_led_leads_the_forces_that_acted() -> None:
    text = "HTS-led opposition factions took control of most of Aleppo city."
    assert "Hayat Tahrir al-Sham" in agents(text)


def test_a_name_before_backed_is_no_doer() -> None:
    assert "Iran" not in " ".join(agents("Iran-backed Houthi forces fired missiles at a ship."))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members of the Wharf Jeremie gang killed at least 184 people in a slum.", "Wharf Jeremie Gang"),
        ("Gunmen of the Grand Ravine gang attacked residents in Martissant.", "Grand Ravine Gang"),
    ],
)
def test_a_gang_the_table_does_not_list_is_named_as_the_report_names_it(text: str, name: str) -> None:
    assert name in agents(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 7 December gang members attacked the market.",
        "The gang fled before the army arrived, and rival gangs fought.",
        "A Salvadoran gang kidnapped 3 men.",
        "Haiti gang violence displaced thousands.",
    ],
)
def test_words_that_describe_a_gang_do_not_name_it(text: str) -> None:
    names = {a.name for m in actor_mentions(text) for a in m.value.actors}
    assert not any(n.endswith(" Gang") and n != "Unidentified Gang" for n in names), names


def test_israeli_settlers_are_their_own_actor_not_the_state() -> None:
    text = "Hundreds of Israeli settlers stormed Huwara. Israeli soldiers fired tear gas."
    assert agents(text) == ["Settlers (Israel)", "Israel"]


def test_a_town_with_no_admin_row_near_it_takes_the_region_of_the_nearest_one(tmp_path: Path) -> None:
    admin = tmp_path / "rg.csv"
    # the only admin rows: one about 100 km from the town, one across a border about 60 km away
    admin.write_text(
        "lat,lon,name,admin1,admin2,cc\n"
        "9.90,36.80,Gimbi,Oromiya,West Welega,ET\n"
        "9.60,36.55,Across,Elsewhere,Other,SS\n",
        encoding="utf-8",
    )
    cities = tmp_path / "cities.json"
    town = {"geonameid": 1, "name": "Nekemte", "latitude": 9.08, "longitude": 36.55, "countrycode": "ET"}
    cities.write_text(json.dumps({"1": town | {"population": 156000}}), encoding="utf-8")
    joined = g._joined_places(g.Sources(admin, cities))
    places = {p.name: p for p in joined}
    assert places["Nekemte"].admin1 == "Oromiya"
    assert places["Nekemte"].admin2 == ""  # so far away, the district is not sure
    # a unit guessed from afar makes the town no seat of it: the region stays at its own rows' point
    region = next(p for p in g._admin_entries(joined) if p.admin1 == "Oromiya" and not p.admin2)
    assert (region.lat, region.lon) == (9.90, 36.80)


def test_a_march_carrying_the_coffins_of_people_killed_in_clashes_is_a_peaceful_protest() -> None:
    text = (
        "On 12 January 2023, thousands of residents marched through the town carrying the coffins of the"
        " people killed on 9 January during clashes at the airport, and called for the president to resign."
        " [size=thousands]"
    )
    assert "cause_only:clash" in et.signals_in(text)
    assert et.event_type_of(text)[0] == "peaceful_protest"


def test_a_crowd_after_a_killing_with_no_clash_in_the_cause_is_left_to_the_model() -> None:
    # only a clash in the cause misleads the model; here the crowd's own threats make the riot
    text = (
        "On 4 June 2022, residents demonstrated in the town after a policeman shot dead a moto-taxi driver."
        " They blocked the main roads and threatened to attack the police station. [size=no report]"
    )
    assert "cause_only:clash" not in et.signals_in(text)
    assert et.event_type_of(text)[0] == "violent_demonstration"


def place_of(text: str) -> tuple[str | None, float | None, float | None]:
    found = predicted_incident(extract_text(text, PUBLISHED).incidents)
    assert found is not None and found.place is not None
    return found.place.name, found.place.lat, found.place.lon


def test_a_group_that_claimed_the_barrage_did_it() -> None:
    text = (
        "On 11 May 2021, Palestinian militants in Gaza fired a barrage of rockets at Ashkelon, killing 2"
        " women. The Qassam Brigades claimed the barrage."
    )
    found = predicted_incident(extract_text(text, PUBLISHED).incidents)
    assert found is not None and "Hamas" in {p.name for p in found.perpetrators}


def test_a_coders_coded_to_tag_places_the_note_apart_from_its_sentences() -> None:
    text = (
        "On 18 January 2022, a truck struck a landmine near Namssiguia, killing 7 civilians. [coded to Djibo]"
    )
    name, lat, lon = place_of(text)
    assert name == "Djibo" and lat is not None and lon is not None
    assert g.km((lat, lon), (14.0994, -1.6255)) < 5


def test_a_building_before_the_bracket_is_in_the_bracketed_town() -> None:
    text = (
        "On 10 May 2023, police arrested dozens of supporters outside the Lahore Press Club (Lahore, Punjab)."
    )
    assert place_of(text)[0] == "Lahore"


def test_a_loose_respelling_far_from_the_district_beside_the_name_is_another_place() -> None:
    # the skeleton of "Waingmaw" is that of Aung Myay, 170 km away in the same region: the unknown village
    # lies at its district's seat, Myitkyina, instead
    text = "On 6 January 2024, KIA fighters clashed with Myanmar troops near Waingmaw (Myitkyina, Kachin)."
    name, lat, lon = place_of(text)
    assert name == "Waingmaw" and lat is not None and lon is not None
    assert g.km((lat, lon), (25.3833, 97.3964)) < 15


# After the batch: a probe of ten more notes of other periods (not pinned) found three general misses.


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("On 11 August 2022, 2 unidentified gunmen on a motorbike shot dead a Shia cleric in the city.", 1),
        ("Three armed men riding on two motorcycles shot dead a trader at the market.", 1),
        ("Two soldiers were shot dead a day after the ceasefire.", 2),
    ],
)
def test_the_doers_of_a_killing_of_one_are_no_toll(sentence: str, count: int) -> None:
    assert killed(sentence) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "On 17 March 2023, the SBU detained a man in Kharkiv on suspicion of spying for Russia.",
        "On 3 April 2024, the FSB arrested 2 men in Moscow on treason charges.",
    ],
)
def test_a_states_security_service_makes_arrests(text: str) -> None:
    assert et.event_type_of(text)[0] == "arrests"
    assert {a.country for m in actor_mentions(text) for a in m.value.actors} & {"UA", "RU"}


def test_a_ceasefire_a_party_announces_is_an_agreement() -> None:
    text = "On 2 February 2025, M23 rebels announced a unilateral ceasefire in Goma for humanitarian reasons."
    assert et.event_type_of(text)[0] == "agreement"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("On 1 October 2024, Iran fired about 180 ballistic missiles at Israel.", "Iran"),
        ("On 4 October 2023, Turkey reportedly struck oil facilities near Qamishli.", "Turkey"),
    ],
)
def test_a_state_named_as_the_subject_of_an_attack_is_its_forces(text: str, state: str) -> None:
    assert agents(text) == [state]


def test_a_state_named_as_a_place_or_a_target_is_no_actor() -> None:
    text = "Rockets fired from Lebanon hit northern Israel. Strikes in Syria killed 3 people."
    assert agents(text) == []
