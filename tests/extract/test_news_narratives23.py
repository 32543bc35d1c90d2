"""Translated and monitored reports (BBC Monitoring items, translated local press, communiques read on radio):
the words such texts use for the dead ("were martyred", "two of the bandits were destroyed"), a clock's time
zone named after a capital ("2300 Moscow time"), a speaker who "told Radio Uganda in Gulu today", one more
dead "also died" at the end of a sentence, the other side's dead after a tally of one side's, and helicopters
"of the occupation" that fired: the general causes of what the blind batch "narratives23" of news goldens
(tests/golden/news/expected_narratives23.json) got wrong, each on a text of our own."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.measure.scoring import predicted_incident


def main_of(text: str, published: date) -> dict[str, object]:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    return {
        "date": main.date_start,
        "place": main.place.name if main.place else None,
        "killed": (main.killed.min, main.killed.max) if main.killed else None,
        "type": main.event_type,
    }


def killed(text: str) -> list[int]:
    return [f.figure.count.max for f in casualty_figures(text) if f.figure.kind == "killed"]


def test_the_martyred_are_dead_but_not_a_speakers_own_men() -> None:
    assert killed("Four citizens were martyred when the shell hit the house.") == [4]
    assert killed('"Six of our men were martyred and two were wounded," the commander said.') == []


def test_fighters_destroyed_are_dead_houses_destroyed_are_not() -> None:
    assert killed("Three of the militants were destroyed, the spokesman said.") == [3]
    assert killed("Nine houses were destroyed by the fire.") == []


def test_a_clock_time_zone_is_no_place_of_the_event() -> None:
    # "at about 2300 Moscow time": the clock's zone, not a place the sentence's dead died in
    text = (
        "Rebels attacked a checkpoint outside the town last night, a spokesman said.\n\n"
        "A driver was shot dead as he passed the checkpoint at about 2300 Moscow time."
    )
    incidents = extract_text(text, date(2000, 7, 4)).incidents
    assert all(i.place is None or i.place.name != "Moscow" for i in incidents)


def test_the_day_a_speaker_told_a_radio_in_a_town_is_not_the_events() -> None:
    text = (
        "UGANDA: REBELS RAID VILLAGE IN APAC DISTRICT\n\n"
        "Radio Uganda, Kampala, in English 1700 gmt 14 Jul 98\n\n"
        "Rebels on Sunday night raided Aduku village in Apac District and burned 30 huts, the army said.\n\n"
        "An army spokesman told Radio Uganda in Lira today that the rebels came at around midnight, broke "
        "into the shops and set fire to the huts before fleeing."
    )
    incidents = extract_text(text, date(1998, 7, 16)).incidents
    looting = [i for i in incidents if i.event_type == "looting_property_destruction"]
    assert looting and all(i.date_start == "1998-07-12" for i in looting)


def test_one_more_dead_who_also_died_belongs_to_the_incident_before() -> None:
    # the civilian who "also died" is the third dead of the fight, not the victim of an attack of his own
    text = (
        "CHECKPOINT ATTACKED IN GUDERMES\n\n"
        "Grozny, 3 July: Rebel fighters attacked a checkpoint of the federal forces on the edge of the town "
        "of Gudermes last night, a military spokesman has told ITAR-TASS.\n\n"
        "The fighters opened fire on the checkpoint from grenade launchers at about 2300 and the servicemen "
        "returned fire.\n\n"
        "Two servicemen of the Interior Ministry troops were killed and four wounded.\n\n"
        "A local man, a driver who was passing the checkpoint on his way home when the shooting began, also "
        "died.\n\n"
        "The wounded servicemen have been flown to the military hospital in Mozdok."
    )
    incidents = extract_text(text, date(2000, 7, 4)).incidents
    first = incidents[0].killed
    assert first is not None and (first.min, first.max) == (3, 3)
    assert all(i.event_type != "attack" for i in incidents)


def test_the_other_sides_dead_after_a_tally_add_to_it() -> None:
    text = (
        "Rebels attacked an army post outside the town of Gudermes last night, a spokesman said.\n\n"
        "The attackers fired on the post with grenade launchers and the soldiers returned fire for two "
        "hours.\n\n"
        "Three soldiers were killed and five wounded.\n\n"
        "Four of the bandits were destroyed, the spokesman said."
    )
    assert main_of(text, date(2000, 7, 4))["killed"] == (7, 7)


def test_helicopters_of_the_occupation_that_fired_missiles_struck_from_the_air() -> None:
    text = (
        "Two young men were martyred this afternoon when two helicopters of the occupation fired missiles at "
        "their car in the city of Nablus, medical sources said."
    )
    assert main_of(text, date(2002, 8, 6))["type"] == "air_drone_strike"


def test_a_heading_naming_a_sides_version_opens_another_account_of_the_same_event() -> None:
    # the rebels' toll and the army's, under "Army version", are two counts of one attack (12-20), not two
    text = (
        "REBELS AND ARMY GIVE DIFFERING TOLLS FOR ATTACK ON ZACATECOLUCA\n\n"
        "Rebel forces in the early hours of yesterday attacked the positions of the army garrison in the "
        "city of Zacatecoluca, inflicting 20 dead on the enemy. Our units withdrew in good order towards the "
        "hills.\n\n"
        "Army version\n\n"
        "The armed forces said in a communique that the rebels attacked the garrison in Zacatecoluca at "
        "about 0300 on Wednesday and were repelled. Five soldiers died in the fighting and seven rebels were "
        "killed, "
        "the communique said."
    )
    assert main_of(text, date(1990, 3, 8))["killed"] == (12, 20)
