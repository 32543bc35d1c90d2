"""Wire copy whose casualty figures disagree and change (police, hospitals, rebels, monitors; tolls raised by
later deaths; both sides' dead; figures of other incidents as background): the general causes of what the
blind batch "narratives25" of news goldens (tests/golden/news/blind_narratives25.json) got wrong, each on a
text of our own."""

from __future__ import annotations

from datetime import date

from warledger.extract import extract_text
from warledger.extract.casualties import casualty_figures
from warledger.extract.casualty_context import is_cumulative
from warledger.measure.scoring import predicted_incident


def main_of(text: str, published: date) -> dict[str, object]:
    main = predicted_incident(extract_text(text, published).incidents)
    assert main is not None
    return {
        "date": main.date_start,
        "place": main.place.name if main.place else None,
        "killed": (main.killed.min, main.killed.max) if main.killed else None,
        "type": main.event_type,
    }


def killed(text: str) -> list[int]:
    return [f.figure.count.max for f in casualty_figures(text) if f.figure.kind == "killed"]


def test_a_total_across_the_country_opening_its_sentence_is_a_total() -> None:
    assert is_cumulative("Across the country at least 20 other people died in violence on polling day.")
    assert is_cumulative("Nationwide, 31 people were killed in the unrest, officials said.")
    assert not is_cumulative("Across the river, two fishermen were shot dead by the gunmen.")


def test_other_dead_across_the_country_do_not_add_to_the_incident() -> None:
    text = (
        "Troops shot dead five people at a checkpoint outside the town of Kisumu on Sunday, police said.\n\n"
        "The soldiers opened fire on a minibus that failed to stop, a police officer said.\n\n"
        "Across the country at least 20 other people were killed in violence on election day, according to "
        "police and party officials."
    )
    assert main_of(text, date(2007, 12, 31))["killed"] == (5, 5)


def test_a_year_named_by_its_number_after_the_first_half_makes_a_total() -> None:
    assert is_cumulative("The mission says 1,500 civilians were killed in the first half of 2011, a rise of 15 percent.")


def test_a_lower_count_another_source_verified_after_an_update_spans_with_it() -> None:
    text = (
        "Shelling of a market in the town of Kismayo killed at least 12 people on Monday, local officials said.\n\n"
        "On Tuesday the district commissioner said the toll had risen to 17 after five of the wounded died in "
        "hospital.\n\n"
        "The United Nations said it had so far confirmed nine deaths in the shelling."
    )
    assert main_of(text, date(2011, 3, 2))["killed"] == (9, 17)


def test_a_lower_count_told_again_as_made_earlier_gives_way_to_the_update() -> None:
    text = (
        "Shelling of a market in the town of Kismayo killed at least 17 people on Monday, local officials said, "
        "after the toll rose to 17 overnight.\n\n"
        "Police had initially confirmed nine deaths in the shelling."
    )
    assert main_of(text, date(2011, 3, 2))["killed"] == (17, 17)


def test_an_age_before_the_persons_verb_is_no_count() -> None:
    assert killed("A boy of nine died when the shell hit the house.") == [1]
    assert killed("A woman aged 70 had been shot dead in the courtyard.") == [1]
    assert killed("Nine died when the shell hit the house.") == [9]
