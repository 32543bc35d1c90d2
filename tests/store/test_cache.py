"""The resolve cache: bounded, and only ever holding versions that were committed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import warledger.ledger.placement
from store.ledger_fakes import fake_extractor
from warledger.ledger import ingest_inputs, list_incidents
from warledger.resolve.models import LedgerIncident
from warledger.store.cache import INCIDENTS, IncidentCache

TWO_INCIDENTS = (
    "incident: place=Aleppo; country=SY; date=2016-09-19; killed=20; type=air_drone_strike\n"
    "incident: place=Mosul; country=IQ; date=2016-09-19; killed=4; type=air_drone_strike\n"
)


def test_the_cache_keeps_the_most_recently_used_entries() -> None:
    cache = IncidentCache(size=2)
    keys = [("db", n, 1, 0.0) for n in range(3)]
    cache.publish([(keys[0], LedgerIncident(id="0")), (keys[1], LedgerIncident(id="1"))])
    assert cache.get(keys[0]) is not None  # now the most recent
    cache.publish([(keys[2], LedgerIncident(id="2"))])
    assert cache.get(keys[1]) is None and cache.get(keys[0]) is not None and cache.get(keys[2]) is not None


def test_a_rolled_back_document_leaves_nothing_in_the_cache(
    sqlite_store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_assign = warledger.ledger.placement.assign

    def failing_on_mosul(incident: Any, document: Any, candidates: Any, statements: Any = ()) -> Any:
        if incident.place.name == "Mosul":
            raise ValueError("resolver bug")
        return real_assign(incident, document, candidates, statements)

    path = tmp_path / "two.txt"
    path.write_text(TWO_INCIDENTS, encoding="utf-8")
    INCIDENTS.clear()
    monkeypatch.setattr(warledger.ledger.placement, "assign", failing_on_mosul)
    outcome = ingest_inputs([str(path)], sqlite_store_url, lambda error: None, extractor=fake_extractor)
    assert (outcome.added, outcome.rejected) == (0, 1)
    assert len(INCIDENTS._entries) == 0
    monkeypatch.setattr(warledger.ledger.placement, "assign", real_assign)
    assert ingest_inputs([str(path)], sqlite_store_url, extractor=fake_extractor).added == 1
    assert len(INCIDENTS._entries) == 2
    assert sorted(i.place.name for i in list_incidents(sqlite_store_url) if i.place) == ["Aleppo", "Mosul"]
