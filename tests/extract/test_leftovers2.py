"""Leftover gaps of the eleventh session, each a class of input, on short reports of our own written blind
(texts and expected values fixed before the extractor ran on them):

1. gunmen attacking a named locality (no "village of"), civilians killed and no fight, is ACLED's attack
   there;
2. the wounded who "later died" are dead, not wounded ("nine were wounded, two of whom later died");
3. people dragged from a vehicle "and shot" are counted as killed when the report says they died;
4. police dispersing a crowd are the riot's second actor, not among its perpetrators;
5. a crowd mourning a chief, with no violence word, is no mob violence;
6. (the strict xfail of test_leftovers.py, the drones-mostly-shot-down narrative).

Blind figures (first run, before any fix): 3 of 15 right (named locality 0/3: typed right, no place; later
died 0/3; dragged and shot 0/2, neighbour 1/1; police dispersing 0/3; mourners 2/3). After this session's
fixes: 14 of 15. Left: a crowd that gathered to mourn and blocked a road, with no protest, violence or
intervention word, makes no incident at all (no event cue); item 6, the drones-mostly-shot-down narrative of
test_leftovers.py, was not reached in this session and stays marked there.

Each case: the main incident's event type (or the types a coder could choose), killed (ACLED's figure: 0 is
no death told), injured (None: not checked), a perpetrator it must name and one it must not (None: not
checked), and its place (None: not checked).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from leftover_cases import assert_told_as_expected, case_params

from warledger.extract import event_type as et
from warledger.extract import extract_text


@dataclass(frozen=True)
class Case:
    text: str
    published: date
    event_type: str | tuple[str, ...]
    killed: int
    place: str | None
    perpetrator: str | None = None
    not_perpetrator: str | None = None
    injured: int | None = None


UAG = "Unidentified Armed Group"
POLICE = "Police Forces"
RIOTERS = "Rioters"
RIOTS = ("mob_violence", "violent_demonstration")

CASES = {
    # 1. gunmen attacking a named locality
    "gunmen_attacked_town_killing_residents": Case(
        "Gunmen attacked Dansadau on Wednesday, killing 12 residents and wounding 5, a local official said.",
        date(2021, 3, 5),
        "attack",
        12,
        "Dansadau",
        perpetrator=UAG,
    ),
    "people_died_when_armed_men_stormed": Case(
        "Eight people died when armed men stormed Kauru on Friday night, police said.",
        date(2020, 6, 14),
        "attack",
        8,
        "Kauru",
        perpetrator=UAG,
    ),
    "killed_and_wounded_when_gunmen_raided": Case(
        "Four people were killed and six wounded when gunmen raided Mada on Sunday, residents said.",
        date(2019, 11, 12),
        "attack",
        4,
        "Mada",
        perpetrator=UAG,
    ),
    # 2. the wounded who later died
    "wounded_two_of_whom_later_died": Case(
        "Gunmen killed 5 villagers in Bakura on Saturday and wounded eight, two of whom later died in "
        "hospital.",
        date(2020, 5, 18),
        "attack",
        7,
        "Bakura",
        injured=6,
    ),
    "three_of_the_wounded_later_died": Case(
        "A bomb exploded at a bus stop in Maiduguri on Sunday, killing four people. Three of the wounded "
        "later died in hospital, police said.",
        date(2016, 2, 2),
        "remote_explosive_landmine_ied",
        7,
        "Maiduguri",
    ),
    "wounded_of_them_died_later": Case(
        "Six people were wounded in a grenade attack on a restaurant in Kismayo on Monday. Two of them died "
        "later in hospital, a doctor said.",
        date(2017, 8, 9),
        "grenade",
        2,
        "Kismayo",
        injured=4,
    ),
    # 3. dragged from a vehicle and shot
    "dragged_from_minibus_and_shot_all_died": Case(
        "Militants dragged 11 passengers from a minibus near Kalat on Thursday and shot them. All of them "
        "died at the scene, officials said.",
        date(2015, 5, 30),
        "attack",
        11,
        "Kalat",
    ),
    "pulled_from_truck_bodies_found": Case(
        "Gunmen pulled 6 men out of a truck near Bunia on Tuesday and shot them; their bodies were found the "
        "next morning.",
        date(2021, 9, 16),
        "attack",
        6,
        "Bunia",
    ),
    "neighbour_dragged_and_shot_in_the_legs": Case(
        "Gunmen dragged 4 men from a car near Kidal on Monday and shot them in the legs, a hospital official "
        "said.",
        date(2018, 4, 11),
        "attack",
        0,
        "Kidal",
    ),
    # 4. police dispersing a crowd
    "mob_burned_police_post_then_dispersed": Case(
        "A mob burned a police post in Kasese on Monday before police fired tear gas to disperse it.",
        date(2016, 7, 20),
        RIOTS,
        0,
        "Kasese",
        perpetrator=RIOTERS,
        not_perpetrator=POLICE,
    ),
    "police_dispersed_stone_throwing_youths": Case(
        "Riot police dispersed hundreds of youths who were throwing stones and burning tyres in Kisumu on "
        "Friday.",
        date(2017, 10, 15),
        RIOTS,
        0,
        "Kisumu",
        not_perpetrator=POLICE,
    ),
    "residents_lynched_police_dispersed": Case(
        "Residents lynched a suspected thief in Mbale on Saturday before police dispersed the crowd with "
        "tear gas.",
        date(2019, 2, 25),
        "mob_violence",
        1,
        "Mbale",
        not_perpetrator=POLICE,
    ),
    # 5. a crowd mourning a chief
    "mourners_marched_tear_gas": Case(
        "Thousands of mourners marched through Bawku on Saturday mourning a chief who died last week, and "
        "police fired tear gas to disperse them.",
        date(2014, 3, 3),
        ("protest_with_intervention", "peaceful_protest"),
        0,
        "Bawku",
    ),
    "youths_gathered_to_mourn_ruler": Case(
        "Hundreds of youths gathered in Tamale on Monday to mourn a traditional ruler and blocked the main "
        "road for several hours.",
        date(2015, 9, 9),
        "peaceful_protest",
        0,
        "Tamale",
    ),
    "neighbour_mourners_burned_office": Case(
        "A crowd mourning a chief set fire to the district office in Yendi on Tuesday.",
        date(2013, 5, 2),
        RIOTS,
        0,
        "Yendi",
    ),
}

# cases that failed blind; each fix flips its mark
# "youths_gathered_to_mourn_ruler": a gathering to mourn that blocks a road has no event cue (no protest word,
# no intervention, no violence), so no incident is made; a general crowd-gathering cue was not tried here.
FAILING: set[str] = {"youths_gathered_to_mourn_ruler"}


@pytest.mark.parametrize("name", case_params(CASES, FAILING))
def test_leftover_case(name: str) -> None:
    assert_told_as_expected(CASES[name])


# The general causes, each pinned on its own words ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Seven people were killed and nine wounded when gunmen attacked Kadisau.",
        "Three people were killed and 14 injured when bandits raided Gidan Zaki on Monday.",
        "Gunmen on motorcycles raided the market in the town, killing 9 traders and wounding 12 people.",
    ],
)
def test_armed_men_raiding_a_settlement_and_killing_people_is_an_attack(text: str) -> None:
    assert "locality_raided" in et.signals_in(text)
    assert et.event_type_of(text)[0] == "attack"


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers were killed and nine wounded when gunmen attacked Kadisau.",  # state forces hit
        "Gunmen attacked a checkpoint on Monday, killing 2 people.",  # no settlement
        "Gunmen attacked them on Monday, killing 2 people.",
    ],
)
def test_a_raid_on_forces_or_on_no_settlement_is_no_raided_locality(text: str) -> None:
    assert et.event_type_of(text)[0] != "attack" or "locality_raided" not in et.signals_in(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Seven people were killed and nine wounded when gunmen attacked Kadisau.", "Kadisau"),
        ("Armed men stormed Tungan Bako overnight, killing 6 villagers.", "Tungan Bako"),
        ("Bandits raided Gidan Zaki on Monday, killing 3 people.", "Gidan Zaki"),
    ],
)
def test_the_settlement_armed_men_raided_is_the_place_however_unknown(text: str, place: str) -> None:
    [found] = extract_text(text, date(2021, 3, 5)).incidents
    assert found.place is not None and found.place.name == place


def test_a_name_raided_before_a_possessive_is_no_place() -> None:
    [found] = extract_text(
        "Gunmen attacked Musa's house on Monday, killing 2 people.", date(2021, 3, 5)
    ).incidents
    assert found.place is None or found.place.name != "Musa"


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Gunmen killed 2 people and wounded 5, two of whom later died in hospital.", 4, 3),
        ("A bomb killed 3 people in the market. Three of the wounded later died, police said.", 6, None),
        ("Nine people were wounded in the blast. Two of them died later in hospital.", 2, 7),
        ("Gunmen killed 5 villagers in the town on Saturday and wounded eight.", 5, 8),
    ],
)
def test_the_hurt_who_died_later_are_dead_not_injured(text: str, killed: int, injured: int | None) -> None:
    [found] = extract_text(text, date(2020, 5, 18)).incidents
    assert found.killed is not None and (found.killed.min, found.killed.max) == (killed, killed)
    if injured is None:
        assert found.injured is None
    else:
        assert found.injured is not None and (found.injured.min, found.injured.max) == (injured, injured)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a part of the dead counted, or of a toll the sentence gives: no more dead
        ("Gunmen killed seven people, two of whom later died in hospital.", 7),
        ("Officials put the number of dead at 14 and said two of the wounded had died in hospital.", 14),
        ("Three of the wounded died overnight, taking the number of dead to nine, a doctor said.", 9),
    ],
)
def test_later_deaths_inside_a_count_of_the_dead_add_none(text: str, killed: int) -> None:
    [found] = extract_text(text, date(2020, 5, 18)).incidents
    assert found.killed is not None and found.killed.max == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen dragged 11 people from a bus and shot them dead.", 11),
        ("Gunmen dragged 11 people from a bus and shot them. All of them died.", 11),
        ("Militiamen pulled 5 men from their homes and shot them; their bodies were found later.", 5),
        ("Rebels rounded up 8 villagers and executed them.", 8),
    ],
)
def test_people_taken_and_killed_with_a_pronoun_are_counted(text: str, killed: int) -> None:
    [found] = extract_text(text, date(2015, 5, 30)).incidents
    assert found.killed is not None and (found.killed.min, found.killed.max) == (killed, killed)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen dragged 4 men from a car and shot them in the legs.",  # shot, no death told
        "Gunmen dragged 4 men from a car and shot them in the legs. All four survived.",
    ],
)
def test_people_taken_and_shot_with_no_death_told_are_no_dead(text: str) -> None:
    [found] = extract_text(text, date(2015, 5, 30)).incidents
    assert found.killed is None or found.killed.max == 0


@pytest.mark.parametrize(
    "text",
    [
        "A mob burned a police post in the town on Monday before police fired tear gas to disperse it.",
        "Riot police dispersed hundreds of youths who were throwing stones and burning tyres in the town.",
    ],
)
def test_police_dispersing_a_riot_are_no_perpetrators_of_it(text: str) -> None:
    [found] = extract_text(text, date(2017, 10, 15)).incidents
    assert found.event_category == "riots"
    names = [p.name for p in found.perpetrators]
    assert names[0] == "Rioters" and "Police Forces" not in names


def test_police_breaking_up_a_protest_stay_beside_the_protesters() -> None:
    # only riots: a protest's intervening forces are left as they were
    [found] = extract_text(
        "Police fired tear gas to break up a protest in the town on Monday.", date(2017, 10, 15)
    ).incidents
    assert found.event_type == "protest_with_intervention"
    assert [p.name for p in found.perpetrators][:1] == ["Protesters"]


def test_the_hamlet_of_a_name_places_it_as_the_village_of_does() -> None:
    """Found by the probe (tests/extract/probes/left2_probe.py): "hamlet" was a type word after a name
    only."""
    text = "Gunmen stormed the hamlet of Tangaye on Saturday night, killing 11 residents."
    [found] = extract_text(text, date(2022, 2, 21)).incidents
    assert found.place is not None and found.place.name == "Tangaye"
