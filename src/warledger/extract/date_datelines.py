"""Wire-story datelines ("KABUL, Afghanistan (AP) —"): the weekday and the day a dateline gives.

Agencies name the day of filing by its weekday too, so a datelined story's weekday may be the
publication day itself; this is the one place that reads a document's opening for it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from warledger.extract.date_values import (
    Found,
    _alternation,
    date_words,
    day_number,
    inferred_year,
    month_number,
    safe_date,
)

# The lines a dateline may follow: a headline and a byline of one or two lines ("By SALAD HASSAN" over
# "Associated Press Writer", as AP copy prints it).
OPENING_LINES = 3


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
        rf"^\s*(?:[^\n]{{1,300}}\n\s*){{0,{OPENING_LINES}}}"
        r"(?P<dateline>[A-Z][A-Z.' -]{2,40}(?:,\s*[A-Z][\w .'-]{1,40}){0,2},?\s*"
        rf"(?:\((?:{agencies})\)\s*)?(?:--|[-—–]))\s"
    )


@cache
def line_dateline() -> re.Pattern[str]:
    """ "KARLOVAC, Sunday" on a line of its own under a headline and "From Our Correspondent": a British
    paper's dateline, which names the day of filing by its weekday and closes with the line, not a dash.
    Only with its weekday: a line in capitals alone is as often a headline."""
    weekdays = _alternation(list(date_words()["weekdays"]))
    return re.compile(
        rf"^\s*(?:[^\n]{{1,300}}\n\s*){{0,{OPENING_LINES}}}"
        r"(?P<dateline>[A-Z][A-Z.' -]{2,40}(?:,\s*[A-Z][\w .'-]{1,40}){0,2}?"
        rf",\s*(?i:{weekdays}))[ \t]*\n"
    )


def dateline_weekday(opening: str) -> tuple[int, int] | None:
    """Where a wire dateline names its weekday ("NAZRAN, Russia, Tuesday -", or "KARLOVAC, Sunday" on a line
    of its own): the day the story was filed, which dates nothing that happened, so the lead's own date
    ("overnight into Sunday") must not share its sentence with it as if it were another day of the event."""
    m = wire_dateline().match(opening) or line_dateline().match(opening)
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
    """ "SRINAGAR, Aug 11:", "ALGIERS, Aug 30 (AFP) -", "COLOMBO, Oct 12, 2006 (Reuters) -", and the Indian
    press's "JAMSHEDPUR, April 12. -": a dateline that carries the day the story was filed, after an optional
    headline and byline ("By Our Special Correspondent"), as `wire_dateline` allows."""
    months = _alternation(list(date_words()["months"]))
    agencies = "|".join(re.escape(a) for a in date_words()["wire_agencies"])
    return re.compile(
        rf"^\s*(?:[^\n]{{1,300}}\n\s*){{0,{OPENING_LINES}}}"
        r"[A-Z][A-Z.' -]{2,40}(?:,\s*[A-Z][\w .'-]{1,40}){0,2},\s*"
        rf"(?i:(?P<m>{months}))\.?\s+(?P<d>[0-3]?\d)\.?(?:,\s*(?P<y>\d{{4}}))?\s*"
        rf"(?:\((?:{agencies})\)\s*)?(?:--|[-—–:])"
    )


# How far into a document a monitoring service's source line may stand: it heads the item, or closes it
# ("Source: Radio Burundi, Bujumbura, in French 1800 gmt 14 Mar 95").
SOURCE_LINE_CHARS = 4000


@cache
def broadcast_line() -> re.Pattern[str]:
    """ "Radio Burundi, Bujumbura, in French 1800 gmt 14 Mar 95": the source line of a monitoring service's
    item (BBC Monitoring, FBIS), which gives the day the broadcast went out, in its language, at a GMT
    time."""
    months = _alternation(list(date_words()["months"]))
    return re.compile(
        r"\bin\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,?\s+(?:\d{3,4}\s*(?:gmt|GMT|utc|UTC)\s+)"
        rf"(?P<d>[0-3]?\d)\s+(?i:(?P<m>{months}))\.?\s+(?P<y>\d{{4}}|\d{{2}})\b"
    )


def broadcast_day(text: str, published: date | None) -> date | None:
    """The day a monitored broadcast went out, when it lies a few days before publication: the day its
    "today" and "the previous night" count from, as the service publishes its translation a day or more
    after the broadcast (the radio's "today" in a report published on the 15th is the 14th)."""
    if published is None:
        return None
    m = broadcast_line().search(text[:SOURCE_LINE_CHARS])
    if m is None:
        return None
    year = int(m.group("y"))
    if year < 100:  # "14 Mar 95": the century that puts the day nearest publication
        year += published.year - published.year % 100
        year -= 100 if year > published.year else 0
    aired = safe_date(year, month_number(m.group("m")), day_number(m.group("d")))
    if aired is None or not 0 <= (published - aired).days <= DATELINE_DAY_MAX_DAYS:
        return None
    return aired


def dateline_day(text: str, published: date | None) -> date | None:
    """The filing day a dated dateline gives, when it lies a few days before publication: the day a
    newspaper's "today" and "yesterday" count from ("SRINAGAR, Aug 11: ... killed today" in the Aug 12
    paper is Aug 11), as a printed paper carries the story a day or more after it was filed."""
    if published is None:
        return None
    m = dated_dateline().match(text)
    if m is None:
        return weekday_dateline_day(text, published)
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


def weekday_dateline_day(text: str, published: date) -> date | None:
    """The filing day a dateline names by its weekday ("MANAMA, Friday -" in Saturday's paper): the latest
    such day on or before publication, when it lies a few days before it. A British or Kenyan paper's
    "today" and "yesterday" count from that day, as they do from a dated dateline's."""
    span = dateline_weekday(text)
    if span is None:
        return None
    weekday = date_words()["weekdays"].get(text[span[0] : span[1]].lower())
    if weekday is None:
        return None
    filed = published - timedelta(days=(published.weekday() - weekday) % 7)
    return filed if (published - filed).days <= DATELINE_DAY_MAX_DAYS else None
