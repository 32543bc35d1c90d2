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
