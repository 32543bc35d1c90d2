"""Long news-like reports of older wire copy (a lead dated by its patrol or hunt, a count that takes in a
later death, a ministry speaking from the capital, an aside on an earlier attack with its own dead): the
general causes of what the blind batch "narratives12" of news goldens
(tests/golden/news/expected_narratives12.json) got wrong, each on a text of our own."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.measure.scoring import predicted_incident


def main_of(text: str, published: date) -> tuple[str | None, str | None, str | None, list[int] | None]:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    killed = [main.killed.min, main.killed.max] if main.killed else None
    return main.event_type, main.date_start, main.place.name if main.place else None, killed


def test_the_day_counted_back_by_an_after_clause_through_a_list_and_its_participle() -> None:
    # "on Friday, two days after mobs armed with sticks, knives and stones attacked ..., killing ...": the
    # clause the phrase opens runs past the list's commas and through its casualty participle, so its
    # dead are the earlier event's and its day (Wednesday) the incident's, not the patrol's Friday
    text = (
        "ABIDJAN, June 9 (AFP) - Soldiers patrolled the northern districts of the city on Friday, two days "
        "after mobs armed with sticks, knives and stones attacked traders from the north in Abobo, killing "
        "at least nine people, officials said."
    )
    assert main_of(text, date(1995, 6, 9))[1] == "1995-06-07"


def test_the_day_after_the_event_words_object_and_place_is_the_events() -> None:
    # the hunt is Thursday's; the attack, told in the relative clause with its objects and town before
    # its day, is Tuesday's
    text = (
        "LUSAKA, March 4 (AP) - Police searched the hills on Thursday for gunmen who raided a police post, "
        "a clinic and the district offices in the border town of Chipata early on Tuesday, killing six "
        "people, officials said."
    )
    assert main_of(text, date(1999, 3, 4))[1] == "1999-03-02"


def test_a_lead_of_funerals_behind_coffins_is_dated_by_the_shooting_it_mourns() -> None:
    text = (
        "LIMA, Oct 12 (Reuters) - Thousands of people followed the coffins of five students through the "
        "streets of Huancayo on Monday as police said they had arrested two of the gunmen who fired on a "
        "crowd outside the university on Friday night, killing five people."
    )
    assert main_of(text, date(1992, 10, 12))[1] == "1992-10-09"


def test_a_march_carrying_coffins_is_a_protest_of_its_own_day() -> None:
    text = (
        "On 12 January 2023, thousands of residents marched through Juliaca (San Roman, Puno) carrying the "
        "coffins of the people killed on 9 January during clashes at the airport. [size=thousands]"
    )
    assert main_of(text, date(2023, 1, 15))[1] == "2023-01-12"


def test_a_ministry_in_the_capital_that_speaks_is_no_place_of_the_event() -> None:
    text = (
        "Catalan town mourns bomb victims\n\n"
        "The Interior Ministry in Madrid said nine people had been killed when a car bomb exploded outside "
        "the Civil Guard barracks in Vic on Wednesday evening."
    )
    assert main_of(text, date(1991, 5, 31))[2] == "Vic"


def test_a_statement_read_on_television_in_a_town_is_no_place_of_the_event() -> None:
    # the separatists' count joins the lead as another source, not an incident at Tiraspol
    text = (
        "CHISINAU, June 22 (AP) - Moldovan troops fought separatist guards in the city of Bender late on "
        "Friday, and the Interior Ministry said at least 26 people had been killed.\n\n"
        "Separatist leaders said in a statement read on their television in Tiraspol that 63 people had "
        "died."
    )
    _, day, place, killed = main_of(text, date(1992, 6, 22))
    assert (day, place, killed) == ("1992-06-19", "Bender", [26, 63])


def test_a_bomb_that_tore_through_a_building_is_an_event_word() -> None:
    # "the car bomb that tore through the Civil Guard barracks": the lead tells the bomb's event, which
    # nothing else in the sentence names (the funerals are its occasion)
    text = (
        "Thousands of people filled the streets of Vic yesterday for the funerals of the victims of the car "
        "bomb that tore through the Civil Guard barracks there on Wednesday evening."
    )
    incidents = extract_text(text, date(1991, 5, 31)).incidents
    assert [i.date_start for i in incidents] == ["1991-05-29"]


def test_an_aside_on_an_earlier_attack_keeps_its_dead_out_of_the_lead() -> None:
    text = (
        "LUANDA, Jan 28 (Reuters) - Rebels shelled the city of Malanje late on Tuesday night, killing at "
        "least 17 civilians, the governor said on Thursday.\n\n"
        "Doctors at the provincial hospital said they had received 23 bodies.\n\n"
        "The shelling came five days after a mortar round struck the city's main market, killing five people "
        "who were queuing for maize, aid workers said."
    )
    assert main_of(text, date(1999, 1, 28))[3] == [17, 23]


def test_the_anniversary_of_a_death_counts_no_dead() -> None:
    # "marking the anniversary of the death of the Prophet's daughter": a commemoration, no victim
    text = (
        "IRNA said 25 people had been killed and more than 120 wounded when the bomber blew himself up "
        "among the worshippers in the crowded prayer hall. The mosque was packed with people marking the "
        "anniversary of the death of the Prophet Mohammad's daughter Fatima."
    )
    assert [i.killed.min for i in extract_text(text, date(2009, 5, 30)).incidents if i.killed] == [25]


def test_a_town_the_gazetteer_lacks_written_as_a_town_at_a_distance_is_the_place() -> None:
    text = (
        "VIENTIANE, Feb 21 (AFP) - Gunmen opened fire on a passenger bus on Route 13 near Hin Heup, a small "
        "market town about 90 km (55 miles) north of Vientiane, on Tuesday morning, killing at least 10 "
        "people, officials said."
    )
    assert main_of(text, date(2003, 2, 21))[2] == "Hin Heup"


def test_mobs_in_the_plural_are_an_event_word() -> None:
    # "mob" was read only in the singular: "mobs armed with clubs hunted down traders" told no event
    text = "DAKAR, April 27 (AFP) - Mobs armed with clubs hunted down traders in Pikine on Monday."
    incidents = extract_text(text, date(1989, 4, 27)).incidents
    assert [i.date_start for i in incidents] == ["1989-04-24"]
