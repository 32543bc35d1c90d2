"""Helpers of the web tests: two reports on one strike (85 vs 92 killed), a hostile report, logins.

Stored through the store's own repository functions (fast, no spaCy), so the pages and the API read
exactly what `warledger ingest` would leave behind. The texts are invented for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fastapi.testclient import TestClient

from warledger.extract.models import Contradiction, DocumentInfo, Evidence, Extraction, Place, Statement
from warledger.ingest.document import Document
from warledger.resolve.models import (
    AllegedPerpetrator,
    FigureRange,
    LedgerContradiction,
    LedgerIncident,
    SourcedEvidence,
    SourcedStatement,
    SourceFigure,
)
from warledger.store import repository
from warledger.store.accounts import create_user
from warledger.store.engine import open_store

HOSTILE = '<script>alert("pwned")</script>'
REPORT_A = (
    "Air strikes hit a rescue centre west of Aleppo on Sunday, killing 85 people, the monitor said.\n"
    'A spokesman for the defence ministry, Ivan Petrov, said: "Our aircraft did not fly over the area."\n'
)
REPORT_B = "Local council: 92 people were killed when bunker-busting bombs struck Aleppo on Sunday.\n"
REPORT_HOSTILE = f"Residents of Testville said {HOSTILE} shelling killed 3 people.\n"
PASSWORD = "correct horse battery"


def span(text: str, words: str) -> Evidence:
    start = text.index(words)
    return Evidence(start=start, end=start + len(words), text=words)


def document(text: str, title: str, source: str) -> Document:
    return Document(
        original=text.encode(),
        text=text,
        media_type="text/plain",
        extractor="plain",
        title=title,
        source=source,
        published=date(2016, 9, 26),
        language="en",
        origin="test",
    )


def statement_a() -> Statement:
    quote = "Our aircraft did not fly over the area."
    return Statement(
        speaker="Ivan Petrov",
        role="spokesman",
        affiliation="defence ministry",
        quote=quote,
        direct=True,
        stance="denial",
        about=["Aleppo"],
        evidence=span(REPORT_A, quote),
        speaker_evidence=span(REPORT_A, "Ivan Petrov"),
        incidents=[0],
    )


def aleppo_incident(doc_a: Document, doc_b: Document) -> LedgerIncident:
    ev_a, ev_b = span(REPORT_A, "killing 85 people"), span(REPORT_B, "92 people were killed")
    killed = FigureRange(
        min=85,
        max=92,
        figures=[
            SourceFigure(min=85, max=85, source="the monitor", document=doc_a.sha256, evidence=[ev_a]),
            SourceFigure(min=92, max=92, source="Local council", document=doc_b.sha256, evidence=[ev_b]),
        ],
    )
    strike = span(REPORT_A, "Air strikes hit a rescue centre")
    return LedgerIncident(
        id="0",
        event_type="air_drone_strike",
        event_category="explosions_remote_violence",
        date_start="2016-09-25",
        date_end="2016-09-25",
        date_precision="day",
        place=Place(name="Aleppo", country="SY", lat=36.2, lon=37.16, precision="city", qualifier="west of"),
        perpetrators=[
            AllegedPerpetrator(name="Russia", country="RU", kind="state", alleged_by=["the monitor"])
        ],
        weapons=["bunker_buster"],
        targets=["rescue_services"],
        killed=killed,
        documents=[doc_a.sha256, doc_b.sha256],
        evidence=[
            SourcedEvidence(document=doc_a.sha256, **strike.model_dump()),
            SourcedEvidence(document=doc_b.sha256, **span(REPORT_B, "bunker-busting bombs").model_dump()),
        ],
        statements=[SourcedStatement(**statement_a().model_dump(), document=doc_a.sha256)],
        contradictions=[
            LedgerContradiction(
                kind="casualty_count", values=[85, 92], note="85 killed vs 92 killed", evidence=[ev_a, ev_b]
            )
        ],
    )


def hostile_incident(doc: Document) -> LedgerIncident:
    return LedgerIncident(
        id="0",
        event_type="shelling_artillery_missile_attack",
        date_start="2016-10-02",
        place=Place(name=f"Testville {HOSTILE}", country="SY", lat=35.0, lon=38.0),
        perpetrators=[AllegedPerpetrator(name="<img src=x onerror=alert(1)>")],
        killed=FigureRange(
            min=3,
            max=3,
            figures=[
                SourceFigure(
                    min=3,
                    max=3,
                    source=HOSTILE,
                    document=doc.sha256,
                    evidence=[span(REPORT_HOSTILE, "killed 3 people")],
                )
            ],
        ),
        documents=[doc.sha256],
        evidence=[SourcedEvidence(document=doc.sha256, **span(REPORT_HOSTILE, HOSTILE).model_dump())],
    )


def extraction_of(
    doc: Document, statements: list[Statement], contradictions: list[Contradiction]
) -> Extraction:
    info = DocumentInfo(
        sha256=doc.sha256,
        title=doc.title,
        published="2016-09-26",
        source=doc.source,
        language="en",
        text=doc.text,
    )
    return Extraction(document=info, statements=statements, contradictions=contradictions)


@dataclass(frozen=True)
class Ledger:
    url: str
    aleppo: str
    hostile: str
    doc_a: str
    doc_b: str
    doc_hostile: str
    analyst_token: str
    reviewer_token: str


def build_ledger(url: str) -> Ledger:
    """Fill an empty store with the test reports, incidents and two logins."""
    store = open_store(url)
    doc_a = document(REPORT_A, "Strike on rescue centre", "Monitor")
    doc_b = document(REPORT_B, "Council update", "Local council")
    doc_h = document(REPORT_HOSTILE, f"Hostile {HOSTILE}", HOSTILE)
    with store.writing() as session:
        for doc in (doc_a, doc_b, doc_h):
            repository.add_document(session, doc)
        repository.add_extraction(session, extraction_of(doc_a, [statement_a()], []), "test")
        repository.add_extraction(session, extraction_of(doc_b, [], []), "test")
        repository.add_extraction(
            session,
            extraction_of(
                doc_h,
                [
                    Statement(
                        speaker=HOSTILE,
                        quote=HOSTILE,
                        direct=True,
                        stance="accusation",
                        evidence=span(REPORT_HOSTILE, HOSTILE),
                    )
                ],
                [Contradiction(kind="factual", note=HOSTILE)],
            ),
            "test",
        )
        aleppo = repository.add_incident(session, aleppo_incident(doc_a, doc_b))
        repository.link_mention(session, aleppo.id, doc_a.sha256, 0)
        repository.link_mention(session, aleppo.id, doc_b.sha256, 0)
        hostile = repository.add_incident(session, hostile_incident(doc_h))
        repository.link_mention(session, hostile.id, doc_h.sha256, 0)
        ids = (str(aleppo.id), str(hostile.id))
    analyst = create_user(store, "alice", "analyst", PASSWORD)
    reviewer = create_user(store, "rita", "reviewer", PASSWORD)
    return Ledger(url, ids[0], ids[1], doc_a.sha256, doc_b.sha256, doc_h.sha256, analyst, reviewer)


def csrf_token_of(page_html: str) -> str:
    """The CSRF token a rendered form carries."""
    marker = 'name="csrf_token" value="'
    start = page_html.index(marker) + len(marker)
    return page_html[start : page_html.index('"', start)]


def logged_in(client: TestClient, name: str = "alice") -> TestClient:
    token = csrf_token_of(client.get("/login").text)
    answer = client.post(
        "/login",
        data={"name": name, "password": PASSWORD, "csrf_token": token, "next": "/"},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    return client
