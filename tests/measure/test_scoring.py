"""The eval scoring rules of shared/eval/README.md on tiny hand-made gold/prediction pairs."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from warledger.extract.models import Count, Evidence, Incident, Perpetrator, Place
from warledger.measure import scoring
from warledger.measure.scoring import Span


def evidence(n: int) -> list[Evidence]:
    return [Evidence(start=i, end=i + 1, text="x") for i in range(n)]


def test_predicted_incident_is_the_one_with_most_evidence_ties_to_first() -> None:
    first = Incident(event_type="attack", evidence=evidence(2))
    second = Incident(event_type="armed_clash", evidence=evidence(3))
    third = Incident(event_type="grenade", evidence=evidence(3))
    assert scoring.predicted_incident([first, second, third]) is second
    assert scoring.predicted_incident([first, Incident(event_type="grenade", evidence=evidence(2))]) is first
    assert scoring.predicted_incident([]) is None


def test_category_is_implied_by_the_predicted_type_not_the_category_field() -> None:
    gold = {"event_type": "armed_clash", "event_category": "battles"}
    wrong_type_same_category = Incident(event_type="government_regains_territory", event_category="riots")
    assert scoring.event_category_correct(wrong_type_same_category, gold)
    assert not scoring.event_type_correct(wrong_type_same_category, gold)
    assert not scoring.event_category_correct(Incident(event_type="attack", event_category="battles"), gold)
    assert not scoring.event_category_correct(None, gold)


@pytest.mark.parametrize(
    ("predicted", "gold", "within", "exact_min"),
    [
        (Count(min=18, max=21), 20, True, False),
        (Count(min=20, max=20), 20, True, True),
        (Count(min=21, max=25), 20, False, False),
        (None, 0, True, True),
        (Count(min=0, max=0), 0, True, True),
        (None, 3, False, False),
        (Count(min=10, max=10, approximate=True), 10, True, True),
    ],
)
def test_killed_rules(predicted: Count | None, gold: int, within: bool, exact_min: bool) -> None:
    assert scoring.killed_correct(predicted, gold) is within
    assert scoring.killed_exact_min(predicted, gold) is exact_min


def test_date_is_scored_on_day_precision_rows_only() -> None:
    incident = Incident(date_start="2020-05-09")
    assert scoring.date_correct(incident, {"date": "2020-05-09", "date_precision": "day"}) is True
    assert scoring.date_correct(incident, {"date": "2020-05-08", "date_precision": "day"}) is False
    assert scoring.date_correct(incident, {"date": "2020-05-08", "date_precision": "week"}) is None
    assert scoring.date_correct(None, {"date": "2020-05-09", "date_precision": "day"}) is False


GOLD_PLACE = {
    "name": "Ciudad Juárez", "admin1": "Chihuahua", "admin2": "Juárez", "admin3": None, "country": "MX",
    "lat": 31.72, "lon": -106.46,
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "matches"),
    [("ciudad juarez", True), ("CIUDAD JUÁREZ", True), ("Chihuahua", True), ("Juarez", True),
     ("Juárez City", False), ("El Paso", False)],
)  # fmt: skip
def test_place_name_matches_any_admin_level_ignoring_case_and_accents(name: str, matches: bool) -> None:
    assert scoring.place_correct(Incident(place=Place(name=name)), GOLD_PLACE) is matches


def test_place_without_prediction_is_wrong_and_country_compares_alpha2() -> None:
    assert not scoring.place_correct(Incident(), GOLD_PLACE)
    assert scoring.country_correct(Incident(place=Place(name="x", country="mx")), GOLD_PLACE)
    assert not scoring.country_correct(Incident(place=Place(name="x", country="US")), GOLD_PLACE)
    assert not scoring.country_correct(Incident(place=Place(name="x")), GOLD_PLACE)


def test_geo_distance_is_great_circle_km() -> None:
    here = Incident(place=Place(name="x", lat=31.72, lon=-106.46))
    assert scoring.geo_distance(here, GOLD_PLACE) == pytest.approx(0.0, abs=1e-6)
    one_degree_north = Incident(place=Place(name="x", lat=32.72, lon=-106.46))
    assert scoring.geo_distance(one_degree_north, GOLD_PLACE) == pytest.approx(111.2, abs=0.2)
    assert scoring.geo_distance(Incident(place=Place(name="x")), GOLD_PLACE) is None
    assert scoring.median([5.0, 1.0, 3.0, 100.0]) == 4.0
    assert scoring.median([]) is None


@pytest.mark.parametrize(
    ("a", "b", "ratio"),
    [
        (Span(0, 10), Span(5, 25), 0.5),
        (Span(0, 10), Span(0, 100), 1.0),
        (Span(0, 10), Span(10, 20), 0.0),
        (Span(0, 0), Span(0, 5), 0.0),
    ],
)
def test_overlap_is_shared_characters_over_the_shorter_span(a: Span, b: Span, ratio: float) -> None:
    assert scoring.overlap_ratio(a, b) == pytest.approx(ratio)


def test_statements_match_one_to_one_at_half_overlap() -> None:
    gold = [Span(0, 100), Span(200, 260)]
    predicted = [Span(0, 40), Span(10, 90), Span(220, 300), Span(400, 420)]
    # Both first predictions overlap gold 0 fully; only the first (best, then earliest) takes it.
    assert scoring.matched_statements(gold, predicted) == [(0, 0), (1, 2)]
    assert scoring.matched_statements(gold, [Span(230, 300)]) == [
        (1, 0)
    ]  # 30 of the shorter 60: exactly half
    assert scoring.matched_statements(gold, [Span(240, 300)]) == []  # 20 of 60
    assert scoring.matched_statements([Span(0, 10)], [Span(5, 15)]) == [(0, 0)]
    assert scoring.matched_statements([Span(0, 10)], [Span(6, 15)]) == []


def test_speaker_evidence_overlap_needs_a_shared_character() -> None:
    assert scoring.spans_overlap(Span(0, 5), Span(4, 9))
    assert not scoring.spans_overlap(Span(0, 5), Span(5, 9))
    assert not scoring.spans_overlap(None, Span(5, 9))
    assert scoring.span_of({"start": 3, "end": 7, "text": "abcd"}) == Span(3, 7)
    assert scoring.span_of(Evidence(start=1, end=2, text="a")) == Span(1, 2)


def test_f1_is_harmonic_mean() -> None:
    assert scoring.f1(0.5, 1.0) == pytest.approx(2 / 3)
    assert scoring.f1(0.0, 0.0) == 0.0


@dataclass(frozen=True)
class FakeActor:
    name: str
    country: str | None
    kind: str


def fake_alias_table(name: str) -> tuple[FakeActor, ...]:
    """A two-line alias table standing in for the extract stage's."""
    lowered = name.lower()
    if "regime" in lowered or "military forces of syria" in lowered:
        return (FakeActor("Syria", "SY", "state"),)
    if "taliban" in lowered:
        return (FakeActor("Taliban", "AF", "non_state"),)
    return ()


def test_actor1_matches_a_state_perpetrator_of_the_same_country() -> None:
    gold = {"actors": [{"role": "actor1", "name": "Military Forces of Syria (2000-)"},
                       {"role": "actor2", "name": "Civilians (Syria)"}]}  # fmt: skip
    regime = Incident(perpetrators=[Perpetrator(name="regime forces")])
    syria = Incident(perpetrators=[Perpetrator(name="Syrian army", country="SY", kind="state")])
    russia = Incident(perpetrators=[Perpetrator(name="Russia", country="RU", kind="state")])
    assert scoring.actor1_found(regime, gold, fake_alias_table)
    assert scoring.actor1_found(syria, gold, fake_alias_table)
    assert not scoring.actor1_found(russia, gold, fake_alias_table)
    assert not scoring.actor1_found(None, gold, fake_alias_table)


def test_actor1_matches_through_the_alias_table_and_ignores_parentheses() -> None:
    gold = {"actors": [{"role": "actor1", "name": "Taliban"}]}
    found = Incident(perpetrators=[Perpetrator(name="Taliban militants")])
    assert scoring.actor1_found(found, gold, fake_alias_table)
    gold = {"actors": [{"role": "actor1", "name": "Unidentified Gang (Mexico)"}]}
    assert scoring.actor1_found(
        Incident(perpetrators=[Perpetrator(name="unidentified gang")]), gold, lambda n: ()
    )


def test_the_real_alias_table_joins_acled_and_reporter_names() -> None:
    gold = {"actors": [{"role": "actor1", "name": "Military Forces of Syria (2000-)"}]}
    regime = Incident(perpetrators=[Perpetrator(name="regime forces", country="SY", kind="state")])
    assert scoring.actor1_found(regime, gold, scoring.alias_table_normaliser())


def test_folded_ignores_case_accents_and_apostrophes() -> None:
    assert scoring.folded("  Dar'a ") == scoring.folded("DARA") == "dara"
    assert scoring.folded("Ḩalab") == "halab"
