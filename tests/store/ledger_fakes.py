"""A tiny stand-in for the spaCy extractor, so storage tests run fast and say exactly what is in a text.

A test text holds lines such as
    incident: place=Aleppo; country=SY; date=2016-09-25; killed=85-92; type=air_drone_strike; by=Russia
    statement: speaker=Vitaly Churkin; stance=denial; quote=We did not strike the convoy
    contradiction: kind=casualty_count; note=85 in the headline, 92 in the body
and the fake extractor turns each into an incident or statement with the clause as its evidence.
It is also a script: `python ledger_fakes.py DB_URL PATH...` ingests with it (the subprocess tests).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterable, Iterator

from warledger.extract.models import (
    Contradiction,
    Count,
    DocumentInfo,
    Evidence,
    Extraction,
    Incident,
    Perpetrator,
    Place,
    Statement,
)
from warledger.ingest.document import Document

DELAY_SECONDS = 0.0


def fields_of(line: str) -> dict[str, str]:
    body = line.split(":", 1)[1]
    pairs = (part.split("=", 1) for part in body.split(";") if "=" in part)
    return {key.strip(): value.strip() for key, value in pairs}


def count_of(value: str | None) -> Count | None:
    if not value:
        return None
    low, _, high = value.partition("-")
    return Count(min=int(low), max=int(high or low))


def incident_of(fields: dict[str, str], evidence: Evidence) -> Incident:
    place = Place(name=fields["place"], country=fields.get("country")) if "place" in fields else None
    return Incident(
        event_type=fields.get("type"),  # type: ignore[arg-type]
        date_start=fields.get("date"),
        date_end=fields.get("until", fields.get("date")),
        date_precision="day" if "date" in fields else None,
        place=place,
        perpetrators=[Perpetrator(name=n.strip()) for n in fields.get("by", "").split(",") if n.strip()],
        weapons=[w.strip() for w in fields.get("weapons", "").split(",") if w.strip()],
        killed=count_of(fields.get("killed")),
        evidence=[evidence],
    )


MARKED = re.compile(
    r"(incident|statement|contradiction):(.*?)(?=\s*(?:incident|statement|contradiction):|\n|$)"
)


def fake_extraction(document: Document) -> Extraction:
    """Incidents, statements and contradictions from the marked clauses of a text.

    A clause runs from its marker (`incident:`...) to the next marker or the end of its line, so
    ingest re-joining hard-wrapped lines does not change what is found.
    """
    incidents: list[Incident] = []
    statements: list[Statement] = []
    contradictions: list[Contradiction] = []
    for found in MARKED.finditer(document.text):
        kind, fields = found.group(1), fields_of(found.group(0))
        evidence = Evidence(start=found.start(), end=found.end(), text=found.group(0))
        if kind == "incident":
            incidents.append(incident_of(fields, evidence))
        elif kind == "statement":
            statement = {
                "speaker": fields["speaker"],
                "quote": fields.get("quote", ""),
                "direct": True,
                "stance": fields.get("stance", "report"),
                "evidence": evidence,
            }
            statements.append(Statement.model_validate(statement))
        else:
            contradiction = {"kind": fields["kind"], "note": fields.get("note", ""), "evidence": [evidence]}
            contradictions.append(Contradiction.model_validate(contradiction))
    info = DocumentInfo(
        id=document.external_id,
        sha256=document.sha256,
        title=document.title,
        published=document.published.isoformat() if document.published else None,
        source=document.source,
        language=document.language,
        text=document.text,
    )
    return Extraction(
        document=info, incidents=incidents, statements=statements, contradictions=contradictions
    )


def fake_extractor(documents: Iterable[Document]) -> Iterator[Extraction]:
    for document in documents:
        if DELAY_SECONDS:
            time.sleep(DELAY_SECONDS)
        yield fake_extraction(document)


def main(argv: list[str]) -> int:
    """Ingest PATHs into DB_URL with the fake extractor; `--delay S` sleeps S seconds a document."""
    global DELAY_SECONDS
    from warledger.ledger import ingest_inputs

    if argv[0] == "--delay":
        DELAY_SECONDS, argv = float(argv[1]), argv[2:]
    outcome = ingest_inputs(argv[1:], argv[0], extractor=fake_extractor)
    print(f"{outcome.added} {outcome.already_stored} {outcome.rejected}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
