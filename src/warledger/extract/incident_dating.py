"""The date of an incident: its own, or one inferred from its context.

`chosen_date` takes the first event date of the incident's units; an undated incident takes the nearest
date before it in its paragraph, the document's lead date or the publication date, at
`CONTEXT_PRECISION` (`inferred_date`); the day of an attack told before a death's day, a running total's
period and a source's day of speaking are handled here too. Separate from grouping: it reads finished
incidents and the document around them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from warledger.extract.date_datelines import wire_dateline
from warledger.extract.date_roles import runs_into, since_range
from warledger.extract.date_values import FUTURE_TOLERANCE_DAYS, DateValue, Precision
from warledger.extract.incident_anchors import PARAGRAPH_BREAK, is_anchor
from warledger.extract.incident_joining import mourning_date, narrows
from warledger.extract.incident_recounts import DIED_LATER_DAYS, DIED_OF_WOUNDS
from warledger.extract.incident_units import (
    HISTORICAL_DAYS,
    Group,
    Unit,
    casualty_cue_pattern,
    event_cue_pattern,
    is_bare_year,
    known_event_day,
    literal,
)
from warledger.extract.mentions import mentions_of
from warledger.extract.sentences import doc_text

# The precision of a date an undated incident takes from its context (the day is inferred, not stated).
CONTEXT_PRECISION: Precision = "week"
# The opening of a document, where its lead date is looked for.
LEAD_CHARS = 1500
# Where a chunk Doc finds the lead date of the document it was cut from (set by the caller).
LEAD_DATE_KEY = "warledger_lead_date"


def chosen_date(group: Group, published: date | None = None) -> DateValue | None:
    """The incident's date: its first event date, else a bare date in its units; never a date more than
    a year before publication ("as in 1994", "since March 2011"): with only such dates the incident is
    undated here and `inferred_date` dates it from its context."""
    body = [u for u in group.units if not u.headline]
    opening = body[0] if body else None
    stated = [d for u in group.units for d in u.event_dates() if u is opening or not background_period(d)]
    stated += [d for u in group.context for d in u.event_dates()]
    stated += [m.value for u in group.units for m in u.of("date") if m.value.role == "bare"]
    if published is None:
        current = [d for d in stated if not is_bare_year(d)]
    else:
        current = [d for d in stated if (published - d.end).days <= HISTORICAL_DAYS]
    first = next(iter(current), None)
    told = next((d for u in group.units if (d := known_event_day(u)) is not None and d in current), None)
    if told is not None:
        return told  # "The attack began before dawn on Tuesday": the day the story gives its event
    verbed = event_word_day(opening) if opening is not None else None
    if verbed is not None and verbed in current:
        return verbed  # "searching on Saturday for seven foreigners seized 48 hours ago": the seizure's day
    if first is not None and mourning_date(group):
        # dated by its funerals: the day the story gives the mourned event, shortly before them
        first = min(
            (d for d in current if d.role != "bare" and 0 < (first.start - d.start).days <= DIED_LATER_DAYS),
            key=lambda d: d.start,
            default=first,
        )
    if first is not None and first.precision in ("week", "month"):
        # "last week" and then "arrived in the village on Thursday": the day inside it, told more precisely
        # (not a day it was said on: "over the weekend, a doctor said yesterday" is not yesterday)
        first = next((d for d in current if d.role != "bare" and narrows(d, first)), first)
    # "overnight" and then "in the early hours of Wednesday": the day the text names (but "on Friday night
    # and into the early hours of Saturday" began on Friday, and so did an overnight the text also names as
    # begun "late on Friday")
    if first is None or not first.unnamed_night:
        return first
    if any(d.night and not d.unnamed_night and d.start == first.start for d in current):
        return first  # "overnight", then "began late on Sunday and went on until the early hours of Monday"
    return next((d for d in current if runs_into(first, d)), first)


# Between an event word and the date that follows it directly: nothing, or a preposition ("seized 48 hours
# ago", "killed on Thursday", "abducted early on Monday", "shot dead late last night").
EVENT_WORD_DATE_GAP = re.compile(r"\s*(?:(?:on|in|at|early|late)\s+){0,2}", re.IGNORECASE)
# A "when"-clause right after the event word that tells how the victims died, up to the date that ends it
# ("eight worshippers killed when gunmen opened fire inside a mosque in the city earlier this week"): its
# date is the event's, as one right after the word is.
WHEN_CLAUSE_GAP = re.compile(r"\s+when\s+[^,;:.()]*?\s+(?:(?:on|in|at|early|late)\s+){0,2}", re.IGNORECASE)
# The event word's object and place, up to the date that ends them, with no other verb or clause between
# ("rebels who attacked a police station, an army base and the offices of the state broadcaster in the
# regional capital, Katima Mulilo, early on Monday"): that date is the event's, as one right after the
# word is. No participle or past form (another verb), no clause word, number or bracket, at most 160
# characters.
OBJECT_GAP = re.compile(
    r"\s+(?:(?!(?:said|says|after|before|when|while|as|since|until|who|whom|which|that|where|but|then|"
    r"was|were|is|are|had|has|have|will|would)\b)(?![\w'-]+(?:ed|ing)\b)[^\W\d][\w'-]*[,]?\s+){1,24}?"
    r"(?:(?:on|in|at|early|late)\s+){0,2}",
    re.IGNORECASE,
)
OBJECT_GAP_CHARS = 160
# Before a date that opens a sentence ("On 29 April 2020, ...", "Early on Sunday ...").
OPENING_DATE = re.compile(r"\W*(?:(?:on|in|at|early|late)\s+){0,2}$", re.IGNORECASE)
# A relative clause with its own verb before the event word ("who was arrested", "which had been seized").
RELATIVE_CLAUSE = re.compile(
    r"\b(?:who|which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+$", re.I
)


def event_word_day(unit: Unit) -> DateValue | None:
    """The day right after the sentence's first event or casualty word, when the sentence gave another day
    before that word ("Troops were searching on Saturday for seven foreigners seized 48 hours ago",
    "Funerals were held on Sunday for the 12 people killed on Friday"): the earlier day is that of what the
    sentence does with the event (a search, a funeral, a statement), the later one the event's own, which may
    be a week's ("prayers on Friday for eight worshippers killed when gunmen opened fire ... earlier this
    week")."""
    text = literal(unit.text)
    cues = [m for p in (event_cue_pattern(), casualty_cue_pattern()) for m in p.finditer(text)]
    first = min(cues, key=lambda m: m.start(), default=None)
    if first is None:
        return None
    own = {id(d) for d in unit.own_event_dates()}
    told = [m for m in unit.of("date") if id(m.value) in own and m.value.precision in ("day", "week")]
    dated = [m for m in told if m.value.precision == "day"]
    before = [m for m in dated if m.end - unit.start <= first.start()]
    if not before or OPENING_DATE.match(text[: before[0].start - unit.start]):
        return None  # no day before the event word, or one that opens the sentence and dates its main clause
    if RELATIVE_CLAUSE.search(text[: first.start()]):
        return None  # "an activist, who was arrested on 16 April": a person's earlier story, not the event
    # the first event word with a day right after it: an earlier word may be no event of the sentence's own
    # ("bullet holes and the smell of burned buildings told of the fighting ... last weekend")
    return next(
        (
            m.value
            for cue in sorted(cues, key=lambda c: c.start())
            for m in told
            if m.start - unit.start >= cue.end() and event_word_gap(text, cue.end(), m.start - unit.start)
        ),
        None,
    )


def event_word_gap(text: str, start: int, end: int) -> bool:
    """Whether the text between an event word and a later date leaves the date the event's: nothing or a
    preposition ("killed on Friday"), or a "when"-clause on how the victims died ("killed when gunmen opened
    fire inside a mosque earlier this week", whose day may be a week's: "earlier this week"), or the word's
    object and place with no other verb ("attacked a police station ... in the regional capital, Katima
    Mulilo, early on Monday", `OBJECT_GAP`)."""
    gaps = (EVENT_WORD_DATE_GAP, WHEN_CLAUSE_GAP)
    if any(gap.fullmatch(text, start, end) for gap in gaps):
        return True
    return end - start <= OBJECT_GAP_CHARS and OBJECT_GAP.fullmatch(text, start, end) is not None


# How far after a died-of-wounds phrase its date may begin ("died in hospital early on Sunday").
DEATH_DATE_CHARS = 12


def death_day(unit: Unit, value: DateValue) -> bool:
    """Whether `value` is in `unit` the day a victim died of the wounds ("died in hospital on Sunday",
    "died of his wounds early on Sunday"), not the day of the violence."""
    deaths = [m.end() for m in DIED_OF_WOUNDS.finditer(unit.text)]
    return any(
        m.value is value and any(0 <= m.start - unit.start - end <= DEATH_DATE_CHARS for end in deaths)
        for m in unit.of("date")
    )


def attack_day_before_death(
    doc: Doc, units: Sequence[Unit], group: Group, when: DateValue | None
) -> DateValue | None:
    """The day of the violence when the incident's date is only the day its victim died of the wounds:
    the day a sentence of the incident's paragraph sets its scene on ("Hundreds gathered outside his home on
    Saturday morning. The crowd beat him ..."), just before an undated sentence of the incident, a few days
    before the death. A coder codes the attack's day; the death's day is kept otherwise."""
    published: date | None = doc._.published
    if when is None or published is None or when.precision != "day":
        return when
    dated = [(u, d) for u in group.units for d in u.event_dates() if d.start == when.start]
    if not dated or not all(death_day(u, d) for u, d in dated):
        return when
    for unit in group.units:
        if unit.headline or unit.event_dates() or unit is group.units[0]:
            continue
        scene = paragraph_date(units, unit, doc_text(doc), published)
        if (
            scene is not None
            and scene.precision == "day"
            and 0 < (when.start - scene.start).days <= DIED_LATER_DAYS
        ):
            return scene
    return when


def background_period(value: DateValue) -> bool:
    """ "This year", "this month" in a sentence after the incident's first ("insurgents have stepped up
    attacks this year"): the setting, not the incident's date."""
    return value.relative and value.precision in ("month", "year")


def context_date(value: DateValue, published: date | None) -> bool:
    """Whether `value` can stand for the day of a nearby undated incident: a day or week, not a
    since-range, not history and not the future (judged against publication)."""
    if value.role == "since" or value.precision not in ("day", "week"):
        return False
    if published is None:
        return True
    return -FUTURE_TOLERANCE_DAYS <= (published - value.end).days <= HISTORICAL_DAYS


def lead_date(doc: Doc) -> DateValue | None:
    """The document's lead date: the first event date in its opening that can serve as context (a bare
    byline date if no event date is there); the lead date the caller set for a later chunk otherwise."""
    if LEAD_DATE_KEY in doc.user_data:
        given = doc.user_data[LEAD_DATE_KEY]
        return given if isinstance(given, DateValue) else None
    published = doc._.published
    opening = [
        m.value for m in mentions_of(doc, "date") if m.end <= LEAD_CHARS and context_date(m.value, published)
    ]
    return next((d for d in opening if d.role != "bare"), opening[0] if opening else None)


def paragraph_date(units: Sequence[Unit], first: Unit, text: str, published: date | None) -> DateValue | None:
    """The nearest date before `first` in its paragraph that can serve as context."""
    before = [u for u in units if u.end <= first.start]
    for unit in reversed(before):
        if PARAGRAPH_BREAK.search(text, unit.end, first.start):
            return None
        usable = [m.value for m in unit.of("date") if context_date(m.value, published)]
        if usable:
            return usable[-1]
    return None


SCENE_DAYS = 7  # a paragraph setting the scene names a day of the week before publication


def scene_date(units: Sequence[Unit], first: Unit, text: str, published: date | None) -> DateValue | None:
    """The day the paragraph just before an undated incident's sets its scene on ("On Tuesday that pressure
    met the full weight of the police in San Pedro Sula. Several thousand marchers set off ..." and then, in
    a new paragraph, "Riot police blocked the avenue ..."): a single day of the week before publication,
    not the lead's day of background ("the removal of Zelaya on June 28")."""
    if published is None:
        return None
    before = [u for u in units if u.end <= first.start]
    breaks = [b.start() for b in PARAGRAPH_BREAK.finditer(text, 0, first.start)]
    if not before or not breaks:
        return None
    opening = max(breaks[:-1], default=0)  # the previous paragraph starts after the break before the last
    days = [
        d
        for u in before
        if u.start >= opening and not u.headline
        for d in u.own_event_dates()
        if d.precision == "day" and d.start == d.end and 0 <= (published - d.start).days <= SCENE_DAYS
    ]
    return days[-1] if days else None


def inferred_date(doc: Doc, units: Sequence[Unit], group: Group) -> DateValue | None:
    """The date of an incident that states none: nearest dated context, lead date or publication date,
    at CONTEXT_PRECISION."""
    published: date | None = doc._.published
    nearby = paragraph_date(units, group.units[0], doc_text(doc), published) if published else None
    body = next((u for u in group.units if not u.headline), group.units[0])
    found = nearby or scene_date(units, body, doc_text(doc), published) or lead_date(doc)
    if found is not None:
        return DateValue(found.start, found.end, CONTEXT_PRECISION, role="bare", relative=True)
    if published is not None:
        return DateValue(published, published, CONTEXT_PRECISION, role="bare", relative=True)
    return None


# A source speaks of an incident this many days after it at most ("the NUG said on October 23 that 31 people
# had been killed" after a strike on Sunday, October 22).
SAID_AFTER_DAYS = 3


def said_after_context(when: DateValue, context: DateValue | None) -> bool:
    """Whether the incident's only date is a day someone spoke on (a bare date: "said on October 23 that 31
    people had been killed") just after the day its story is told at: the dead were counted then, killed on
    the story's day, so that day is the incident's."""
    return (
        when.role == "bare"
        and context is not None
        and 0 < (when.start - context.start).days <= SAID_AFTER_DAYS
    )


def revive_old_only_event(units: list[Unit], text: str) -> bool:
    """A coder's note whose every event is dated long before publication ("On 1 May 2018, ... workers
    marched" in a note published in May 2020, the year mistyped, or an old event reported late) still
    reports that event: it is the note's whole subject, not the background a news story gives, so its
    sentences count as events again (with the date the note gives). Whether it did so."""
    first_old = next((i for i, u in enumerate(units) if dated_to_a_day(u)), None)
    if first_old is None:
        return False  # "Since 2011, the war has killed hundreds of thousands": a period, not an event
    if any(blocks_revival(u, i, units[first_old], text) for i, u in enumerate(units)):
        return False
    for unit in units:
        unit.historical = False
    return True


def blocks_revival(unit: Unit, index: int, old: Unit, text: str) -> bool:
    """A current event of the note's own: an anchor with a date of its own, one told before the old
    sentence, or one a paragraph away from it. An undated one after it in its paragraph goes on with the old
    event ("On 11 October 2019, thousands marched ... Police fired tear gas to disperse the march" in a note
    filed years later): it is not a new event dated by publication, which would give the march's dispersal a
    day years after the march."""
    if not is_anchor(unit, True, index):
        return False
    if unit.start < old.start or unit.event_dates():
        return True
    return PARAGRAPH_BREAK.search(text, old.end, unit.start) is not None


def dated_to_a_day(unit: Unit) -> bool:
    """An old sentence dated as a note dates its event: to a day, not as a period ("since 2011")."""
    return unit.historical and any(d.precision == "day" and d.role != "since" for d in unit.event_dates())


def datelined(doc: Doc) -> bool:
    """A wire story ("PESHAWAR, Pakistan (AP) — ..."), or a later chunk of a document: news, not a note."""
    return wire_dateline().match(doc_text(doc)[:600]) is not None


def running_total_period(when: DateValue, published: date | None) -> DateValue:
    """A total's day is when its period began ("the war, which began on February 24, has killed
    thousands"): the period runs from it to the day before publication, as "since" does."""
    if published is None or when.start >= published:
        return when
    return since_range(DateValue(when.start, when.end, when.precision, "since", when.relative), published)
