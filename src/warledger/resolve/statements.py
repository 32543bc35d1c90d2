"""Statements that arrive without an incident of their own: a ministry's denial, an envoy's accusation.

A document may hold only what someone said about an event other outlets reported ("the ministry
denied its aircraft struck the market in Kafranbel"); extraction then finds statements but no incident
to hang them on. `statement_incident` picks, among the incidents the store found by blocking (the
publication date window), the one the statement speaks of: its words must name the incident's place
(any transliteration) or, failing that, its alleged perpetrator and enough of its particular words.
`with_statement` links it, so a denial becomes a `denial_vs_documentation` against every documenting
source. Pure functions, like `assign`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warledger.extract.models import Statement
from warledger.resolve.cluster import ReportingDocument, sourced
from warledger.resolve.contradictions import incident_contradictions
from warledger.resolve.models import LedgerIncident
from warledger.resolve.names import same_place_name
from warledger.resolve.similarity import text_similarity

SPEAKS_OF_PERPETRATOR_WORDS = 0.25
"""Text similarity a statement naming the perpetrator but not the place needs with the incident's words."""
LINKED_STANCES = frozenset({"denial", "accusation", "counter_accusation", "corroboration", "justification",
                            "call_for_accountability"})  # fmt: skip
"""Stances that speak of an event (a prediction or a bare report is not linked without an incident)."""
MAX_NAME_WORDS = 4


def words_of(statement: Statement) -> str:
    return " ".join([statement.quote, statement.evidence.text, *statement.about])


def names_place(text: str, incident: LedgerIncident) -> bool:
    """Whether the text names the incident's place (or a report's spelling of it) in any transliteration."""
    spellings = {r.incident.place.name for r in incident.reports if r.incident.place} | (
        {incident.place.name} if incident.place else set()
    )
    tokens = re.findall(r"[^\W\d_][\w'’-]*", text)
    for spelling in spellings:
        size = min(MAX_NAME_WORDS, len(spelling.split()) + 1)
        windows = (" ".join(tokens[i : i + n]) for n in range(1, size + 1) for i in range(len(tokens)))
        if any(same_place_name(window, spelling) for window in windows):
            return True
    return False


def names_perpetrator(statement: Statement, incident: LedgerIncident) -> bool:
    """Whether the statement is about, or is said on behalf of, an alleged perpetrator."""
    said = " ".join([*statement.about, statement.affiliation or "", words_of(statement)]).casefold()
    countries = {p.country for p in incident.perpetrators if p.country}
    named = any(p.name.casefold() in said for p in incident.perpetrators)
    return named or (statement.affiliation_country in countries if statement.affiliation_country else False)


def statement_score(statement: Statement, incident: LedgerIncident) -> float:
    """How surely the statement speaks of the incident: 0 when it does not name it."""
    words = words_of(statement)
    similarity = text_similarity(words, " ".join(e.text for e in incident.evidence)[:2000])
    if names_place(words, incident):
        return 1.0 + similarity
    if names_perpetrator(statement, incident) and similarity >= SPEAKS_OF_PERPETRATOR_WORDS:
        return similarity
    return 0.0


def statement_incident(statement: Statement, candidates: Sequence[LedgerIncident]) -> LedgerIncident | None:
    """The candidate incident the statement speaks of, or None when none is named."""
    if statement.stance not in LINKED_STANCES:
        return None
    scored = [(statement_score(statement, c), c) for c in candidates]
    best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return best[1] if best[0] > 0 else None


def with_statement(
    incident: LedgerIncident, statement: Statement, document: ReportingDocument
) -> LedgerIncident:
    """The incident with the statement linked (once) and its contradictions rederived."""
    (linked,) = sourced([statement], document)
    if linked in incident.statements:
        return incident
    statements = [*incident.statements, linked]
    kept = [c for c in incident.contradictions if not c.across_sources]
    return incident.model_copy(
        update={
            "statements": statements,
            "contradictions": [*kept, *incident_contradictions(incident.reports, statements)],
        }
    )
