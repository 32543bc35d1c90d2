"""News reports we wrote ourselves (wire copy, NGO updates, an Airwars-style entry), each with what a
careful coder takes from it: the main incident's type, day, country, place and killed range.

The eval data holds ACLED notes only; these pin the news-like behaviour the held-out evaluation also
measures (relative dates, headlines and datelines, sources that disagree, figures for both sides). The
texts are fictionalised from the kinds of events such reports cover; none is copied from a source.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from warledger.extract import extract_text
from warledger.measure.scoring import predicted_incident

HERE = Path(__file__).parent / "news"
# expected.json, plus one expected_<batch>.json per later batch of reports (each batch pinned on its own)
EXPECTED: dict[str, dict[str, object]] = {
    name: case
    for path in sorted(HERE.glob("expected*.json"))
    for name, case in json.loads(path.read_text(encoding="utf-8")).items()
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_main_incident_of_a_news_report(name: str) -> None:
    case = EXPECTED[name]
    text = (HERE / name).read_text(encoding="utf-8")
    main = predicted_incident(extract_text(text, date.fromisoformat(str(case["published"]))).incidents)
    assert main is not None, name
    killed = [main.killed.min, main.killed.max] if main.killed else None
    got = {
        "event_type": main.event_type,
        "date_start": main.date_start,
        "country": main.place.country if main.place else None,
        "place": main.place.name if main.place else None,
        "killed": killed,
    }
    assert got == case["main"], name
