"""The JSON API on a small ledger: filters, pages, one incident, documents, originals, errors, writes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from web_ledger import HOSTILE, Ledger


def test_incident_list_returns_aleppo_with_a_total(client: TestClient) -> None:
    body = client.get("/api/incidents").json()
    assert body["ok"] is True and body["total"] == 2
    assert any(inc["place"]["name"] == "Aleppo" for inc in body["incidents"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"place": "aleppo"}, 1),
        ({"place": "SY"}, 2),
        ({"event_type": "air_drone_strike"}, 1),
        ({"perpetrator": "russia"}, 1),
        ({"since": "2016-10-01"}, 1),
        ({"until": "2016-09-30"}, 1),
        ({"q": "bunker-busting"}, 1),
        ({"q": "rescue centre"}, 1),
        ({"q": "nothing-like-this"}, 0),
        ({"q": '"unbalanced AND ('}, 0),
        ({"q": "russia"}, 0),  # the web's search is of the reports alone, not the perpetrators' names
        ({"limit": 1}, 2),
    ],
)
def test_incident_filters_narrow_the_total(
    client: TestClient, params: dict[str, object], expected: int
) -> None:
    body = client.get("/api/incidents", params=params).json()
    assert body["total"] == expected
    assert len(body["incidents"]) == min(expected, int(params.get("limit", 50)))  # type: ignore[call-overload]


def test_incident_pages_do_not_overlap(client: TestClient) -> None:
    first = client.get("/api/incidents", params={"limit": 1, "offset": 0}).json()["incidents"]
    second = client.get("/api/incidents", params={"limit": 1, "offset": 1}).json()["incidents"]
    assert first[0]["id"] != second[0]["id"]


def test_sort_by_killed_puts_the_deadliest_first(client: TestClient) -> None:
    body = client.get("/api/incidents", params={"sort": "killed_desc"}).json()
    assert body["incidents"][0]["killed"]["max"] == 92


def test_one_incident_has_figures_per_source_statements_and_contradictions(
    client: TestClient, ledger: Ledger
) -> None:
    body = client.get(f"/api/incidents/{ledger.aleppo}").json()
    sources = {fig["source"]: fig["min"] for fig in body["killed"]["figures"]}
    assert sources == {"the monitor": 85, "Local council": 92}
    assert body["statements"][0]["stance"] == "denial"
    assert body["contradictions"][0]["kind"] == "casualty_count"
    assert body["history"] == []


@pytest.mark.parametrize(
    "path",
    ["/api/incidents/999", "/api/incidents/abc", "/api/incidents/%C2%B9", "/api/documents/" + "0" * 64],
)
def test_unknown_things_answer_404_in_the_error_shape(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404
    assert answer.json() == {"ok": False, "error": answer.json()["error"], "status": 404}


def test_bad_parameters_answer_422_in_the_error_shape(client: TestClient) -> None:
    answer = client.get("/api/incidents", params={"since": "yesterday", "limit": 0})
    assert answer.status_code == 422
    body = answer.json()
    assert body["ok"] is False and body["status"] == 422 and "since" in body["error"]


def test_documents_list_their_provenance_and_counts(client: TestClient, ledger: Ledger) -> None:
    body = client.get("/api/documents").json()
    assert body["total"] == 3
    by_sha = {d["sha256"]: d for d in body["documents"]}
    assert by_sha[ledger.doc_a]["incidents"] == 1 and by_sha[ledger.doc_a]["statements"] == 1
    detail = client.get(f"/api/documents/{ledger.doc_a}").json()
    assert detail["incident_ids"] == [ledger.aleppo] and "rescue centre" in detail["text"]


def test_original_bytes_come_back_as_an_attachment_with_their_media_type(
    client: TestClient, ledger: Ledger
) -> None:
    answer = client.get(f"/api/documents/{ledger.doc_hostile}/original")
    assert answer.status_code == 200
    assert HOSTILE.encode() in answer.content
    assert answer.headers["content-type"].startswith("text/plain")
    assert answer.headers["content-disposition"].startswith("attachment;")
    assert "sandbox" in answer.headers["content-security-policy"]


def test_statements_and_contradictions_are_listed(client: TestClient, ledger: Ledger) -> None:
    statements = client.get("/api/statements", params={"speaker": "petrov"}).json()
    assert statements["total"] == 1 and statements["statements"][0]["incident_ids"] == [ledger.aleppo]
    assert client.get("/api/statements", params={"stance": "accusation"}).json()["total"] == 1
    contradictions = client.get("/api/contradictions").json()["contradictions"]
    assert {c["kind"] for c in contradictions} == {"casualty_count", "factual"}


def test_openapi_lists_every_contract_path(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in [
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/incidents/{incident_id}/review",
        "/api/documents",
        "/api/documents/{sha256}",
        "/api/documents/{sha256}/original",
        "/api/statements",
        "/api/contradictions",
        "/api/export.csv",
        "/api/export.geojson",
    ]:
        assert path in paths
    assert "post" in paths["/api/documents"]


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("post", "/api/incidents/1/review", {"json": {"action": "confirm", "reason": "seen"}}),
        ("post", "/api/documents", {"files": {"file": ("a.txt", b"Shelling killed 4 people in Idlib.")}}),
    ],
)
def test_anonymous_writes_answer_401(
    client: TestClient, method: str, path: str, kwargs: dict[str, object]
) -> None:
    answer = getattr(client, method)(path, **kwargs)
    assert answer.status_code == 401
    assert answer.json()["ok"] is False


def test_a_wrong_token_answers_401(client: TestClient) -> None:
    answer = client.post(
        "/api/incidents/1/review",
        json={"action": "confirm", "reason": "x"},
        headers={"Authorization": "Bearer not-a-token"},
    )
    assert answer.status_code == 401


def test_an_analyst_may_not_merge(client: TestClient, ledger: Ledger) -> None:
    answer = client.post(
        f"/api/incidents/{ledger.aleppo}/review",
        json={"action": "merge", "reason": "same event", "others": [ledger.hostile]},
        headers={"Authorization": f"Bearer {ledger.analyst_token}"},
    )
    assert answer.status_code == 403
    assert "reviewer" in answer.json()["error"]


def test_a_confirm_by_token_shows_in_the_history(client: TestClient, ledger: Ledger) -> None:
    answer = client.post(
        f"/api/incidents/{ledger.aleppo}/review",
        json={"action": "confirm", "reason": "two sources"},
        headers={"Authorization": f"Bearer {ledger.analyst_token}"},
    )
    assert answer.status_code == 200, answer.text
    incident = client.get(f"/api/incidents/{ledger.aleppo}").json()
    assert incident["review"]["status"] == "confirmed" and incident["review"]["by"] == "alice"
    assert [(h["action"], h["by"], h["reason"]) for h in incident["history"]] == [
        ("confirm", "alice", "two sources")
    ]


def test_a_correction_keeps_the_sources_value_beside_it(client: TestClient, ledger: Ledger) -> None:
    answer = client.post(
        f"/api/incidents/{ledger.aleppo}/review",
        json={"action": "correct", "reason": "update", "field": "killed", "value": {"min": 90, "max": 92}},
        headers={"Authorization": f"Bearer {ledger.analyst_token}"},
    )
    assert answer.status_code == 200, answer.text
    incident = client.get(f"/api/incidents/{ledger.aleppo}").json()
    assert incident["killed"]["min"] == 85 and incident["corrections"]["killed"]["min"] == 90


def test_a_session_write_without_the_csrf_header_is_refused(client: TestClient, ledger: Ledger) -> None:
    from web_ledger import logged_in

    logged_in(client)
    answer = client.post(f"/api/incidents/{ledger.aleppo}/review", json={"action": "confirm", "reason": "x"})
    assert answer.status_code == 403 and "CSRF" in answer.json()["error"]


def test_security_headers_are_on_every_answer(client: TestClient) -> None:
    for path in ["/", "/api/incidents", "/static/app.css", "/docs"]:
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.slow
def test_an_upload_is_ingested_once_and_found_by_its_place(client: TestClient, ledger: Ledger) -> None:
    report = b"Government shelling killed 12 civilians in Idlib on Monday, a local monitor said.\n"
    auth = {"Authorization": f"Bearer {ledger.analyst_token}"}
    first = client.post("/api/documents", files={"file": ("report.txt", report)}, headers=auth)
    assert first.status_code == 201, first.text
    assert first.json()["added"] == 1
    again = client.post("/api/documents", files={"file": ("report.txt", report)}, headers=auth)
    assert again.status_code == 200 and again.json()["already_stored"] == 1
    assert client.get(f"/api/documents/{first.json()['sha256']}").status_code == 200


def test_a_binary_upload_named_as_text_is_rejected(client: TestClient, ledger: Ledger) -> None:
    auth = {"Authorization": f"Bearer {ledger.analyst_token}"}
    answer = client.post("/api/documents", files={"file": ("x.txt", b"\x89PNG\r\n\x1a\n0000")}, headers=auth)
    assert answer.status_code == 422 and "binary" in answer.json()["error"]


def test_an_unexpected_failure_answers_500_in_the_error_shape(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warledger.serve import queries
    from warledger.serve.app import create_app

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "incidents_page", broken)
    with TestClient(create_app(ledger.url), raise_server_exceptions=False) as client:
        answer = client.get("/api/incidents")
    assert answer.status_code == 500
    assert answer.json() == {"ok": False, "error": "internal error", "status": 500}
    assert "secret" not in answer.text and "content-security-policy" in answer.headers


def test_a_body_past_the_cap_is_refused_before_parsing(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARLEDGER_MAX_BYTES", "1024")
    answer = client.post("/api/documents", files={"file": ("big.txt", b"x" * 200_000)})
    assert answer.status_code == 413
    assert answer.json()["status"] == 413


def test_exports_follow_the_filters(client: TestClient) -> None:
    everything = client.get("/api/export.geojson").json()
    aleppo = client.get("/api/export.geojson", params={"place": "aleppo"}).json()
    assert len(everything["features"]) == 2 and len(aleppo["features"]) == 1
    csv = client.get("/api/export.csv", params={"place": "aleppo"})
    assert csv.headers["content-type"].startswith("text/csv") and "Aleppo" in csv.text
    assert client.get("/api/export.csv", params={"since": "soon"}).status_code == 422
