"""The data files of extraction: every entry parses and maps into CONTRACT's vocabularies; rule tables."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from warledger.extract.actors import alias_rows, demonyms
from warledger.extract.lexicon import lexicon_rows, phrase_pattern
from warledger.extract.models import TARGETS, WEAPONS
from warledger.extract.targets import targets_in
from warledger.extract.victims import victim_groups_in
from warledger.extract.weapons import weapons_in

VICTIM_GROUPS = {
    "children",
    "women",
    "civilians",
    "aid_workers",
    "journalists",
    "medical_staff",
    "rescue_workers",
    "displaced",
    "protesters",
    "police",
    "soldiers",
    "combatants",
    "detainees",
    "elderly",
}


@pytest.mark.parametrize(
    ("file_name", "key", "vocabulary"),
    [
        ("weapons.jsonl", "weapon", set(WEAPONS)),
        ("targets.jsonl", "target", set(TARGETS)),
        ("victims.jsonl", "group", VICTIM_GROUPS),
    ],
)
def test_every_lexicon_entry_compiles_and_maps_into_the_vocabulary(
    file_name: str, key: str, vocabulary: set[str]
) -> None:
    header, rows = lexicon_rows(file_name)
    assert int(str(header["version"])) >= 1
    for row in rows:
        re.compile(row["pattern"])
        assert row[key] in vocabulary, row


def test_every_actor_alias_compiles_with_a_country_and_kind() -> None:
    for pattern, actors in alias_rows():
        re.compile(pattern)
        for actor in actors:
            assert actor.kind in ("state", "non_state", "unknown")
            assert actor.country is None or re.fullmatch(r"[A-Z]{2}", actor.country)
    assert all(re.fullmatch(r"[A-Z]{2}", d.alpha2) for d in demonyms())


@pytest.mark.parametrize(
    "name",
    [
        "numbers.json",
        "casualty_cues.json",
        "date_words.json",
        "incident_cues.json",
        "actor_places.json",
        "actor_roles.json",
    ],
)
def test_json_data_files_parse_and_carry_a_version(name: str) -> None:
    data = json.loads(
        resources.files("warledger").joinpath("data", "extract", name).read_text(encoding="utf-8")
    )
    assert data["version"] >= 1


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        ("Russia's use of bunker-busting bombs", "bunker_buster"),
        ("incendiary munitions were dropped", "incendiary"),
        ("helicopters dropped barrel bombs", "barrel_bomb"),
        ("remnants of cluster bombs", "cluster_munition"),
        ("the town was shelled overnight", "artillery"),
        ("forces fired 120mm mortars", "mortar"),
        ("a Grad rocket hit the school", "rocket"),
        ("a cruise missile struck", "missile"),
        ("a drone strike on a car", "drone"),
        ("a roadside bomb exploded", "ied"),
        ("a car bomb went off", "vehicle_bomb"),
        ("a suicide bomber detonated his vest", "suicide_vest"),
        ("the boy stepped on a landmine", "landmine"),
        ("a Claymore mine ripped through a bus", "landmine"),
        ("a man was shot in the street", "small_arms"),
        ("he was stabbed with a knife", "melee"),
        ("attackers set fire to the houses", "fire"),
        ("Shahed-type loitering munitions hit the port", "drone"),
        ("a soldier hit the car with an FPV drone", "drone"),
        ("Geran-2 drones struck a substation", "drone"),
        ("aircraft dropped guided aerial bombs on the town", "guided_bomb"),
        ("a KAB-500 bomb hit a school", "guided_bomb"),
    ],
)
def test_weapon_table(sentence: str, weapon: str) -> None:
    assert weapon in weapons_in(sentence)


def test_grad_inside_a_place_name_is_no_rocket() -> None:
    """ "Novi Grad", "Stari Grad": the Slavic word for town; the rocket is "Grad rockets" or "Grads"."""
    assert "rocket" not in weapons_in("protesters marched through Stari Grad")
    assert "rocket" in weapons_in("rebels fired Grads at the town")


def test_shot_down_is_not_gunfire() -> None:
    assert "small_arms" not in weapons_in("air defences shot down a drone")


def test_grain_stores_are_no_market() -> None:
    assert "market" not in targets_in("raiders carried off the village's grain stores")
    assert "market" in targets_in("raiders looted the stores on the main street")


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("an assault on a UN aid convoy", "humanitarian_aid"),
        ("three White Helmets rescue centers", "rescue_services"),
        ("the civil defence centre was hit", "rescue_services"),
        ("water supplies are being targeted", "water_infrastructure"),
        ("the pumping station was destroyed", "water_infrastructure"),
        ("the hospital was bombed", "medical"),
        ("a clinic was hit", "medical"),
        ("a strike on a school", "education"),
        ("the crowded market", "market"),
        ("a mosque was hit", "religious"),
        ("homes were destroyed", "residential"),
        ("bomb shelters were decimated", "shelter"),
        ("two journalists were detained", "journalists"),
        ("an attack on a police station", "police"),
        ("the positions of the militia", "military"),
        ("the power station went dark", "energy_infrastructure"),
    ],
)
def test_target_table(sentence: str, target: str) -> None:
    assert target in targets_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("dozens of children and women", "children"),
        ("dozens of children and women", "women"),
        ("two aid workers", "aid_workers"),
        ("a nurse and two doctors", "medical_staff"),
        ("civilians fled", "civilians"),
    ],
)
def test_victim_group_table(sentence: str, group: str) -> None:
    assert group in victim_groups_in(sentence)


def test_a_phrase_pattern_matches_whole_phrases_longest_first() -> None:
    pattern = phrase_pattern(["blame", "in order to blame"])
    match = pattern.search("They shelled it In order to blame the militia.")
    assert match is not None and match.group(0) == "In order to blame"
    assert pattern.search("the blameless") is None


EMPTY_ALTERNATIVE = re.compile(r"\|\||\(\?:\||\(\||\|\)")


def _pattern_files() -> list[str]:
    data = resources.files("warledger") / "data"
    return sorted(
        f"{folder.name}/{item.name}"
        for folder in data.iterdir()
        if folder.is_dir()
        for item in folder.iterdir()
        if item.name.endswith((".json", ".jsonl"))
    )


@pytest.mark.parametrize("name", _pattern_files())
def test_no_pattern_in_a_data_file_has_an_empty_alternative(name: str) -> None:
    """An empty alternative ('residences?||drugs') matches nothing at all, so the words around it fire alone:
    the looting cue once gave every 'attacked' a looting signal that way."""
    text = (resources.files("warledger") / "data" / name).read_text(encoding="utf-8")
    assert not EMPTY_ALTERNATIVE.search(text), name
