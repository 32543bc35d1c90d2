"""Cheap triggers and caches that let rules skip work: each must fire on every text its rule could match,
so skipping never changes a result (pinned on examples and on generated text; no wall-clock asserts)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warledger.extract import casualty_taken
from warledger.extract.casualty_taken import may_take_and_kill, taken_and_killed

TAKEN_AND_KILLED = [
    "Gunmen dragged 11 people from a bus and killed them.",
    "Gunmen dragged 11 people from a bus and shot them dead.",
    "Militants rounded up 8 villagers and executed THEM in the square.",
    "Soldiers took 5 men away before Executing Them.",
]


@pytest.mark.parametrize("sentence", TAKEN_AND_KILLED)
def test_the_taken_and_killed_trigger_fires_where_the_rule_counts(sentence: str) -> None:
    assert may_take_and_kill(sentence)
    assert taken_and_killed(sentence)


def test_the_taken_and_killed_trigger_stays_off_without_them() -> None:
    assert not may_take_and_kill("Gunmen killed 11 people on a bus near Kalat on Thursday.")


WORDS = st.sampled_from(
    [
        "Gunmen",
        "dragged",
        "rounded up",
        "11",
        "eight",
        "people",
        "from",
        "a bus",
        "and",
        "then",
        "killed",
        "shot",
        "executed",
        "them",
        "THEM",
        "Them",
        "dead",
        ".",
        ",",
        "All of them died",
        "at least",
        "the",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=16))
def test_the_trigger_never_changes_what_the_rule_finds(words: list[str]) -> None:
    sentence = " ".join(words)
    found = taken_and_killed(sentence)
    original = casualty_taken.may_take_and_kill
    casualty_taken.may_take_and_kill = lambda _: True  # the rule as it ran before the trigger
    try:
        assert taken_and_killed(sentence) == found
    finally:
        casualty_taken.may_take_and_kill = original


def test_quantities_are_remembered_and_each_caller_gets_its_own_list() -> None:
    from warledger.extract.casualty_quantities import quantities_in

    sentence = "Gunmen killed 12 people and wounded 20 others on 3 May."
    first = quantities_in(sentence)
    assert [(q.min, q.max) for q in first] == [(12, 12), (20, 20)]
    first.clear()  # a caller's changes to its list do not reach the remembered answer
    assert [(q.min, q.max) for q in quantities_in(sentence)] == [(12, 12), (20, 20)]
