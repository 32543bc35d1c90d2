"""Date values and absolute dates: `DateValue` and the resolvers of written dates ("9 May 2020",
"9/5/2020", "2020-05-09", "May 2020", "2020", a holiday).

The date vocabulary (`data/extract/date_words.json`), the year inferred for a day-and-month, and the
day ranges every other date module builds on; nothing here depends on the publication day's weekday.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any, Literal

Precision = Literal["day", "week", "month", "year"]
Role = Literal["event", "since", "bare"]
# A day-and-month with no year is taken in the publication year unless that puts it this far ahead.
FUTURE_TOLERANCE_DAYS = 7
MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True)
class DateValue:
    """A resolved date: a day range [start, end] at a precision, and how the text introduced it."""

    start: date
    end: date
    precision: Precision
    role: Role = "event"
    relative: bool = False
    # A night that begins on `start` and runs into the next day ("overnight", "late on Sunday").
    night: bool = False
    # The small hours of the day ("in the early hours of Wednesday", "before dawn on Wednesday"): the end of
    # the night before, so one incident with a night of the day before.
    small_hours: bool = False
    # Counted from another date of the sentence ("on Tuesday, a day after an air strike killed 25"): the
    # day of the event the clause after it reports.
    shifted: bool = False
    # A night named only from publication ("overnight", "last night"), not by its day: a day the text
    # names within it ("in the early hours of Wednesday") is the better date.
    unnamed_night: bool = False


@cache
def date_words() -> dict[str, Any]:
    text = (
        resources.files("warledger")
        .joinpath("data", "extract", "date_words.json")
        .read_text(encoding="utf-8")
    )
    return dict(json.loads(text))


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: DateValue


Resolver = Callable[[re.Match[str], date | None], DateValue | None]
NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
COUNT_WORDS = "|".join(NUMBER_WORDS)


def month_number(name: str) -> int:
    return int(date_words()["months"][name.lower().rstrip(".")])


def day_number(text: str) -> int:
    """The number of "2nd", "19th" or "09"."""
    return int(re.sub(r"\D", "", text))


def safe_date(year: int, month: int, day: int) -> date | None:
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def inferred_year(month: int, day: int, published: date | None) -> date | None:
    """A day and month without a year, placed in the publication year (or the year before)."""
    if published is None:
        return None
    found = safe_date(published.year, month, day)
    if found and found > published + timedelta(days=FUTURE_TOLERANCE_DAYS):
        found = safe_date(published.year - 1, month, day)
    return found


def one_day(day: date | None, relative: bool = False) -> DateValue | None:
    return DateValue(day, day, "day", relative=relative) if day else None


def resolve_day_month_year(m: re.Match[str], published: date | None) -> DateValue | None:
    year = int(m.group("y")) if m.group("y") else None
    month, day = month_number(m.group("m")), day_number(m.group("d"))
    return one_day(safe_date(year, month, day) if year else inferred_year(month, day, published))


def resolve_numeric(m: re.Match[str], published: date | None) -> DateValue | None:
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    year = year + 2000 if year < 100 else year
    day, month = (second, first) if second > 12 else (first, second)
    return one_day(safe_date(year, month, day))


def resolve_iso(m: re.Match[str], published: date | None) -> DateValue | None:
    return one_day(safe_date(int(m.group("y")), int(m.group("m")), day_number(m.group("d"))))


def resolve_day_range(m: re.Match[str], published: date | None) -> DateValue | None:
    month = month_number(m.group("m"))
    first_month = month_number(m.group("m1")) if m.group("m1") else month
    year = int(m.group("y")) if m.group("y") else (published.year if published else None)
    if year is None:
        return None
    start = safe_date(year, first_month, day_number(m.group("d1")))
    end = safe_date(year, month, day_number(m.group("d2")))
    if start and end and start > end:
        start = safe_date(year - 1, first_month, day_number(m.group("d1")))
    return DateValue(start, end, "day") if start and end and start <= end else None


def resolve_month_year(m: re.Match[str], published: date | None) -> DateValue | None:
    month = month_number(m.group("m"))
    given = m.groupdict().get("y")
    year = int(given) if given else None
    if year is None:
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
    start = safe_date(year, month, 1)
    if start is None:
        return None
    return DateValue(
        start, date(year, month, calendar.monthrange(year, month)[1]), "month", relative=given is None
    )


def resolve_month_of_year(m: re.Match[str], published: date | None) -> DateValue | None:
    """ "March of last year", "June this year": the month in the year the words count from publication."""
    if published is None:
        return None
    year = published.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    month = month_number(m.group("m"))
    return DateValue(
        date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month", relative=True
    )


def resolve_holiday(m: re.Match[str], published: date | None) -> DateValue | None:
    """ "On Christmas Day": the holiday's day in the publication year (or the year before)."""
    month, day = date_words()["holidays"][m.group("h").lower()]
    found = inferred_year(int(month), int(day), published)
    return DateValue(found, found, "day", relative=True) if found else None


def resolve_year(m: re.Match[str], published: date | None) -> DateValue | None:
    year = int(m.group("y"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return DateValue(date(year, 1, 1), date(year, 12, 31), "year")
