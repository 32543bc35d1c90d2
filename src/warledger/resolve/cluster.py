"""Which reports tell of one event: score a report against candidate incidents, join the best or start one.

The store fetches candidates by blocking (date window and country, see `BLOCK_DAYS`); here each
candidate is scored on place (distance, else transliteration-aware names), date overlap, event type,
weapons, perpetrators and the words of the evidence. Some differences rule a match out whatever the
rest says (`veto_reason`): other countries, other event categories, dates too far apart, places that
cannot be one, a running total ("since Thursday, about 350") against a single incident. `assign` is
incremental and pure: it touches only the candidates it is given, so resolving scales with the store.
`recluster` runs the same assignment over a batch in memory, for tests and benchmarks.

Weights and thresholds were set by measurement (warledger.measure.bench_resolve): pairwise precision
and recall on a synthetic multi-outlet set (0.98/0.99 over four seeds, with merging back splits the
arrival order made) and the share of ACLED's distinct May 2020 events kept apart (0.81); the words'
weight lifted recall from 0.90 to 0.98 for 0.002 of precision (before the harder synthetic set).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Protocol

from warledger.extract.models import Incident, Place, Statement
from warledger.resolve.consensus import category_of, with_reports
from warledger.resolve.contradictions import incident_contradictions
from warledger.resolve.models import LedgerContradiction, LedgerIncident, SourcedStatement, SourceReport
from warledger.resolve.names import text_names_place
from warledger.resolve.places import place_similarity
from warledger.resolve.similarity import joined, matching_data, text_similarity

BLOCK_DAYS = 3
"""Candidates are incidents within this many days (and in the same or an unknown country)."""
MATCH_THRESHOLD = 0.66
"""Score from which a report joins a candidate incident."""
ABSORB_THRESHOLD = MATCH_THRESHOLD
"""Score every report of an earlier incident must reach for it to merge into another (measured on the
synthetic set: precision/recall 0.984/0.953 without merging, 0.976/0.992 at this, 0.984/0.957 at 0.8)."""
SAME_DOCUMENT_THRESHOLD = 0.85
"""A document's own separate incidents merge only on near-certain evidence: its author kept them apart."""
WEIGHTS = {"place": 0.35, "date": 0.25, "type": 0.10, "weapons": 0.05, "perpetrators": 0.05, "text": 0.20}
UNKNOWN = {"place": 0.4, "date": 0.4, "type": 0.5, "weapons": 0.5, "perpetrators": 0.5, "text": 0.3}
"""What an unknown component counts for: a little below even, so unknowns alone never merge."""
DATE_GAP_SCORES = (1.0, 0.5)
"""Date score by days between the two reports' date ranges (0 = overlapping); from the length of this
table on, two events. A day off is common (time zones, "yesterday"); two days is another strike."""
MIN_PLACE_SCORE = 0.3
TEXT_LIMIT = 1500


class ReportingDocument(Protocol):
    """What `assign` needs to know of the document a report is in (DocumentInfo and StoredDocument fit)."""

    @property
    def sha256(self) -> str: ...

    @property
    def source(self) -> str | None: ...

    @property
    def published(self) -> object: ...


@dataclass(frozen=True)
class Match:
    """A candidate's score against a report, with each component (None = unknown) or the veto."""

    score: float
    components: dict[str, float | None]
    veto: str | None = None


def parse_day(value: str | None) -> date | None:
    """A YYYY-MM-DD (or YYYY-MM, YYYY) string as the first day it can mean; None when absent or unreadable."""
    if not value:
        return None
    for text in (value[:10], value[:7] + "-01", value[:4] + "-01-01"):
        try:
            return date.fromisoformat(text)
        except ValueError:
            continue
    return None


def date_range(start: str | None, end: str | None) -> tuple[date, date] | None:
    first = parse_day(start)
    if first is None:
        return None
    last = parse_day(end) or first
    return (first, last) if last >= first else (last, first)


def days_apart(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two date ranges, 0 when they overlap."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


@cache
def cumulative_patterns(kind: str) -> tuple[re.Pattern[str], ...]:
    """The running-total cues of one kind ("alone" or "with_span") from data/resolve/matching.json."""
    return tuple(re.compile(p, re.IGNORECASE) for p in matching_data()["cumulative_cues"][kind])


def is_cumulative(incident: Incident) -> bool:
    """A running total over days ("since Thursday, about 350"), not one event: never merged with one.

    Said by the extractor (a `cumulative` attribute, when it gives one); by words that only a total
    uses ("so far this year"); by words a total often uses ("since Thursday", "in total") when the
    dates span days too ("the deadliest strike since March" is one strike); or by a day-precise date
    range of two days or more carrying a casualty figure.
    """
    flagged = getattr(incident, "cumulative", None)
    if isinstance(flagged, bool):
        return flagged
    texts = [e.text for e in incident.evidence]
    if any(p.search(t) for t in texts for p in cumulative_patterns("alone")):
        return True
    span = date_range(incident.date_start, incident.date_end)
    days = (span[1] - span[0]).days if span else 0
    if days >= 1 and any(p.search(t) for t in texts for p in cumulative_patterns("with_span")):
        return True
    has_figure = incident.killed is not None or incident.injured is not None
    return has_figure and incident.date_precision in (None, "day") and days >= 2


def date_score(incident: Incident, candidate: LedgerIncident) -> float | None:
    mine = date_range(incident.date_start, incident.date_end)
    theirs = date_range(candidate.date_start, candidate.date_end)
    if mine is None or theirs is None:
        return None
    gap = days_apart(mine, theirs)
    return DATE_GAP_SCORES[gap] if gap < len(DATE_GAP_SCORES) else 0.0


EVIDENCE_NAMES_PLACE = 0.8
"""Place score when the extracted places disagree or are missing but one side's words name the other's
place (an extractor that took a byline for the place still quotes "an air strike on Kafr Nabl")."""


def place_score(incident: Incident, candidate: LedgerIncident) -> float | None:
    """The best agreement of the report's place with the candidate's place or any of its reports' places,
    or, when those disagree or are unknown, whether either side's words name the other's place."""
    places = {candidate.place, *(r.incident.place for r in candidate.reports)} - {None}
    scores = [s for p in places if (s := place_similarity(incident.place, p)) is not None]
    best = max(scores) if scores else None
    if best is not None and best >= MIN_PLACE_SCORE:
        return best
    if words_name_place(incident, candidate, places):
        return EVIDENCE_NAMES_PLACE
    return best


def located(place: Place | None) -> bool:
    return place is not None and place.lat is not None and place.lon is not None


def words_name_place(incident: Incident, candidate: LedgerIncident, places: set[Place | None]) -> bool:
    """Whether the report's words name a place of the candidate, or the candidate's words the report's.

    Only a side whose own place the gazetteer did not find is doubted (a geolocated place that
    disagrees is a different place, whatever else the text mentions).
    """
    if not located(incident.place):
        mine = evidence_text(incident)
        if any(p is not None and text_names_place(mine, p.name) for p in places):
            return True
    doubtful = not any(located(p) for p in places)
    return (
        doubtful
        and incident.place is not None
        and text_names_place(candidate_text(candidate), incident.place.name)
    )


SAME_CATEGORY_SCORE = 0.7


@cache
def category_compatibility() -> dict[frozenset[str], float]:
    """How far two different EVENT_CATEGORYs may still be one event (data/resolve/matching.json)."""
    return {frozenset((a, b)): float(score) for a, b, score in matching_data()["category_compatibility"]}


def type_score(incident: Incident, candidate: LedgerIncident) -> float | None:
    """1 for the same EVENT_TYPE, less for the same or a compatible category, 0 for incompatible ones."""
    if incident.event_type and incident.event_type == candidate.event_type:
        return 1.0
    mine, theirs = category_of(incident), candidate.event_category
    if not mine or not theirs:
        return None
    if mine == theirs:
        return SAME_CATEGORY_SCORE
    return category_compatibility().get(frozenset((mine, theirs)), 0.0)


def overlap_score(mine: set[str], theirs: set[str], disjoint: float) -> float | None:
    if not mine or not theirs:
        return None
    return 1.0 if mine & theirs else disjoint


def perpetrator_score(incident: Incident, candidate: LedgerIncident) -> float | None:
    """Overlap of the named perpetrators; an unidentified one names nobody."""
    mine = {p.country or p.name.casefold() for p in incident.perpetrators if not p.unidentified}
    theirs = {p.country or p.name.casefold() for p in candidate.perpetrators if not p.unidentified}
    return overlap_score(mine, theirs, 0.0)


def evidence_text(incident: Incident) -> str:
    return joined((e.text for e in incident.evidence), TEXT_LIMIT)


def candidate_text(candidate: LedgerIncident) -> str:
    return joined((e.text for e in candidate.evidence), TEXT_LIMIT)


def text_score(incident: Incident, candidate: LedgerIncident) -> float | None:
    mine, theirs = evidence_text(incident), candidate_text(candidate)
    return text_similarity(mine, theirs) if mine and theirs else None


def veto_reason(incident: Incident, candidate: LedgerIncident, cumulative: bool) -> str | None:
    """Why the report cannot be this candidate whatever else agrees (checked before anything costly)."""
    mine = incident.place.country if incident.place else None
    theirs = candidate.place.country if candidate.place else None
    if mine and theirs and mine != theirs:
        return "different countries"
    if cumulative != candidate.cumulative:
        return "a running total is not a single incident"
    return None


def component_veto(components: dict[str, float | None]) -> str | None:
    """Why the components rule a match out: other categories, dates or places."""
    if components.get("type") == 0.0:
        return "different event categories"
    if components.get("date") == 0.0:
        return "dates too far apart"
    place = components.get("place")
    if place is not None and place < MIN_PLACE_SCORE:
        return "different places"
    return None


def match(incident: Incident, candidate: LedgerIncident, cumulative: bool | None = None) -> Match:
    """How well a report fits a candidate incident: a weighted score of its components, or a veto.

    Components are computed cheapest first and the first veto stops the rest (most candidates of a
    busy day fail on date, type or place before their words are compared).
    """
    veto = veto_reason(incident, candidate, is_cumulative(incident) if cumulative is None else cumulative)
    components: dict[str, float | None] = {}
    for name, component in COMPONENTS:
        components[name] = component(incident, candidate)
        veto = veto or component_veto(components)
        if veto:
            return Match(0.0, components, veto)
    score = sum(WEIGHTS[k] * (UNKNOWN[k] if v is None else v) for k, v in components.items())
    return Match(score, components)


def weapons_score(incident: Incident, candidate: LedgerIncident) -> float | None:
    return overlap_score(set(incident.weapons), set(candidate.weapons), 0.2)


COMPONENTS: tuple[tuple[str, Callable[[Incident, LedgerIncident], float | None]], ...] = (
    ("date", date_score),
    ("type", type_score),
    ("place", place_score),
    ("weapons", weapons_score),
    ("perpetrators", perpetrator_score),
    ("text", text_score),
)


def threshold_for(document: str, candidate: LedgerIncident) -> float:
    """The score a candidate must reach: higher when it already holds another incident of this document."""
    if document in candidate.documents:
        return SAME_DOCUMENT_THRESHOLD
    return MATCH_THRESHOLD


def already_holds(candidate: LedgerIncident, document: str, incident: Incident) -> bool:
    """The very same report was assigned before (idempotent re-runs)."""
    return any(r.document == document and r.incident == incident for r in candidate.reports)


def best_candidate(
    incident: Incident, document: str, candidates: Sequence[LedgerIncident]
) -> LedgerIncident | None:
    """The highest-scoring candidate above its threshold, or None."""
    best: tuple[float, LedgerIncident] | None = None
    cumulative = is_cumulative(incident)
    for candidate in candidates:
        if already_holds(candidate, document, incident):
            return candidate
        found = match(incident, candidate, cumulative)
        if found.veto or found.score < threshold_for(document, candidate):
            continue
        if best is None or found.score > best[0]:
            best = (found.score, candidate)
    return best[1] if best else None


def sourced(statements: Iterable[Statement], document: ReportingDocument) -> list[SourcedStatement]:
    """The document's statements about this incident, each with its document and outlet."""
    return [
        SourcedStatement.model_validate(
            {
                **s.model_dump(),
                "document": document.sha256,
                "source": getattr(s, "source", None) or document.source,
            }
        )
        for s in statements
    ]


def published_text(document: ReportingDocument) -> str | None:
    value = document.published
    return None if value is None else str(value)[:10]


def new_contradictions(
    existing: list[LedgerContradiction], found: Iterable[LedgerContradiction]
) -> list[LedgerContradiction]:
    """`existing` with the found contradictions not already recorded."""
    merged = list(existing)
    for contradiction in found:
        if contradiction not in merged:
            merged.append(contradiction)
    return merged


def assign(
    incident: Incident,
    document: ReportingDocument,
    candidates: Sequence[LedgerIncident],
    statements: Sequence[Statement] = (),
) -> LedgerIncident:
    """The ledger incident this report belongs to, updated with it; a new one with id "" when none fits.

    `candidates` are the incidents the store found by blocking (same or unknown country, dates within
    `BLOCK_DAYS`); `statements` are the document's statements about this incident. Pure: nothing but
    the returned incident changes, so the caller stores it (a new id for id "").
    """
    chosen = best_candidate(incident, document.sha256, candidates)
    if chosen is not None and already_holds(chosen, document.sha256, incident):
        return chosen
    base = chosen or LedgerIncident(id="", cumulative=is_cumulative(incident))
    return join_report(base, incident, document, statements)


def join_report(
    base: LedgerIncident,
    incident: Incident,
    document: ReportingDocument,
    statements: Sequence[Statement] = (),
) -> LedgerIncident:
    """`base` with one more report whatever the score (what `assign` does once it has chosen, and what
    an analyst's merge does): fields rederived, statements linked, new contradictions recorded."""
    report = SourceReport(
        document=document.sha256,
        source=document.source,
        published=published_text(document),
        incident=incident,
    )
    said = [s for s in sourced(statements, document) if s not in base.statements]
    reports = [*base.reports, report]
    kept = [c for c in base.contradictions if not c.across_sources]
    updated = with_reports(base, reports)
    return updated.model_copy(
        update={
            "statements": [*base.statements, *said],
            "contradictions": [*kept, *incident_contradictions(reports, [*base.statements, *said])],
        }
    )


@dataclass(frozen=True)
class ExtractedReport:
    """One incident of one document, as a batch hands it to `recluster`."""

    incident: Incident
    document: ReportingDocument
    statements: tuple[Statement, ...] = ()


def belongs_with(other: LedgerIncident, incident: LedgerIncident) -> bool:
    """Whether most of `other`'s reports would join `incident` now (incremental clustering depends on
    arrival order: a report that came first may have started an incident of its own)."""
    if other.id == incident.id or other.cumulative != incident.cumulative:
        return False
    outside = [r for r in other.reports if r.document not in incident.documents]
    if not outside or len(outside) < len(other.reports):
        return False
    return all(match(r.incident, incident).score >= ABSORB_THRESHOLD for r in outside)


def merged_incidents(incident: LedgerIncident, other: LedgerIncident) -> LedgerIncident:
    """`incident` with every report and statement of `other` (whose id it takes over), contradictions
    rederived."""
    reports = [*incident.reports, *other.reports]
    statements = [*incident.statements, *(s for s in other.statements if s not in incident.statements)]
    kept = [c for c in [*incident.contradictions, *other.contradictions] if not c.across_sources]
    updated = with_reports(incident, reports)
    return updated.model_copy(
        update={
            "statements": statements,
            "contradictions": [*dict.fromkeys(kept), *incident_contradictions(reports, statements)],
        }
    )


class BlockIndex:
    """In-memory blocking as the store does it, for `recluster`: incidents whose days fall within
    `BLOCK_DAYS` of a report's dates (its publication day when it gives none), in the same or an
    unknown country. An undated incident is filed under its reports' publication days."""

    def __init__(self) -> None:
        self.incidents: list[LedgerIncident] = []
        self.by_day: dict[int, set[int]] = defaultdict(set)
        self.merged: set[int] = set()

    @staticmethod
    def days(start: str | None, end: str | None, published: str | None) -> range:
        span = date_range(start, end) or date_range(published, None)
        if span is None:
            return range(0)
        return range(span[0].toordinal(), span[1].toordinal() + 1)

    def candidates(self, incident: Incident, published: str | None = None) -> list[LedgerIncident]:
        days = self.days(incident.date_start, incident.date_end, published)
        if not days:
            return []
        found: set[int] = set()
        for day in range(days.start - BLOCK_DAYS, days.stop + BLOCK_DAYS):
            found |= self.by_day.get(day, set())
        found -= self.merged
        country = incident.place.country if incident.place else None
        chosen = (self.incidents[i] for i in sorted(found))
        return [
            c
            for c in chosen
            if not country or not c.place or not c.place.country or c.place.country == country
        ]

    def store(self, incident: LedgerIncident) -> LedgerIncident:
        """Keep an assigned incident (numbering a new one) and file it under its days."""
        if incident.id == "":
            incident = incident.model_copy(update={"id": str(len(self.incidents) + 1)})
            self.incidents.append(incident)
        else:
            self.incidents[int(incident.id) - 1] = incident
        index = int(incident.id) - 1
        if incident.date_start:
            filed = [self.days(incident.date_start, incident.date_end, None)]
        else:
            filed = [self.days(None, None, r.published) for r in incident.reports]
        for days in filed:
            for day in days:
                self.by_day[day].add(index)
        return incident

    def absorb(self, incident: LedgerIncident, candidates: Sequence[LedgerIncident]) -> LedgerIncident:
        """Merge into `incident` the candidates that now belong with it; they leave the index."""
        for other in candidates:
            if int(other.id) - 1 not in self.merged and belongs_with(other, incident):
                self.merged.add(int(other.id) - 1)
                incident = self.store(merged_incidents(incident, other))
        return incident


def recluster(reports: Iterable[ExtractedReport], absorb: bool = True) -> list[LedgerIncident]:
    """Every report assigned in turn, as the store would do document by document; ids are "1", "2"...

    With `absorb`, an incident a report joined then takes in the candidates that now belong with it
    (`belongs_with`), undoing splits that only the arrival order made.
    """
    index = BlockIndex()
    for item in reports:
        candidates = index.candidates(item.incident, published_text(item.document))
        stored = index.store(assign(item.incident, item.document, candidates, item.statements))
        if absorb and len(stored.reports) > 1:
            index.absorb(stored, [c for c in candidates if c.id != stored.id])
    return [i for n, i in enumerate(index.incidents) if n not in index.merged]
