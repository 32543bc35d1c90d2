"""Analysts' decisions: an append-only audit trail, applied on read, kept through re-resolving and races."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from store.ledger_fakes import fake_extractor
from warledger.errors import ReviewError
from warledger.ledger import (
    IncidentFilter,
    get_incident,
    ingest_inputs,
    list_incidents,
    resolve_again,
    review_history,
    review_incident,
)
from warledger.resolve.models import LedgerIncident

STRIKE = "incident: type=air_drone_strike; place={}; date={}; killed={}\n"
REPORTS = {
    "aleppo": STRIKE.format("Aleppo; country=SY", "2016-09-19", "20; by=Russia"),
    "aleppo_again": STRIKE.format("Aleppo; country=SY", "2016-09-19", "18-21"),
    "aleppo_earlier": STRIKE.format("Aleppo; country=SY", "2016-09-01", "3"),
    "mosul": STRIKE.format("Mosul; country=IQ", "2016-09-19", "4"),
}


@pytest.fixture
def ledger(store_url: str, tmp_path: Path) -> str:
    """A store holding two reports of one Aleppo strike, an earlier Aleppo strike and one in Mosul."""
    paths = []
    for name, body in REPORTS.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(f"{name}\n{body}", encoding="utf-8")
        paths.append(str(path))
    ingest_inputs(paths, store_url, extractor=fake_extractor)
    return store_url


def incident_at(url: str, day: str, country: str = "SY") -> LedgerIncident:
    found = [
        i
        for i in list_incidents(url, IncidentFilter(include_rejected=True))
        if i.date_start == day and i.place and i.place.country == country
    ]
    assert len(found) == 1, found
    return found[0]


def review(url: str, incident: LedgerIncident | str, action: str, **options: Any) -> dict[str, Any]:
    options.setdefault("reason", "checked against the original reports")
    options.setdefault("by", "alice")
    key = incident if isinstance(incident, str) else incident.id
    return review_incident(url, key, action, **options)


def test_confirm_and_reject_are_audited_and_applied_on_read(ledger: str) -> None:
    strike = incident_at(ledger, "2016-09-19")
    review(ledger, strike, "confirm")
    assert get_incident(ledger, strike.id).review.status == "confirmed"  # type: ignore[union-attr]
    review(ledger, strike, "reject", by="bob", reason="a duplicate of an older report")
    shown = get_incident(ledger, strike.id)
    assert shown is not None and (shown.review.status, shown.review.by) == ("rejected", "bob")
    assert strike.id not in [i.id for i in list_incidents(ledger)]
    assert strike.id in [i.id for i in list_incidents(ledger, IncidentFilter(include_rejected=True))]
    trail = review_history(ledger, strike.id)
    assert [(r["action"], r["by"], r["value_before"], r["value_after"]) for r in trail] == [
        ("confirm", "alice", "unreviewed", "confirmed"),
        ("reject", "bob", "confirmed", "rejected"),
    ]
    assert trail[1]["reason"] == "a duplicate of an older report" and trail[1]["at"]


def test_a_correction_shows_beside_the_sources_values(ledger: str) -> None:
    strike = incident_at(ledger, "2016-09-19")
    result = review(ledger, strike, "correct", field="killed", value='{"min": 90, "max": 92}')
    assert result["review"]["value_before"]["min"] == 18 and result["review"]["value_after"]["max"] == 92
    shown = get_incident(ledger, strike.id)
    assert shown is not None and shown.killed is not None
    assert (shown.killed.min, shown.killed.max, len(shown.killed.figures)) == (18, 21, 2)
    assert shown.corrections["killed"] == {"min": 90, "max": 92, "approximate": False, "figures": []}
    assert shown.review.status == "corrected"
    review(ledger, strike, "correct", field="place", value="Idlib")
    assert [i.id for i in list_incidents(ledger, IncidentFilter(place="idlib"))] == [strike.id]


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("killed", "many", "not valid"),
        ("weapons", '["death_ray"]', "vocabulary"),
        ("event_type", "picnic", "not valid"),
        ("date_start", "last week", "not a date"),
        ("documents", "[]", "cannot correct"),
        (None, "1", "cannot correct"),
    ],
)
def test_a_correction_that_does_not_fit_is_refused(
    sqlite_store_url: str, tmp_path: Path, field: str | None, value: str, problem: str
) -> None:
    path = tmp_path / "one.txt"
    path.write_text("one\n" + REPORTS["mosul"], encoding="utf-8")
    ingest_inputs([str(path)], sqlite_store_url, extractor=fake_extractor)
    [incident] = list_incidents(sqlite_store_url)
    with pytest.raises(ReviewError, match=problem):
        review(sqlite_store_url, incident, "correct", field=field, value=value)
    assert review_history(sqlite_store_url, incident.id) == []


def test_unknown_incidents_actions_and_missing_reasons_are_refused(ledger: str) -> None:
    strike = incident_at(ledger, "2016-09-19")
    for unknown in ("999999", "99999999999999999999", "3; DROP TABLE incidents", "", "¹", "1²", "١"):
        with pytest.raises(ReviewError, match="unknown incident"):
            review(ledger, unknown, "confirm")
        assert get_incident(ledger, unknown) is None
    with pytest.raises(ReviewError, match="unknown incident"):
        review(ledger, strike, "merge", others=["¹"])
    with pytest.raises(ReviewError, match="unknown action"):
        review(ledger, strike, "approve")
    with pytest.raises(ReviewError, match="needs a reason"):
        review(ledger, strike, "confirm", reason=" ")


def test_a_merge_across_countries_needs_confirmation(ledger: str) -> None:
    aleppo, mosul = incident_at(ledger, "2016-09-19"), incident_at(ledger, "2016-09-19", "IQ")
    with pytest.raises(ReviewError, match=r"different countries \(IQ, SY\)"):
        review(ledger, aleppo, "merge", others=[mosul.id])
    result = review(ledger, aleppo, "merge", others=[mosul.id], confirmed=True)
    assert result["merged"] == [mosul.id]
    merged = get_incident(ledger, mosul.id)
    assert merged is not None and merged.id == aleppo.id and len(merged.documents) == 3
    assert mosul.id not in [i.id for i in list_incidents(ledger, IncidentFilter(include_rejected=True))]
    assert [r["action"] for r in review_history(ledger, mosul.id)] == ["merge"]


def test_split_then_merge_survive_re_resolving(ledger: str) -> None:
    strike, earlier = incident_at(ledger, "2016-09-19"), incident_at(ledger, "2016-09-01")
    assert len(strike.documents) == 2
    split = review(ledger, strike, "split", others=[strike.documents[1][:12]])
    new_id = split["new_incident"]
    review(ledger, earlier, "merge", others=[new_id])
    review(ledger, strike, "correct", field="killed", value="20")
    before = {i.id: sorted(i.documents) for i in list_incidents(ledger)}

    resolve_again(ledger)

    after = {i.id: sorted(i.documents) for i in list_incidents(ledger)}
    assert after == before
    shown = get_incident(ledger, strike.id)
    assert shown is not None and shown.corrections["killed"] == {
        "min": 20,
        "max": 20,
        "approximate": False,
        "figures": [],
    }
    assert [r["action"] for r in review_history(ledger, strike.id)] == ["split", "correct"]
    assert [r["action"] for r in review_history(ledger, new_id)] == ["split", "merge"]


def test_re_resolving_an_unreviewed_ledger_gives_the_same_incidents(ledger: str) -> None:
    before = sorted(sorted(i.documents) for i in list_incidents(ledger))
    assert resolve_again(ledger) == len(before)
    assert sorted(sorted(i.documents) for i in list_incidents(ledger)) == before


def test_a_split_needs_a_document_of_the_incident_and_leaves_one(ledger: str) -> None:
    strike = incident_at(ledger, "2016-09-19")
    with pytest.raises(ReviewError, match="not one of its reports"):
        review(ledger, strike, "split", others=["0" * 64])
    with pytest.raises(ReviewError, match="leave nothing"):
        review(ledger, strike, "split", others=strike.documents)


def test_a_stale_decision_is_refused_when_the_version_is_given(ledger: str) -> None:
    strike = incident_at(ledger, "2016-09-19")
    first = review(ledger, strike, "confirm")
    with pytest.raises(ReviewError, match="changed since it was read"):
        review(ledger, strike, "reject", expected_version=first["version"] - 1)
    review(ledger, strike, "reject", expected_version=first["version"])


def test_crossed_merges_at_once_never_deadlock(ledger: str) -> None:
    aleppo, earlier = incident_at(ledger, "2016-09-19"), incident_at(ledger, "2016-09-01")
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def merge(target: str, other: str) -> None:
        start.wait()
        try:
            review(ledger, target, "merge", others=[other])
            outcomes.append("merged")
        except ReviewError as error:
            outcomes.append(str(error))

    threads = [
        threading.Thread(target=merge, args=pair)
        for pair in ((aleppo.id, earlier.id), (earlier.id, aleppo.id))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("merged") == 1 and any("merged into incident" in o for o in outcomes)
    assert len([i for i in list_incidents(ledger) if i.place and i.place.name == "Aleppo"]) == 1


def test_two_reviewers_at_once_lose_neither_edit(ledger: str) -> None:
    strike = incident_at(ledger, "2016-09-19")
    start = threading.Barrier(4)
    errors: list[BaseException] = []
    edits = [
        ("alice", "killed", "25"),
        ("bob", "killed", "30"),
        ("carol", "targets", '["civilians"]'),
        ("dave", "figure_source", "Civil Defence"),
    ]

    def decide(by: str, field: str, value: str) -> None:
        try:
            start.wait()
            review(ledger, strike, "correct", by=by, field=field, value=value)
        except BaseException as error:  # reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=decide, args=edit) for edit in edits]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    trail = review_history(ledger, strike.id)
    assert sorted(r["by"] for r in trail) == ["alice", "bob", "carol", "dave"]
    killed = [r for r in trail if r["field"] == "killed"]
    assert killed[1]["value_before"] == killed[0]["value_after"]
    shown = get_incident(ledger, strike.id)
    assert shown is not None
    assert shown.corrections["killed"] == killed[1]["value_after"]
    assert shown.corrections["targets"] == ["civilians"]
    assert shown.corrections["figure_source"] == "Civil Defence"


def test_the_database_refuses_to_change_or_delete_a_decision(ledger: str) -> None:
    from sqlalchemy import delete, update
    from sqlalchemy.exc import DBAPIError

    from warledger.store.engine import open_store
    from warledger.store.schema import ReviewRow

    strike = incident_at(ledger, "2016-09-19")
    review(ledger, strike, "confirm")
    store = open_store(ledger)
    for statement in (update(ReviewRow).values(reason="nothing happened"), delete(ReviewRow)):
        with pytest.raises(DBAPIError, match="append-only"), store.writing() as session:
            session.execute(statement)
    assert [r["reason"] for r in review_history(ledger, strike.id)] == [
        "checked against the original reports"
    ]
