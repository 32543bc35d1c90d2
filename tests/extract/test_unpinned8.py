"""The general causes of news goldens left unpinned (tests/golden/news/README.md's table) fixed by the
"unpin7" session, each on a short text of our own (numbered 8, as the tolls13 session's are 7); the reports
pinned after them are in tests/golden/news/expected_unpinned_fixed8.json."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.event_type import event_type_of
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


def test_an_account_naming_only_the_town_is_of_the_town_a_lead_called_this_town() -> None:
    text = (
        "Town mourns a week after gun attack\n\n"
        "WUDIL, Nigeria, May 9 - Shops stayed shut in this market town on Thursday as residents marked a "
        "week since gunmen killed 14 people in its streets.\n\n"
        "A week ago today, about 20 armed men arrived on motorcycles at nightfall, drove through the town "
        "centre and opened fire on traders. The shooting lasted about an hour. The official toll stood on "
        "Thursday at 14 dead. A local imam said he had buried 16.\n\n"
        "The army said on Monday that it had sent troops to the area.\n\n"
        "More than 200 traders have been killed in raids on markets across Kano state since 2021."
    )
    assert main_place(text, date(2024, 5, 9)) == "Wudil"


def test_grenades_thrown_by_men_who_opened_fire_on_people_are_no_grenade_event() -> None:
    text = (
        "About 20 armed men drove into the village at dusk and opened fire on people in the market and in "
        "their homes, throwing grenades into shops as they went. Eleven people were killed."
    )
    assert event_type_of(text)[0] == "attack"


def test_a_grenade_thrown_with_no_gunfire_stays_a_grenade_event() -> None:
    text = "A man threw a grenade into a crowded bar on Friday night, killing three people and wounding 20."
    assert event_type_of(text)[0] == "grenade"
