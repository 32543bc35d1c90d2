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


EARLIER_MONTHS = (
    "Talks resume in northern town\n\n"
    "KAYES, Oct 21 - Elders of two farming communities met in the town hall of Kayes on Saturday to "
    "resume talks over grazing land, officials said.\n\n"
    "In June, armed men killed 40 villagers in a raid on a hamlet near the border. In July, at least 12 "
    "people were killed when herders and farmers fought over a well."
)


def test_a_news_sentence_dated_by_an_earlier_month_alone_is_background() -> None:
    extraction = extract_text(EARLIER_MONTHS, date(2019, 10, 21))
    dates = [i.date_start or "" for i in extraction.incidents]
    assert not any(d.startswith(("2019-06", "2019-07")) for d in dates), dates
    assert all(i.killed is None for i in extraction.incidents)


NUG_COUNT = (
    "Air strike hits monastery in Kanbalu\n\n"
    "December 14, 2023\n\n"
    "On the morning of Sunday, October 22, fighter jets bombed a monastery in Kanbalu, in Myanmar's Sagaing "
    "region, residents said. A helicopter then fired on the area as volunteers pulled the wounded out. "
    "The National Unity Government (NUG), the shadow administration formed by lawmakers ousted in the 2021 "
    "coup, said on October 23 that 31 people had been killed."
)


def test_a_year_in_an_apposition_about_a_source_does_not_make_its_count_history() -> None:
    extraction = extract_text(NUG_COUNT, date(2023, 12, 14))
    counted = [i for i in extraction.incidents if i.killed is not None and i.killed.max == 31]
    assert counted, "the NUG's count is a count of the strike, not of the 2021 coup"
    assert all(i.date_start == "2023-10-22" for i in counted)
