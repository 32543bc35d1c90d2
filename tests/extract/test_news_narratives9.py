"""Long news-like reports of the kinds earlier batches covered least (human-rights reports, UN press releases,
a strike turned riot, a peace agreement, destroyed shrines): the general causes of what the blind batch
"narratives9" of news goldens (tests/golden/news/expected_narratives9.json) got wrong, each on a text of our
own."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import killed, main_incident

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.extract.dates import date_values
from warledger.extract.event_cues import signals_in


def test_a_weekday_dateline_after_a_byline_is_the_filing_day() -> None:
    # the byline line between the headline and the dateline no longer hides the dateline: its weekday is the
    # day of filing, and "yesterday" counts from it
    text = (
        "Rebels and government sign truce\n\n"
        "By our Honiara correspondent\n\n"
        "HONIARA, Thursday - Leaders of the two militias signed a ceasefire agreement in Auki yesterday, "
        "ending months of fighting on the island."
    )
    assert main_incident(text, date(2000, 10, 12)).date_start == "2000-10-11"


def test_a_conflict_in_which_thousands_died_is_a_war_total() -> None:
    sentence = (
        "The two sides signed a peace agreement in Arawa yesterday, closing a decade-long conflict in which "
        "as many as 15,000 people are thought to have died."
    )
    assert [f.figure.cumulative for f in casualty_figures(sentence)] == [True]
    single = casualty_figures("Gunmen killed 12 people in the market, police said.")
    assert [f.figure.cumulative for f in single] == [False]


def test_a_name_after_ethnic_is_a_people_not_the_place() -> None:
    text = (
        "We are shocked by the killing of dozens of people, mostly ethnic Amhara women and children, in the "
        "town of Gimbi, in western Oromia, on 18 June. Armed men went from house to house, shooting "
        "residents."
    )
    found = main_incident(text, date(2022, 6, 24))
    assert found.place is not None and found.place.name == "Gimbi"


def test_residents_put_the_number_at_is_a_count() -> None:
    # "put the number at" is a toll phrase even with no other casualty word in the sentence
    found = casualty_figures("Residents put the number at more than 400.")
    assert [f.figure.count.min for f in found] == [400]


def test_a_general_strike_that_turned_into_rioting_is_a_protest() -> None:
    assert "protest" in signals_in("A general strike called by the unions turned into rioting in Fez.")
    text = (
        "Five people were killed when a general strike called by the unions turned into rioting in the "
        "city of Fez on Friday. Crowds of young men set fire to a hotel and cars and threw stones at police."
    )
    assert main_incident(text, date(1990, 12, 16)).event_type == "violent_demonstration"


def test_fighters_who_smashed_the_tombs_destroyed_property() -> None:
    text = (
        "On Saturday, fighters of an armed Islamist group smashed the tombs of three revered saints in "
        "Timbuktu with pickaxes. No casualties were reported."
    )
    found = main_incident(text, date(2012, 7, 2))
    assert (found.event_type, found.date_start) == ("looting_property_destruction", "2012-06-30")


def test_the_destruction_continued_the_next_day_is_the_same_incident() -> None:
    # "smashed the tombs" reports an event, and "The destruction continued on Sunday" goes on with it: one
    # incident, dated by its first day
    text = (
        "On Saturday, members of Ansar Dine smashed the tombs of three saints in Timbuktu with pickaxes, in "
        "front of residents. The destruction continued on Sunday, when they attacked four more mausoleums in "
        "the city and broke down the door of a mosque."
    )
    incidents = extract_text(text, date(2012, 7, 2)).incidents
    assert [(i.date_start, len(i.evidence)) for i in incidents] == [("2012-06-30", 2)]


def test_that_weekday_is_the_weekday_of_the_date_told_before() -> None:
    # a feature gives the event's date, then goes back to it by weekday: not the last Saturday before
    # publication
    text = (
        "Lamine went into the Bayotte forest near Boffa on January 6 to cut wood, and did not come back. "
        "According to survivors, armed men surrounded about twenty woodcutters in the forest on the "
        "afternoon of that Saturday and opened fire. Fourteen died."
    )
    assert main_incident(text, date(2018, 1, 27)).date_start == "2018-01-06"


def test_one_of_fourteen_killed_is_part_of_the_fourteen() -> None:
    found = casualty_figures("Lamine was one of fourteen young men killed on January 6 in the forest.")
    assert [(f.figure.count.min, f.figure.subset) for f in found] == [(1, True), (14, False)]
    found = casualty_figures("He was one of 14 people killed in the attack.")
    assert [f.figure.count.min for f in found if not f.figure.subset] == [14]


@pytest.mark.parametrize(
    "text",
    [
        "An inquiry found that a strike killed 19 civilians, a finding the ministry rejected on Tuesday.",
        "The report, published on Tuesday by the mission, found that 19 civilians were killed.",
        "The army denied on Tuesday that its jets had bombed the village.",
    ],
)
def test_a_day_a_finding_was_rejected_or_published_on_is_when_it_was_said(text: str) -> None:
    assert [f.value.role for f in date_values(text, date(2021, 3, 31))] == ["bare"]


def test_sporadic_shooting_continued_goes_on_with_the_riot() -> None:
    # "Sporadic shooting continued into the night ... on Saturday" goes on with Friday's riot, so the
    # doctor's count after it is another source's count of the same dead
    text = (
        "Five people were killed when a general strike turned into rioting in Fez on Friday, the ministry "
        "said. Crowds set fire to a hotel and cars and threw stones at police, and soldiers opened fire. "
        "Sporadic shooting continued into the night and the city was calm on Saturday. A doctor said the "
        "hospital had received 33 bodies, most with gunshot wounds."
    )
    found = main_incident(text, date(1990, 12, 16))
    assert (found.event_type, found.date_start, killed(found)) == (
        "violent_demonstration",
        "1990-12-14",
        (5, 33),
    )


def test_a_strike_that_turned_into_rioting_is_a_crowd_that_rioted() -> None:
    assert "crowd_rioted" in signals_in(
        "A general strike called by the country's unions turned into rioting."
    )
    assert "crowd_rioted" in signals_in("The march degenerated into riots in the city centre.")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Twelve commandos were wounded, and the bodies of the dead were flown to Manila on Tuesday.",
            "bare",
        ),
        ("The remains of the soldiers were repatriated on Monday.", "bare"),
        ("Reinforcements were flown to the valley on Tuesday.", "event"),
    ],
)
def test_a_day_the_bodies_were_moved_on_is_no_event_day(text: str, role: str) -> None:
    assert [f.value.role for f in date_values(text, date(2015, 1, 27))] == [role]


@pytest.mark.parametrize(
    "text",
    [
        "The testimony indicates that several hundred people were killed.",
        "A few hundred people were killed in the crackdown.",
    ],
)
def test_several_hundred_is_one_vague_quantity_not_two(text: str) -> None:
    # ACLED's convention for "hundreds" (100), not "several" (10) plus "a hundred" (100)
    assert [f.figure.count.min for f in casualty_figures(text)] == [100]
