"""Disagreements between the reports of one incident, each with the evidence of every side.

`incident_contradictions` derives them from all the incident's reports at once, one per kind, so
the ledger shows "sources differ on the number killed: A 18; B 20; C 3" once with every side rather
than once per arrival, and the result is the same in any arrival order: casualty counts that rule
each other out, different days, places that cannot be one, disjoint perpetrators, and each
denying speaker of a document (denying an event other sources document; all their quotes as the
evidence) as a `denial_vs_documentation`. Nothing is resolved here: the ledger shows every side
and an analyst decides. (`report_contradictions` and `denial_contradictions` compare one new
report with the earlier ones, for callers that need that.)
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from warledger.extract.models import Count, Evidence
from warledger.resolve.consensus import figure_evidence, reporter
from warledger.resolve.models import ContradictionSide, LedgerContradiction, SourcedStatement, SourceReport
from warledger.resolve.places import place_similarity
from warledger.resolve.similarity import matching_data

MAX_SIDES = 12
"""Sides shown per contradiction: the new report and up to this many others."""


def count_value(count: Count) -> int | list[int]:
    return count.min if count.min == count.max else [count.min, count.max]


def counts_disagree(a: Count, b: Count) -> bool:
    return a.max < b.min or b.max < a.min


def side_of(report: SourceReport, value: Any, evidence: list[Evidence] | None = None) -> ContradictionSide:
    return ContradictionSide(
        value=value,
        source=reporter(report),
        document=report.document,
        evidence=list(report.incident.evidence if evidence is None else evidence),
    )


def plain(value: Any) -> str:
    """A value as a note shows it: lists joined, ranges as low-high."""
    if isinstance(value, list):
        return (
            "-".join(map(str, value))
            if all(isinstance(v, int) for v in value)
            else ", ".join(map(str, value))
        )
    return str(value)


def disagreement(
    kind: str,
    new: SourceReport,
    others: Sequence[SourceReport],
    value: Callable[[SourceReport], Any],
    evidence: Callable[[SourceReport], list[Evidence]],
    what: str,
) -> LedgerContradiction:
    """One contradiction: the new report against every report it disagrees with."""
    shown = [new, *others[:MAX_SIDES]]
    return across(kind, what, [side_of(r, value(r), evidence(r)) for r in shown])


def count_contradiction(
    new: SourceReport, others: Sequence[SourceReport], field: str
) -> LedgerContradiction | None:
    """Casualty figures of `field` (killed/injured) that rule out the new report's figure."""
    mine: Count | None = getattr(new.incident, field)
    if mine is None:
        return None
    against = [
        r for r in others if (c := getattr(r.incident, field)) is not None and counts_disagree(mine, c)
    ]
    if not against:
        return None

    def value(r: SourceReport) -> Any:
        return count_value(getattr(r.incident, field))

    def evidence(r: SourceReport) -> list[Evidence]:
        return figure_evidence(getattr(r.incident, field), r.incident.evidence)

    return disagreement("casualty_count", new, against, value, evidence, f"number {field}")


def date_contradiction(new: SourceReport, others: Sequence[SourceReport]) -> LedgerContradiction | None:
    """Day-precise dates that differ from the new report's."""
    mine = new.incident.date_start
    if not mine or new.incident.date_precision not in (None, "day"):
        return None
    against = [
        r
        for r in others
        if r.incident.date_start
        and r.incident.date_precision in (None, "day")
        and r.incident.date_start != mine
    ]
    if not against:
        return None
    return disagreement(
        "date", new, against, lambda r: r.incident.date_start, lambda r: r.incident.evidence, "date"
    )


def place_contradiction(new: SourceReport, others: Sequence[SourceReport]) -> LedgerContradiction | None:
    """Places that cannot be the new report's place (different names and coordinates far apart)."""
    against = [r for r in others if place_similarity(new.incident.place, r.incident.place) == 0.0]
    if not against:
        return None

    def value(r: SourceReport) -> Any:
        return r.incident.place.name if r.incident.place else None

    return disagreement("place", new, against, value, lambda r: r.incident.evidence, "place")


def perpetrator_keys(report: SourceReport) -> set[str]:
    """Who a report blames; "Unidentified Armed Group" blames nobody, so never disagrees."""
    return {p.country or p.name.casefold() for p in report.incident.perpetrators if not p.unidentified}


def perpetrator_contradiction(
    new: SourceReport, others: Sequence[SourceReport]
) -> LedgerContradiction | None:
    """Reports blaming wholly different perpetrators from the new report."""
    mine = perpetrator_keys(new)
    if not mine:
        return None
    against = [r for r in others if (theirs := perpetrator_keys(r)) and not theirs & mine]
    if not against:
        return None

    def value(r: SourceReport) -> Any:
        return [p.name for p in r.incident.perpetrators]

    return disagreement("perpetrator", new, against, value, lambda r: r.incident.evidence, "perpetrator")


def report_contradictions(new: SourceReport, existing: Sequence[SourceReport]) -> list[LedgerContradiction]:
    """What the new report disagrees on with the incident's earlier reports (other documents)."""
    others = [r for r in existing if r.document != new.document]
    same_document = [r for r in existing if r.document == new.document and r.incident != new.incident]
    found = [
        count_contradiction(new, others + same_document, "killed"),
        count_contradiction(new, others + same_document, "injured"),
        date_contradiction(new, others),
        place_contradiction(new, others),
        perpetrator_contradiction(new, others),
    ]
    return [c for c in found if c is not None]


def documented(report: SourceReport) -> bool:
    """Whether a report documents the event (a casualty figure or evidence of it)."""
    return (
        report.incident.killed is not None
        or report.incident.injured is not None
        or bool(report.incident.evidence)
    )


def counted(report: SourceReport) -> bool:
    """Whether a report gives a casualty figure (documentation even beside a denial in one text)."""
    return report.incident.killed is not None or report.incident.injured is not None


def denial_side(statement: SourcedStatement, also: Sequence[SourcedStatement] = ()) -> ContradictionSide:
    """The denying side: the speaker's words, with the evidence of every quote of theirs it stands for."""
    evidence = [statement.evidence, *(s.evidence for s in also if s.evidence != statement.evidence)]
    return ContradictionSide(
        value=statement.quote,
        source=statement.speaker if not statement.source else f"{statement.speaker} (via {statement.source})",
        document=statement.document,
        evidence=evidence,
    )


def denial_contradiction(
    denial: SourcedStatement, documenting: Sequence[SourceReport], also: Sequence[SourcedStatement] = ()
) -> LedgerContradiction | None:
    """A denial (with `also`, the same speaker's other denials in its document) against the reports that
    document the event (other documents first)."""
    reports = [r for r in documenting if documented(r) and (r.document != denial.document or counted(r))]
    reports.sort(key=lambda r: r.document == denial.document)
    if not reports:
        return None
    doc_sides = [
        side_of(r, count_value(r.incident.killed) if r.incident.killed else "reported") for r in reports
    ]
    sides = [denial_side(denial, also), *doc_sides[:MAX_SIDES]]
    who = "; ".join(s.source or "?" for s in doc_sides[:MAX_SIDES])
    return LedgerContradiction(
        kind="denial_vs_documentation",
        values=[s.value for s in sides],
        note=f"{denial.speaker} denies what {who} document",
        evidence=[e for s in sides for e in s.evidence],
        sides=sides,
        across_sources=True,
    )


def one_speaker(a: SourcedStatement, b: SourcedStatement) -> bool:
    """Whether two denials are one speaker's, as one document names them: one name holds the other
    ("spokesman" and "spokesman for the army"), or both are one extracted twice from the same words."""
    if a.document != b.document:
        return False
    first, second = a.speaker.casefold().strip(), b.speaker.casefold().strip()
    return bool(first and second) and (first in second or second in first)


def denials_by_speaker(statements: Sequence[SourcedStatement]) -> list[list[SourcedStatement]]:
    """The denials grouped by speaker and document, the fullest-named statement first in each group."""
    groups: list[list[SourcedStatement]] = []
    for statement in (s for s in statements if s.stance == "denial"):
        group = next((g for g in groups if one_speaker(g[0], statement)), None)
        if group is None:
            groups.append([statement])
        elif len(statement.speaker) > len(group[0].speaker):
            group.insert(0, statement)
        else:
            group.append(statement)
    return groups


def denial_contradictions(
    new_statements: Sequence[SourcedStatement],
    old_statements: Sequence[SourcedStatement],
    new: SourceReport,
    existing: Sequence[SourceReport],
) -> list[LedgerContradiction]:
    """New denials against every documenting report, and old denials against the new report."""
    found = [denial_contradiction(s, [*existing, new]) for s in new_statements if s.stance == "denial"]
    found += [denial_contradiction(s, [new]) for s in old_statements if s.stance == "denial"]
    return [c for c in found if c is not None]


def grouped_sides(
    reports: Sequence[SourceReport],
    value: Callable[[SourceReport], Any],
    evidence: Callable[[SourceReport], list[Evidence]],
) -> list[ContradictionSide]:
    """One side per report (first MAX_SIDES), in arrival order."""
    return [side_of(r, value(r), evidence(r)) for r in reports[:MAX_SIDES]]


def across(kind: str, what: str, sides: list[ContradictionSide]) -> LedgerContradiction:
    """A contradiction across sources with every side, its values the distinct values given."""
    values = list({repr(s.value): s.value for s in sides}.values())
    names = "; ".join(f"{s.source}: {plain(s.value)}" for s in sides)
    return LedgerContradiction(
        kind=kind,  # type: ignore[arg-type]  # one of ContradictionKind, chosen by the callers below
        values=values,
        note=f"sources differ on the {what} ({names})",
        evidence=[e for s in sides for e in s.evidence],
        sides=sides,
        across_sources=True,
    )


def by_document(reports: Sequence[SourceReport], field: str) -> list[tuple[SourceReport, Count]]:
    """Each document's figure for `field`, its claims spanned (a document counts once)."""
    found: dict[str, tuple[SourceReport, Count]] = {}
    for report in reports:
        count: Count | None = getattr(report.incident, field)
        if count is None:
            continue
        if report.document in found:
            first, old = found[report.document]
            count = Count(min=min(old.min, count.min), max=max(old.max, count.max),
                          approximate=old.approximate or count.approximate)  # fmt: skip
            report = first
        found[report.document] = (report, count)
    return list(found.values())


@cache
def open_ended_pattern() -> re.Pattern[str]:
    """Words that make the figure after them a floor (data/resolve/matching.json)."""
    cues = "|".join(re.escape(c) for c in matching_data()["open_ended_cues"])
    return re.compile(rf"\b(?:{cues})\s+(\w+)", re.IGNORECASE)


def ceiling(report: SourceReport, count: Count) -> float:
    """The highest number a figure allows: its max, or no limit when its words make it a floor
    ("at least 18" does not contradict "20")."""
    stated = {str(count.min), str(count.max)}
    for evidence in figure_evidence(count, report.incident.evidence):
        for found in open_ended_pattern().finditer(evidence.text):
            if found.group(1) in stated or not found.group(1).isdigit():
                return math.inf
    return count.max


def figures_across(reports: Sequence[SourceReport], field: str) -> LedgerContradiction | None:
    """Casualty figures of `field` from different documents that rule each other out."""
    figures = by_document(reports, field)
    if not figures or min(ceiling(r, c) for r, c in figures) >= max(c.min for _, c in figures):
        return None  # every pair of ranges overlaps exactly when the lowest ceiling reaches the highest min
    sides = [
        side_of(r, count_value(c), figure_evidence(getattr(r.incident, field) or c, r.incident.evidence))
        for r, c in figures[:MAX_SIDES]
    ]
    return across("casualty_count", f"number {field}", sides)


def dates_across(reports: Sequence[SourceReport]) -> LedgerContradiction | None:
    """Different day-precise dates given for the incident."""
    dated = [r for r in reports if r.incident.date_start and r.incident.date_precision in (None, "day")]
    if len({r.incident.date_start for r in dated}) < 2:
        return None
    return across(
        "date", "date", grouped_sides(dated, lambda r: r.incident.date_start, lambda r: r.incident.evidence)
    )


def places_across(reports: Sequence[SourceReport]) -> LedgerContradiction | None:
    """Places given for the incident that cannot be one place (distinct places compared)."""
    distinct = list({r.incident.place: r for r in reports if r.incident.place is not None}.items())
    involved: dict[int, SourceReport] = {}
    for i, (place, report) in enumerate(distinct):
        for other, other_report in distinct[i + 1 :]:
            if place_similarity(place, other) == 0.0:
                involved.update({id(report): report, id(other_report): other_report})
    if not involved:
        return None
    sides = grouped_sides(
        list(involved.values()),
        lambda r: r.incident.place.name if r.incident.place else None,
        lambda r: r.incident.evidence,
    )
    return across("place", "place", sides)


def perpetrators_across(reports: Sequence[SourceReport]) -> LedgerContradiction | None:
    """Reports blaming wholly different perpetrators."""
    blaming = [r for r in reports if perpetrator_keys(r)]
    distinct = list({frozenset(perpetrator_keys(r)) for r in blaming})
    clash = any(not a & b for i, a in enumerate(distinct) for b in distinct[i + 1 :])
    if not clash:
        return None
    sides = grouped_sides(
        blaming, lambda r: [p.name for p in r.incident.perpetrators], lambda r: r.incident.evidence
    )
    return across("perpetrator", "perpetrator", sides)


def incident_contradictions(
    reports: Sequence[SourceReport], statements: Sequence[SourcedStatement]
) -> list[LedgerContradiction]:
    """Every disagreement among an incident's reports, one per kind, and one per denying speaker of a
    document (all their denials as its evidence)."""
    found = [
        figures_across(reports, "killed"),
        figures_across(reports, "injured"),
        dates_across(reports),
        places_across(reports),
        perpetrators_across(reports),
        *(denial_contradiction(g[0], reports, g[1:]) for g in denials_by_speaker(statements)),
    ]
    derived = [c for c in found if c is not None]
    return [c.model_copy(update={"across_sources": True}) for c in derived]
