"""A single person named with "the" before a counted group is one more of the dead, as one named with "a" is:
"Gunmen killed the mayor and two of his bodyguards" tells three dead, "The elder and two others died" three;
a person named so in a sentence that counts no dead adds none."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import extract_text


def killed(text: str) -> list[tuple[int, int]]:
    return [(i.killed.min, i.killed.max) for i in extract_text(text, date(2010, 5, 3)).incidents if i.killed]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed the mayor and two of his bodyguards on Sunday.", [(3, 3)]),
        ("Gunmen killed the mayor and two bodyguards on Sunday.", [(3, 3)]),
        ("The elder and two others died in the attack.", [(3, 3)]),
        ("Gunmen killed a mayor and two of his bodyguards on Sunday.", [(3, 3)]),
        ("The soldiers killed 12 militants. The commander and two fighters escaped.", [(12, 12)]),
    ],
)
def test_the_person_named_before_a_count_is_one_more(text: str, expected: list[tuple[int, int]]) -> None:
    assert killed(text) == expected


def test_a_number_of_things_joins_no_chain_of_counted_people() -> None:
    """ "three children from one family among them, and ten injured": the family is no person, and the
    wounded are ten, not eleven."""
    from warledger.extract.casualties import casualty_figures

    text = "Seven people were killed, three children from one family among them, and ten injured."
    injured = [f.figure.count for f in casualty_figures(text) if f.figure.kind == "injured"]
    assert [(c.min, c.max) for c in injured] == [(10, 10)]
