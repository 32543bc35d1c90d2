"""`warledger.ledger.situation`: what the situation report covers, read from the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.databases import database
from store.ledger_fakes import fake_extractor
from warledger.ledger import IncidentFilter, ingest_inputs, list_incidents, review_incident, situation
from warledger.report.situation import Situation

REPORTS = {
    "aleppo": "Convoy strike\n"
    "incident: place=Aleppo; country=SY; date=2016-09-19; killed=20; type=air_drone_strike\n"
    "statement: speaker=Vitaly Churkin; stance=denial; quote=We did not strike the convoy\n"
    "contradiction: kind=casualty_count; note=20 in the headline, 21 in the body\n",
    "mosul": "Market shelling\n"
    "incident: place=Mosul; country=IQ; date=2016-10-30; killed=4; type=shelling_artillery_missile_attack\n",
    "briefing": "Press briefing\n"
    "statement: speaker=Samantha Power; stance=accusation; quote=This is barbarism\n",
}


def stored_ledger(folder: Path, url: str) -> None:
    paths = []
    for name, body in REPORTS.items():
        path = folder / f"{name}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(str(path))
    ingest_inputs(paths, url, extractor=fake_extractor)


def test_situation_holds_incidents_and_the_statements_no_incident_holds(tmp_path: Path) -> None:
    with database("sqlite", tmp_path) as url:
        stored_ledger(tmp_path, url)
        whole = situation(url)
        assert isinstance(whole, Situation)
        assert whole.documents == 3 and len(whole.incidents) == 2
        aleppo = next(i for i in whole.incidents if i.place and i.place.name == "Aleppo")
        assert [s.speaker for s in aleppo.statements] == ["Vitaly Churkin"]
        assert [s.speaker for s in whole.statements] == ["Samantha Power"]
        assert "casualty_count" in [c.kind for c in aleppo.contradictions]
        assert whole.contradictions == []
        assert [s.speaker for s in whole.all_statements()] == ["Samantha Power", "Vitaly Churkin"]


def test_situation_filters_by_place_and_period_and_leaves_rejected_incidents_out(tmp_path: Path) -> None:
    with database("sqlite", tmp_path) as url:
        stored_ledger(tmp_path, url)
        in_aleppo = situation(url, place="Aleppo", since=date(2016, 9, 1), until=date(2016, 9, 30))
        assert [i.place.name for i in in_aleppo.incidents if i.place] == ["Aleppo"]
        assert in_aleppo.documents == 1 and in_aleppo.statements == []
        assert in_aleppo.period() == "2016-09-01 to 2016-09-30" and in_aleppo.filters["place"] == "Aleppo"
        [mosul] = list_incidents(url, IncidentFilter(place="Mosul"))
        review_incident(url, mosul.id, "reject", reason="not in the period's reporting", by="alice")
        assert [i.place.name for i in situation(url).incidents if i.place] == ["Aleppo"]
