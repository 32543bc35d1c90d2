"""assign(): one incident from many reports, casualty ranges spanning every source, running totals apart."""

from __future__ import annotations

from collections.abc import Callable

from warledger.extract.models import DocumentInfo, Evidence, Incident, Statement
from warledger.resolve import (
    ExtractedReport,
    LedgerIncident,
    assign,
    belongs_with,
    is_cumulative,
    join_report,
    merged_incidents,
    recluster,
)

Make = Callable[..., Incident]
Doc = Callable[..., DocumentInfo]


def ledger_of(reports: list[tuple[Incident, DocumentInfo]]) -> list[LedgerIncident]:
    return recluster([ExtractedReport(i, d) for i, d in reports])


def test_a_report_without_candidates_starts_a_new_incident(incident: Make, document: Doc) -> None:
    result = assign(incident(), document(1, "Reuters"), [])
    assert result.id == ""
    assert result.documents == [document(1, "Reuters").sha256]
    assert result.killed is not None and result.killed.figures[0].source == "Reuters"


def test_a_matching_report_joins_the_candidate_keeping_its_id(incident: Make, document: Doc) -> None:
    first = assign(incident(place="Urum al-Kubra"), document(1, "Reuters"), []).model_copy(update={"id": "7"})
    second = assign(incident(place="Orem al Kubra", killed=(20, 20)), document(2, "AFP"), [first])
    assert second.id == "7"
    assert second.sources == ["Reuters", "AFP"]


def test_ten_reports_with_different_spellings_and_figures_are_one_incident(
    incident: Make, document: Doc
) -> None:
    spellings = ["Urum al-Kubra", "Urm al-Kubra", "Orum al-Kubra", "Orem al Kubra", "Urum el-Kubra"]
    figures = [(20, 20), (18, 18), (3, 3), (21, 21), (19, 25)]
    reports = [
        (
            incident(
                place=spellings[n % 5], killed=figures[n % 5], text=f"strike on {spellings[n % 5]} market"
            ),
            document(n, f"Outlet {n}"),
        )
        for n in range(10)
    ]
    ledger = ledger_of(reports)
    assert len(ledger) == 1
    killed = ledger[0].killed
    assert killed is not None
    assert (killed.min, killed.max) == (3, 25)
    assert {f.source for f in killed.figures} == {f"Outlet {n}" for n in range(10)}
    assert all(killed.min <= f.min and f.max <= killed.max for f in killed.figures)


def test_the_range_is_never_an_average(incident: Make, document: Doc) -> None:
    ledger = ledger_of(
        [(incident(killed=(10, 10)), document(1, "A")), (incident(killed=(30, 30)), document(2, "B"))]
    )
    killed = ledger[0].killed
    assert killed is not None and (killed.min, killed.max) == (10, 30)
    assert sorted(f.min for f in killed.figures) == [10, 30]


def test_a_documents_own_separate_mentions_stay_apart_unless_near_certain(
    incident: Make, document: Doc
) -> None:
    doc = document(1, "MESOP")
    first = assign(incident(place="Aleppo", text="a market was hit"), doc, []).model_copy(update={"id": "1"})
    other = assign(incident(place="Aleppo", text="rescue centres were targeted", killed=None), doc, [first])
    assert other.id == ""


def test_a_document_counts_once_its_claims_spanned(incident: Make, document: Doc) -> None:
    doc = document(1, "MESOP")
    headline = incident(killed=(85, 85), text="Another 85 Killed in Aleppo", place="Aleppo")
    body = incident(killed=(92, 92), text="another 92 people were killed amid bombing", place="Aleppo")
    first = assign(headline, doc, []).model_copy(update={"id": "1"})
    merged = join_report(first, body, doc)
    killed = merged.killed
    assert killed is not None and len(killed.figures) == 1
    assert (killed.figures[0].min, killed.figures[0].max) == (85, 92)


def test_assigning_the_same_report_twice_changes_nothing(incident: Make, document: Doc) -> None:
    first = assign(incident(), document(1, "Reuters"), []).model_copy(update={"id": "1"})
    again = assign(incident(), document(1, "Reuters"), [first])
    assert again == first


def test_a_running_total_is_kept_apart_from_the_single_incident(incident: Make, document: Doc) -> None:
    single = incident(place="Aleppo", killed=(92, 92), text="92 people were killed in Aleppo on Sunday")
    words = "Since Thursday, the resurgent bombing has killed about 350 people in and near Aleppo"
    total = incident(place="Aleppo", day="2016-09-22", end="2016-09-25", killed=(350, 350), text=words)
    assert is_cumulative(total) and not is_cumulative(single)
    ledger = ledger_of([(single, document(1, "A")), (total, document(2, "B")), (single, document(3, "C"))])
    assert len(ledger) == 2
    totals = [i for i in ledger if i.cumulative]
    assert len(totals) == 1 and totals[0].killed is not None and totals[0].killed.max == 350


def test_a_running_total_by_its_words_alone(incident: Make) -> None:
    assert is_cumulative(incident(text="so far this week 40 people have been killed in the province"))
    assert not is_cumulative(incident(text="an airstrike killed 40 people on Sunday"))


def test_since_marks_a_total_only_when_the_dates_span_days(incident: Make) -> None:
    words = "the deadliest strike since March killed 40 people"
    assert not is_cumulative(incident(text=words))
    assert is_cumulative(
        incident(text="since Monday 40 people were killed", day="2016-09-19", end="2016-09-20")
    )


def test_different_places_on_the_same_day_stay_apart(incident: Make, document: Doc) -> None:
    ledger = ledger_of(
        [
            (incident(place="Urum al-Kubra"), document(1, "A")),
            (incident(place="Urum al-Sughra"), document(2, "B")),
        ]
    )
    assert len(ledger) == 2


def test_coordinates_decide_over_names(incident: Make, document: Doc) -> None:
    near = [
        (incident(place="Aleppo", lat=36.2021, lon=37.1343), document(1, "A")),
        (incident(place="Halab", lat=36.2025, lon=37.1350), document(2, "B")),
    ]
    assert len(ledger_of(near)) == 1
    far = [
        (incident(place="Tal Hamra", lat=36.0, lon=37.0), document(1, "A")),
        (incident(place="Tal Hamra", lat=35.0, lon=38.5), document(2, "B")),
    ]
    assert len(ledger_of(far)) == 2


def test_other_countries_and_other_categories_never_merge(incident: Make, document: Doc) -> None:
    assert (
        len(
            ledger_of(
                [(incident(country="SY"), document(1, "A")), (incident(country="IQ"), document(2, "B"))]
            )
        )
        == 2
    )
    protest = incident(event_type="peaceful_protest", killed=None)
    assert len(ledger_of([(incident(), document(1, "A")), (protest, document(2, "B"))])) == 2


def test_two_days_apart_is_another_strike_one_day_is_not(incident: Make, document: Doc) -> None:
    assert (
        len(
            ledger_of(
                [
                    (incident(day="2016-09-25"), document(1, "A")),
                    (incident(day="2016-09-26"), document(2, "B")),
                ]
            )
        )
        == 1
    )
    assert (
        len(
            ledger_of(
                [
                    (incident(day="2016-09-25"), document(1, "A")),
                    (incident(day="2016-09-27"), document(2, "B")),
                ]
            )
        )
        == 2
    )


def test_perpetrators_carry_who_alleged_them(incident: Make, document: Doc) -> None:
    ledger = ledger_of(
        [
            (incident(perpetrators=(("Russia", "RU"),)), document(1, "Reuters")),
            (incident(perpetrators=(("Russian warplanes", "RU"), ("Syria", "SY"))), document(2, "AFP")),
        ]
    )
    alleged = {p.country: p.alleged_by for p in ledger[0].perpetrators}
    assert alleged == {"RU": ["Reuters", "AFP"], "SY": ["AFP"]}


def test_statements_are_linked_with_their_document(incident: Make, document: Doc) -> None:
    said = Statement(
        speaker="Jane Doe",
        quote="We saw the jets",
        direct=True,
        stance="corroboration",
        evidence=Evidence(start=0, end=15, text="We saw the jets"),
    )
    result = assign(incident(), document(4, "BBC"), [], [said])
    assert result.statements[0].document == document(4, "BBC").sha256
    assert result.statements[0].source == "BBC"


def test_a_region_without_coordinates_may_hold_the_town(incident: Make, document: Doc) -> None:
    words = "missiles struck the main market, killing 18"
    town = incident(place="Kafranbel", text=words)
    region = incident(place="Idlib province", precision="region", text=words)
    assert len(ledger_of([(town, document(1, "A")), (region, document(2, "B"))])) == 1


def test_an_analysts_merge_of_two_places_records_a_place_contradiction(incident: Make, document: Doc) -> None:
    first = assign(incident(place="Urum al-Kubra"), document(1, "A"), []).model_copy(update={"id": "1"})
    merged = join_report(first, incident(place="Saraqib"), document(2, "B"))
    (found,) = [c for c in merged.contradictions if c.kind == "place"]
    assert set(found.values) == {"Urum al-Kubra", "Saraqib"}


def test_words_naming_the_place_rescue_a_wrongly_extracted_place(incident: Make, document: Doc) -> None:
    located = incident(
        place="Kafranbel", lat=35.6138, lon=36.5645, text="missiles hit Kafranbel market, 18 dead"
    )
    byline = incident(place="Rami Khalil", text="Air strike on Kafr Nabl market kills around 20 civilians")
    assert len(ledger_of([(located, document(1, "A")), (byline, document(2, "B"))])) == 1
    elsewhere = incident(place="Saraqib", lat=35.8623, lon=36.8006, text="a strike near Kafr Nabl road")
    assert len(ledger_of([(located, document(1, "A")), (elsewhere, document(3, "C"))])) == 2


def test_an_incident_split_by_arrival_order_is_merged_back(incident: Make, document: Doc) -> None:
    words = "airstrikes hit Urum al-Kubra market"
    undated = incident(day=None, text=words)
    dated = incident(text=words)
    other = incident(text=words, killed=(20, 20))
    first = assign(undated, document(1, "A"), []).model_copy(update={"id": "1"})
    second = assign(dated, document(2, "B"), []).model_copy(update={"id": "2"})
    grown = assign(other, document(3, "C"), [second])
    assert belongs_with(first, grown)
    whole = merged_incidents(grown, first)
    assert whole.id == "2" and len(whole.documents) == 3
    assert not belongs_with(first, whole)
