"""What a situation report is about: the period, the filters, and the ledger's incidents, statements
and contradictions within them; plus the summaries every rendering shows the same way.

The store builds a `Situation` (warledger.ledger.situation); the renderers (terminal, Markdown, HTML)
only lay it out, so the three forms always say the same thing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from warledger.extract.models import Contradiction, Statement
from warledger.resolve.models import FigureRange, LedgerIncident, SourceFigure


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Situation:
    """The report's subject: incidents in a period and place, who said what, where sources disagree.

    `statements` and `contradictions` may list those not linked to any incident (document-level ones);
    those linked to incidents are read from the incidents themselves, and each is shown once.
    """

    incidents: Sequence[LedgerIncident]
    statements: Sequence[Statement] = ()
    contradictions: Sequence[Contradiction] = ()
    documents: int = 0
    since: date | None = None
    until: date | None = None
    place: str | None = None
    filters: dict[str, str] = field(default_factory=dict)
    generated_at: datetime = field(default_factory=utc_now)

    def period(self) -> str:
        """The period in words: "2016-09-19 to 2016-09-26", "since ...", "until ...", "all dates"."""
        if self.since and self.until:
            return f"{self.since.isoformat()} to {self.until.isoformat()}"
        if self.since:
            return f"since {self.since.isoformat()}"
        if self.until:
            return f"until {self.until.isoformat()}"
        return "all dates"

    def ordered_incidents(self) -> list[LedgerIncident]:
        """Incidents by date, then place (undated last)."""
        return sorted(
            self.incidents,
            key=lambda i: (i.date_start or "9999", i.place.name.casefold() if i.place else "~", i.id),
        )

    def all_statements(self) -> list[Statement]:
        """Every statement once: the given ones, then those linked to incidents."""
        seen: list[Statement] = []
        keys: set[tuple[str, str, int, int]] = set()
        for s in [*self.statements, *(s for i in self.incidents for s in i.statements)]:
            key = (s.speaker, s.quote, s.evidence.start, s.evidence.end)
            if key not in keys:
                keys.add(key)
                seen.append(s)
        return seen

    def all_contradictions(self) -> list[tuple[str | None, Contradiction]]:
        """Every contradiction once, with the id of its incident (None for document-level ones)."""
        found: list[tuple[str | None, Contradiction]] = [(None, c) for c in self.contradictions]
        found += [(i.id, c) for i in self.incidents for c in i.contradictions]
        unique: list[tuple[str | None, Contradiction]] = []
        for pair in found:
            if pair not in unique:
                unique.append(pair)
        return unique

    def weapon_counts(self) -> list[tuple[str, int]]:
        """How many incidents involved each weapon, most first."""
        return Counter(w for i in self.incidents for w in set(i.weapons)).most_common()

    def target_counts(self) -> list[tuple[str, int]]:
        """How many incidents hit each kind of target, most first."""
        return Counter(t for i in self.incidents for t in set(i.targets)).most_common()

    def killed_range(self) -> tuple[int, int] | None:
        """The sum of the incidents' lowest and highest killed figures (running totals left out)."""
        counted = [i.killed for i in self.incidents if i.killed is not None and not i.cumulative]
        if not counted:
            return None
        return sum(f.min for f in counted), sum(f.max for f in counted)


def span_text(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}–{high}"


def figure_text(figure: SourceFigure) -> str:
    """One source's figure in words: "AFP: about 20", "LCC via MESOP: 85–92"."""
    who = figure.source or f"document {figure.document[:12]}"
    if figure.attributed_to and figure.attributed_to != figure.source:
        who = f"{figure.attributed_to} (via {who})"
    about = "about " if figure.approximate else ""
    return f"{who}: {about}{span_text(figure.min, figure.max)}"


def range_text(figures: FigureRange | None) -> str:
    """A casualty range with every source's own figure: "18–20 (Reuters: 18; AFP: about 20)"."""
    if figures is None:
        return "not reported"
    sources = "; ".join(figure_text(f) for f in figures.figures)
    return (
        f"{span_text(figures.min, figures.max)} ({sources})"
        if sources
        else span_text(figures.min, figures.max)
    )


def place_text(incident: LedgerIncident) -> str:
    place = incident.place
    if place is None:
        return "place unknown"
    name = f"{place.qualifier} {place.name}" if place.qualifier else place.name
    return f"{name}, {place.country}" if place.country else name


def date_text(incident: LedgerIncident) -> str:
    if not incident.date_start:
        return "date unknown"
    if incident.date_end and incident.date_end != incident.date_start:
        return f"{incident.date_start} to {incident.date_end}"
    return incident.date_start


def kind_text(incident: LedgerIncident) -> str:
    kind = (incident.event_type or incident.event_category or "incident").replace("_", " ")
    return f"{kind} (running total)" if incident.cumulative else kind


def perpetrators_text(incident: LedgerIncident) -> str:
    """ "Russia (alleged by AFP, Reuters); Syria (alleged by AFP)" or ""."""
    return "; ".join(
        f"{p.name} (alleged by {', '.join(p.alleged_by)})" if p.alleged_by else p.name
        for p in incident.perpetrators
    )


def speaker_text(statement: Statement) -> str:
    """ "Vitaly Churkin (Russian Ambassador, Russia)"."""
    details = [d for d in (statement.role, statement.affiliation) if d]
    return f"{statement.speaker} ({', '.join(details)})" if details else statement.speaker


def statement_source(statement: Statement) -> str:
    source = getattr(statement, "source", None)
    return str(source) if source else ""
