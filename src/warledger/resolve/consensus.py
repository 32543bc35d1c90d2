"""A ledger incident's fields derived from every report behind it, so adding a report never loses one.

Each document's own account is kept whole (`SourceReport`); the incident's type, date and place are
what most reports say (ties to the earliest published report), perpetrators are the union with who
alleged each, weapons/targets the union, and casualty figures one per document with the range
spanning them. Deriving from the reports (rather than patching fields), read in publication order,
keeps the result the same in any arrival order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TypeVar

from warledger.extract.models import CATEGORY_OF, Count, Evidence, Incident, Place
from warledger.resolve.figures import source_figure, with_figure
from warledger.resolve.models import (
    AllegedPerpetrator,
    FigureRange,
    LedgerIncident,
    SourcedEvidence,
    SourceReport,
)
from warledger.resolve.places import place_similarity

T = TypeVar("T")
PRECISION_RANK = {"point": 4, "city": 3, "district": 2, "region": 1, "country": 0}
SAME_PLACE_SCORE = 0.85


def most_common(values: Iterable[T | None]) -> T | None:
    """The most frequent non-null value, ties to the first seen."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)


def reporter(report: SourceReport) -> str:
    """Who a report is from: its outlet, else its document's short hash."""
    return report.source or f"document {report.document[:12]}"


def consensus_date(reports: Sequence[SourceReport]) -> tuple[str | None, str | None, str | None]:
    """(start, end, precision) most reports give, day-precise dates first."""
    dated = [r.incident for r in reports if r.incident.date_start]
    precise = [i for i in dated if i.date_precision in (None, "day")] or dated
    chosen = most_common((i.date_start, i.date_end, i.date_precision) for i in precise)
    return chosen if chosen else (None, None, None)


def consensus_place(reports: Sequence[SourceReport]) -> Place | None:
    """The place most reports agree with, the most precise and geolocated among equals.

    Distinct places are compared, not reports, so a much-reported incident stays cheap.
    """
    places = Counter(r.incident.place for r in reports if r.incident.place is not None)
    if not places:
        return None

    def support(place: Place) -> tuple[int, int, int]:
        agreeing = sum(
            n for other, n in places.items() if (place_similarity(place, other) or 0.0) >= SAME_PLACE_SCORE
        )
        located = int(place.lat is not None and place.lon is not None)
        return agreeing, located, PRECISION_RANK.get(place.precision, 0)

    return max(places, key=support)


def alleged_perpetrators(reports: Sequence[SourceReport]) -> list[AllegedPerpetrator]:
    """Every perpetrator any report names, with the sources that allege each. An unidentified one
    ("Unidentified Armed Group") stands only while no report names anybody: it says nobody's name."""
    found: dict[str, AllegedPerpetrator] = {}
    named = any(not p.unidentified for r in reports for p in r.incident.perpetrators)
    for report in reports:
        for person in report.incident.perpetrators:
            if named and person.unidentified:
                continue
            key = person.country or person.name.casefold()
            known = found.get(key)
            if known is None:
                found[key] = AllegedPerpetrator(
                    name=person.name, country=person.country, kind=person.kind, alleged_by=[reporter(report)]
                )
            elif reporter(report) not in known.alleged_by:
                known.alleged_by.append(reporter(report))
    return list(found.values())


def union(lists: Iterable[list[str]]) -> list[str]:
    """Every value of every list once, in order of first appearance."""
    return list(dict.fromkeys(v for values in lists for v in values))


def figure_evidence(count: Count, evidence: list[Evidence]) -> list[Evidence]:
    """The evidence spans that state the figure (those holding its digits), else all of them."""
    numbers = {str(count.min), str(count.max)}
    stating = [e for e in evidence if any(n in e.text for n in numbers)]
    return stating or list(evidence)


def casualty_range(reports: Sequence[SourceReport], field: str) -> FigureRange | None:
    """One figure per document for `killed` or `injured`, the range spanning them."""
    current: FigureRange | None = None
    for report in reports:
        count: Count | None = getattr(report.incident, field)
        if count is None:
            continue
        figure = source_figure(
            count,
            report.document,
            reporter(report),
            figure_evidence(count, report.incident.evidence),
            report.incident.figure_source,
        )
        current = with_figure(current, figure)
    return current


def sourced_evidence(reports: Sequence[SourceReport]) -> list[SourcedEvidence]:
    """Every report's evidence spans, each with its document."""
    seen: dict[tuple[str, int, int], SourcedEvidence] = {}
    for report in reports:
        for e in report.incident.evidence:
            key = (report.document, e.start, e.end)
            seen.setdefault(
                key, SourcedEvidence(document=report.document, start=e.start, end=e.end, text=e.text)
            )
    return list(seen.values())


def category_of(incident: Incident) -> str | None:
    """The incident's EVENT_CATEGORY: given, or implied by its type."""
    if incident.event_type:
        return CATEGORY_OF.get(incident.event_type)
    return incident.event_category


def in_publication_order(reports: Iterable[SourceReport]) -> list[SourceReport]:
    """Reports earliest published first (then by document and position): the order every derived
    field is read in, so ties fall the same way whichever document arrived first."""
    indexed = list(enumerate(reports))
    indexed.sort(key=lambda pair: (pair[1].published or "9999", pair[1].document, pair[0]))
    return [report for _, report in indexed]


def with_reports(incident: LedgerIncident, reports: list[SourceReport]) -> LedgerIncident:
    """`incident` with its derived fields recomputed from `reports` (id, review, statements kept)."""
    reports = in_publication_order(reports)
    incidents = [r.incident for r in reports]
    event_type = most_common(i.event_type for i in incidents)
    start, end, precision = consensus_date(reports)
    return incident.model_copy(
        update={
            "event_type": event_type,
            "event_category": CATEGORY_OF.get(event_type)
            if event_type
            else most_common(map(category_of, incidents)),
            "date_start": start,
            "date_end": end,
            "date_precision": precision,
            "place": consensus_place(reports),
            "perpetrators": alleged_perpetrators(reports),
            "weapons": union(i.weapons for i in incidents),
            "targets": union(i.targets for i in incidents),
            "victim_groups": union(i.victim_groups for i in incidents),
            "killed": casualty_range(reports, "killed"),
            "injured": casualty_range(reports, "injured"),
            "figure_source": most_common(i.figure_source for i in incidents),
            "documents": union([r.document] for r in reports),
            "sources": union([reporter(r)] for r in reports),
            "evidence": sourced_evidence(reports),
            "reports": reports,
        }
    )
