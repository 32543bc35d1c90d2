"""The resolve data files parse and map into CONTRACT vocabularies."""

from __future__ import annotations

import re
import typing

from warledger.extract.models import EventCategory
from warledger.resolve.names import name_rules
from warledger.resolve.similarity import matching_data


def test_place_name_rules_are_lower_case_ascii_words() -> None:
    rules = name_rules()
    assert rules.articles and rules.qualifiers
    for word in rules.articles | rules.qualifiers:
        assert re.fullmatch(r"[a-z]+", word), word
    for spelling, sound in rules.digraphs:
        assert re.fullmatch(r"[a-z']+", spelling) and re.fullmatch(r"[a-z]*", sound)


def test_cumulative_cues_compile_and_common_words_are_lower_case() -> None:
    data = matching_data()
    assert set(data["cumulative_cues"]) == {"alone", "with_span"}
    for patterns in data["cumulative_cues"].values():
        for pattern in patterns:
            re.compile(pattern)
    assert all(w == w.lower() and " " not in w for w in data["common_words"])


def test_category_compatibility_names_contract_categories_with_scores_below_same_category() -> None:
    categories = set(typing.get_args(EventCategory))
    for first, second, score in matching_data()["category_compatibility"]:
        assert {first, second} <= categories and first != second
        assert 0 < score < 0.7


def test_open_ended_cues_are_lower_case_phrases() -> None:
    assert all(re.fullmatch(r"[a-z]+( [a-z]+)*", cue) for cue in matching_data()["open_ended_cues"])
