"""Dates: absolute and relative forms resolved against the publication date; a parser that never crashes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warledger.extract.date_roles import same_occasion
from warledger.extract.dates import date_mentions, date_values

MONDAY = date(2016, 9, 26)

# text, start, end, precision, role
DATES = [
    ("On 9 May 2020, protesters gathered.", "2020-05-09", "2020-05-09", "day", "event"),
    ("On May 9, 2020 the town was shelled.", "2020-05-09", "2020-05-09", "day", "event"),
    ("Dated 9/5/2020.", "2020-05-09", "2020-05-09", "day", "event"),
    ("Report of 2020-05-09.", "2020-05-09", "2020-05-09", "day", "bare"),
    ("Around 9 May 2020 (as reported), a man was found dead.", "2020-05-09", "2020-05-09", "week", "event"),
    ("As reported on 1 May 2020, forces shelled the area.", "2020-05-01", "2020-05-01", "week", "event"),
    ("The market was bombed on Sunday.", "2016-09-25", "2016-09-25", "day", "event"),
    ("The convoy was attacked on Monday.", "2016-09-19", "2016-09-19", "day", "event"),
    ("Gunmen struck on Friday night.", "2016-09-23", "2016-09-23", "day", "event"),
    ("Since Thursday, 350 people have been killed.", "2016-09-22", "2016-09-25", "day", "since"),
    ("The village was hit yesterday.", "2016-09-25", "2016-09-25", "day", "event"),
    ("Talks failed last week.", "2016-09-19", "2016-09-25", "week", "event"),
    ("Earlier this month the dam was hit.", "2016-09-01", "2016-09-26", "month", "event"),
    ("Between 30 August and 2 September 2016, raids continued.", "2016-08-30", "2016-09-02", "day", "event"),
    ("The siege began in July.", "2016-07-01", "2016-07-31", "month", "event"),
    ("Three days ago the bridge fell.", "2016-09-23", "2016-09-23", "day", "event"),
    ("It was Monday the 19th.", "2016-09-19", "2016-09-19", "day", "event"),
    ("Rebels were killed in fighting at the weekend.", "2016-09-24", "2016-09-25", "week", "event"),
    # the publication day's own weekday after "said" or "earlier": that day, in wire copy
    # (the day it was said: a bare date, the event's day only when nothing else dates it)
    ("The ministry said Monday that 40 were killed.", "2016-09-26", "2016-09-26", "day", "bare"),
    ("Earlier on Monday, officials put the toll at 40.", "2016-09-26", "2016-09-26", "day", "event"),
    ("An air strike killed a commander early on Monday.", "2016-09-26", "2016-09-26", "day", "event"),
    ("Rockets were fired late Monday.", "2016-09-26", "2016-09-26", "day", "event"),
    ("Clashes broke out on Monday morning.", "2016-09-26", "2016-09-26", "day", "event"),
    ("Over the past three days, 40 died.", "2016-09-23", "2016-09-26", "week", "event"),
    ("Two soldiers died in the past 24 hours.", "2016-09-25", "2016-09-26", "day", "event"),
    ("In the last two weeks, 200 were killed.", "2016-09-12", "2016-09-26", "month", "event"),
    ("Since March of last year, the war has killed 6,000.", "2015-03-01", "2016-09-25", "month", "since"),
    ("The siege began in June this year.", "2016-06-01", "2016-06-30", "month", "event"),
    ("Rescuers had pulled 61 bodies out by 24 September.", "2016-09-24", "2016-09-24", "day", "bare"),
    # the small hours of the publication day are that day, in any report
    ("Jets struck in the early hours of Monday.", "2016-09-26", "2016-09-26", "day", "event"),
    ("Rebels attacked the town a week ago.", "2016-09-19", "2016-09-19", "week", "event"),
    ("Rebels attacked the town eight days ago.", "2016-09-18", "2016-09-18", "day", "event"),
    ("Rebels attacked the town a fortnight ago.", "2016-09-12", "2016-09-12", "week", "event"),
    ("Officials on Sunday raised the toll to 45.", "2016-09-25", "2016-09-25", "day", "bare"),
    ("Rebels attacked the town on Tuesday last week.", "2016-09-20", "2016-09-20", "day", "event"),
    ("Gunmen attacked before dawn on Monday.", "2016-09-26", "2016-09-26", "day", "event"),
    ("Police told reporters on Sunday that 5 were killed.", "2016-09-25", "2016-09-25", "day", "bare"),
    (
        "Five were killed, a spokesman said in a statement on Sunday.",
        "2016-09-25",
        "2016-09-25",
        "day",
        "bare",
    ),
    # "the night of" a day, and a weekday written before the full date, still say when it happened
    ("On the night of 3 September, shells hit the village.", "2016-09-03", "2016-09-03", "day", "event"),
    (
        "Gunmen raided the village at dawn on Friday, September 16.",
        "2016-09-16",
        "2016-09-16",
        "day",
        "event",
    ),
    # the day someone spoke on: a demand, or a statement read out, dates no event
    (
        "Rights groups on Sunday demanded an inquiry into the killings.",
        "2016-09-25",
        "2016-09-25",
        "day",
        "bare",
    ),
    (
        "Ten were shot, the army said in a statement read on state radio on Sunday.",
        "2016-09-25",
        "2016-09-25",
        "day",
        "bare",
    ),
    # an event named by its year: history, dated to that year
    ("They carried out the 2004 bombing of a ferry.", "2004-01-01", "2004-12-31", "year", "event"),
    ("It recalled the 2008 Mumbai attacks.", "2008-01-01", "2008-12-31", "year", "event"),
    (
        "The minister said on state television late on Sunday that four people had been killed.",
        "2016-09-25",
        "2016-09-25",
        "day",
        "bare",
    ),
    (
        "The governor told reporters at a news conference on Sunday that ten were hurt.",
        "2016-09-25",
        "2016-09-25",
        "day",
        "bare",
    ),
]


def test_a_year_before_a_noun_that_names_no_event_is_no_date() -> None:
    assert date_values("The 2010 budget cut spending.", MONDAY) == []


@pytest.mark.parametrize(("text", "start", "end", "precision", "role"), DATES)
def test_date_table(text: str, start: str, end: str, precision: str, role: str) -> None:
    found = date_values(text, MONDAY)
    assert found, f"no date in {text!r}"
    value = found[0].value
    assert (value.start.isoformat(), value.end.isoformat(), value.precision, value.role) == (
        start,
        end,
        precision,
        role,
    )


def test_relative_weekday_resolves_to_most_recent_past_day() -> None:
    saturday = date(2020, 5, 9)
    [found] = date_values("The strike happened on Saturday.", saturday)
    assert found.value.start == date(2020, 5, 2)


def test_relative_dates_need_a_publication_date() -> None:
    assert date_values("It happened on Sunday.", None) == []
    assert [f.value.start for f in date_values("On 9 May 2020 it happened.", None)] == [date(2020, 5, 9)]


def test_may_the_verb_is_not_a_month() -> None:
    assert date_values("Officials may 5 times review it.", MONDAY) == []


def test_day_and_month_without_year_take_the_publication_year() -> None:
    [found] = date_values("On 3 September the town fell.", MONDAY)
    assert found.value.start == date(2016, 9, 3)
    [later] = date_values("On 30 December the town fell.", MONDAY)
    assert later.value.start == date(2015, 12, 30)


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=300),
    st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 1, 1))),
)
def test_date_parser_never_crashes_and_offsets_stay_inside(text: str, published: date | None) -> None:
    for mention in date_mentions(text, published):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.value.start <= mention.value.end


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "on",
                "since",
                "Sunday",
                "May",
                "9",
                "2020",
                "31",
                "February",
                "last",
                "week",
                "the",
                "19th",
                "around",
                "/",
                "-",
                "between",
                "and",
                "ago",
                "days",
                "0",
            ]
        ),
        max_size=20,
    )
)
def test_date_parser_survives_date_soup(words: list[str]) -> None:
    text = " ".join(words)
    for mention in date_mentions(text, MONDAY):
        assert 0 <= mention.start < mention.end <= len(text)


def test_a_weekday_before_the_full_date_it_names_is_one_date() -> None:
    found = date_values("Wednesday, August 15, 2007", date(2007, 8, 15))
    assert [(f.value.start.isoformat(), f.value.relative) for f in found] == [("2007-08-15", False)]


def test_a_night_runs_into_the_small_hours_of_the_next_day() -> None:
    """ "overnight" in Monday's paper and "late on Sunday" are nights that run into Monday: the same
    occasion as "in the early hours of Monday", not as "on Monday" (which may be another event)."""
    overnight = date_values("Shells fell overnight.", MONDAY)[0].value
    late = date_values("Shells fell late on Sunday.", MONDAY)[0].value
    small = date_values("Shells fell in the early hours of Monday.", MONDAY)[0].value
    day = date_values("Rebels attacked on Monday.", MONDAY)[0].value
    assert overnight.night and late.night and small.small_hours
    assert (overnight.start, late.start, small.start) == (date(2016, 9, 25), date(2016, 9, 25), MONDAY)
    assert same_occasion(overnight, small) and same_occasion(small, late)
    assert not same_occasion(overnight, day)


def test_the_previous_day_counts_from_the_nearest_day_before_it_not_the_dateline() -> None:
    text = "COLOMBO, Oct 18 (AFP) - The military on Tuesday blamed rebels for a bombing the previous day."
    found = [f.value for f in date_values(text, date(2006, 10, 18)) if f.value.shifted]
    assert [(v.start.isoformat(), v.role) for v in found] == [("2006-10-16", "event")]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "The killings took place in late February and early March 2008.",
            date(2008, 2, 1),
            date(2008, 3, 31),
        ),
        ("In January and February 2016, troops shelled the town.", date(2016, 1, 1), date(2016, 2, 29)),
        ("In December and January 2016 the town was besieged.", date(2015, 12, 1), date(2016, 1, 31)),
    ],
)
def test_a_month_without_its_year_takes_the_year_of_the_month_it_is_paired_with(
    text: str, first: date, last: date
) -> None:
    found = date_values(text, date(2009, 3, 10))
    assert [(f.value.start, f.value.end, f.value.precision) for f in found] == [(first, last, "month")]
