"""News-like reports that date their main incident only relatively: the general causes of what the blind
batch "relative3" of news goldens (tests/golden/news/expected_relative3.json) got wrong, each on a text of our
own."""

from __future__ import annotations

from datetime import date

from report_helpers import main_incident

from warledger.extract.date_datelines import dateline_day
from warledger.extract.dates import date_values

THURSDAY = date(2004, 5, 13)


def test_hours_ago_count_whole_days_back_from_writing() -> None:
    days = [f.value.start.isoformat() for f in date_values("The two men were seized 48 hours ago.", THURSDAY)]
    assert days == ["2004-05-11"]
    days = [f.value.start.isoformat() for f in date_values("He vanished some 36 hours ago.", THURSDAY)]
    assert days == ["2004-05-12"]


def test_the_night_before_last_is_two_days_before_writing() -> None:
    found = date_values("Rebels shelled the camp the night before last.", THURSDAY)
    assert [(f.value.start.isoformat(), f.value.night) for f in found] == [("2004-05-11", True)]


def test_an_indian_dateline_after_a_byline_gives_the_filing_day() -> None:
    opening = "Curfew after riots\n\nBy Our Staff Reporter\n\nPATNA, May 12. - The army was called out today."
    assert dateline_day(opening, THURSDAY) == date(2004, 5, 12)
    assert dateline_day("Riots\n\nPATNA, May 12: - Police said today.", THURSDAY) == date(2004, 5, 12)


def test_the_previous_evening_counts_from_the_datelines_today() -> None:
    text = (
        "Curfew in Patna after clashes\n\n"
        "By Our Staff Reporter\n\n"
        "PATNA, May 12. - The army was called out here today after rioting the previous evening left at "
        "least nine people dead and 30 injured.\n\n"
        "Mobs attacked each other with swords and set fire to shops before the police opened fire."
    )
    assert main_incident(text, THURSDAY).date_start == "2004-05-11"


def test_the_day_after_the_first_event_word_dates_the_event_not_the_search() -> None:
    text = (
        "Hunt for kidnapped engineers\n\n"
        "LAGOS, May 13 (Reuters) - Police were searching the creeks on Thursday for four engineers seized "
        "48 hours ago from a pipeline camp near Warri, officials said.\n\n"
        "Armed men in speedboats took the engineers from their quarters before dawn, a spokesman said."
    )
    assert main_incident(text, THURSDAY).date_start == "2004-05-11"


def test_a_date_opening_the_sentence_or_a_relative_clause_keeps_the_main_clauses_day() -> None:
    text = (
        "On 10 May 2004, an activist who was arrested on 2 May 2004 said that police beat him in "
        "detention in Baku."
    )
    assert main_incident(text, THURSDAY).date_start == "2004-05-10"


def test_a_countrys_name_of_the_1970s_places_an_older_report() -> None:
    """Rhodesia and Zaire are Zimbabwe and the Democratic Republic of the Congo in reports of their time; a
    town near another country's border is not placed in that country."""
    text = (
        "Twelve killed in Rhodesia\n\n"
        "SALISBURY, June 25 (Reuter) - Guerrillas killed twelve missionaries at a mission near the eastern "
        "city of Umtali, near the border with Mozambique, the army said today."
    )
    found = main_incident(text, date(1978, 6, 26))
    assert found.place is not None and found.place.country == "ZW"
    text = (
        "Rebels kill 20 in Zaire\n\n"
        "Rebels killed 20 villagers in the village of Mbatakasa in eastern Zaire on Sunday, near the border "
        "with Uganda, missionaries said."
    )
    found = main_incident(text, date(1996, 10, 8))
    assert found.place is not None and found.place.country == "CD"
