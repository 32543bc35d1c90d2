"""The situation report renders in the terminal, as Markdown and as HTML, and escapes hostile text."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from warledger.errors import ConfigurationError
from warledger.extract.models import Contradiction, Evidence, Place, Statement
from warledger.report import Situation, render_report
from warledger.report.tables import documents_table
from warledger.resolve.models import (
    AllegedPerpetrator,
    ContradictionSide,
    FigureRange,
    LedgerContradiction,
    LedgerIncident,
    SourcedEvidence,
    SourcedStatement,
    SourceFigure,
)
from warledger.store.records import StoredDocument

HOSTILE = "<script>alert('x')</script> [bold]markup[/bold] **md** | pipe"


def evidence(text: str) -> Evidence:
    return Evidence(start=0, end=len(text), text=text)


def sample_situation() -> Situation:
    figures = [
        SourceFigure(
            min=85, max=85, source="MESOP", document="a" * 64, evidence=[evidence("Another 85 Killed")]
        ),
        SourceFigure(
            min=92,
            max=92,
            source="EA WorldView",
            document="b" * 64,
            evidence=[evidence("92 people were killed")],
            attributed_to="Local Coordination Committees",
        ),
    ]
    denial = SourcedStatement(
        speaker="Vitaly Churkin",
        role="Russian Ambassador",
        affiliation="Russia",
        quote="only uses air power to get terrorists out",
        direct=True,
        stance="denial",
        evidence=evidence("only uses air power"),
        document="a" * 64,
        source="MESOP",
    )
    sunday = LedgerIncident(
        id="1",
        event_type="air_drone_strike",
        event_category="explosions_remote_violence",
        date_start="2016-09-25",
        date_end="2016-09-25",
        place=Place(name="Aleppo", country="SY", lat=36.2021, lon=37.1343),
        perpetrators=[AllegedPerpetrator(name="Russia", country="RU", alleged_by=["MESOP", "EA WorldView"])],
        weapons=["bunker_buster", "incendiary"],
        targets=["rescue_services", "water_infrastructure"],
        killed=FigureRange(min=85, max=92, figures=figures),
        documents=["a" * 64, "b" * 64],
        sources=["MESOP", "EA WorldView"],
        evidence=[SourcedEvidence(document="a" * 64, start=0, end=len(HOSTILE), text=HOSTILE)],
        statements=[denial],
        contradictions=[
            LedgerContradiction(
                kind="casualty_count",
                values=[85, 92],
                note="sources differ on the number killed",
                sides=[
                    ContradictionSide(value=85, source="MESOP", evidence=[evidence("Another 85 Killed")]),
                    ContradictionSide(value=92, source="EA WorldView", evidence=[evidence(HOSTILE)]),
                ],
            )
        ],
    )
    total = LedgerIncident(
        id="2",
        date_start="2016-09-22",
        date_end="2016-09-25",
        cumulative=True,
        place=Place(name="Aleppo", country="SY"),
        killed=FigureRange(min=350, max=350, approximate=True, figures=[]),
    )
    loose = Statement(
        speaker="Samantha Power",
        quote="It is barbarism.",
        direct=True,
        stance="accusation",
        about=["Russia"],
        evidence=evidence("It is barbarism."),
    )
    factual = Contradiction(
        kind="factual",
        values=[1994, 1995],
        note="Srebrenica dated 1994",
        evidence=[evidence("Srebrenica in 1994")],
    )
    return Situation(
        incidents=[total, sunday],
        statements=[loose],
        contradictions=[factual],
        documents=2,
        since=date(2016, 9, 19),
        until=date(2016, 9, 26),
        place="Aleppo",
    )


def test_terminal_report_shows_ranges_sources_statements_and_contradictions() -> None:
    out = io.StringIO()
    render_report(sample_situation(), None, Console(file=out, width=200))
    text = out.getvalue()
    for expected in (
        "2016-09-19 to 2016-09-26",
        "85–92",
        "MESOP: 85",
        "Local Coordination Committees",
        "Vitaly Churkin",
        "denial",
        "Samantha Power",
        "casualty count",
        "Srebrenica",
        "bunker buster",
        "water infrastructure",
        "running total",
        "[bold]markup[/bold]",
    ):
        assert expected in text, expected


def test_markdown_report_lists_every_section(tmp_path: Path) -> None:
    out = tmp_path / "sitrep.md"
    render_report(sample_situation(), out)
    text = out.read_text()
    for heading in (
        "# Situation report",
        "## Incidents by date and place",
        "## Weapons and targets",
        "## Who said what",
        "## Contradictions",
    ):
        assert heading in text
    assert "<script>" not in text and "\\<script\\>" in text
    assert "85–92" in text and "EA WorldView" in text


def test_html_report_is_self_contained_and_escapes_report_text(tmp_path: Path) -> None:
    out = tmp_path / "sitrep.html"
    render_report(sample_situation(), out)
    page = out.read_text()
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "http://" not in page and "https://" not in page and "<link" not in page
    assert "85–92" in page and "Vitaly Churkin" in page


def test_an_empty_situation_still_renders(tmp_path: Path) -> None:
    empty = Situation(incidents=[])
    render_report(empty, tmp_path / "empty.md")
    render_report(empty, tmp_path / "empty.html")
    assert "No incidents." in (tmp_path / "empty.md").read_text()
    assert "No incidents." in (tmp_path / "empty.html").read_text()


def test_an_unknown_report_suffix_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"\.md"):
        render_report(sample_situation(), tmp_path / "sitrep.pdf")


def test_documents_table_lists_provenance() -> None:
    from datetime import UTC, datetime

    row = StoredDocument(
        sha256="c" * 64,
        title=HOSTILE,
        source="MESOP",
        url="https://example.org/a",
        published="2016-09-26",
        retrieved_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
        language="en",
        characters=1234,
        incidents=5,
        statements=9,
    )
    out = io.StringIO()
    documents_table([row], Console(file=out, width=250))
    text = out.getvalue()
    assert "cccccccccccc" in text and "MESOP" in text and "[bold]markup[/bold]" in text and "1234" in text
