"""Ingest into the store: content-addressed, idempotent, full-text searchable, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from store.ledger_fakes import fake_extractor
from warledger.ledger import (
    IncidentFilter,
    document_original,
    get_document,
    ingest_inputs,
    list_documents,
    list_incidents,
    list_statements,
    search_documents,
)
from warledger.store.engine import migrations_config, open_store

ALEPPO = (
    "Bombing of the convoy near Aleppo\n"
    "incident: place=Aleppo; country=SY; date=2016-09-19; killed=20; type=air_drone_strike; by=Russia\n"
    "statement: speaker=Vitaly Churkin; stance=denial; quote=We did not strike the convoy\n"
)
ALEPPO_AGAIN = (
    "Aid convoy hit in Aleppo province, twenty dead\n"
    "incident: place=Aleppo; country=SY; date=2016-09-19; killed=18-21; type=air_drone_strike; by=Syria\n"
)
MOSUL = (
    "Shelling in Mosul market\n"
    "incident: place=Mosul; country=IQ; date=2016-10-30; killed=4; type=shelling_artillery_missile_attack\n"
)


def write_reports(folder: Path, **texts: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, body in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def ingest(url: str, *paths: Path) -> tuple[int, int, int]:
    outcome = ingest_inputs([str(p) for p in paths], url, extractor=fake_extractor)
    return outcome.added, outcome.already_stored, outcome.rejected


def test_open_store_migrates_to_head_and_sets_sqlite_concurrency(sqlite_store_url: str) -> None:
    store = open_store(sqlite_store_url)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    from alembic.script import ScriptDirectory

    assert version in ScriptDirectory.from_config(migrations_config()).get_heads()


def test_same_bytes_twice_is_one_document(store_url: str, tmp_path: Path) -> None:
    paths = write_reports(tmp_path / "in", aleppo=ALEPPO, mosul=MOSUL)
    copy = write_reports(tmp_path / "copy", aleppo=ALEPPO)
    assert ingest(store_url, *paths, *copy) == (2, 1, 0)
    assert ingest(store_url, *paths) == (0, 2, 0)
    stored = list_documents(store_url)
    assert len(stored) == 2
    assert {d.characters for d in stored} == {len(ALEPPO.strip()), len(MOSUL.strip())}
    first = get_document(store_url, stored[0].sha256)
    assert first is not None and first.sha256 == stored[0].sha256
    assert document_original(store_url, stored[0].sha256) == paths[0].read_bytes()


def test_documents_list_their_incident_and_statement_counts(store_url: str, tmp_path: Path) -> None:
    ingest(store_url, *write_reports(tmp_path, aleppo=ALEPPO))
    [stored] = list_documents(store_url)
    assert (stored.incidents, stored.statements) == (1, 1)
    assert stored.retrieved_at.tzinfo is not None
    [said] = list_statements(store_url)
    assert (said.speaker, said.stance, said.document) == ("Vitaly Churkin", "denial", stored.sha256)


def test_full_text_search_finds_documents_and_their_incidents(store_url: str, tmp_path: Path) -> None:
    ingest(store_url, *write_reports(tmp_path, aleppo=ALEPPO, mosul=MOSUL))
    assert [d.title or d.sha256 for d in search_documents(store_url, "market")] != []
    assert len(search_documents(store_url, "convoy")) == 1
    assert len(search_documents(store_url, "convoys bombed")) == 1  # stems match on both databases
    assert search_documents(store_url, "nothing-like-this-anywhere") == []
    assert search_documents(store_url, 'market" *(^') != []  # query syntax is only words, never an error
    assert search_documents(store_url, "  ") == []
    [found] = list_incidents(store_url, IncidentFilter(q="market"))
    assert found.place is not None and found.place.name == "Mosul"


def test_reports_of_one_event_become_one_incident_with_every_figure(store_url: str, tmp_path: Path) -> None:
    ingest(store_url, *write_reports(tmp_path, aleppo=ALEPPO, again=ALEPPO_AGAIN, mosul=MOSUL))
    incidents = list_incidents(store_url)
    assert len(incidents) == 2
    aleppo = next(i for i in incidents if i.place and i.place.name == "Aleppo")
    assert len(aleppo.documents) == 2
    assert aleppo.killed is not None and (aleppo.killed.min, aleppo.killed.max) == (18, 21)
    assert len(aleppo.killed.figures) == 2
    assert {p.name for p in aleppo.perpetrators} == {"Russia", "Syria"}
    assert [d.incidents for d in list_documents(store_url)] == [1, 1, 1]


@pytest.mark.parametrize(
    ("filters", "places"),
    [
        (IncidentFilter(), ["Aleppo", "Mosul"]),
        (IncidentFilter(place="aleppo"), ["Aleppo"]),
        (IncidentFilter(place="IQ"), ["Mosul"]),
        (IncidentFilter(since=date(2016, 10, 1)), ["Mosul"]),
        (IncidentFilter(until=date(2016, 9, 30)), ["Aleppo"]),
        (IncidentFilter(event_type="air_drone_strike"), ["Aleppo"]),
        (IncidentFilter(perpetrator="russia"), ["Aleppo"]),
        (IncidentFilter(q="convoy"), ["Aleppo"]),
        (IncidentFilter(sort="date_desc"), ["Mosul", "Aleppo"]),
        (IncidentFilter(sort="date_desc", limit=1, offset=1), ["Aleppo"]),
    ],
)
def test_incident_filters(
    sqlite_store_url: str, tmp_path: Path, filters: IncidentFilter, places: list[str]
) -> None:
    ingest(sqlite_store_url, *write_reports(tmp_path, aleppo=ALEPPO, mosul=MOSUL))
    assert [i.place.name for i in list_incidents(sqlite_store_url, filters) if i.place] == places


def test_a_bad_database_url_is_a_storage_error(tmp_path: Path) -> None:
    from warledger.errors import StorageError

    with pytest.raises(StorageError, match="not a usable database URL"):
        open_store("nosuchdb://x")
    with pytest.raises(StorageError, match="could not open the store"):
        open_store(f"sqlite:///{tmp_path}/missing-folder/ledger.db")


def test_a_document_the_resolver_fails_on_is_rejected_whole_and_the_batch_goes_on(
    sqlite_store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import warledger.ledger.placement

    real_assign = warledger.ledger.placement.assign

    def fragile_assign(incident: Any, document: Any, candidates: Any, statements: Any = ()) -> Any:
        if incident.place and incident.place.name == "Mosul":
            raise ValueError("resolver bug")
        return real_assign(incident, document, candidates, statements)

    monkeypatch.setattr(warledger.ledger.placement, "assign", fragile_assign)
    rejected: list[str] = []
    paths = write_reports(tmp_path, aleppo=ALEPPO, mosul=MOSUL, again=ALEPPO_AGAIN)
    outcome = ingest_inputs(
        [str(p) for p in paths], sqlite_store_url, lambda e: rejected.append(str(e)), extractor=fake_extractor
    )
    assert (outcome.added, outcome.rejected) == (2, 1)
    assert len(rejected) == 1 and "mosul.txt" in rejected[0] and "resolver bug" in rejected[0]
    assert len(list_documents(sqlite_store_url)) == 2
    assert [i.place.name for i in list_incidents(sqlite_store_url) if i.place] == ["Aleppo"]


def test_huge_place_and_perpetrator_names_still_store(store_url: str, tmp_path: Path) -> None:
    letters = random.Random(7)
    place = "".join(letters.choice("abcdefghijklmnopqrstuvwxyzāşğ") for _ in range(6000))
    actors = ",".join(
        "".join(letters.choice("abcdefghijklmnopqrstuvwxyzāşğ") for _ in range(300)) for _ in range(12)
    )
    body = f"incident: place={place}; country=SY; date=2016-09-19; killed=2; type=attack; by={actors}\n"
    assert ingest(store_url, *write_reports(tmp_path, huge=body)) == (1, 0, 0)
    [incident] = list_incidents(store_url)
    assert incident.place is not None and incident.place.name == place and len(incident.perpetrators) == 12
