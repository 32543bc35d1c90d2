"""A sentence dated by bare years recalls history; it is no incident of the report, even undated."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import extract_text

RECALL = (
    "Shelling killed four people in Kharkiv on Tuesday, officials said. The mayor compared the "
    "attack to the bombing of Coventry in 1940 and the siege of Sarajevo in 1992."
)


@pytest.mark.parametrize("published", [None, date(2022, 3, 3)])
def test_bare_year_recollection_is_not_an_incident(published: date | None) -> None:
    extraction = extract_text(RECALL, published)
    assert extraction.incidents, "the shelling itself is an incident"
    assert all(not (i.date_start or "").startswith(("1940", "1992")) for i in extraction.incidents)
    evidence = [e.text for i in extraction.incidents for e in i.evidence]
    assert not any("Coventry" in text and "Kharkiv" not in text for text in evidence)


def test_a_dated_report_without_publication_date_keeps_its_day() -> None:
    report = "On 3 March 2022, shelling killed four people in Kharkiv, officials said."
    extraction = extract_text(report, None)
    assert extraction.incidents[0].date_start == "2022-03-03"
