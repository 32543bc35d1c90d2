"""News-like narratives with tricky casualty figures and days: the general causes of what the seventh blind
batch of news goldens got wrong, each on a text of our own."""

from __future__ import annotations

from datetime import date

from report_helpers import killed, main_incident

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures

SATURDAY = date(1994, 6, 11)


def test_a_family_of_five_is_a_part_of_the_toll_not_another_sources_count() -> None:
    text = (
        "KANO, June 11 - Gunmen killed at least 23 people in the village of Dansoshiya on Friday, police "
        "said on Saturday.\n\n"
        "A farmer said he hid in a granary while the gunmen set fire to the house next door, where a "
        "family of five died."
    )
    assert killed(main_incident(text, SATURDAY)) == (23, 23)


def test_an_ordinal_person_who_died_brings_the_toll_to_that_number() -> None:
    found = casualty_figures("A fourth person has died of wounds from the blast, the hospital said.")
    assert [(f.figure.count.max, f.figure.updated) for f in found] == [(4, True)]


def test_a_second_man_after_a_man_is_no_toll() -> None:
    found = casualty_figures("A man died in hospital on Friday, and a second man died overnight.")
    assert all(not f.figure.updated for f in found)


def test_a_bare_count_of_one_victim_does_not_lower_a_stated_toll_update() -> None:
    text = (
        "Kenya: toll from Eldama Ravine grenade attack rises to three\n\n"
        "NAIROBI, June 11 - The death toll from a grenade attack on a bar in Eldama Ravine has risen to "
        "three, police said on Saturday.\n\n"
        "The grenade was thrown into the bar late on Thursday. One woman was killed at the scene. A man "
        "died in hospital on Friday morning, and a second man died overnight, police said."
    )
    assert killed(main_incident(text, SATURDAY)) == (3, 3)


FRIDAY = date(2007, 9, 28)


def test_a_sources_count_on_the_incidents_day_near_a_landmark_of_its_city_is_another_count() -> None:
    text = (
        "BANGKOK, Sept 28 - Soldiers in Myanmar opened fire on crowds of protesters in the main city Yangon "
        "on Thursday, killing at least nine people, state television said.\n\n"
        "Diplomats in Yangon said the real toll was almost certainly higher. An exile dissident group said "
        "at least 30 people were shot dead in the city on Thursday, citing monks who said they had seen "
        "bodies near the Sule Pagoda.\n\n"
        "On Wednesday, riot police used tear gas and clubs against marchers at the Shwedagon Pagoda. "
        "Dissidents said five monks were beaten to death that day. Taken together, the dissident group said "
        "more than 50 people had died in the two days of violence."
    )
    told = {(i.date_start, killed(i)) for i in extract_text(text, FRIDAY).incidents}
    assert ("2007-09-27", (9, 30)) in told


THURSDAY = date(2008, 5, 8)


def test_victims_who_died_in_hospital_with_the_verb_left_out_are_the_incidents_dead() -> None:
    text = (
        "HARARE, May 8 - Militiamen beat opposition supporters in a village in the Murehwa district on "
        "Monday night, killing at least two people, police said on Thursday.\n\n"
        "The opposition said four of its members had died, two of them in hospital on Tuesday."
    )
    assert killed(main_incident(text, THURSDAY)) == (2, 4)


TUESDAY = date(2008, 2, 5)


def test_finding_the_dead_after_a_clause_that_tells_the_fighting_is_dated_by_the_fighting() -> None:
    text = (
        "ABECHE, Feb 5 - Residents of the town ventured out on Tuesday to find bodies lying in the streets, "
        "after two days of fighting in which rebels who swept into Abeche at dawn on Saturday were driven "
        "back by the army.\n\n"
        "The Red Cross said at least 60 people had been killed in the fighting in Abeche."
    )
    assert main_incident(text, TUESDAY).date_start == "2008-02-02"


def test_a_side_that_lost_its_soldiers_counts_its_dead() -> None:
    found = casualty_figures("A minister said the army had lost 20 soldiers and had killed about 200 rebels.")
    assert [f.figure.count.max for f in found] == [20, 200]


def test_lost_cattle_are_no_dead() -> None:
    assert casualty_figures("Herders said they had lost more than 100 cows to rustlers.") == []


def test_a_burial_told_with_the_day_of_the_killing_goes_on_with_that_days_incident() -> None:
    text = (
        "MAKURDI, Nigeria, March 3 - Residents of Ugbokpo buried their dead on Thursday, three days after "
        "armed herdsmen attacked the village in the early hours of Monday.\n\n"
        "On Monday afternoon the police had spoken of at least 12 dead, a figure officials later described "
        "as provisional."
    )
    incidents = extract_text(text, date(2016, 3, 3)).incidents
    assert [(i.date_start, killed(i)) for i in incidents] == [("2016-02-29", (12, 12))]
