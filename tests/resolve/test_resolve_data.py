"""The resolve data files parse and map into CONTRACT vocabularies."""

from __future__ import annotations

import re

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
    for pattern in data["cumulative_cues"]:
        re.compile(pattern)
    assert all(w == w.lower() and " " not in w for w in data["common_words"])
