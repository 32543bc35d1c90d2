"""The main incident of a report, as `warledger eval` picks it, and its killed range: what the news
tests (test_news_*.py) assert on."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.models import Incident
from warledger.measure.scoring import predicted_incident


def main_incident(text: str, published: date) -> Incident:
    found = predicted_incident(extract_text(text, published).incidents)  # the one eval scores
    assert found is not None, text
    return found


def killed(found: Incident) -> tuple[int, int] | None:
    return (found.killed.min, found.killed.max) if found.killed else None
