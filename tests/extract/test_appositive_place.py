"""A comma-set appositive with a settlement word after a name ("attacked Olenguruone, a farming settlement
about 30 kilometres south-west of Molo") marks the name as that kind of place, as "the settlement of X"
does; the same words on a person ("Otieno, a village elder") mark nothing."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from warledger.extract import extract_text
from warledger.extract.places.runs import _appositive_level
from warledger.extract.places.view import _Doc
from warledger.measure.scoring import predicted_incident


def test_a_village_named_by_its_appositive_is_the_place_of_the_attack() -> None:
    text = (
        "KITALE, Tuesday - Nine people died and dozens of huts were razed when a gang of about 300 youths "
        "carrying spears and clubs descended on Olenguruone, a farming settlement about 30 kilometres "
        "south-west of Molo, on Sunday night, police said."
    )
    found = predicted_incident(extract_text(text, date(1992, 3, 16)).incidents)
    assert found is not None and found.place is not None
    assert found.place.name == "Olenguruone"


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        (
            "raiders attacked Olenguruone, a farming settlement about 30 kilometres away.",
            "Olenguruone",
            "city",
        ),
        ("the army shelled Kibeho, a small hilltop village in the south.", "Kibeho", "city"),
        ("gunmen shot Otieno, a village elder, at dawn.", "Otieno", None),
        ("said Wanjiru, a farmer in the village, on Monday.", "Wanjiru", None),
        ("Mr Ali, a town councillor, was wounded.", "Ali", None),
    ],
)
def test_the_level_an_appositive_gives(nlp: Language, text: str, name: str, level: str | None) -> None:
    view = _Doc(nlp(text))
    start = text.index(name) + len(name)
    end = next(i for i, tok in enumerate(view.toks) if tok.idx >= start)
    assert _appositive_level(view, end) == level


def test_the_words_going_on_after_an_appositive_are_single_lowercase_words() -> None:
    from warledger.extract.gazetteer import _data, data_lines

    words = data_lines("appositive_after.txt")
    assert "# version: " in _data("appositive_after.txt")
    assert len(words) == len(set(words))
    assert all(w == w.lower() and " " not in w for w in words)
