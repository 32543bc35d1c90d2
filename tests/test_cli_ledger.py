"""End to end through the command line: ingest, documents, incidents, review and report on a real store.

Extraction is replaced by the fast fake of tests/store/ledger_fakes.py (the real spaCy pipeline has
its own end-to-end test in tests/test_cli_pipeline.py); ingest, storage, resolve and rendering are real.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import warledger.ledger.intake
from store.databases import database
from store.ledger_fakes import fake_extractor
from warledger.cli import app
from warledger.store.engine import close_store

REPORTS = {
    "aleppo.txt": "Strike on the aid convoy\n"
    "incident: place=Aleppo; country=SY; date=2016-09-19; killed=20; type=air_drone_strike; by=Russia\n"
    "statement: speaker=Vitaly Churkin; stance=denial; quote=We did not strike the convoy\n",
    "aleppo-again.md": "# Convoy hit near Aleppo\n\n"
    "incident: place=Aleppo; country=SY; date=2016-09-19; killed=18-21; type=air_drone_strike\n",
    "mosul.txt": "Market shelled in Mosul\n"
    "incident: place=Mosul; country=IQ; date=2016-10-30; killed=4; type=shelling_artillery_missile_attack\n",
}


@pytest.fixture(params=[pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh store URL; extraction is the fast fake."""
    monkeypatch.setattr(warledger.ledger.intake, "default_extractor", lambda: fake_extractor)
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    (folder / "nested").mkdir(parents=True)
    for name, body in REPORTS.items():
        (folder / ("nested" if name.startswith("mosul") else "") / name).write_text(body, encoding="utf-8")
    return folder


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ingest_a_folder_then_documents_lists_it_and_a_second_ingest_adds_nothing(
    db: str, reports: Path
) -> None:
    code, _, err = run("ingest", str(reports), "--db", db)
    assert code == 0, err
    assert "3 added, 0 already stored, 0 rejected" in err
    code, out, _ = run("documents", "--db", db, "--format", "json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 3
    assert all(d["characters"] > 50 and d["retrieved_at"] and d["language"] for d in listed)
    assert sum(d["incidents"] for d in listed) == 3 and sum(d["statements"] for d in listed) == 1

    code, _, err = run("ingest", str(reports), "--db", db)
    assert code == 0 and "0 added, 3 already stored" in err
    assert [d["sha256"] for d in json.loads(run("documents", "--db", db, "--format", "json")[1])] == [
        d["sha256"] for d in listed
    ]
    code, out, _ = run("documents", "--db", db)
    assert code == 0 and "3 documents" in out


def test_bad_inputs_are_named_and_the_rest_stored(db: str, reports: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, err = run("ingest", str(reports), str(empty), str(tmp_path / "missing.txt"), "--db", db)
    assert code == 1
    assert "empty.txt" in err and "missing.txt" in err
    assert "3 added, 0 already stored, 2 rejected" in err
    assert len(json.loads(run("documents", "--db", db, "--format", "json")[1])) == 3


def test_incidents_review_and_report_through_the_command_line(db: str, reports: Path) -> None:
    assert run("ingest", str(reports), "--db", db)[0] == 0
    code, out, err = run("incidents", "--db", db, "--format", "json")
    assert code == 0, err
    incidents = json.loads(out)
    assert len(incidents) == 2
    aleppo = next(i for i in incidents if i["place"]["name"] == "Aleppo")
    assert (aleppo["killed"]["min"], aleppo["killed"]["max"], len(aleppo["documents"])) == (18, 21, 2)

    code, out, err = run(
        "review",
        aleppo["id"],
        "correct",
        "--field",
        "killed",
        "--value",
        "22",
        "--reason",
        "hospital count",
        "--by",
        "alice",
        "--json",
        "--db",
        db,
    )
    assert code == 0, err
    decision = json.loads(out)
    assert (
        decision["review"]["value_before"]["max"] == 21
        and decision["incident"]["corrections"]["killed"]["min"] == 22
    )

    mosul = next(i for i in incidents if i["place"]["name"] == "Mosul")
    code, _, err = run(
        "review", aleppo["id"], "merge", "--other", mosul["id"], "--reason", "same", "--db", db
    )
    assert code == 1 and "different countries" in err
    code, _, err = run("review", aleppo["id"], "approve", "--reason", "x", "--db", db)
    assert code == 1 and "unknown action" in err

    code, out, err = run("incidents", "--db", db, "--format", "json", "--place", "Aleppo")
    assert code == 0 and [i["review"]["status"] for i in json.loads(out)] == ["corrected"]
    code, out, err = run("report", "--db", db)
    assert code == 0, err
    assert "Aleppo" in out


def test_resolve_again_keeps_a_corrected_incident_and_its_id(db: str, reports: Path) -> None:
    assert run("ingest", str(reports), "--db", db)[0] == 0
    before = {i["place"]["name"]: i for i in json.loads(run("incidents", "--db", db, "--format", "json")[1])}
    aleppo, mosul = before["Aleppo"], before["Mosul"]
    correction = ("review", aleppo["id"], "correct", "--field", "killed", "--value", "22")
    code, _, err = run(*correction, "--reason", "count", "--db", db)
    assert code == 0, err

    code, out, err = run("resolve", "--db", db)
    assert code == 0, err
    assert out.strip() == "2 incidents after resolving again"
    after = {i["place"]["name"]: i for i in json.loads(run("incidents", "--db", db, "--format", "json")[1])}
    assert after["Aleppo"]["id"] == aleppo["id"] and after["Mosul"]["id"] == mosul["id"]
    assert after["Aleppo"]["review"]["status"] == "corrected"
    assert after["Aleppo"]["corrections"]["killed"]["min"] == 22
    assert after["Aleppo"]["killed"] == aleppo["killed"]  # the sources' figures beside the correction
    history = warledger.ledger.review_history(db, aleppo["id"])
    assert [h["action"] for h in history] == ["correct"]


def test_resolve_on_an_unusable_database_is_one_line_on_stderr(tmp_path: Path) -> None:
    code, _, err = run("resolve", "--db", f"sqlite:///{tmp_path}/no/such/folder.db")
    assert code == 1 and err.startswith("error: ") and len(err.strip().splitlines()) == 1


def test_an_unusable_database_is_one_line_on_stderr(tmp_path: Path) -> None:
    code, _, err = run("documents", "--db", f"sqlite:///{tmp_path}/no/such/folder.db")
    assert code == 1 and err.startswith("error: ") and len(err.strip().splitlines()) == 1


def test_the_default_store_is_warledger_db_in_the_working_folder_or_warledger_db(
    reports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warledger.ledger.intake, "default_extractor", lambda: fake_extractor)
    monkeypatch.delenv("WARLEDGER_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    other = tmp_path / "other.db"
    try:
        assert run("ingest", str(reports / "aleppo.txt"))[0] == 0
        assert (tmp_path / "warledger.db").is_file()
        monkeypatch.setenv("WARLEDGER_DB", f"sqlite:///{other}")
        code, out, _ = run("documents", "--format", "json")
        assert code == 0 and json.loads(out) == [] and other.is_file()
    finally:
        close_store(f"sqlite:///{other}")
        close_store("sqlite:///warledger.db")


def test_users_add_prints_a_token_once(db: str) -> None:
    code, out, err = run(
        "users", "add", "alice", "--role", "reviewer", "--password", "correct horse", "--db", db
    )
    assert code == 0, err
    assert "API token (shown once)" in out
    code, _, err = run(
        "users", "add", "alice", "--role", "reviewer", "--password", "correct horse", "--db", db
    )
    assert code != 0 and "already exists" in err
