"""Contradictions within one document, each with the words on both sides.

Three checks, each a general rule:
- casualty_count: one incident, several exact figures of the same kind that differ (a headline's 85
  against the body's 92), read from the casualty mentions that lie in the incident's evidence;
- denial_vs_documentation: a statement that denies (or counter-accuses) about deaths or attacks while
  the document itself reports deaths;
- factual: a well-known historical event dated within a few years of, but not at, its year in the
  reference table (`data/statements/historical_events.csv`): a slip like "Srebrenica in 1994".
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc

from warledger.extract.mentions import Mention, mentions_of
from warledger.extract.models import Contradiction, Evidence, Incident, Statement
from warledger.extract.sentences import doc_text

DENYING_STANCES = frozenset({"denial"})
HARM_WORDS = re.compile(
    r"(?<!\w)(?:deaths?|dead|killed|killings?|casualt(?:y|ies)|civilians?|bombing|bombs?|air ?strikes?|"
    r"attacks?|footage|massacre|victims?|accusations?|allegations?)(?!\w)",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
YEAR_WINDOW = 40
"""How many characters after (or before) an event's name a year may sit to be the year given for it."""
MISDATING_SPAN = 3
HEADLINE_CHARS = 300
"""A first line no longer than this is the headline, a voice of its own against the body."""
"""A year this close to the true one reads as a slip about the same event; further off, as another topic."""


@dataclass(frozen=True)
class HistoricalEvent:
    name: str
    year: int
    month: int
    aliases: tuple[str, ...]


@cache
def historical_events() -> tuple[HistoricalEvent, ...]:
    """The reference table of well-known events (name, year, month, aliases)."""
    text = (
        resources.files("warledger")
        .joinpath("data", "statements", "historical_events.csv")
        .read_text("utf-8")
    )
    rows = csv.reader(line for line in text.splitlines() if line and not line.startswith("#"))
    return tuple(HistoricalEvent(r[1], int(r[2]), int(r[3]), tuple(r[4].split("|"))) for r in rows)


@cache
def event_pattern() -> re.Pattern[str]:
    aliases = sorted({a for e in historical_events() for a in e.aliases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in aliases) + r")(?!\w)", re.IGNORECASE)


@cache
def events_by_alias() -> dict[str, HistoricalEvent]:
    """Each lowercase alias -> its event (built once: it was rebuilt for every document)."""
    return {a.lower(): e for e in historical_events() for a in e.aliases}


def _evidence(doc: Doc, start: int, end: int) -> Evidence:
    return Evidence(start=start, end=end, text=doc_text(doc)[start:end])


def casualty_mentions_of(doc: Doc) -> list[Mention]:
    """The casualty mentions the pipeline left on the doc, or computed here when it has none."""
    found = mentions_of(doc, "casualty")
    if found or doc._.mentions:
        return found
    from warledger.extract.casualties import casualty_mentions

    return [m for sent in doc.sents for m in casualty_mentions(sent.text, sent.start_char)]


def _in_evidence(mention: Mention, incident: Incident) -> bool:
    return any(e.start <= mention.start < e.end for e in incident.evidence)


def voice_of(text: str, mention: Mention, statements: list[Statement]) -> str:
    """Who gives a figure: the speaker of the statement holding it, the headline, or the report's body."""
    for s in statements:
        if s.evidence.start <= mention.start < s.evidence.end:
            return s.speaker
    first_break = text.find("\n")
    if 0 <= mention.start < first_break <= HEADLINE_CHARS:
        return "headline"
    return "body"


def casualty_contradictions(
    doc: Doc, incidents: list[Incident], figures: list[Mention], statements: list[Statement]
) -> list[Contradiction]:
    """Exact figures of one kind for one incident that differ between voices (headline against body,
    one source against another); figures of one voice that differ are parts or updates, not a clash."""
    text = doc_text(doc)
    found = []
    for incident in incidents:
        by_kind: dict[str, list[Mention]] = {}
        for m in figures:
            fig = m.value
            if fig.cumulative or fig.subset or fig.count.approximate or fig.count.min != fig.count.max:
                continue
            if _in_evidence(m, incident):
                by_kind.setdefault(fig.kind, []).append(m)
        for kind, mentions in by_kind.items():
            voices: dict[str, set[int]] = {}
            for m in mentions:
                voices.setdefault(voice_of(text, m, statements), set()).add(m.value.count.min)
            values = sorted({v for vs in voices.values() for v in vs})
            if len(voices) < 2 or len(values) < 2:
                continue
            found.append(
                Contradiction(
                    kind="casualty_count",
                    values=values,
                    note=f"{kind} given as "
                    + "; ".join(f"{', '.join(map(str, sorted(v)))} ({who})" for who, v in voices.items())
                    + " for the same incident",
                    evidence=[_evidence(doc, m.start, m.end) for m in mentions],
                )
            )
    return found


def denial_contradictions(
    doc: Doc, statements: list[Statement], figures: list[Mention]
) -> list[Contradiction]:
    """Denials about deaths or attacks in a document that itself reports deaths."""
    killed = [m for m in figures if m.value.kind == "killed"]
    if not killed:
        return []
    text = doc_text(doc)
    in_body = [m for m in killed if voice_of(text, m, statements) == "body" and not m.value.cumulative]
    documented = (in_body or killed)[0]
    found = []
    for s in statements:
        if s.stance not in DENYING_STANCES or not HARM_WORDS.search(s.quote):
            continue
        found.append(
            Contradiction(
                kind="denial_vs_documentation",
                values=[s.quote, documented.text],
                note=f"{s.speaker} denies what the report documents ({documented.text} killed)",
                evidence=[s.evidence, _evidence(doc, documented.start, documented.end)],
            )
        )
    return found


def factual_contradictions(doc: Doc) -> list[Contradiction]:
    """Historical events dated a few years off their year in the reference table."""
    by_alias = events_by_alias()
    found = []
    text = doc_text(doc)
    for match in event_pattern().finditer(text):
        event = by_alias[match.group(1).lower()]
        window = text[match.end() : match.end() + YEAR_WINDOW]
        year = YEAR.search(window.split("\n", 1)[0])
        if year is None:
            continue
        stated = int(year.group(1))
        if stated == event.year or abs(stated - event.year) > MISDATING_SPAN:
            continue
        end = match.end() + year.end()
        found.append(
            Contradiction(
                kind="factual",
                values=[stated, event.year],
                note=f"the text dates the {event.name} to {stated}; it took place in {event.year}",
                evidence=[_evidence(doc, match.start(), end)],
            )
        )
    return found


def contradictions_of(
    doc: Doc, incidents: list[Incident], statements: list[Statement]
) -> list[Contradiction]:
    """Disagreements the document holds within itself, each with evidence."""
    figures = casualty_mentions_of(doc)
    return [
        *casualty_contradictions(doc, incidents, figures, statements),
        *denial_contradictions(doc, statements, figures),
        *factual_contradictions(doc),
    ]
