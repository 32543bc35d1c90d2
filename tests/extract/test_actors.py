"""Actors: the alias table normalises names, and only actors in agent position are perpetrators."""

from __future__ import annotations

import pytest

from warledger.extract.actors import actor_mentions, normalised_actors


@pytest.mark.parametrize(
    ("name", "actor", "country", "kind"),
    [
        ("regime forces", "Syria", "SY", "state"),
        ("the Assad regime", "Syria", "SY", "state"),
        ("the Syrian military", "Syria", "SY", "state"),
        ("Military Forces of Syria (2000-)", "Syria", "SY", "state"),
        ("Moscow", "Russia", "RU", "state"),
        ("Ukrainian Forces", "Ukraine", "UA", "state"),
        ("Military Forces of Ukraine (2019-)", "Ukraine", "UA", "state"),
        ("Unidentified Armed Group (Mexico)", "Unidentified Armed Group", "MX", "unknown"),
        ("Houthi forces", "Houthis", "YE", "non_state"),
        ("Al Shabaab", "Al Shabaab", "SO", "non_state"),
        ("Taliban", "Taliban", "AF", "non_state"),
        ("Police Forces of Brazil (2019-) Military Police", "Police Forces", "BR", "state"),
        ("Nigerian army", "Nigeria", "NG", "state"),
        ("Israeli air strikes", "Israel", "IL", "state"),
        ("Turkish shelling", "Turkey", "TR", "state"),
    ],
)
def test_alias_table_normalises_names(name: str, actor: str, country: str, kind: str) -> None:
    found = normalised_actors(name)
    assert found, name
    assert (found[0].name, found[0].country, found[0].kind) == (actor, country, kind)


def test_adjectival_bombing_names_both_states() -> None:
    [mention] = actor_mentions("92 people were killed amid Russian-regime bombing of Aleppo.")
    assert {a.country for a in mention.value.actors} == {"RU", "SY"}
    assert mention.value.agent


@pytest.mark.parametrize(
    ("sentence", "phrase", "agent"),
    [
        (
            "The Ukrainian Forces fired mortars at the positions of the Luhansk People's Militia.",
            "Ukrainian Forces",
            True,
        ),
        (
            "The Ukrainian Forces fired mortars at the positions of the Luhansk People's Militia.",
            "Luhansk People's Militia",
            False,
        ),
        ("Incendiary bombs were loaded onto Moscow's warplanes.", "Moscow", True),
        ("The village was shelled by regime forces.", "regime forces", True),
        ("Unidentified gunmen killed a resident.", "Unidentified gunmen", True),
        ("Rebels attacked an army post.", "Rebels", True),
        # the subject that opens a note, however far its verb
        (
            "On 9 May 2020, military forces of Artsakh located at nameless hills fired at positions.",
            "military forces of Artsakh",
            True,
        ),
        (
            "On 9 May 2020, Ukrainian soldiers were wounded by shelling near the town.",
            "Ukrainian soldiers",
            False,
        ),
    ],
)
def test_agent_position(sentence: str, phrase: str, agent: bool) -> None:
    by_text = {m.text: m.value.agent for m in actor_mentions(sentence)}
    assert by_text[phrase] is agent
