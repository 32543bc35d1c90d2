"""Publication dates with their precision, from the many ways inputs state them.

A date known only to the month or year must not pretend to be a day (relative dates in the text
are resolved against it later), so every parse says how precise it is. dateutil is asked twice
with different defaults: a field that changes with the default was not in the input.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import NamedTuple

from dateutil import parser as dateutil_parser

from warledger.ingest.document import DatePrecision

ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")
ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
ISO_YEAR = re.compile(r"^(\d{4})$")
ISO_FORMS: tuple[tuple[re.Pattern[str], DatePrecision], ...] = (
    (ISO_DAY, "day"),
    (ISO_MONTH, "month"),
    (ISO_YEAR, "year"),
)
FIRST_DEFAULT = datetime(2001, 1, 1)
SECOND_DEFAULT = datetime(2002, 2, 2)
MAX_DATE_TEXT = 100


class Published(NamedTuple):
    """A publication date and how much of it is known."""

    day: date
    precision: DatePrecision


PublishedValue = str | date | datetime | time.struct_time | None


def published_from(value: PublishedValue) -> Published | None:
    """The publication date stated by `value`, or None when it states none that parses."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return Published(date(value.tm_year, value.tm_mon, value.tm_mday), "day")
    if isinstance(value, datetime):
        return Published(value.astimezone(UTC).date() if value.tzinfo else value.date(), "day")
    if isinstance(value, date):
        return Published(value, "day")
    return published_from_text(value.strip()[:MAX_DATE_TEXT])


def published_from_text(text: str) -> Published | None:
    """Parse ISO forms first (exact about precision), then e-mail dates, then free text."""
    if not text:
        return None
    for pattern, precision in ISO_FORMS:
        match = pattern.match(text)
        if match:
            parts = [int(group) for group in match.groups()] + [1] * (3 - len(match.groups()))
            return valid_published(parts[0], parts[1], parts[2], precision)
    return email_date(text) or free_text_date(text)


def valid_published(year: int, month: int, day: int, precision: DatePrecision) -> Published | None:
    try:
        return Published(date(year, month, day), precision)
    except ValueError:
        return None


def email_date(text: str) -> Published | None:
    """RFC 822 dates, the form RSS uses ("Sun, 10 Mar 2024 08:00:00 GMT")."""
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return published_from(parsed)


def free_text_date(text: str) -> Published | None:
    """Free text like "March 2024" or "10 March 2024", with the precision the text supports."""
    try:
        first = dateutil_parser.parse(text, default=FIRST_DEFAULT)
        second = dateutil_parser.parse(text, default=SECOND_DEFAULT)
    except (ValueError, OverflowError, TypeError):
        return None
    if first.year != second.year:
        return None
    if first.month != second.month:
        return Published(date(first.year, 1, 1), "year")
    if first.day != second.day:
        return Published(date(first.year, first.month, 1), "month")
    return Published(first.date(), "day")


BYLINE_LINES = 4
MAX_BYLINE_CHARS = 120
MAX_AFTER_DATE_CHARS = 24
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
WRITTEN_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+{MONTHS}\s+\d{{4}}|{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.IGNORECASE,
)


def byline_published(text: str) -> Published | None:
    """A full date on one of the first short lines (a dateline or byline), as a day.

    Only short lines near the top that end with the date (give or take a time) count: a date
    inside a sentence of the story is more often the date of the event than of the report.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()][:BYLINE_LINES]
    for line in lines:
        if len(line) > MAX_BYLINE_CHARS:
            continue
        match = WRITTEN_DATE.search(line)
        if match is None or len(line) - match.end() > MAX_AFTER_DATE_CHARS:
            continue
        found = published_from(match.group(0))
        if found and found.precision == "day":
            return found
    return None
