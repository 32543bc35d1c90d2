"""The general causes of news goldens left unpinned (tests/golden/news/README.md's table) fixed by the
"tolls13" session, each on a short text of our own; the reports pinned after them are in
tests/golden/news/expected_unpinned_fixed7.json."""

from __future__ import annotations

from warledger.extract.casualties import casualty_figures


def killed(sentence: str) -> list[tuple[int, bool]]:
    return [
        (f.figure.count.max, f.figure.subset) for f in casualty_figures(sentence) if f.figure.kind == "killed"
    ]


def test_a_part_of_the_dead_told_after_the_verb_with_a_person_first_is_a_part() -> None:
    # the woman and the two boys are among the eight, not three more dead
    found = killed(
        "Elders said eight villagers had been killed, among them a woman and two boys, and 12 injured."
    )
    assert [n for n, subset in found if not subset] == [8]
    found = killed("The raid killed five people, including an elderly man and two girls.")
    assert [n for n, subset in found if not subset] == [5]


def test_a_family_the_dead_belong_to_is_no_count_of_the_dead() -> None:
    found = killed(
        "Elders said eight villagers had been killed, among them a man and two boys from one family, "
        "and that 12 were injured."
    )
    assert [n for n, subset in found if not subset] == [8]
    # the family's members are people
    assert [n for n, subset in killed("Two family members were killed in the strike.") if not subset] == [2]


def test_a_local_office_holder_named_before_counted_others_is_one_more_dead() -> None:
    # "killed a candidate and two of his sons": the verb before the office holder counts the sons too
    assert killed("Gunmen killed a local candidate and two of his sons.") == [(3, False)]
    assert killed("Rebels killed a village headman and three of his guards.") == [(4, False)]
    assert killed("Soldiers shot dead a former mayor and two of his bodyguards.") == [(3, False)]


def test_the_dead_killed_along_with_the_subject_are_counted_with_it() -> None:
    # a single subject is one more of the dead; a counted subject is a figure of its own
    assert killed("A soldier was killed along with two civilians.") == [(3, False)]
    assert killed("The headman was shot dead at his home along with his wife and three of his sons.") == [
        (5, False)
    ]
    assert killed("Four civilians were killed along with two soldiers.") == [(4, False), (2, False)]
    # no killing, no dead
    assert killed("He was arrested along with two others.") == []
