"""Long news-like reports dated only relatively (a source's visit, a death in hospital told in an aside, the
eve of a vote, funerals that open the lead, a superlative that ranks the event): the general causes of what
the blind batch "narratives13" of news goldens (tests/golden/news/expected_narratives13.json) got wrong,
each on a text of our own."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.date_roles import role_and_precision
from warledger.extract.date_values import DateValue
from warledger.extract.event_cues import signals_in
from warledger.measure.scoring import predicted_incident


def main_of(text: str, published: date) -> tuple[str | None, str | None, str | None, list[int] | None]:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    killed = [main.killed.min, main.killed.max] if main.killed else None
    return main.event_type, main.date_start, main.place.name if main.place else None, killed


def role_of(text: str, words: str) -> str:
    start = text.index(words)
    day = date(2010, 8, 22)
    return role_and_precision(text, start, start + len(words), DateValue(day, day, "day", relative=True)).role


def test_the_day_a_source_visited_the_scene_is_no_event_day() -> None:
    text = (
        "According to observers who visited the site on Wednesday morning, the attackers fired on the patrol "
        "car with automatic weapons."
    )
    assert role_of(text, "Wednesday") == "bare"
    text = "Our members who visited the area on Sunday and Monday have compiled the names of 138 people."
    assert role_of(text, "Sunday") == "bare"
    # the doers' arrival keeps its day
    text = "Gunmen who reached the village on Friday opened fire on the market."
    assert role_of(text, "Friday") == "event"


def test_a_day_told_by_telephone_is_when_the_source_spoke() -> None:
    text = "A doctor told The Associated Press by telephone on Sunday that four policemen had died."
    assert role_of(text, "Sunday") == "bare"


def test_a_death_in_hospital_told_in_an_aside_on_the_dead_dates_no_event() -> None:
    # the ministry's three are the ambush's dead; Wednesday is the day one of them died, so the sentence
    # is another source's count of Tuesday's ambush, not an incident of Wednesday
    text = (
        "Two policemen killed in ambush in western Georgia\n\n"
        "TBILISI, June 13 (Reuters) - Unidentified gunmen ambushed a police patrol on the road east of "
        "Zugdidi late on Tuesday. The policemen returned fire. Two policemen were killed and a third was "
        "wounded.\n\n"
        "The Interior Ministry said that three policemen had died, one of them in hospital in Zugdidi on "
        "Wednesday afternoon, and blamed the attack on saboteurs."
    )
    incidents = extract_text(text, date(2003, 6, 13)).incidents
    assert [i.date_start for i in incidents] == ["2003-06-10"]
    _, day, _, killed = main_of(text, date(2003, 6, 13))
    assert (day, killed) == ("2003-06-10", [2, 3])


def test_security_forces_surrounding_a_house_is_an_event_of_its_own() -> None:
    # the raid the next morning is a new incident: its two dead and its village do not join the checkpoint
    text = (
        "MOSCOW, Aug 22 (AP) - Gunmen attacked a police checkpoint on the edge of Nalchik on Friday night, "
        "killing three officers, police said. The officers fired back and the gunfight lasted ten "
        "minutes.\n\n"
        "Hours after the attack, on Saturday morning, security forces surrounded a house in the village of "
        "Khasanya, south of Nalchik, where they said suspected militants were hiding. Two men were killed in "
        "the shootout that followed."
    )
    incidents = extract_text(text, date(2010, 8, 22)).incidents
    raid = [i for i in incidents if i.place and i.place.name == "Khasanya"]
    assert raid and raid[0].killed and raid[0].killed.min == 2
    _, day, place, killed = main_of(text, date(2010, 8, 22))
    assert (day, place, killed) == ("2010-08-20", "Nalchik", [3, 3])


def test_a_superlative_ranking_the_event_is_no_background() -> None:
    # "in the deadliest attack the town has seen this year" ranks the bombing; it does not describe the
    # setting, so the lead stays an event sentence and dates the incident
    text = (
        "KIRKUK - The town of Tuz Khurmatu buried its dead on Wednesday after a car bomb exploded outside a "
        "mosque two days ago, in the deadliest attack the town has seen this year.\n\n"
        "Police said 12 people were killed and 40 wounded. A hospital official said 14 bodies had been "
        "brought in."
    )
    _kind, day, place, killed = main_of(text, date(2013, 6, 20))
    assert (day, place, killed) == ("2013-06-18", "Tuz Khurmatu", [12, 14])


def test_funerals_after_a_bombing_are_typed_by_the_bombing() -> None:
    # the lead's main clause only mourns; the "after" clause tells the event the incident is of
    text = (
        "KIRKUK - The town of Tuz Khurmatu buried its dead on Wednesday after a car bomb exploded outside a "
        "mosque two days ago.\n\n"
        "Police said 12 people were killed and 40 wounded. A hospital official said 14 bodies had been "
        "brought in."
    )
    assert main_of(text, date(2013, 6, 20))[0] == "remote_explosive_landmine_ied"


def test_a_bomb_set_off_by_remote_control_is_a_remote_explosive() -> None:
    assert "ied" in signals_in("A spokesman said the bomb had been set off by remote control from a hill.")
    assert "ied" in signals_in("He said the car had been detonated by remote control.")
    assert "ied" in signals_in("A bomb hidden in a culvert beneath the road wrecked the first bus.")
    assert "ied" not in signals_in("The drone was flown by remote control over the town.")


def test_where_a_source_told_us_or_issued_a_statement_is_no_place_of_the_event() -> None:
    text = (
        "Residents told our staff in Aden that government aircraft struck a group of houses in the east of "
        "Zinjibar shortly before dawn on Wednesday. Local officials said six civilians had been killed."
    )
    assert main_of(text, date(2011, 6, 3))[2] == "Zinjibar"
    text = (
        "The Interior Ministry, in a statement issued in Tbilisi on Thursday, said that gunmen had killed "
        "three policemen at a checkpoint near Zugdidi on Tuesday night."
    )
    assert main_of(text, date(2003, 6, 13))[2] == "Zugdidi"


def test_the_eve_of_the_vote_is_the_day_before_the_day_the_sentence_gives_the_vote() -> None:
    text = (
        "GUATEMALA CITY, Nov. 5 (AP) - Guatemalans voted in large numbers in Sunday's general election, but "
        "the campaign ended in bloodshed in Chimaltenango, where gunmen killed four people on the eve of the "
        "vote."
    )
    assert main_of(text, date(1985, 11, 5))[1] == "1985-11-02"


def test_more_dead_of_an_asides_fight_stay_with_that_fight() -> None:
    # "The killings came a day after rebels ambushed ..., killing three soldiers." is an aside on an earlier
    # fight; "two rebels were also killed in the fighting" right after it are that fight's dead, not more of
    # the massacre's
    text = (
        "BOGOTA, Aug. 14 (AP) - Gunmen burst into a crowded bar in the town of Turbo on Saturday night and "
        "shot the customers, killing 12 people, police said Sunday. The army commander said 14 people had "
        "died.\n\n"
        "The killings came a day after rebels ambushed an army patrol near Carepa, about 15 kilometers south "
        "of Turbo, on Friday, killing three soldiers. The army said two rebels were also killed in the "
        "fighting.\n\n"
        "Hundreds of people marched through Turbo on Sunday afternoon behind the coffins of the victims."
    )
    assert main_of(text, date(1995, 8, 14))[3] == [12, 14]


def test_a_vehicle_that_visited_a_place_or_people_killed_there_keep_their_day() -> None:
    # only a "who" clause on people who went to look: a convoy that visited is the event's own subject, and
    # "were killed, one of them at a hospital ..." may tell where the attack was
    assert role_of("The convoy that visited the camp on Monday came under fire.", "Monday") == "event"
    text = (
        "KUNDUZ, Oct 5 (Reuters) - Gunmen attacked a police post in Kunduz on Monday. Five people were "
        "killed, two of them at a clinic in Kunduz on Monday, police said."
    )
    assert main_of(text, date(2015, 10, 5))[1] == "2015-10-05"


def test_a_place_name_used_as_a_word_on_the_doers_is_no_place_of_the_count() -> None:
    # "blamed the attack on Abkhaz 'saboteurs'": the ministry's three are another count of the ambush, not
    # an incident placed in Abkhazia
    text = (
        "Two policemen killed in ambush in western Georgia\n\n"
        "TBILISI, June 13 (Reuters) - Unidentified gunmen ambushed a police patrol on the road east of "
        "Zugdidi, near the ceasefire line with Abkhazia, late on Tuesday. The policemen returned fire. Two "
        "policemen were killed and a third was wounded.\n\n"
        "The Interior Ministry, in a statement issued in Tbilisi on Thursday, said that three police "
        "officers had died, one of them in hospital in Zugdidi on Wednesday afternoon, and blamed the attack "
        'on Abkhaz "saboteurs".'
    )
    incidents = extract_text(text, date(2003, 6, 13)).incidents
    assert len(incidents) == 1
    assert main_of(text, date(2003, 6, 13))[3] == [2, 3]
