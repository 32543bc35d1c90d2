"""Actors of news-like reports: named cartels and international forces, and who is not the agent."""

from __future__ import annotations

import pytest

from warledger.extract.actors import actor_mentions, actor_where, normalised_actors


@pytest.mark.parametrize(
    ("phrase", "acled_name"),
    [
        ("the Jalisco cartel", "CJNG: Jalisco New Generation Cartel"),
        ("Jalisco New Generation cartel", "CJNG: Jalisco New Generation Cartel"),
        ("the Sinaloa cartel", "Sinaloa Cartel"),
        ("members of the Gulf Cartel", "Gulf Cartel"),
        ("Los Zetas", "Los Zetas Gang"),
        ("the Comando Vermelho", "CV: Red Command"),
        ("a NATO air strike", "NATO: North Atlantic Treaty Organization"),
        ("AMISOM peacekeepers", "AMISOM: African Union Mission in Somalia"),
    ],
)
def test_a_reporters_name_for_a_named_group_meets_acleds(phrase: str, acled_name: str) -> None:
    assert [a.name for a in normalised_actors(phrase)] == [a.name for a in normalised_actors(acled_name)]
    assert normalised_actors(phrase)[0].name == acled_name


def test_the_gulf_clan_is_colombias_clan_del_golfo_not_a_mexican_cartel() -> None:
    assert normalised_actors("Gulf Clan")[0].country == "CO"


def test_an_unnamed_cartel_stays_an_unidentified_gang() -> None:
    assert normalised_actors("a drug cartel")[0].name == "Unidentified Gang"


def agents(text: str) -> dict[str, bool]:
    return {m.text: m.value.agent for m in actor_mentions(text)}


def test_a_group_in_a_passive_relative_clause_is_not_the_agent() -> None:
    found = agents(
        "The attack may be linked to the arrest of a leader of the CJNG who was detained last week."
    )
    assert found["CJNG"] is False


def test_forces_in_a_since_clause_are_background() -> None:
    text = "It was the deadliest blast since U.S. and Iraqi forces launched a security crackdown in February."
    assert found_agent(text) == []


def found_agent(text: str) -> list[str]:
    return [name for name, agent in agents(text).items() if agent]


def test_both_sides_of_a_clash_between_groups_act() -> None:
    text = "A clash between the TCP (Pure Third Command) and CV (Red Command) groups took place on Monday."
    assert {"TCP", "CV"} <= set(found_agent(text))


def test_accused_government_forces_are_the_alleged_perpetrator() -> None:
    text = "Opposition activists accused government forces of launching a poison gas attack on the suburbs."
    mention = next(m for m in actor_mentions(text) if m.text == "government forces")
    assert mention.value.agent and mention.value.actors[0].kind == "state"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "JERUSALEM - Palestinian militants in the Gaza Strip fired three rockets at southern Israel.",
            "militants",
        ),
        (
            "MAIDUGURI, Nigeria, Sept 9 (Reuters) - Islamist militants overran an army base on Friday.",
            "Islamist militants",
        ),
    ],
)
def test_the_subject_after_a_wire_dateline_acts(sentence: str, phrase: str) -> None:
    assert agents(sentence)[phrase] is True


def test_the_subject_of_a_passive_killing_is_the_victim() -> None:
    assert (
        agents("BAGHDAD (Reuters) - Iraqi soldiers were killed on Monday, police said.")["Iraqi soldiers"]
        is False
    )


def test_forces_loyal_to_haftar_are_the_lna() -> None:
    assert (
        normalised_actors("forces loyal to eastern commander Khalifa Haftar")[0].name
        == "Libya (Haftar faction)"
    )


@pytest.mark.parametrize(
    ("country", "name"),
    [("CM", "Ambazonian Separatists"), ("MM", "Rebels"), ("UA", "Novorossiya (DPR/LPR)")],
)
def test_bare_separatists_are_named_by_the_place(country: str, name: str) -> None:
    separatists = normalised_actors("separatists")[0]
    assert actor_where(separatists, "separatist gunmen", country).name == name
    assert actor_where(separatists, "pro-Russian separatists", country).name == "Novorossiya (DPR/LPR)"


@pytest.mark.parametrize(
    ("sentence", "named", "agent"),
    [
        (
            "MEXICO CITY (Reuters) - Gunmen from the Jalisco cartel ambushed a police convoy.",
            "Jalisco cartel",
            True,
        ),
        ("Police arrested gunmen from the Jalisco cartel on Monday.", "Jalisco cartel", False),
    ],
)
def test_a_generic_phrase_gives_way_to_the_named_group_it_belongs_to(
    sentence: str, named: str, agent: bool
) -> None:
    found = agents(sentence)
    assert found[named] is agent
    assert "Gunmen" not in found and "gunmen" not in found


def test_an_appositive_subject_acts() -> None:
    text = "Members of the ruling party's youth wing, the Imbonerakure, beat three opposition supporters."
    assert agents(text)["Imbonerakure"] is True


def test_government_warplanes_are_the_states() -> None:
    mention = actor_mentions("Government warplanes bombed a market in the rebel-held town on Tuesday.")[0]
    assert mention.value.agent and mention.value.actors[0].kind == "state"
