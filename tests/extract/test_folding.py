"""A folded pattern over lowered text matches exactly where its IGNORECASE original matches."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warledger.extract import event_actuality
from warledger.extract.casualty_cues import cue_rules
from warledger.extract.date_rules import date_rule_index, date_rules, folded_date_rules
from warledger.extract.dates import DAYS_APART, FOLDED_DAYS_APART
from warledger.extract.folding import Folded, fold_pattern, folded_source, lowered

# Every character that lowers exactly (surrogates excluded), as written and lowered, in one string each.
KEPT = [c for c in map(chr, range(sys.maxunicode + 1)) if not 0xD800 <= ord(c) <= 0xDFFF and lowered(c)]
WRITTEN = "".join(KEPT)
LOW = "".join(c.lower() for c in KEPT)
CHARACTER_PATTERNS = [*"abcdefghijklmnopqrstuvwxyz0123456789", "[a-z]", "[^a-z]", r"\w", r"\W", "[a-z0-9]"]


@pytest.mark.parametrize("source", CHARACTER_PATTERNS)
def test_every_character_that_lowers_exactly_matches_as_ignorecase_does(source: str) -> None:
    assert len(LOW) == len(WRITTEN)
    ignoring = [m.start() for m in re.finditer(source, WRITTEN, re.IGNORECASE)]
    folded = [m.start() for m in re.finditer(source, LOW)]
    assert folded == ignoring


def test_text_with_letters_re_folds_otherwise_is_not_lowered() -> None:
    assert lowered("Kılıç") is None  # dotless i matches i under IGNORECASE
    assert lowered("İdlib") is None  # lowers to two characters
    assert lowered("Idlib Kelvin K") == "idlib kelvin k"


@pytest.mark.parametrize(
    "source",
    ["(?-i:LNA)|forces", r"\x41bc", r"caf\u00e9", "é"],
)
def test_patterns_with_case_of_their_own_are_not_folded(source: str) -> None:
    assert fold_pattern(re.compile(source, re.IGNORECASE)) is None


def test_a_pattern_without_ignorecase_is_not_folded() -> None:
    assert fold_pattern(re.compile("killed")) is None


def test_ranges_and_group_names_fold() -> None:
    folded = fold_pattern(re.compile(r"(?P<Who>[A-Z]\w+) (?:killed|Died)", re.IGNORECASE))
    assert folded is not None and folded.pattern == r"(?P<Who>[a-z]\w+) (?:killed|died)"


SAMPLES = [
    "Gunmen KILLED three villagers in Kılıç; the toll rose.",
    "İdlib: two were Fatally shot, and nobody was arrested.",
    "The ſhooting left no one hurt. Kelvin sign: K",
    "Protesters marched peacefully.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_casualty_trigger_finds_what_ignorecase_finds(text: str) -> None:
    trigger = cue_rules().trigger
    folded = Folded(trigger)
    assert folded.folded is not None
    assert [m.span() for m in folded.finditer(text)] == [m.span() for m in trigger.finditer(text)]
    assert bool(folded.search(text)) == bool(trigger.search(text))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="aAbBİıKkSsſß ,.:'-0123456789 killedTOLLdeadNOBODYhurt", max_size=80))
def test_folded_offsets_on_any_text(text: str) -> None:
    trigger = cue_rules().trigger
    folded = Folded(trigger)
    assert [m.span() for m in folded.finditer(text)] == [m.span() for m in trigger.finditer(text)]
    assert [m.span() for m in Folded(re.compile(r"\bk\w+", re.I)).finditer(text)] == [
        m.span() for m in re.finditer(r"\bk\w+", text, re.I)
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"(?P<Who>Syrian) \W(?P=Who)", r"(?P<Who>syrian) \W(?P=Who)"),
        (r"[A-Z]\S+ Forces", r"[a-z]\S+ forces"),
        ("(?-i:LNA)", None),
        ("ej[eé]rcito", None),
        (r"\x41", None),
    ],
)
def test_folded_sources_lower_their_own_letters_only(source: str, expected: str | None) -> None:
    assert folded_source(source) == expected


DATE_PHRASE = "On MONDAY Tuesday 3 May 2021 mAY 12th of June 1999 ago two days after İ ı ſ 2/3/2020 ,"
DATE_WORDS = DATE_PHRASE.split()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(DATE_WORDS), max_size=12).map(" ".join))
def test_a_date_rule_skipped_over_the_lowered_text_has_no_match(text: str) -> None:
    low = lowered(text)
    possible = date_rule_index().possible(low) if low is not None else frozenset()
    for k, ((pattern, _), folded) in enumerate(zip(date_rules(), folded_date_rules(), strict=True)):
        if low is not None and folded is not None and (k not in possible or folded.search(low) is None):
            assert pattern.search(text) is None
    assert bool(FOLDED_DAYS_APART.search(text)) == bool(DAYS_APART.search(text))


BEFORE_PHRASE = "rebels WILL plans to without no backed by the Support of fled Fleeing a series of İ ı latest"
BEFORE_WORDS = BEFORE_PHRASE.split()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(BEFORE_WORDS), max_size=8).map(lambda words: " ".join(words) + " "))
def test_the_one_not_actual_search_finds_what_the_five_find(before: str) -> None:
    five = (
        event_actuality.HYPOTHETICAL_RE,
        event_actuality.NEGATED_RE,
        event_actuality.FLED_RE,
        event_actuality.FEARED_RE,
        event_actuality.SERIES_RE,
    )
    assert bool(event_actuality.NOT_ACTUAL.search(before)) == any(p.search(before) for p in five)
    # support is searched on its own (a verb after it is the event: `actual`)
    assert bool(event_actuality.SUPPORTED.search(before)) == bool(event_actuality.SUPPORT_RE.search(before))
