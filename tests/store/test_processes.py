"""Real processes on one store: two ingests at once lose nothing; a kill mid-batch leaves no half document."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from store.ledger_fakes import fake_extractor
from warledger.ledger import ingest_inputs, list_documents
from warledger.store.engine import open_store
from warledger.store.schema import DocumentRow, ExtractionRow, IncidentDocumentRow, IncidentRow

FAKES = Path(__file__).with_name("ledger_fakes.py")
pytestmark = pytest.mark.slow


def write_batch(folder: Path, numbers: range) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        body = (
            f"Report {n}\n"
            f"incident: place=Town {n % 7}; country=SY; date=2016-09-{1 + n % 28:02d}; killed={n}; "
            "type=attack\n"
            f"statement: speaker=Official {n}; stance=report; quote=number {n}\n"
        )
        (folder / f"report-{n:03d}.txt").write_text(body, encoding="utf-8")
    return folder


def ingest_process(url: str, folder: Path, delay: float) -> subprocess.Popen[str]:
    command = [sys.executable, str(FAKES), "--delay", str(delay), url, str(folder)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def assert_consistent(url: str) -> int:
    """Every stored document has its extraction and every extracted incident its link; returns the count."""
    store = open_store(url)
    with store.reading() as session:
        documents = session.scalar(select(func.count()).select_from(DocumentRow))
        extractions = session.scalars(select(ExtractionRow)).all()
        assert len(extractions) == documents
        mentions = sum(len(row.data["incidents"]) for row in extractions)
        assert session.scalar(select(func.count()).select_from(IncidentDocumentRow)) == mentions
        orphans = select(IncidentRow.id).where(~IncidentRow.id.in_(select(IncidentDocumentRow.incident_id)))
        assert session.scalars(orphans).all() == []
        linked: dict[int, set[str]] = {}
        for incident_id, sha in session.execute(
            select(IncidentDocumentRow.incident_id, IncidentDocumentRow.document_sha256)
        ):
            linked.setdefault(incident_id, set()).add(sha)
        for row in session.scalars(select(IncidentRow)):
            assert set(row.data["documents"]) == linked[row.id], f"incident {row.id} lost a report"
        if store.dialect == "sqlite":
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            indexed = session.execute(text("SELECT count(*) FROM documents_fts")).scalar()
            assert indexed == documents
    return int(documents or 0)


def test_two_ingest_processes_at_once_both_succeed_and_lose_nothing(store_url: str, tmp_path: Path) -> None:
    first = write_batch(tmp_path / "first", range(0, 30))
    second = write_batch(tmp_path / "second", range(10, 40))
    open_store(store_url)  # the schema exists before the race; the race on migrating is the next test's
    runs = [ingest_process(store_url, first, 0.01), ingest_process(store_url, second, 0.01)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    added, already = zip(*[(int(out.split()[0]), int(out.split()[1])) for out, _ in outputs], strict=True)
    assert sum(added) == 40 and sum(already) == 20
    assert assert_consistent(store_url) == 40


def test_two_processes_opening_a_new_sqlite_file_at_once_both_migrate_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    batches = [
        write_batch(tmp_path / name, range(start, start + 3)) for name, start in (("a", 0), ("b", 100))
    ]
    runs = [ingest_process(url, batch, 0.0) for batch in batches]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert assert_consistent(url) == 6


def test_a_kill_mid_batch_leaves_only_whole_documents(store_url: str, tmp_path: Path) -> None:
    folder = write_batch(tmp_path / "batch", range(0, 150))
    open_store(store_url)
    run = ingest_process(store_url, folder, 0.03)
    deadline = time.monotonic() + 120
    while len(list_documents(store_url)) < 10:
        assert run.poll() is None, run.communicate()
        assert time.monotonic() < deadline, "the ingest never stored ten documents"
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    stored = assert_consistent(store_url)
    assert 10 <= stored < 150
    outcome = ingest_inputs([str(folder)], store_url, extractor=fake_extractor)
    assert (outcome.added, outcome.already_stored) == (150 - stored, stored)
    assert assert_consistent(store_url) == 150
