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

The work is split in one chain: date_values.py (DateValue, absolute dates), date_relative.py (dates counted
from publication), date_roles.py (a date's role and precision), date_rules.py (the rule table),
date_datelines.py (wire datelines); this module finds a sentence's dates, links them to each other and to
the sentences before, and is the spaCy component.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.date_datelines import (
    _wire_weekday,
    broadcast_day,
    dateline_day,
    dateline_weekday,
    wire_dateline,
)
from warledger.extract.date_relative import COUNTED_FROM_WRITING
from warledger.extract.date_roles import MODAL_MAY, role_and_precision, since_range
from warledger.extract.date_rules import date_rule_index, date_rules, folded_date_rules
from warledger.extract.date_values import NUMBER_WORDS, DateValue, Found, date_words
from warledger.extract.folding import Folded, lowered
from warledger.extract.mentions import Mention, add_mentions
from warledger.extract.sentences import doc_text, sentence_texts

MENTION_KIND = "date"


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
    chosen += eve_of_the_vote(text, chosen)
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


RESTATED_DAY = re.compile(r"\s*,?\s*(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)


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
        if not before and RESTATED_DAY.match(text, match.end(), anchor.start):
            continue  # "Two days later, on 12 April, ...": the day written right after is the phrase's own
        day = anchor.value.start + timedelta(days=days_from_anchor(match))
        night = (match.group("part") or match.group("part2") or "").lower() in ("night", "evening")
        value = DateValue(day, day, "day", relative=True, night=night, shifted=True)
        found.append(Found(match.start(), match.end(), value))
    return found


# "on the eve of the vote" in a sentence that names the vote's day ("voted in Sunday's general election, ...
# gunmen killed a candidate on the eve of the vote"): the day before that day.
EVE_OF_VOTE = re.compile(
    r"\bthe\s+eve\s+of\s+(?:the|that)\s+(?:vote|voting|election|elections|polls?|ballot|referendum)\b",
    re.IGNORECASE,
)
VOTE_NAMED_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:vote|voting|election|elections|polls?|ballot|referendum)\b",
    re.IGNORECASE,
)


def eve_of_the_vote(text: str, chosen: list[Found]) -> list[Found]:
    """The day before the vote for "the eve of the vote", when the sentence dates the vote by a single day
    written right before its name ("Sunday's general election"); nothing when it does not."""
    found: list[Found] = []
    for match in EVE_OF_VOTE.finditer(text):
        votes = [
            c
            for c in chosen
            if c.value.precision == "day"
            and c.value.start == c.value.end
            and VOTE_NAMED_AFTER.match(text[c.end :])
        ]
        if len(votes) != 1:
            continue
        day = votes[0].value.start - timedelta(days=1)
        found.append(Found(match.start(), match.end(), DateValue(day, day, "day", relative=True)))
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
        filed = dateline_day(opening, published) or broadcast_day(doc_text(doc), published)
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
