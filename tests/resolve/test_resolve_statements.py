"""Statements without an incident of their own find the incident they speak of."""

from __future__ import annotations

from collections.abc import Callable

from warledger.extract.models import DocumentInfo, Evidence, Incident, Statement
from warledger.resolve import ExtractedReport, LedgerIncident, recluster
from warledger.resolve.statements import statement_incident, with_statement

Make = Callable[..., Incident]
Doc = Callable[..., DocumentInfo]


def said(quote: str, stance: str = "denial") -> Statement:
    evidence = Evidence(start=0, end=len(quote), text=quote)
    fields = {"speaker": "Ministry spokesman", "quote": quote, "direct": True, "stance": stance}
    return Statement.model_validate({**fields, "evidence": evidence})


def ledger(incident: Make, document: Doc) -> list[LedgerIncident]:
    return recluster(
        [
            ExtractedReport(
                incident(
                    place="Kafranbel",
                    killed=(18, 18),
                    text="18 killed in Kafranbel market",
                    perpetrators=(("Syrian army", "SY"),),
                ),
                document(1, "Levant Observer"),
            ),
            ExtractedReport(
                incident(place="Saraqib", day="2016-09-25", killed=(4, 4), text="4 killed in Saraqib"),
                document(2, "Wire"),
            ),
        ]
    )


def test_a_denial_naming_the_place_in_another_spelling_links_to_that_incident(
    incident: Make, document: Doc
) -> None:
    incidents = ledger(incident, document)
    denial = said("Our aircraft did not strike the market in Kfar Nabel")
    target = statement_incident(denial, incidents)
    assert target is not None and target.place is not None and target.place.name == "Kafranbel"
    linked = with_statement(target, denial, document(9, "State TV"))
    (contradiction,) = [c for c in linked.contradictions if c.kind == "denial_vs_documentation"]
    assert {s.source for s in contradiction.sides} >= {"Levant Observer"}
    assert with_statement(linked, denial, document(9, "State TV")) == linked


def test_a_statement_naming_no_incident_is_left_alone(incident: Make, document: Doc) -> None:
    assert statement_incident(said("The weather was fine in Paris"), ledger(incident, document)) is None
    assert (
        statement_incident(said("Kafranbel will be rebuilt", stance="prediction"), ledger(incident, document))
        is None
    )
