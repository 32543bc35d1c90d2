"""The server-rendered pages: they answer, escape hostile text, highlight evidence, and guard every write."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web_ledger import HOSTILE, PASSWORD, Ledger, csrf_token_of, logged_in

PAGES = [
    "/",
    "/map",
    "/timeline",
    "/statements",
    "/contradictions",
    "/documents",
    "/upload",
    "/login",
    "/docs",
]


def every_page(ledger: Ledger) -> list[str]:
    return [
        *PAGES,
        f"/incidents/{ledger.aleppo}",
        f"/incidents/{ledger.hostile}",
        f"/documents/{ledger.doc_hostile}",
        "/?q=script",
        "/statements?speaker=script",
    ]


def test_every_page_answers_html(client: TestClient, ledger: Ledger) -> None:
    for path in every_page(ledger):
        answer = client.get(path)
        assert answer.status_code == 200, path
        assert answer.headers["content-type"].startswith("text/html")


def test_script_from_a_report_never_reaches_a_page_unescaped(client: TestClient, ledger: Ledger) -> None:
    for path in every_page(ledger):
        html = client.get(path).text
        assert HOSTILE not in html, path
        assert "<img src=x" not in html, path
    assert "&lt;script&gt;" in client.get(f"/incidents/{ledger.hostile}").text


def test_pages_load_scripts_only_from_this_server(client: TestClient, ledger: Ledger) -> None:
    for path in every_page(ledger):
        html = client.get(path).text
        for url in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert not re.match(r"^(https?:)?//", url), f"{path} points at {url}"
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), f"{path} has an inline script"


def test_incident_page_marks_every_evidence_span(client: TestClient, ledger: Ledger) -> None:
    html = client.get(f"/incidents/{ledger.aleppo}").text
    marked = re.findall(r"<mark[^>]*>([^<]*)</mark>", html)
    for words in [
        "Air strikes hit a rescue centre",
        "killing 85 people",
        "92 people were killed",
        "bunker-busting bombs",
        "Our aircraft did not fly over the area.",
    ]:
        assert words in marked
    assert "the monitor" in html and "Local council" in html


def test_incident_list_filters_and_sorts(client: TestClient, ledger: Ledger) -> None:
    link = f'href="/incidents/{ledger.aleppo}"'
    assert link in client.get("/?place=aleppo").text
    assert link not in client.get("/?place=nowhere").text
    assert link in client.get("/?q=rescue&sort=killed_desc").text
    assert client.get("/?since=not-a-date&sort=bogus").status_code == 200


def test_login_sets_a_strict_httponly_session_cookie(client: TestClient) -> None:
    token = csrf_token_of(client.get("/login").text)
    answer = client.post(
        "/login", data={"name": "alice", "password": PASSWORD, "csrf_token": token}, follow_redirects=False
    )
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "alice" in client.get("/").text


def test_login_without_the_csrf_token_is_refused(client: TestClient) -> None:
    answer = client.post("/login", data={"name": "alice", "password": PASSWORD})
    assert answer.status_code == 403


def test_repeated_wrong_passwords_are_rate_limited(client: TestClient) -> None:
    token = csrf_token_of(client.get("/login").text)
    codes = [
        client.post("/login", data={"name": "alice", "password": "wrong", "csrf_token": token}).status_code
        for _ in range(6)
    ]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    right = client.post("/login", data={"name": "alice", "password": PASSWORD, "csrf_token": token})
    assert right.status_code == 429


def test_anonymous_review_form_answers_401(client: TestClient, ledger: Ledger) -> None:
    token = csrf_token_of(client.get("/login").text)
    answer = client.post(
        f"/incidents/{ledger.aleppo}/review", data={"action": "confirm", "reason": "x", "csrf_token": token}
    )
    assert answer.status_code == 401


def test_review_form_needs_the_csrf_token(client: TestClient, ledger: Ledger) -> None:
    logged_in(client)
    answer = client.post(f"/incidents/{ledger.aleppo}/review", data={"action": "confirm", "reason": "x"})
    assert answer.status_code == 403


def test_a_review_by_a_logged_in_analyst_shows_in_the_history(client: TestClient, ledger: Ledger) -> None:
    logged_in(client)
    page = client.get(f"/incidents/{ledger.aleppo}").text
    assert 'value="merge"' not in page  # analysts cannot merge
    answer = client.post(
        f"/incidents/{ledger.aleppo}/review",
        data={"action": "confirm", "reason": "matches the council", "csrf_token": csrf_token_of(page)},
    )
    assert answer.status_code == 200
    assert "matches the council" in answer.text and "confirmed" in answer.text


def test_logout_ends_the_session(client: TestClient) -> None:
    logged_in(client)
    token = csrf_token_of(client.get("/").text)
    client.post("/logout", data={"csrf_token": token})
    assert "Log in" in client.get("/").text


@pytest.mark.parametrize(
    ("name", "data", "status"),
    [("tool.exe", b"MZ\x90\x00", 422), ("big.txt", b"x" * 2048, 413)],
)
def test_uploads_are_type_checked_and_size_capped(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes, status: int
) -> None:
    monkeypatch.setenv("WARLEDGER_MAX_BYTES", "1024")
    logged_in(client)
    token = csrf_token_of(client.get("/upload").text)
    answer = client.post("/upload", data={"csrf_token": token}, files={"file": (name, data)})
    assert answer.status_code == status


def test_map_points_are_geojson_of_located_incidents(client: TestClient, ledger: Ledger) -> None:
    points = client.get("/map/points.json").json()
    assert points["type"] == "FeatureCollection"
    assert {f["properties"]["id"] for f in points["features"]} == {ledger.aleppo, ledger.hostile}


def test_documents_page_offers_the_original(client: TestClient, ledger: Ledger) -> None:
    html = client.get("/documents").text
    assert f"/api/documents/{ledger.doc_a}/original" in html


def test_a_merged_incident_leads_to_the_one_it_went_into(client: TestClient, ledger: Ledger) -> None:
    answer = client.post(
        f"/api/incidents/{ledger.aleppo}/review",
        json={"action": "merge", "reason": "same strike", "others": [ledger.hostile], "confirmed": True},
        headers={"Authorization": f"Bearer {ledger.reviewer_token}"},
    )
    assert answer.status_code == 200, answer.text
    page = client.get(f"/incidents/{ledger.hostile}", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == f"/incidents/{ledger.aleppo}"
    assert client.get(f"/api/incidents/{ledger.hostile}").json()["id"] == ledger.aleppo
    history = client.get(f"/api/incidents/{ledger.aleppo}").json()["history"]
    assert history[-1]["action"] == "merge" and history[-1]["others"] == [ledger.hostile]


def test_only_an_admin_manages_users(client: TestClient, ledger: Ledger) -> None:
    from warledger.store.accounts import create_user
    from warledger.store.engine import open_store

    assert client.get("/users").status_code == 401
    logged_in(client)
    assert client.get("/users").status_code == 403
    create_user(open_store(ledger.url), "ada", "admin", PASSWORD)
    logged_in(client, "ada")
    page = client.get("/users")
    assert page.status_code == 200 and "rita" in page.text
    answer = client.post(
        "/users",
        data={
            "name": "newbie",
            "role": "analyst",
            "password": "long enough pass",
            "csrf_token": csrf_token_of(page.text),
        },
    )
    assert answer.status_code == 200 and "shown only this once" in answer.text
    token = re.search(r'<code class="hash">([^<]+)</code>', answer.text)
    assert token is not None
    review = client.post(
        f"/api/incidents/{ledger.aleppo}/review",
        json={"action": "confirm", "reason": "ok"},
        headers={"Authorization": f"Bearer {token.group(1)}"},
    )
    assert review.status_code == 200


def test_each_side_of_a_contradiction_names_its_source(client: TestClient, ledger: Ledger) -> None:
    from warledger.resolve.models import ContradictionSide, LedgerContradiction
    from warledger.store.engine import open_store
    from warledger.store.schema import IncidentRow

    side = ContradictionSide(value=85, source="the monitor", document=ledger.doc_a)
    contradiction = LedgerContradiction(kind="casualty_count", values=[85, 92], note="85 vs 92", sides=[side])
    with open_store(ledger.url).writing() as session:
        row = session.get(IncidentRow, int(ledger.aleppo))
        assert row is not None
        row.data = {**row.data, "contradictions": [contradiction.model_dump(mode="json")]}
    html = client.get(f"/incidents/{ledger.aleppo}").text
    assert "<strong>85</strong> according to the monitor" in html


def test_column_headers_sort_and_rejected_incidents_can_be_shown(client: TestClient, ledger: Ledger) -> None:
    page = client.get("/").text
    assert 'href="?sort=killed_desc"' in page and 'aria-sort="descending"' in page
    client.post(
        f"/api/incidents/{ledger.hostile}/review",
        json={"action": "reject", "reason": "not an event"},
        headers={"Authorization": f"Bearer {ledger.analyst_token}"},
    )
    link = f'href="/incidents/{ledger.hostile}"'
    assert link not in client.get("/").text
    assert link in client.get("/?rejected=1").text


@pytest.mark.parametrize("path", ["/incidents/%C2%B9", "/?offset=%C2%B9", "/documents?offset=%C2%B2"])
def test_unicode_digits_are_not_numbers(client: TestClient, path: str) -> None:
    assert client.get(path).status_code in (200, 404)
