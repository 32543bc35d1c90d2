"""Scanners that run on lower-cased text find exactly what their IGNORECASE versions find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warledger.extract import event_actuality, event_cues
from warledger.extract.lexicon import Lexicon
from warledger.extract.targets import targets_lexicon
from warledger.extract.victims import victims_lexicon
from warledger.extract.weapons import weapons_lexicon

SAMPLES = [
    "Russian WARPLANES dropped Barrel Bombs and cluster munitions on a Hospital and a school.",
    "İdlib: an AIRSTRIKE hit a market; aid workers and CHILDREN were among the dead.",
    "Rebels will stage chemical attacks, officials claimed; mortar shells hit the MOSQUE.",
]


def ignorecase_matches(lexicon: Lexicon, text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in lexicon.scanner.finditer(text):
        if match.lastgroup is not None:
            found.append((match.start(), match.end(), lexicon.entries[int(match.lastgroup[1:])].label))
    return found


@pytest.mark.parametrize("lexicon", [weapons_lexicon(), targets_lexicon(), victims_lexicon()])
@pytest.mark.parametrize("text", SAMPLES)
def test_folded_lexicon_scanners_match_like_ignorecase(lexicon: Lexicon, text: str) -> None:
    assert lexicon.folded is not None
    assert lexicon.matches(text) == ignorecase_matches(lexicon, text)


def ignorecase_starts(text: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for cue in event_cues.cues():
        start = next((m.start() for m in cue.pattern.finditer(text) if event_actuality.actual(text, m)), None)
        if start is not None:
            found[cue.signal] = start
    return found


@pytest.mark.parametrize("text", SAMPLES)
def test_folded_event_cues_start_where_ignorecase_ones_do(text: str) -> None:
    assert event_cues.signal_starts(text) == ignorecase_starts(text)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="aAbBİıKkSsß ,.:'-0123456789 killedSHELLINGairstrike", max_size=80))
def test_folding_keeps_offsets_on_any_text(text: str) -> None:
    assert event_cues.signal_starts(text) == ignorecase_starts(text)
    assert weapons_lexicon().matches(text) == ignorecase_matches(weapons_lexicon(), text)
