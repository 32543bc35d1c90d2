"""News-like reports that date their main incident only relatively: the general causes of what the blind
batch "relative2" of news goldens (tests/golden/news/expected_relative2.json) got wrong, each on a text of our
own."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import killed, main_incident

from warledger.extract.casualties import casualty_figures
from warledger.extract.dates import date_values

WEDNESDAY = date(2003, 10, 8)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # counted back from the sentence's day, with no event after the phrase
        ("Villagers on Tuesday buried six farmers who were shot dead two days earlier.", "2003-10-05"),
        ("Police on Monday found the car, which had been stolen a day earlier.", "2003-10-05"),
        ("The rebels attacked on Friday; troops only reached the town three days later.", "2003-10-06"),
        ("Mourners on Tuesday buried four men shot dead the day before.", "2003-10-06"),
        ("Mourners on Tuesday buried four men shot dead the day before in the market.", "2003-10-06"),
        # an event after the phrase: the count runs from that event to the sentence's day, as before
        ("Troops fired on marchers on Tuesday, two days before the vote.", "2003-10-09"),
        ("Mourners marched on Tuesday, a day after an air strike killed 25.", "2003-10-06"),
    ],
)
def test_a_count_of_days_before_or_after_dates_from_the_sentences_day(text: str, day: str) -> None:
    shifted = [f.value for f in date_values(text, WEDNESDAY) if f.value.shifted]
    assert [v.start.isoformat() for v in shifted] == [day]


def test_soldiers_buried_on_a_day_were_killed_the_days_earlier_it_counts() -> None:
    text = (
        "Six soldiers killed in ambush\n\n"
        "DAVAO, Oct 8 (Reuters) - Hundreds of mourners on Tuesday buried six soldiers who were killed in an "
        "ambush by communist rebels two days earlier near the town of Compostela, the army said on "
        "Wednesday.\n\n"
        "The soldiers were on patrol when about 30 rebels opened fire on them from a ridge, the army said."
    )
    assert main_incident(text, WEDNESDAY).date_start == "2003-10-05"


@pytest.mark.parametrize(
    "text",
    [
        "Local human rights groups say the true toll may be as high as 20.",
        "The death toll could be as high as 20, residents said.",
    ],
)
def test_a_toll_as_high_as_a_number_is_a_count_of_the_dead(text: str) -> None:
    found = casualty_figures(text)
    assert [(f.figure.kind, f.figure.count.max) for f in found] == [("killed", 20)]


def test_another_sources_higher_toll_told_in_the_present_spans_the_range() -> None:
    text = (
        "GHANA: POLICE MUST ANSWER FOR KILLINGS OF MARCHERS\n\n"
        "Press release, Accra, 11 May 2005\n\n"
        "Police shot dead at least 9 people last week when they fired on demonstrators marching in Tamale "
        "against a rise in fuel prices, the group said today.\n\n"
        "Local rights groups say the true toll may be as high as 15. Dozens of people were wounded."
    )
    assert killed(main_incident(text, date(2005, 5, 11))) == (9, 15)


def test_an_insurgency_that_has_cost_lives_totals_no_incident() -> None:
    text = (
        "Rebels kill 11 in town raid\n\n"
        "LIMA, June 11 (AP) - Rebels raided the town of Tocache on Friday night, killing 11 people, police "
        "said Monday.\n\n"
        "The rebels also set fire to the town hall before withdrawing toward the river.\n\n"
        "The Maoist rebels have waged a 10-year insurgency that has cost more than 17,000 lives."
    )
    assert killed(main_incident(text, date(1990, 6, 11))) == (11, 11)


def test_a_group_fighting_for_a_homeland_is_no_clash_in_a_killing_of_villagers() -> None:
    text = (
        "Assam: nine villagers gunned down\n\n"
        "GUWAHATI, Oct 8 - Nine villagers were shot dead by suspected militants at a village in Dhubri "
        "district on Tuesday night, police said today.\n\n"
        "A group of armed men surrounded the village, herded the residents out of their huts and fired on "
        "them with automatic rifles, police said.\n\n"
        "The police suspect an outlawed group which is fighting for a separate homeland for the tribe."
    )
    assert main_incident(text, WEDNESDAY).event_type == "attack"


def test_a_decades_toll_that_rights_groups_give_is_no_count_of_the_incident() -> None:
    text = (
        "Troops fire on marchers in Aceh\n\n"
        "JAKARTA, Oct 8 - Soldiers opened fire on villagers protesting against the army outside the town of "
        "Bireuen on Monday, killing 12 people, the military said.\n\n"
        "During a decade of army operations against the rebels, rights groups say thousands of people were "
        "killed or disappeared."
    )
    assert killed(main_incident(text, WEDNESDAY)) == (12, 12)


@pytest.mark.parametrize(
    ("text", "day", "role"),
    [
        # the report's own weekday named as an event's ("Wednesday's attack" in Wednesday's wire): that day
        ("Wednesday's attack killed five people.", "2003-10-08", "event"),
        ("Last Wednesday's attack killed five people.", "2003-10-01", "event"),
        ("Tuesday's attack killed five people.", "2003-10-07", "event"),
        # a day a plan is set for: the coming such day, which dates no event
        ("The militias called a general strike for Monday.", "2003-10-13", "bare"),
        ("The vote is scheduled for Sunday.", "2003-10-12", "bare"),
        ("The militias called a strike for Wednesday.", "2003-10-08", "bare"),
        ("Police braced for Monday's rally.", "2003-10-06", "event"),
    ],
)
def test_a_weekday_of_the_reports_own_day_or_of_a_plan(text: str, day: str, role: str) -> None:
    [found] = date_values(text, WEDNESDAY)
    assert (found.value.start.isoformat(), found.value.role) == (day, role)


def test_a_week_earlier_counts_seven_days_back_from_the_sentences_day() -> None:
    text = "Mourners on Tuesday buried five men who were killed a week earlier."
    shifted = [f.value for f in date_values(text, WEDNESDAY) if f.value.shifted]
    assert [v.start.isoformat() for v in shifted] == ["2003-09-30"]


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("in Moslem West Beirut", "Beirut"),
        ("in Christian East Beirut", "Beirut"),
        ("in West Mosul", "Mosul"),
        ("in the West Bank", "West Bank"),  # a whole name the gazetteer knows keeps its compass word
        ("in North Kivu", "North Kivu"),
    ],
)
def test_the_part_of_a_city_a_report_names_is_placed_at_the_city(where: str, place: str) -> None:
    text = f"A car bomb exploded {where} on Friday night, killing 14 people, police said on Saturday."
    found = main_incident(text, date(1985, 10, 19))
    assert found.place is not None and found.place.name == place


@pytest.mark.parametrize(
    ("where", "not_place"),
    [("in South Africa", "Africa"), ("on the East Rand", "Rand")],
)
def test_a_compass_word_stays_on_a_name_whose_rest_is_no_large_city(where: str, not_place: str) -> None:
    text = f"JOHANNESBURG, May 14 - Mobs beat two men to death {where} on Tuesday night, police said."
    found = main_incident(text, date(2008, 5, 14))
    assert found.place is None or found.place.name != not_place


def test_a_headlines_count_joins_the_lead_when_the_only_other_count_is_a_wars_total() -> None:
    text = (
        "Rebels kill 11 in town raid\n\n"
        "LIMA, June 11 (AP) - Rebels raided the town of Tocache on Friday night and dragged 11 people from "
        "their homes, police said Monday.\n\n"
        "The rebels also set fire to the town hall and the office of a bank before withdrawing toward the "
        "river. The police post did not respond to the attack; its commander said his men had been "
        "outnumbered.\n\n"
        "The rebels have waged an insurgency that has cost more than 17,000 lives."
    )
    found = main_incident(text, date(1990, 6, 11))
    assert (found.date_start, killed(found)) == ("1990-06-08", (11, 11))


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # "on the weekend" (as "at the weekend"): the last Saturday and Sunday
        ("Gunmen attacked the village on the weekend.", [("2003-10-04", "2003-10-05", "week")]),
        ("He will travel on the weekend of the summit.", []),
        # "overnight Saturday": the night of the day named, not the night before publication
        ("Gunmen attacked the village overnight Saturday.", [("2003-10-04", "2003-10-04", "day")]),
        ("Gunmen attacked the village overnight on Saturday.", [("2003-10-04", "2003-10-04", "day")]),
        ("Gunmen attacked the village overnight.", [("2003-10-07", "2003-10-07", "day")]),
    ],
)
def test_weekend_and_overnight_of_a_named_day(text: str, dates: list[tuple[str, str, str]]) -> None:
    found = [f.value for f in date_values(text, WEDNESDAY)]
    assert [(v.start.isoformat(), v.end.isoformat(), v.precision) for v in found] == dates
    assert all(v.night for v in found if "overnight" in text)
