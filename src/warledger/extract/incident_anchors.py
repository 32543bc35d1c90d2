"""The roles of a document's units (sentences) before they are grouped into incidents.

Which units are anchors, that is report an event (`is_anchor`: an event cue with something concrete
beside it, or a dated opening in a short note), and which are section headings, quote openings,
reactions or scene-setting paragraphs that grouping treats in their own way. These read one unit (or
its neighbours) and no incident, so they sit below the tests that join a unit to an incident.
"""

from __future__ import annotations

import re

from warledger.extract.date_roles import same_occasion
from warledger.extract.event_actuality import actual
from warledger.extract.incident_units import (
    SENTENCE_END,
    Group,
    Unit,
    cue_pattern,
    event_cue_pattern,
    sets_background,
)
from warledger.extract.mentions import Mention

# Anchors this many units apart (or fewer) may be one incident.
MAX_UNIT_GAP = 2
# An ACLED-style note opens with its date; for short documents a dated opening is an anchor.
NOTE_MAX_CHARS = 2500
DATE_OPENING_CHARS = 40
CONCRETE_KINDS = frozenset({"date", "casualty", "weapon", "target", "figure_source"})
# "Civilians" is named in most sentences of a conflict report: not enough to make one an event report.
WEAK_TARGETS = frozenset({"civilians"})


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def is_anchor(unit: Unit, short_note: bool, index: int) -> bool:
    """Does this unit report an event of its own?"""
    if unit.historical:
        return False
    if counts_the_known_wounded(unit) and not unit.has_event_cue():
        return False
    if unit.figures() or any(
        f.count.max > 0 for k in ("injured", "missing", "arrested") for f in unit.figures(k)
    ):
        return True
    if sets_background(unit.text):
        return False  # "the area has seen fighting between factions since ...": the setting, not an event
    dates = unit.event_dates()
    if not short_note and dates and all(d.role == "since" for d in dates):
        return False  # "the 12th health facility hit since 28 April": a running count with no figure
    if (unit.has_event_cue() or unit.has_casualty_cue()) and any(is_concrete(m) for m in unit.mentions):
        return short_note or ((index == 0 or located(unit)) and not only_names_known_events(unit))
    return short_note and index == 0 and opens_with_date(unit)


def counts_the_known_wounded(unit: Unit) -> bool:
    """A sentence with no count of the dead whose figure counts part of the wounded already told ("We ...
    are supporting the treatment of the wounded, 40 of whom have been admitted to hospital"): how the
    incident's hurt fare, told after it, not an event of its own. Unless it has an event word too, it opens
    no incident, so another source's count of the dead told after it still reaches the incident it counts."""
    return not unit.figures() and bool(cue_pattern("known_wounded").search(unit.text))


def located(unit: Unit) -> bool:
    """A news sentence whose event words come with more than a day: a place, an actor, a weapon, a target or
    a casualty word ("During the rally Monday, the former president said ..." is no incident)."""
    return unit.has_casualty_cue() or any(
        m.kind in ("place", "country", "actor") or (is_concrete(m) and m.kind != "date")
        for m in unit.mentions
    )


KNOWN_EVENT_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w\"'“”-]+\s+){0,3}$", re.I)


def only_names_known_events(unit: Unit) -> bool:
    """A dated news sentence that only names an event as already known ("On Sunday, it said it would
    investigate the 'regrettable' incident"): about the incident, not one. Not when it describes the event
    ("the targeting of three rescue centres") or names a weapon, a target or a casualty."""
    if unit.has_casualty_cue() or any(is_concrete(m) and m.kind != "date" for m in unit.mentions):
        return False
    text = unit.text
    cues = [m for m in event_cue_pattern().finditer(text) if actual(text, m)]
    return bool(cues) and all(
        KNOWN_EVENT_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        and not re.match(r"\s+of\b", text[m.end() :])
        for m in cues
    )


def is_concrete(mention: Mention) -> bool:
    """A mention that makes a cue word an event report: a date, a figure, a weapon, a specific target."""
    return mention.kind in CONCRETE_KINDS and not (mention.kind == "target" and mention.value in WEAK_TARGETS)


def opens_with_date(unit: Unit) -> bool:
    return any(m.start - unit.start <= DATE_OPENING_CHARS for m in unit.of("date"))


# "They cut the electricity ... and shot them": a sentence whose subject is the doers named just before
THEY_OPENING = re.compile(
    r"^[\"'“‘]?(?:They|He|She|The (?:attackers|gunmen|assailants|raiders|fighters|men))\b"
)


# "At about 9 a.m. shells began falling ...", "From first light the gunmen ...": a sentence that opens on the
# hour of a day the sentence before named ("Nothing prepared the town for last Friday.")
TIME_OPENING = re.compile(
    r"^(?:From|At|Shortly|Just|Around|About|Early|Late|Soon)\b[^,.;]{0,30}?"
    r"\b(?:a\.m\.|p\.m\.|dawn|daybreak|first light|dusk|nightfall|midnight|noon|midday|o'clock"
    r"|\d{1,2}[.:]\d\d)",
    re.IGNORECASE,
)


def scene_setters(units: list[Unit], text: str) -> frozenset[int]:
    """The units that date the violence the next sentence tells (`sets_the_scene`)."""
    return frozenset(i for i in range(len(units)) if sets_the_scene(units, i, text))


def sets_the_scene(units: list[Unit], i: int, text: str) -> bool:
    """Whether unit `i` dates the arrival of the doers whose violence the next sentence tells ("Gunmen
    arrived at the camp late on Friday night, ..." then "They fired into the tents ..."): no event word of
    its own, but it gives the day of the violence told next, which names no day."""
    unit = units[i]
    if i + 1 >= len(units) or unit.headline or unit.figures() or unit.historical:
        return False
    days = [d for d in unit.own_event_dates() if d.precision == "day" and d.role != "since"]
    after = units[i + 1]
    if (
        not days
        or after.event_dates()
        or not (THEY_OPENING.match(after.text) or TIME_OPENING.match(after.text))
    ):
        return False
    if PARAGRAPH_BREAK.search(text, unit.end, after.start):
        return False
    return after.has_event_cue() or after.has_casualty_cue()


SECTION_HEADING_MAX_CHARS = 60


def is_section_heading(unit: Unit) -> bool:
    """A line that heads a section of a long report ("Who fired", "The army's account"): short, opening on
    a capital, with no sentence end."""
    text = unit.text.strip()
    return (
        0 < len(text) <= SECTION_HEADING_MAX_CHARS
        and text[0].isupper()
        and not SENTENCE_END.search(text)
        and not text.endswith((".", "!", "?", ":", ";", '"', "”"))
    )


# "Armed forces version", "The army's account": a heading that announces a side's version of what was just
# told opens another account of the same event, not a new event
ACCOUNT_HEADING = re.compile(r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:version|account)s?$", re.IGNORECASE)


def heading_between(units: list[Unit], last: Unit, index: int) -> bool:
    """Whether a section heading stands between the incident's last sentence and this one: a new section
    of a long report tells something new, so its first event does not continue the incident of the section
    before by being near it (it may still go back to an earlier incident by name or day). A heading that
    names a side's version or account ("Armed forces version") is no such break."""
    return any(
        is_section_heading(u) and not u.headline and not ACCOUNT_HEADING.match(u.text.strip())
        for u in units[:index]
        if u.start >= last.end
    )


def heading_day(groups: list[Group], unit: Unit, index: int) -> int | None:
    """The incident a section heading that names only a day goes back to ("Friday's attack", "The raid of
    12 March" after a section of background): long narratives cut their story into sections, and what
    follows such a heading tells that day's incident, not the background event told just before it."""
    text = unit.text.strip()
    if index == 0 or len(text) > SECTION_HEADING_MAX_CHARS or SENTENCE_END.search(text) or unit.figures():
        return None
    days = unit.event_dates()
    if not days or any(d.precision != "day" for d in days):
        return None
    return next(
        (j for j, g in enumerate(groups) if (when := g.date()) is not None and same_occasion(days[0], when)),
        None,
    )


def quote_opening(units: list[Unit], last_index: int, i: int) -> int:
    """How many sentences right before `units[i]` open the quote it closes ('"We were sitting on the road
    with our hands up.' before 'They did not say a word before they started shooting," said Andrea'): one
    witness's words, so they do not part the quote from the incident told before it."""
    if not closes_a_quote(units[i].text):
        return 0
    count = 0
    for unit in reversed(units[max(0, last_index + 1) : i]):
        if not opens_a_quote(unit.text):
            break
        count += 1
    return count


def opens_a_quote(text: str) -> bool:
    """A sentence that begins a quotation and does not end it."""
    text = text.strip()
    return (text.startswith('"') and text.count('"') == 1) or (
        text.startswith("\u201c") and "\u201d" not in text
    )


def closes_a_quote(text: str) -> bool:
    """A sentence that ends a quotation begun before it."""
    text = text.strip()
    return (not text.startswith('"') and text.count('"') == 1) or ("\u201d" in text and "\u201c" not in text)


def reacts(unit: Unit) -> bool:
    """A news sentence that only tells how others reacted (condemnations, sanctions, appeals for calm,
    calls for an inquiry), with no figure of its own: a reaction to the report's lead, whatever incident
    the story has come to, so it never gathers around a later one to outweigh the lead's."""
    return not unit.figures() and bool(cue_pattern("reaction").search(unit.text))
