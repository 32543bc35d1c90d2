"""Dates of events: absolute ("On 9 May 2020", "May 9", "9/5/2020") and relative ("on Sunday",
"since Thursday", "last week", "yesterday", "earlier this month") resolved against the publication date.

Every date becomes a `DateValue`: a day range with a precision, so "last week" is the seven days of the
previous week at week precision and "since Thursday" runs from that Thursday to the day before
publication. A weekday is the most recent such day strictly before publication (reports are published
after the event; "today"/"tonight" name the publication day itself), except in a datelined news story
("BAGHDAD (Reuters) -"), where agencies name the day of filing by its weekday too. Qualifiers that make
a day uncertain ("Around 9 May 2020 (as reported)", "As reported on ...") widen the precision to a week,
as ACLED codes them. The rules are regular expressions over the sentence, with the words in
`data/extract/date_words.json`; each mention also says its role: an event date ("on", "since", relative
words) or a bare date such as a byline's "26 Sept", which incidents use only when nothing better is said.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.folding import Folded, fold_pattern, lowered
from warledger.extract.literals import LiteralIndex, required_literals
from warledger.extract.mentions import Mention, add_mentions
from warledger.extract.sentences import doc_text, sentence_texts

MENTION_KIND = "date"
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
# Words of the night before publication ("overnight", "last night"): it ran into the publication day.
NIGHT_OFFSETS = frozenset({"overnight", "last night"})


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


@cache
def date_rules() -> tuple[tuple[re.Pattern[str], Resolver], ...]:
    """The date patterns, most specific first, each with the function resolving it."""
    words = date_words()
    month = rf"(?:{_alternation(list(words['months']))})\.?"
    weekday = _alternation(list(words["weekdays"]))
    part = _alternation(words["parts_of_day"])
    offsets = _alternation(list(words["day_offsets"]))
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    flags = re.IGNORECASE
    rules: list[tuple[str, Resolver]] = [
        (rf"\b(?P<y>{year})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", resolve_iso),
        (rf"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>{year}|\d\d)\b", resolve_numeric),
        (
            rf"\b(?:between\s+|from\s+)?(?P<d1>{day})(?:\s+(?P<m1>{month}))?\s*(?:-|–|to|and|until)\s*(?P<d2>{day})\s+"
            rf"(?:of\s+)?(?P<m>{month}),?(?:\s+(?P<y>{year}))?\b",
            resolve_day_range,
        ),
        (rf"\b(?P<d>{day})\s+(?:of\s+)?(?P<m>{month}),?(?:\s+(?P<y>{year}))?\b", resolve_day_month_year),
        (
            rf"\b(?P<m>{month})\s+(?P<d>{day})\b(?!\s*(?:mm|km|%))(?:,?\s+(?P<y>{year}))?",
            resolve_day_month_year,
        ),
        (rf"\b(?:early|mid|late|mid-)?\s*(?P<m>{month})\s+(?P<y>{year})\b", resolve_month_year),
        (rf"\b(?P<m>{month})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", resolve_month_of_year),
        (
            rf"\b(?:in|during|since|by)\s+(?:early\s+|mid-?|late\s+)?(?P<m>{month})(?!\s*\d)\b",
            resolve_month_year,
        ),
        (rf"\b(?:in|during|since|by)\s+(?P<y>{year})\b", resolve_year),
        (rf"\b(?:the|a|an)\s+(?P<y>{year})\s+(?={YEAR_NAMED_EVENT.pattern})", resolve_year),
        (
            rf"\b(?:overnight|(?:in|during|over)\s+the\s+night)\s+(?:in)?to\s+(?P<wd>{weekday})\b",
            resolve_night_into,
        ),
        (
            rf"\b(?P<wd>{weekday})(?:\s+(?:{part}))?(?:,?\s+(?:the\s+)?(?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b)?",
            resolve_weekday,
        ),
        (rf"\b(?P<w>{offsets})\b", resolve_offset),
        (rf"\b(?P<h>{_alternation(list(words['holidays']))})\b", resolve_holiday),
        (rf"\b(?P<n>{COUNT_WORDS}|\d+)\s+(?P<u>days?|weeks?|fortnights?)\s+ago\b", resolve_ago),
        (
            r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+"
            rf"(?P<n>{COUNT_WORDS}|\d+)\s+(?P<u>hours|days|weeks)\b",
            resolve_past_span,
        ),
        (
            r"\b(?:(?:at|over|during|on)\s+the|this(?:\s+past)?|last|past)\s+weekend\b(?!\s+of\b)",
            resolve_weekend,
        ),
        (r"\b(?:earlier\s+|later\s+)?(?P<which>last|this|past)\s+(?P<u>week|month|year)\b", resolve_period),
        (
            r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<u>week|month|year)\b",
            resolve_period_start,
        ),
        (r"\bon\s+the\s+(?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b", resolve_day_of_month),
    ]
    compiled = [(re.compile(p, flags), f) for p, f in rules]
    return tuple(compiled)


# An event named by its year ("the 2004 bombing of a ferry", "the 2008 Mumbai attacks", "a 1999 massacre"):
# the year dates that event, which is history in a later report (a year alone before other nouns, "the 2010
# budget", dates nothing that happened).
YEAR_NAMED_EVENT = re.compile(
    r"(?:[A-Z][\w'-]*\s+|[a-z]+\s+){0,2}?"
    r"(?:bombings?|attacks?|massacres?|(?:air\s*)?strikes?|raids?|killings?|war|offensive|uprising|riots?|clashes"
    r"|fighting|siege|coup|invasion|assault|blasts?|ambush|kidnappings?|abductions?|hijacking|shootings?"
    r"|explosions?|violence|genocide|insurgency|rebellion|revolt|takeover|crackdown|protests?)\b"
)


WEEK_BEFORE = re.compile(
    r"\b(?:around|as reported on|on or around|on or about|in the week of|reportedly on)\s*$", re.IGNORECASE
)
WEEK_AFTER = re.compile(r"^\s*\(as reported\)", re.IGNORECASE)
SINCE_BEFORE = re.compile(r"\bsince\s*(?:the\s+)?(?:early\s+|late\s+)?$", re.IGNORECASE)
EVENT_BEFORE = re.compile(
    r"\b(?:on|around|in|from|until|between|by|last|early|late|during|before dawn on|as reported on|dated|"
    r"at dawn on|(?:on\s+|in\s+|during\s+)?the\s+(?:night|evening|morning|afternoon|early\s+hours)\s+of)\s*"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# A weekday written before the full date it names ("at dawn on Friday, February 14"): the words before the
# weekday say what the date is.
WEEKDAY_BEFORE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*(?:the\s+)?$", re.IGNORECASE
)
# A day someone spoke on, right after the verb ("police said on Thursday", "told reporters on Thursday",
# "said in a statement late on Monday", "said on state television late on Saturday", "a finding the ministry
# rejected on Tuesday", "the report, published on Tuesday"): the day of the report, which dates an event
# only as a last resort.
SPOKEN_BEFORE = re.compile(
    r"\b(?:said|says|announced|added|confirmed|stated|claimed|rejected|denied|dismissed|disputed|condemned"
    r"|published|(?:said|announced)\s+in\s+a\s+statement"
    r"|(?:said|announced|stated|confirmed|told\s+\w+)\s+(?:on|in|at|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:television|tv|radio|broadcast|address|news\s+conference|press\s+conference|briefing|interview)"
    r"|told(?:\s+[\w.'-]+){1,3}?"
    r"|(?:statement|communiqu[eé]|address|broadcast)\s+(?:read|broadcast|issued|published|posted|released|aired)"
    r"(?:\s+[\w.'-]+){0,4}?)\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# A relative day right before a reporting verb ("Officials on Tuesday raised the death toll from Sunday's
# bombing", "police on Monday said"): when it was said, not when it happened.
SPOKEN_AFTER = re.compile(
    r"\s*,?\s*(?:said|says|told|announced|confirmed|raised|revised|updated|reported|denied|condemned|"
    r"blamed|vowed|claimed|released|published|demanded|urged|appealed|pledged|promised|called\s+(?:for|on)|"
    r"put\s+the)\b",
    re.IGNORECASE,
)
# "Port Said", "Abu Said": a capitalised "Said" after a capitalised word ends a name, it is no verb of speech
# ("killed ... in Port Said on Wednesday night" dates the killing, not a statement).
SAID_IN_A_NAME = re.compile(r"\b([A-Z][\w'’-]*)\s+Said\b")


def without_said_names(text: str) -> str:
    """`text` with the "Said" ending a name made another word of the same length (offsets kept)."""
    return SAID_IN_A_NAME.sub(lambda m: m.group(0)[:-4] + "Saad", text)


# "On the eve of Monday's ballot": the day before the day it names.
EVE_BEFORE = re.compile(r"\bthe\s+eve\s+of\s+(?:the\s+)?$", re.IGNORECASE)
AS_OF_BEFORE = re.compile(r"\b(?:by|as of|as at)\s+(?:the\s+)?(?:end of\s+)?$", re.IGNORECASE)
# A day right after a toll's new figure ("the death toll rose to 23 on Monday from 17", "the toll stood at 40
# on Friday"): when the count stood, as after "by", not the day of the event it counts.
TOLL_STOOD_BEFORE = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|mounted|went\s+up|stood|reached)\s+(?:to|at)?\s*"
    rf"(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?(?:\d[\d,]*|{COUNT_WORDS})\s+"
    r"(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# A weekday in a clause a modal puts ahead of the report ("said it would present the cases to the court on
# Friday", "the minister will visit the town on Monday"): the coming such day, planned, not a day of the
# events reported (the weekday rule reads it as the latest one before publication). Words only, no
# punctuation or conjunction between the modal and the day, so "would come back, and on Friday they shot"
# stays the shooting's day.
WEEKDAY_NAME = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|plans?\s+to|intends?\s+to)\s+"
    r"(?:(?!(?:and|but|after|when|because|before|until|who|which|that)\b)[\w'-]+\s+){1,8}?"
    r"(?:on\s+|by\s+|next\s+|this\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
# "the bodies of the dead were flown to Manila on Tuesday", "the remains were repatriated on Monday": the
# day the dead were moved, after the event.
BODIES_MOVED_BEFORE = re.compile(
    r"\b(?:bod(?:y|ies)|remains|coffins?|corpses?)\b[^.;]{0,60}?\b(?:were|was)\s+(?:\w+\s+)?"
    r"(?:flown|airlifted|repatriated|transported|driven|taken|brought|handed\s+over)\b[^.;,]{0,40}?"
    r"\s(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# "May" is a month only when capitalised or beside a number; "may" alone is the verb.
MODAL_MAY = re.compile(r"^may$")


def role_and_precision(text: str, start: int, end: int, value: DateValue) -> DateValue:
    """The value with its role (event/since/bare) and the precision its qualifiers give it."""
    before = text[max(0, start - 24) : start]
    if weekday := WEEKDAY_BEFORE.search(before):
        before = text[max(0, start - 24 - len(weekday.group(0))) : start - len(weekday.group(0))]
    after = text[end : end + 16]
    precision = value.precision
    if precision == "day" and (WEEK_BEFORE.search(before) or WEEK_AFTER.match(after)):
        precision = "week"
    role: Role = "event"
    if SINCE_BEFORE.search(before) or text[start:end].lower().startswith("since"):
        role = "since"
    elif BODIES_MOVED_BEFORE.search(text[max(0, start - 120) : start]):
        role = "bare"  # "the bodies were flown to Manila on Tuesday": when the dead were moved, not an event
    elif AS_OF_BEFORE.search(before) or TOLL_STOOD_BEFORE.search(text[max(0, start - 50) : start]):
        role = "bare"  # "pulled 61 bodies from the rubble by March 24th": when a count stood, not an event
    elif SPOKEN_BEFORE.search(without_said_names(text[max(0, start - 60) : start])) or (
        value.relative and SPOKEN_AFTER.match(text, end)
    ):
        role = "bare"  # "..., a spokesman said on Thursday": when it was said, not when it happened
    elif (
        value.relative
        and FOR_A_PLAN_BEFORE.search(text[max(0, start - 60) : start])
        and not POSSESSIVE_AFTER.match(text, end)
    ):
        role = "bare"  # "called a general strike for Monday": a plan's day, no event's
    elif (
        value.relative
        and WEEKDAY_NAME.search(text, start, end)
        and FUTURE_BEFORE.search(text[max(0, start - 90) : start])
    ):
        role = "bare"  # "said it would present the cases ... on Friday": planned, no event's day
    elif not (
        value.relative
        or EVENT_BEFORE.search(before)
        or re.match(r"(?i)(?:on|in|since|between|from)\b", text[start:end])
        or re.match(r"(?i)(?:the|an?)\s+\d", text[start:end])
    ):
        role = "bare"
    if precision == "day" and value.start == value.end and EVE_BEFORE.search(before):
        eve = value.start - timedelta(days=1)
        return replace(value, start=eve, end=eve, precision=precision, role=role)
    return replace(value, precision=precision, role=role)


def same_occasion(a: DateValue, b: DateValue) -> bool:
    """Two dates that can name one incident: the same range, or a night and the small hours of the day it
    ran into ("overnight" in Wednesday's paper and "in the early hours of Wednesday")."""
    return (a.start, a.end) == (b.start, b.end) or runs_into(a, b) or runs_into(b, a)


def runs_into(night: DateValue, day: DateValue) -> bool:
    """`night` is a night whose next day is the single day `day`, named by its small hours ("late on Sunday"
    and "until the early hours of Monday"; not "on Monday", which may be another event)."""
    return (
        night.night
        and day.small_hours
        and day.precision == "day"
        and day.start == day.end == night.end + timedelta(days=1)
    )


def since_range(value: DateValue, published: date | None) -> DateValue:
    """ "Since Thursday": from that day to the day before publication (or the day itself)."""
    if published is None or value.role != "since":
        return value
    end = max(value.start, published - timedelta(days=1))
    return replace(value, end=end)


def date_values(
    text: str, published: date | None, wire: bool = False, filed: date | None = None
) -> list[Found]:
    """Every resolvable date in `text`, non-overlapping (longest first), in text order; `wire` for wire
    copy, where the publication day's own weekday is that day (see `wire_dateline`); `filed`, the day a
    dated dateline gives, is the day "today", "yesterday" and "two days ago" count from (a weekday is
    still the latest such day before publication: a story filed on Saturday may be updated on Sunday)."""
    candidates: list[Found] = []
    low = lowered(text)
    possible = date_rule_index().possible(low) if low is not None else frozenset()
    for k, ((pattern, resolve), folded) in enumerate(zip(date_rules(), folded_date_rules(), strict=True)):
        if low is not None and folded is not None and (k not in possible or folded.search(low) is None):
            continue  # no match over the lowered text: none in the text (folding.py, literals.py)
        for match in pattern.finditer(text):
            if (
                match.groupdict().get("m")
                and MODAL_MAY.match(match.group("m"))
                and not match.group(0)[0].isdigit()
            ):
                continue
            counted_from = filed if filed is not None and resolve in COUNTED_FROM_WRITING else published
            value = resolve(match, counted_from)
            if value is not None:
                candidates.append(Found(match.start(), match.end(), value))
    chosen: list[Found] = []
    for found in sorted(candidates, key=lambda f: (-(f.end - f.start), f.start)):
        if all(found.end <= c.start or found.start >= c.end for c in chosen):
            chosen.append(found)
    chosen = [f for f in chosen if not names_the_day_of(f, chosen, text)]
    if wire and published is not None:
        chosen = [_wire_weekday(f, text, published) for f in chosen]
    chosen += days_apart(text, chosen)
    chosen = months_sharing_a_year(text, sorted(chosen, key=lambda f: f.start))
    return [
        Found(f.start, f.end, since_range(role_and_precision(text, f.start, f.end, f.value), published))
        for f in chosen
    ]


# "in late February and early March 2008", "January to March 2016": the months between two month names
MONTH_LINK = re.compile(
    r"\s*(?:and|or|to|through|until|till|-|–)\s*(?:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def months_sharing_a_year(text: str, chosen: list[Found]) -> list[Found]:
    """A month written without its year before a month that has one ("late February and early March 2008")
    is of that year, not of the publication's: the two are one period, from the first month to the last."""
    out: list[Found] = []
    for found in chosen:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.value.precision == "month"
            and found.value.precision == "month"
            and not YEAR.search(text, prev.start, prev.end)
            and YEAR.search(text, found.start, found.end)
            and MONTH_LINK.fullmatch(text, prev.end, found.start)
        ):
            year = found.value.start.year - (prev.value.start.month > found.value.start.month)
            first = prev.value.start.replace(year=year)
            out[-1] = Found(prev.start, found.end, replace(found.value, start=first))
            continue
        out.append(found)
    return out


@cache
def folded_date_rules() -> tuple[re.Pattern[str] | None, ...]:
    """Each date pattern's case-sensitive twin for lowered text (folding.py), a quick test that skips the
    patterns that find nothing in a sentence (most of them in most sentences)."""
    return tuple(fold_pattern(pattern) for pattern, _ in date_rules())


@cache
def date_rule_index() -> LiteralIndex:
    """The words each folded date rule cannot match without ("ago", a month's name...), found in one scan."""
    return LiteralIndex([required_literals(f) if f is not None else None for f in folded_date_rules()])


# "a day after", "two days before", "the day after", "a week after": a day counted from the sentence's other
# date; and the same count after its event, with no event after it ("buried on Thursday eight soldiers killed
# two days earlier", "shot dead the day before.", "a week earlier"): before or after the anchor itself. ("The
# week before" is a week, not a day counted.)
DAYS_APART = re.compile(
    r"\b(?P<n>a|one|the|two|three|four|five|six)\s+(?P<unit>days?|(?<!the\s)weeks?)\s+"
    r"(?:(?P<dir>after|before)(?P<bare>(?=\s*(?:[,.;:)]|$|(?:at|in|near|outside|when|while)\b)))?"
    r"|(?P<adv>earlier|later))\b"
    r"|\bthe\s+(?:(?P<prev>previous|preceding)\s+(?P<part>night|evening|day)|(?P<part2>night|evening)\s+before)\b"
    r"|\bthe\s+(?P<next>next|following)\s+(?:day|morning)\b",
    re.IGNORECASE,
)


FOLDED_DAYS_APART = Folded(DAYS_APART)  # a quick test: does the sentence hold any such phrase?


def days_from_anchor(match: re.Match[str]) -> int:
    """How many days the phrase's event lies after its anchor: "a day after" -1 (the anchor is the day
    after the event), "two days before" +2, "the previous night" -1, "the next day" +1."""
    if match.group("next"):
        return 1
    if match.group("prev") or match.group("part2"):
        return -1
    count = NUMBER_WORDS.get(match.group("n").lower(), 1) * (
        7 if match.group("unit").lower().startswith("week") else 1
    )
    if match.group("adv"):  # "killed two days earlier": before the anchor
        return -count if match.group("adv").lower() == "earlier" else count
    after = match.group("dir").lower() == "after"
    if match.group("bare") is not None:  # "shot dead the day before.": the day before the anchor
        return count if after else -count
    return -count if after else count


def days_apart(text: str, chosen: list[Found]) -> list[Found]:
    """ "Mourners marched on Tuesday, a day after an air strike killed 25": the strike's day, counted from
    the nearest day-precision date of the sentence (before the phrase, else after it)."""
    found: list[Found] = []
    if not FOLDED_DAYS_APART.search(text):
        return found
    for match in DAYS_APART.finditer(text):
        if any(c.start < match.end() and match.start() < c.end for c in chosen):
            continue
        days = [c for c in chosen if c.value.precision == "day" and c.value.start == c.value.end]
        before = [c for c in days if c.end <= match.start()]  # `chosen` is not in text order: the nearest
        after = [c for c in days if c.start >= match.end()]
        anchor = (
            max(before, key=lambda c: c.end) if before else min(after, key=lambda c: c.start, default=None)
        )
        if anchor is None:
            continue
        day = anchor.value.start + timedelta(days=days_from_anchor(match))
        night = (match.group("part") or match.group("part2") or "").lower() in ("night", "evening")
        value = DateValue(day, day, "day", relative=True, night=night, shifted=True)
        found.append(Found(match.start(), match.end(), value))
    return found


def names_the_day_of(found: Found, chosen: list[Found], text: str) -> bool:
    """A weekday written before the full date it names ("Wednesday, August 15, 2007"): one date, not two."""
    if not found.value.relative or text[found.start : found.end].lower() not in date_words()["weekdays"]:
        return False
    return any(
        not c.value.relative and c.start >= found.end and re.fullmatch(r"[,\s]*", text[found.end : c.start])
        for c in chosen
    )


def date_mentions(
    text: str, published: date | None, base: int = 0, wire: bool = False, filed: date | None = None
) -> list[Mention]:
    """Date mentions of `text` (one sentence) whose first character is at `base` in the document; `wire`
    for wire copy, where the publication day's own weekday is that day (see `wire_dateline`); `filed` the
    day a dated dateline gives (see `dateline_day`)."""
    found = date_values(text, published, wire, filed)
    return [
        Mention(MENTION_KIND, base + f.start, base + f.end, text[f.start : f.end], f.value) for f in found
    ]


# "KABUL, Afghanistan (AP) —", "BEIRUT (Reuters) -": a wire story. Agencies name events of the last seven
# days by weekday, the day of filing included ("a bomber struck on Tuesday" in Tuesday's story is today),
# while reviews written later ("declared a truce on Monday" in a Monday blog) mean the week before.
@cache
def wire_dateline() -> re.Pattern[str]:
    """ "KABUL, Afghanistan (AP) —", "BEIRUT (Reuters) -", "ALEPPO, Syria —", after an optional headline
    and byline ("By our Port Moresby correspondent"): a dated news story. Older copy puts the filing day
    in the dateline ("PESHAWAR, Pakistan, Oct 7 (Reuters) -") and Xinhua writes "KABUL, Afghanistan,
    (Xinhua) --".
    Agencies name events of the last seven days by weekday, the day of filing included ("a bomber struck on
    Tuesday" in Tuesday's story is that day), while reviews written later ("declared a truce on Monday" in
    a Monday blog post) mean the week before."""
    agencies = "|".join(re.escape(a) for a in date_words()["wire_agencies"])
    return re.compile(
        r"^\s*(?:[^\n]{1,300}\n\s*){0,2}"
        r"(?P<dateline>[A-Z][A-Z.' -]{2,40}(?:,\s*[A-Z][\w .'-]{1,40}){0,2},?\s*"
        rf"(?:\((?:{agencies})\)\s*)?(?:--|[-—–]))\s"
    )


def dateline_weekday(opening: str) -> tuple[int, int] | None:
    """Where a wire dateline names its weekday ("NAZRAN, Russia, Tuesday -"): the day the story was
    filed, which dates nothing that happened, so the lead's own date ("overnight into Sunday") must not
    share its sentence with it as if it were another day of the event."""
    m = wire_dateline().match(opening)
    if m is None:
        return None
    start, end = m.span("dateline")
    weekdays = _alternation(list(date_words()["weekdays"]))
    day = re.search(rf",\s*(?P<wd>{weekdays})\b", opening[start:end], re.IGNORECASE)
    return (start + day.start("wd"), start + day.end("wd")) if day else None


# A dateline's own day lies at most this many days before publication (filed on Friday, printed on Monday).
DATELINE_DAY_MAX_DAYS = 3


@cache
def dated_dateline() -> re.Pattern[str]:
    """ "SRINAGAR, Aug 11:", "ALGIERS, Aug 30 (AFP) -", "COLOMBO, Oct 12, 2006 (Reuters) -": a dateline that
    carries the day the story was filed, after an optional headline."""
    months = _alternation(list(date_words()["months"]))
    agencies = "|".join(re.escape(a) for a in date_words()["wire_agencies"])
    return re.compile(
        r"^\s*(?:[^\n]{1,300}\n\s*)?[A-Z][A-Z.' -]{2,40}(?:,\s*[A-Z][\w .'-]{1,40}){0,2},\s*"
        rf"(?i:(?P<m>{months}))\.?\s+(?P<d>[0-3]?\d)(?:,\s*(?P<y>\d{{4}}))?\s*"
        rf"(?:\((?:{agencies})\)\s*)?(?:--|[-—–:])"
    )


def dateline_day(text: str, published: date | None) -> date | None:
    """The filing day a dated dateline gives, when it lies a few days before publication: the day a
    newspaper's "today" and "yesterday" count from ("SRINAGAR, Aug 11: ... killed today" in the Aug 12
    paper is Aug 11), as a printed paper carries the story a day or more after it was filed."""
    m = dated_dateline().match(text)
    if m is None or published is None:
        return None
    month, day = month_number(m.group("m")), day_number(m.group("d"))
    filed = safe_date(int(m.group("y")), month, day) if m.group("y") else inferred_year(month, day, published)
    if filed is None or not 0 <= (published - filed).days <= DATELINE_DAY_MAX_DAYS:
        return None
    return filed


def _wire_weekday(found: Found, text: str, published: date) -> Found:
    value = found.value
    if value.relative and value.precision == "day" and value.start == published - timedelta(days=7):
        weekday = published.strftime("%A").lower()
        if weekday in text[found.start : found.end].lower():
            return Found(found.start, found.end, replace(value, start=published, end=published))
    return found


TRIGGER = re.compile(
    r"\d|day\b|night|week|month|year|ago|morning|evening|tonight|overnight|eve\b|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
    re.IGNORECASE,
)

FOLDED_TRIGGER = Folded(TRIGGER)


# A day named from the day the story last gave ("The next day, a bomb ...", "was arrested on the same day"):
# counted from the last event day of the sentences before, when the sentence itself gives no anchor.
ANAPHORIC_DAY = re.compile(
    r"\b(?:on\s+)?(?:(?P<same>the\s+same\s+(?:day|night|evening)|(?:later\s+)?that\s+(?:same\s+)?"
    r"(?:day|night|evening|afternoon))|the\s+(?P<next>next|following)\s+(?:day|morning)"
    r"|the\s+(?:(?P<prev>previous|preceding)\s+(?:day|night|evening)|(?P<before>day|night|evening)\s+before))"
    r"(?!\s+(?:of|after|before|when|that)\b)",
    re.IGNORECASE,
)


# Where such a phrase dates the sentence's own event: at its start ("The next day, ...", "And later that
# day ...") or right after its verb ("was arrested on the same day", "returned the following day").
MAIN_CLAUSE_DAY = re.compile(
    r"(?:^\W*(?:(?:and|but|then|early|late)\W+)?|\b(?P<verb>\w+ed|left|found|said|told|held|struck|shot|fled|took)\s+)$",
    re.IGNORECASE,
)


@cache
def aftermath_verbs() -> frozenset[str]:
    return frozenset(date_words()["aftermath_verbs"])


def anaphoric_days(sentences: list[tuple[int, str]], found: list[Mention]) -> list[Mention]:
    """Dates of the phrases that name a day from the story's last event day ("The next day", "on the same
    day"), where the sentence's own dates do not cover them: the last single event day of the sentences
    before, shifted. A sentence that gives no day of its own would otherwise join the incident before it."""
    added: list[Mention] = []
    for start, text in sentences:
        end = start + len(text)
        own = [m for m in found if start <= m.start < end]
        if any(m.value.precision == "day" for m in own):
            continue  # the sentence anchors its own days ("on Tuesday, April 7 ... by the next morning")
        for match in ANAPHORIC_DAY.finditer(text):
            a, b = start + match.start(), start + match.end()
            verb = MAIN_CLAUSE_DAY.search(text[: match.start()])
            if not verb or (verb.group("verb") or "").lower() in aftermath_verbs():
                # "the killing of a teenager during a raid the previous night": another event's day;
                # "bodies were discovered the following day": the incident's aftermath, not a new event
                continue
            earlier = [
                m.value
                for m in sorted(found + added, key=lambda m: m.start)
                if m.end <= start
                and m.value.role == "event"
                and m.value.precision == "day"
                and m.value.start == m.value.end
            ]
            if not earlier:
                continue
            shift = 1 if match.group("next") else -1 if match.group("prev") or match.group("before") else 0
            day = earlier[-1].start + timedelta(days=shift)
            night = "night" in match.group(0).lower() or "evening" in match.group(0).lower()
            value = DateValue(day, day, "day", relative=True, night=night and shift <= 0, shifted=True)
            added.append(Mention(MENTION_KIND, a, b, match.group(0), value))
    return added


# "on the afternoon of that Saturday", "that Sunday night": a weekday the story named before by its date,
# not the last such weekday before publication.
THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)


def that_weekdays(text: str, found: list[Mention]) -> list[Mention]:
    """A weekday after "that" ("killed on January 6 ... on the afternoon of that Saturday") is the day of
    the story's last single event day before it that fell on that weekday (a feature tells the event's
    date, then goes back to it by weekday); with none, the weekday keeps its reading from publication."""
    weekdays = {name: i for i, name in enumerate(date_words()["weekdays"])}
    resolved: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        index = weekdays.get(m.text.strip().lower())
        if index is not None and THAT_BEFORE.search(text, max(0, m.start - 12), m.start):
            earlier = [
                e.value.start
                for e in resolved
                if e.value.role == "event"
                and e.value.precision == "day"
                and e.value.start == e.value.end
                and e.value.start.weekday() == index
                and not _weekday_text(e.text, weekdays)
            ]
            if earlier:
                m = replace(m, value=replace(m.value, start=earlier[-1], end=earlier[-1]))
        resolved.append(m)
    return resolved


def _weekday_text(text: str, weekdays: dict[str, int]) -> bool:
    return text.strip().lower() in weekdays


class DateComponent:
    """Adds a `date` Mention (value: DateValue) per date, resolved against `doc._.published`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        opening = doc_text(doc)[:600]
        wire = wire_dateline().match(opening) is not None
        filed = dateline_day(opening, published)
        found: list[Mention] = []
        sentences = list(sentence_texts(doc))
        for start, text in sentences:
            if FOLDED_TRIGGER.search(text):
                found += date_mentions(text, published, start, wire, filed)
        filing = dateline_weekday(opening)
        if filing is not None:
            found = [f for f in found if not (filing[0] <= f.start and f.end <= filing[1])]
        found = that_weekdays(doc_text(doc), found)
        found = sorted(
            found + anaphoric_days(sentences, sorted(found, key=lambda m: m.start)), key=lambda m: m.start
        )
        add_mentions(doc, found)
        return doc


@Language.factory("warledger_dates")
def make_date_component(nlp: Language, name: str) -> DateComponent:
    return DateComponent(nlp, name)
