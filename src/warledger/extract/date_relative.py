"""Relative dates resolved against the publication day: weekdays, "yesterday", "two days ago", "last
week", "over the weekend", "earlier this month", "since Thursday".

The weekday rules are the subtle ones (the most recent such day strictly before publication, unless the
words make it the publication day itself or a night running into it), so they sit apart from the
absolute dates they share `DateValue` with.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from warledger.extract.date_values import NUMBER_WORDS, DateValue, Precision, date_words, day_number, one_day

# Before the publication day's own weekday, these make it that day rather than a week before: reports are
# said, and "earlier on Sunday" or "early on Sunday" happens, on the day the paper is dated ("declared a
# truce on Monday" in a Monday report is the Monday before).
SMALL_HOURS_BEFORE = re.compile(
    r"\b(?:(?:early|small|wee)\s+hours\s+of|(?:before|at|until|till)\s+dawn(?:\s+on)?|after\s+midnight(?:\s+on)?)\s+$",
    re.IGNORECASE,
)
# "on Tuesday last week", "Tuesday of last week"
LAST_WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?last\s+week\b", re.IGNORECASE)
# "on the night of Monday to Tuesday": the night that begins on the first day named
NIGHT_OF_BEFORE = re.compile(r"\bnight\s+of\s+(?:the\s+)?$", re.IGNORECASE)
SAME_DAY_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|added|confirmed|stated|earlier|later|early|late)\s+(?:on\s+)?$"
    rf"|{SMALL_HOURS_BEFORE.pattern}",
    re.IGNORECASE,
)


# A part of the day already past when the paper is dated: "on Saturday morning" in Saturday's report.
SAME_DAY_PART = re.compile(r"\s(?:morning|afternoon|dawn)$", re.IGNORECASE)
# The day's event named by the day ("Wednesday's attack", "Wednesday's bombing") in Wednesday's report: the
# day the report is dated; an event a week before is "last Wednesday's".
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
LAST_BEFORE = re.compile(r"\blast\s+$", re.IGNORECASE)
# A day something is called or set for ("called a general strike for Monday", "the vote is scheduled for
# Sunday"): the coming such day, or the report's own; a plan, which dates no event that happened.
FOR_A_PLAN_BEFORE = re.compile(
    r"\b(?:call(?:ed|s|ing)?|plann(?:ed|ing)|plans?|schedul(?:ed|es|ing)|set|due|slated|postponed|rescheduled|"
    r"fixed|announced|expected)\b(?:\s+[\w'’-]+){0,5}?\s+for\s+(?:next\s+)?$",
    re.IGNORECASE,
)


def for_a_plan(m: re.Match[str]) -> bool:
    """The weekday matched is the day of a plan ("called a strike for Monday"), not of a past event; not
    "for Monday's attack", which names an event by its day."""
    before = m.string[max(0, m.start() - 60) : m.start()]
    return bool(FOR_A_PLAN_BEFORE.search(before)) and not POSSESSIVE_AFTER.match(m.string, m.end())


# The evening or night of a day, which runs into the next: "on Sunday night", "late on Sunday".
NIGHT_PART = re.compile(r"\s(?:night|evening)$", re.IGNORECASE)
LATE_BEFORE = re.compile(r"\b(?:late|overnight)\s+(?:on\s+)?$", re.IGNORECASE)
# "overnight Saturday", "overnight on Saturday": the night of the day named, not the night before publication
OVERNIGHT_OF_A_DAY = re.compile(
    r"\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE
)
# Words of a night before publication ("overnight", "last night", "the night before last"): dated by the day
# it began, which the offset gives.
NIGHT_OFFSETS = frozenset({"overnight", "last night", "the night before last", "the evening before last"})


def most_recent_weekday(weekday: int, published: date) -> date:
    """The latest day with this weekday strictly before publication."""
    return published - timedelta(days=(published.weekday() - weekday) % 7 or 7)


def resolve_weekday(m: re.Match[str], published: date | None) -> DateValue | None:
    if published is None:
        return None
    weekday = int(date_words()["weekdays"][m.group("wd").lower()])
    if m.group("dom"):
        dom = day_number(m.group("dom"))
        for back in range(1, 60):
            day = published - timedelta(days=back)
            if day.day == dom and day.weekday() == weekday:
                return one_day(day, relative=True)
    before = m.string[max(0, m.start() - 40) : m.start()]
    night = bool(
        NIGHT_PART.search(m.group(0)) or LATE_BEFORE.search(before) or NIGHT_OF_BEFORE.search(before)
    )
    small_hours = bool(SMALL_HOURS_BEFORE.search(before))
    day = most_recent_weekday(weekday, published)
    if for_a_plan(m):
        day = published + timedelta(days=(weekday - published.weekday()) % 7)  # the coming such day
    elif LAST_WEEK_AFTER.match(m.string, m.end()):
        # "on Tuesday last week": that weekday in the week before publication's
        day = published - timedelta(days=published.weekday() + 7 - weekday)
    elif weekday == published.weekday() and (
        SAME_DAY_BEFORE.search(before)
        or SAME_DAY_PART.search(m.group(0))
        or (POSSESSIVE_AFTER.match(m.string, m.end()) and not LAST_BEFORE.search(before))
    ):
        day = published  # "the ministry said Sunday" in Sunday's paper: today
    return DateValue(day, day, "day", relative=True, night=night, small_hours=small_hours)


def resolve_night_into(m: re.Match[str], published: date | None) -> DateValue | None:
    """ "Overnight into Sunday", "in the night to Sunday": the night that began the day before the day
    named (a night is dated by the day it begins, as "on Saturday night" is). In Sunday's own paper the
    Sunday named is the publication day, not the Sunday before."""
    if published is None:
        return None
    weekday = int(date_words()["weekdays"][m.group("wd").lower()])
    named = published if weekday == published.weekday() else most_recent_weekday(weekday, published)
    day = named - timedelta(days=1)
    return DateValue(day, day, "day", relative=True, night=True)


def resolve_offset(m: re.Match[str], published: date | None) -> DateValue | None:
    if published is None:
        return None
    words = re.sub(r"\s+", " ", m.group("w").lower())
    if words == "overnight" and OVERNIGHT_OF_A_DAY.match(m.string, m.end()):
        return None  # the weekday after it dates the night
    day = published + timedelta(days=int(date_words()["day_offsets"][words]))
    small_hours = bool(SMALL_HOURS_BEFORE.search(m.string[max(0, m.start() - 40) : m.start()]))
    night = words in NIGHT_OFFSETS
    return DateValue(
        day, day, "day", relative=True, night=night, small_hours=small_hours, unnamed_night=night
    )


def resolve_ago(m: re.Match[str], published: date | None) -> DateValue | None:
    if published is None:
        return None
    amount = m.group("n").lower()
    number = NUMBER_WORDS.get(amount)
    count = number if number is not None else int(amount) if amount.isdigit() else 1
    unit = m.group("u").lower()
    if unit.startswith("hour"):
        # "seized 48 hours ago": whole days back from the day of writing ("36 hours ago" is the day before)
        return one_day(published - timedelta(days=count // 24), relative=True)
    if unit.startswith("day"):
        return one_day(published - timedelta(days=count), relative=True)
    weeks = 2 * count if unit.startswith("fortnight") else count
    start = published - timedelta(days=7 * weeks)  # "a week ago" in Wednesday's paper: about last Wednesday
    return DateValue(start, start, "week", relative=True)


# Rules that count days back from the day of writing ("yesterday", "last night", "two days ago").
COUNTED_FROM_WRITING = frozenset({resolve_offset, resolve_ago})


def resolve_weekend(m: re.Match[str], published: date | None) -> DateValue | None:
    """ "At the weekend", "over the weekend": the last Saturday and Sunday before publication."""
    if published is None:
        return None
    saturday = most_recent_weekday(5, published)
    return DateValue(saturday, min(saturday + timedelta(days=1), published), "week", relative=True)


def resolve_past_span(m: re.Match[str], published: date | None) -> DateValue | None:
    """ "Over the past three days", "in the last 24 hours": the span that ends at publication."""
    if published is None:
        return None
    amount = m.group("n").lower()
    count = NUMBER_WORDS.get(amount) or (int(amount) if amount.isdigit() else 1)
    unit = m.group("u").lower()
    per_unit = 7 if unit.startswith("week") else 1
    days = max(1, -(-count // 24)) if unit.startswith("hour") else count * per_unit
    precision: Precision = "day" if days <= 1 else "week" if days <= 7 else "month"
    return DateValue(published - timedelta(days=days), published, precision, relative=True)


def resolve_period(m: re.Match[str], published: date | None) -> DateValue | None:
    """ "last week", "earlier this month", "this year" and the like."""
    if published is None:
        return None
    which, unit = m.group("which").lower(), m.group("u").lower()
    previous = which == "last"
    if unit == "week":
        monday = published - timedelta(days=published.weekday() + (7 if previous else 0))
        end = monday + timedelta(days=6) if previous else published
        return DateValue(monday, end, "week", relative=True)
    if unit == "month":
        first = published.replace(day=1)
        if previous:
            last = first - timedelta(days=1)
            return DateValue(last.replace(day=1), last, "month", relative=True)
        return DateValue(first, published, "month", relative=True)
    year = published.year - 1 if previous else published.year
    end = date(year, 12, 31) if previous else published
    return DateValue(date(year, 1, 1), end, "year", relative=True)


def resolve_period_start(m: re.Match[str], published: date | None) -> DateValue | None:
    """ "Since the start of the month": from the first day of this week/month/year (a since-range)."""
    if published is None:
        return None
    unit = m.group("u").lower()
    if unit == "week":
        start = published - timedelta(days=published.weekday())
    elif unit == "month":
        start = published.replace(day=1)
    else:
        start = date(published.year, 1, 1)
    return DateValue(start, start, "day", role="since", relative=True)


def resolve_day_of_month(m: re.Match[str], published: date | None) -> DateValue | None:
    if published is None:
        return None
    dom = day_number(m.group("dom"))
    for back in range(0, 62):
        day = published - timedelta(days=back)
        if day.day == dom:
            return one_day(day, relative=True)
    return None
