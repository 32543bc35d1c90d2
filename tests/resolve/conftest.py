"""Builders for resolve tests: extracted incidents and documents made by hand (no spaCy pipeline)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from warledger.extract.models import Count, DocumentInfo, Evidence, Incident, Perpetrator, Place


def make_incident(
    place: str | None = "Urum al-Kubra",
    day: str | None = "2016-09-25",
    killed: tuple[int, int] | None = (18, 18),
    text: str = "an airstrike hit the village market",
    country: str | None = "SY",
    lat: float | None = None,
    lon: float | None = None,
    perpetrators: tuple[tuple[str, str | None], ...] = (),
    end: str | None = None,
    precision: str = "city",
    **fields: Any,
) -> Incident:
    """An extracted incident as one document tells it."""
    return Incident(
        event_type=fields.pop("event_type", "air_drone_strike"),
        date_start=day,
        date_end=end or day,
        date_precision="day" if day else None,
        place=Place.model_validate(
            {"name": place, "country": country, "lat": lat, "lon": lon, "precision": precision}
        )
        if place
        else None,
        killed=Count(min=killed[0], max=killed[1]) if killed else None,
        perpetrators=[Perpetrator(name=n, country=c) for n, c in perpetrators],
        evidence=[Evidence(start=0, end=len(text), text=text)],
        **fields,
    )


def make_document(number: int, source: str | None, published: str = "2016-09-26") -> DocumentInfo:
    """A stored document's description: a distinct SHA-256 per number."""
    return DocumentInfo(sha256=f"{number:064x}", source=source, published=published, language="en", text="")


@pytest.fixture
def incident() -> Callable[..., Incident]:
    return make_incident


@pytest.fixture
def document() -> Callable[..., DocumentInfo]:
    return make_document
