"""The strings a pattern's every match contains: read from the pattern, and never wrong."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warledger.extract import event_cues
from warledger.extract.event_actuality import DAYS_AFTER_RE, PURPOSE_RE
from warledger.extract.literals import Guarded, LiteralIndex, may_match, required_literals


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bair ?strikes?\b", {"strike"}),
        (r"\b(?:killed|dead)\b", {"killed", "dead"}),
        (r"(?:shot|hit) by (?:drones?|jets?)", {" by "}),
        (r"\b(?:air|war)planes?", {"plane"}),
        (r"(?:x)+yz", {"yz"}),
        (r"\w+ forces", {" forces"}),
    ],
)
def test_required_strings_are_read_from_the_pattern(pattern: str, expected: set[str]) -> None:
    assert required_literals(re.compile(pattern)) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [r"\d+", r"(?:killed|\w+)", r"(?:a)?", r"(?i:killed)", r"[a-z]+"],
)
def test_patterns_without_required_strings_always_run(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) is None
    assert may_match(None, "")


def test_a_case_insensitive_pattern_has_none() -> None:
    assert required_literals(re.compile("killed", re.IGNORECASE)) is None


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"abdeiklmnoprstuy -,.", "air ", "strike", "killed ", "shell", "by "]),
        max_size=30,
    ).map("".join)
)
def test_a_text_without_the_strings_has_no_match(text: str) -> None:
    for cue in event_cues.cues():
        if cue.folded is not None and not may_match(cue.required, text):
            assert cue.folded.search(text) is None


def test_the_index_finds_strings_inside_longer_ones() -> None:
    index = LiteralIndex(
        [frozenset({"abc"}), frozenset({"ab"}), None, frozenset({"ba", "zz"}), frozenset({"bab"})]
    )
    assert index.possible("xabcx") == {0, 1, 2}
    assert index.possible("bab") == {1, 2, 3, 4}
    assert index.possible("") == {2}


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"abdeiklmnoprstuy -,.", "air ", "strike", "killed ", "shell", "by ", "protest"]),
        max_size=30,
    ).map("".join)
)
def test_the_index_tells_what_each_pattern_alone_tells(text: str) -> None:
    requirements = [cue.required for cue in event_cues.cues()]
    index = LiteralIndex(requirements)
    assert index.possible(text) == {k for k, r in enumerate(requirements) if may_match(r, text)}


GUARDED_WORDS = [
    "two",
    "days",
    "after",
    "AFTER",
    "Before",
    "a",
    "vote",
    "to",
    "end",
    "stop",
    "ſtop",
    "ı",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(GUARDED_WORDS), max_size=15), st.sampled_from([" ", "  ", ", "]))
def test_a_guarded_search_finds_what_the_pattern_finds(words: list[str], gap: str) -> None:
    """Skipping the scan when the key words are missing never loses a match, whatever the case."""
    text = gap.join(words)
    for pattern in (DAYS_AFTER_RE, PURPOSE_RE):
        found, expected = Guarded(pattern).search(text), pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_a_guard_reads_the_key_words_of_its_pattern() -> None:
    assert Guarded(DAYS_AFTER_RE).required == frozenset({"after", "before"})
    assert Guarded(re.compile(r"\w+ (?-i:LNA)", re.IGNORECASE)).required is None  # no folded twin
    assert Guarded(DAYS_AFTER_RE).search("two days later a vote was held") is None
