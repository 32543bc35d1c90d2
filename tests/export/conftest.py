"""Ledger incidents built by hand for export tests (no pipeline, no database)."""

from __future__ import annotations

import pytest

from warledger.extract.models import Evidence, Place
from warledger.resolve.models import (
    AllegedPerpetrator,
    FigureRange,
    LedgerIncident,
    SourcedEvidence,
    SourceFigure,
)


def figure(low: int, high: int, source: str, document: str, text: str) -> SourceFigure:
    return SourceFigure(
        min=low,
        max=high,
        source=source,
        document=document,
        evidence=[Evidence(start=0, end=len(text), text=text)],
    )


@pytest.fixture
def ledger() -> list[LedgerIncident]:
    """Two incidents: one geolocated with figures from two sources, one without coordinates."""
    located = LedgerIncident(
        id="12",
        event_type="air_drone_strike",
        event_category="explosions_remote_violence",
        date_start="2016-09-25",
        date_end="2016-09-25",
        date_precision="day",
        place=Place(name="Urum al-Kubra", country="SY", lat=36.1463, lon=36.9465, precision="city"),
        perpetrators=[
            AllegedPerpetrator(name="Russia", country="RU", alleged_by=["Reuters"]),
            AllegedPerpetrator(name="Syria", country="SY", alleged_by=["AFP"]),
        ],
        weapons=["guided_bomb"],
        targets=["humanitarian_aid", "civilians"],
        victim_groups=["children", "aid_workers"],
        killed=FigureRange(
            min=18,
            max=21,
            figures=[
                figure(18, 18, "Reuters", "a" * 64, 'at least 18, said, "x"'),
                figure(20, 21, "AFP", "b" * 64, "20 to 21 killed"),
            ],
        ),
        documents=["a" * 64, "b" * 64],
        sources=["Reuters", "AFP"],
        evidence=[
            SourcedEvidence(document="a" * 64, start=0, end=30, text='strike on a convoy, "aid"\nnew line')
        ],
    )
    unlocated = LedgerIncident(
        id="13",
        event_type="armed_clash",
        event_category="battles",
        date_start="2016-09-20",
        date_end="2016-09-26",
        date_precision="week",
        place=Place(name="somewhere", country=None, precision="region"),
        documents=["c" * 64],
        sources=["BBC"],
    )
    return [located, unlocated]
