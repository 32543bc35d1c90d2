"""The general causes of news goldens left unpinned (tests/golden/news/README.md's table) fixed by the
"unpin7" session, each on a short text of our own (numbered 8, as the tolls13 session's are 7); the reports
pinned after them are in tests/golden/news/expected_unpinned_fixed8.json."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.measure.scoring import predicted_incident


def main_place(text: str, published: date) -> str | None:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    return main.place.name if main.place else None


def test_the_town_of_the_clause_a_day_after_phrase_dates_is_the_event_s_place() -> None:
    text = (
        "Soldiers guard Kano markets after mob attack\n\n"
        "KANO, Nigeria, May 9 - Soldiers and riot police patrolled the markets of Kano on Thursday, two days "
        "after a mob armed with clubs and machetes attacked traders in Wudil, killing at least nine people, "
        "officials said."
    )
    assert main_place(text, date(2024, 5, 9)) == "Wudil"


def test_a_sentence_whose_own_clause_tells_the_killing_keeps_its_place() -> None:
    text = (
        "Gunmen kill 11 in Wudil\n\n"
        "KANO, Nigeria, May 9 - Gunmen killed 11 people in Wudil on Thursday, two days after a mob attacked "
        "traders in Kano."
    )
    assert main_place(text, date(2024, 5, 9)) == "Wudil"
