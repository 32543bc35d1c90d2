"""A single subject of "died along/together with" is one more of the dead, as one of "was killed along with"
is: "The driver died along with four passengers" tells five dead, "The two drivers died along with four
passengers" six (the two counted on their own), "The passengers died along with two soldiers" two more
than the passengers, whom it does not count."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.extract import extract_text


def dead(text: str) -> list[tuple[int, int]]:
    return [(i.killed.min, i.killed.max) for i in extract_text(text, date(2010, 5, 3)).incidents if i.killed]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The driver died along with four passengers when the bus hit a mine.", [(5, 5)]),
        ("Police said the commander died together with three of his bodyguards.", [(4, 4)]),
        ("His wife had died along with two of their children.", [(3, 3)]),
        ("The two drivers died along with four passengers when the bus hit a mine.", [(6, 6)]),
        ("The passengers died along with two soldiers.", [(2, 2)]),
        ("A soldier was killed along with two civilians.", [(3, 3)]),
    ],
)
def test_a_single_subject_of_died_along_with_is_one_more_dead(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert dead(text) == expected
