"""Contradictions across sources, each with the evidence of both sides."""

from __future__ import annotations

from collections.abc import Callable

from warledger.extract.models import DocumentInfo, Evidence, Incident, Statement
from warledger.resolve import ExtractedReport, LedgerContradiction, LedgerIncident, assign, recluster

Make = Callable[..., Incident]
Doc = Callable[..., DocumentInfo]


def one_incident(reports: list[ExtractedReport]) -> LedgerIncident:
    ledger = recluster(reports)
    assert len(ledger) == 1
    return ledger[0]


def kinds(incident: LedgerIncident) -> list[str]:
    return [c.kind for c in incident.contradictions]


def test_counts_that_rule_each_other_out_are_a_contradiction_with_both_sides(
    incident: Make, document: Doc
) -> None:
    merged = one_incident(
        [
            ExtractedReport(incident(killed=(85, 85), text="85 killed in the strike"), document(1, "LCC")),
            ExtractedReport(incident(killed=(92, 92), text="92 killed in the strike"), document(2, "SOHR")),
        ]
    )
    (found,) = [c for c in merged.contradictions if c.kind == "casualty_count"]
    assert set(found.values) == {85, 92}
    assert {s.source for s in found.sides} == {"LCC", "SOHR"}
    assert {e.text for e in found.evidence} == {"85 killed in the strike", "92 killed in the strike"}


def test_overlapping_ranges_are_no_contradiction(incident: Make, document: Doc) -> None:
    merged = one_incident(
        [
            ExtractedReport(incident(killed=(18, 25)), document(1, "A")),
            ExtractedReport(incident(killed=(20, 20)), document(2, "B")),
        ]
    )
    assert "casualty_count" not in kinds(merged)


def test_dates_a_day_apart_are_a_date_contradiction(incident: Make, document: Doc) -> None:
    merged = one_incident(
        [
            ExtractedReport(incident(day="2016-09-25"), document(1, "A")),
            ExtractedReport(incident(day="2016-09-26"), document(2, "B")),
        ]
    )
    (found,) = [c for c in merged.contradictions if c.kind == "date"]
    assert set(found.values) == {"2016-09-25", "2016-09-26"}


def test_disjoint_perpetrators_are_a_contradiction(incident: Make, document: Doc) -> None:
    merged = one_incident(
        [
            ExtractedReport(incident(perpetrators=(("Russia", "RU"),)), document(1, "A")),
            ExtractedReport(incident(perpetrators=(("Turkey", "TR"),)), document(2, "B")),
        ]
    )
    assert "perpetrator" in kinds(merged)


def test_a_report_naming_nobody_neither_contradicts_nor_hides_the_one_that_names(
    incident: Make, document: Doc
) -> None:
    merged = one_incident(
        [
            ExtractedReport(incident(perpetrators=(("Unidentified Armed Group", "SY"),)), document(1, "A")),
            ExtractedReport(incident(perpetrators=(("Russia", "RU"),)), document(2, "B")),
        ]
    )
    assert "perpetrator" not in kinds(merged)
    assert [p.name for p in merged.perpetrators] == ["Russia"]


def test_a_denial_of_a_documented_event_links_both_sides(incident: Make, document: Doc) -> None:
    words = "No Russian aircraft flew there"
    denial = Statement(
        speaker="Igor Konashenkov",
        affiliation="Russia",
        quote=words,
        direct=True,
        stance="denial",
        evidence=Evidence(start=5, end=35, text=words),
    )
    documenting = incident(killed=(18, 18), text="18 killed by Russian jets")
    denying = incident(killed=None, text="the ministry said of the strike")
    merged = one_incident(
        [
            ExtractedReport(documenting, document(1, "Reuters")),
            ExtractedReport(denying, document(2, "TASS"), (denial,)),
        ]
    )
    (found,) = [c for c in merged.contradictions if c.kind == "denial_vs_documentation"]
    assert found.sides[0].value == "No Russian aircraft flew there"
    assert "Reuters" in {s.source for s in found.sides}
    texts = {e.text for e in found.evidence}
    assert {"No Russian aircraft flew there", "18 killed by Russian jets"} <= texts


def test_documentation_arriving_after_a_denial_is_linked_too(incident: Make, document: Doc) -> None:
    denial = Statement(
        speaker="Spokesman",
        quote="There was no strike",
        direct=True,
        stance="denial",
        evidence=Evidence(start=0, end=19, text="There was no strike"),
    )
    denying = incident(killed=None, text="officials spoke of the strike")
    merged = one_incident(
        [
            ExtractedReport(denying, document(1, "TASS"), (denial,)),
            ExtractedReport(incident(killed=(12, 12), text="12 killed in the strike"), document(2, "AP")),
        ]
    )
    documented = [
        s.source for c in merged.contradictions if c.kind == "denial_vs_documentation" for s in c.sides
    ]
    assert "AP" in documented


def test_one_count_contradiction_lists_every_source_in_any_arrival_order(
    incident: Make, document: Doc
) -> None:
    reports = [
        ExtractedReport(incident(killed=(18, 18), text="18 killed"), document(1, "A")),
        ExtractedReport(incident(killed=(20, 20), text="20 killed"), document(2, "B")),
        ExtractedReport(incident(killed=(3, 3), text="3 killed"), document(3, "C")),
    ]
    for order in (reports, reports[::-1]):
        counts = [c for c in one_incident(order).contradictions if c.kind == "casualty_count"]
        assert len(counts) == 1
        assert {s.source for s in counts[0].sides} == {"A", "B", "C"}
        assert sorted(counts[0].values) == [3, 18, 20]


def test_document_level_contradictions_survive_new_reports(incident: Make, document: Doc) -> None:
    first = recluster([ExtractedReport(incident(), document(1, "A"))])[0]
    within = LedgerContradiction(kind="factual", note="Srebrenica dated 1994", values=[1994])
    with_note = first.model_copy(update={"contradictions": [within]})
    joined = assign(incident(killed=(30, 30)), document(2, "B"), [with_note])
    assert within in joined.contradictions
    assert "casualty_count" in kinds(joined)


def test_a_floor_is_no_contradiction_of_a_higher_figure(incident: Make, document: Doc) -> None:
    merged = one_incident(
        [
            ExtractedReport(
                incident(killed=(18, 18), text="at least 18 killed in the strike"), document(1, "A")
            ),
            ExtractedReport(incident(killed=(20, 20), text="20 killed in the strike"), document(2, "B")),
        ]
    )
    assert "casualty_count" not in kinds(merged)
    lower = one_incident(
        [
            ExtractedReport(
                incident(killed=(18, 18), text="at least 18 killed in the strike"), document(1, "A")
            ),
            ExtractedReport(incident(killed=(12, 12), text="12 killed in the strike"), document(2, "B")),
        ]
    )
    assert "casualty_count" in kinds(lower)


def test_one_speakers_denials_in_a_document_are_one_contradiction_with_all_their_words(
    incident: Make, document: Doc
) -> None:
    def denial(speaker: str, start: int, words: str) -> Statement:
        evidence = Evidence(start=start, end=start + len(words), text=words)
        return Statement(speaker=speaker, quote=words, direct=False, stance="denial", evidence=evidence)

    first = "A spokesman for the army denied that its aircraft struck the market"
    again = "Our air force did not fly over that area, the spokesman said"
    said = (
        denial("spokesman for the army", 10, first),
        denial("spokesman", 10, first),  # the same words extracted twice
        denial("spokesman", 90, again),  # the same speaker's next sentence
        denial("Interior Minister", 200, "No police were there"),
    )
    documenting = incident(killed=(18, 18), text="18 killed at the market")
    denying = incident(killed=None, text="the army said")
    merged = one_incident(
        [
            ExtractedReport(documenting, document(1, "Reuters")),
            ExtractedReport(denying, document(2, "TASS"), said),
        ]
    )
    denials = {
        (c.sides[0].source or "").split(" (via")[0]: c
        for c in merged.contradictions
        if c.kind == "denial_vs_documentation"
    }
    assert sorted(denials) == ["Interior Minister", "spokesman for the army"]
    army = denials["spokesman for the army"].sides[0]
    assert [e.text for e in army.evidence] == [first, again]
