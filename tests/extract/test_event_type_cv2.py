"""Event type: conventions from a second pass over the honest (cross-validated) misses of the training split.

A strike's target is no fight ("air strikes targeted militant positions" is an air strike); protesters only
injured by police who dispersed them were intervened on, not killed; the abduction a crowd's members are
kin to ("parents of kidnapped schoolgirls") happened before, in another event; people blocking a road are
a protest unless armed men or violence are told; forces that moved with heavy weapons only named changed
their activity. The texts here are written for the tests.
"""

from __future__ import annotations

import pytest

from warledger.extract import event_cues as ec
from warledger.extract import event_type as et
from warledger.extract.event_type_model import features_of


def ruled(text: str) -> str | None:
    """The type a rule decides (None when the model would decide)."""
    kind, confidence = et.type_of_text(text, text)
    return kind if confidence == et.RULE_CONFIDENCE else None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "On 11 June 2019, air strikes targeted military positions of the rebels near Kafr Nabl.",
            "air_drone_strike",
        ),
        (
            "On 2 March 2021, army helicopters attacked insurgent bases in the forest near Marte, "
            "killing 9 fighters.",
            "air_drone_strike",
        ),
        (
            "On 14 July 2018, a roadside bomb targeted an army patrol near Afgooye, wounding 3 soldiers.",
            "remote_explosive_landmine_ied",
        ),
    ],
)
def test_a_weapon_that_targeted_positions_is_no_fight(text: str, kind: str) -> None:
    assert "clash" not in ec.signals_in(text)
    assert ruled(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers backed by drones attacked rebel bases near Beni on Sunday.",
        "Militants attacked an army checkpoint near Dori with rifles.",
    ],
)
def test_forces_that_targeted_positions_still_fought(text: str) -> None:
    assert "clash" in ec.signals_in(text)


def test_protesters_only_injured_by_dispersal_were_intervened_on() -> None:
    text = (
        "On 8 October 2019, police fired tear gas to disperse students protesting a rise in fees in "
        "Mbarara; four students were injured."
    )
    assert ruled(text) == "protest_with_intervention"


def test_protesters_killed_are_no_intervention() -> None:
    text = (
        "On 8 October 2019, police fired tear gas to disperse students protesting in Mbarara; a student died."
    )
    assert "deaths" in ec.signals_in(text)
    assert ruled(text) != "protest_with_intervention"


def test_a_death_the_crowd_protests_does_not_block_its_intervention() -> None:
    text = (
        "On 3 May 2022, traders protested in Kisumu after the death of a hawker in a council raid; police "
        "fired tear gas to disperse them."
    )
    assert ruled(text) == "protest_with_intervention"


def test_the_rule_only_death_signal_is_no_model_feature() -> None:
    features = features_of(["died"], frozenset({"deaths", "killing", ec.CAUSE_ONLY + "deaths"}))
    assert "s=killing" in features
    assert not any("deaths" in f for f in features)


@pytest.mark.parametrize(
    "text",
    [
        "Parents of kidnapped schoolgirls marched through Gusau on Monday.",
        "Families of the 40 passengers abducted from the train gathered outside the station in Kaduna.",
        "Mothers whose sons were abducted by soldiers held a vigil in Diyarbakir on Saturday.",
    ],
)
def test_an_abduction_named_as_whose_kin_the_crowd_is_happened_before(text: str) -> None:
    assert ec.CAUSE_ONLY + "abduction" in ec.signals_in(text)


def test_an_abduction_of_kin_is_an_abduction() -> None:
    text = "On 4 April 2021, gunmen abducted the parents of a local chief in Kajuru."
    assert ec.CAUSE_ONLY + "abduction" not in ec.signals_in(text)
    assert ruled(text) == "abduction_forced_disappearance"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "On 9 March 2021, parents whose children were abducted from a boarding school blocked the road "
            "to the governor's office in Gusau.",
            "peaceful_protest",
        ),
        (
            "On 17 January 2022, truck drivers blocked the main highway into Lagos over extortion at "
            "checkpoints; police dispersed them with tear gas.",
            "protest_with_intervention",
        ),
        (
            "On 2 February 2023, residents of a hillside settlement blockaded the access road to a quarry "
            "near Arequipa, demanding compensation.",
            "peaceful_protest",
        ),
    ],
)
def test_people_blocking_a_road_protest(text: str, kind: str) -> None:
    assert ruled(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2020, soldiers blocked the roads leading to the presidential palace in Conakry.",
        "On 5 May 2020, HTS fighters blocked the road in front of a Turkish convoy near Atarib.",
        "On 5 May 2020, youths blocked the highway with burning tyres in Kumba, demanding water.",
    ],
)
def test_armed_or_violent_blockers_are_no_peaceful_protest(text: str) -> None:
    assert ruled(text) != "peaceful_protest"


@pytest.mark.parametrize(
    "text",
    [
        "On 12 August 2019, coalition reinforcements, including armoured vehicles with heavy weapons, "
        "reached the base at Al Abr.",
        "On 3 March 2021, the army deployed two artillery batteries and 400 troops to the border near "
        "Kassala.",
    ],
)
def test_forces_moving_with_heavy_weapons_only_named_change_their_activity(text: str) -> None:
    assert ruled(text) == "change_to_group_activity"


def test_forces_that_moved_and_fired_artillery_do_not_only_move() -> None:
    text = "On 3 March 2021, troops were deployed near Kassala and fired artillery shells at the hills."
    assert ruled(text) != "change_to_group_activity"


def test_forces_that_moved_and_fired_heavy_weapons_far_from_the_verb_do_not_only_move() -> None:
    text = (
        "On 6 June 2021, troops were deployed in two schools near Paletwa and fired on the hills around "
        "the villages with heavy weapons."
    )
    assert "heavy_fire" in ec.signals_in(text)
    assert ruled(text) != "change_to_group_activity"


@pytest.mark.parametrize(
    "text",
    [
        "On 21 May 2019, a woman was killed and two children were wounded by a Taliban mortar in Charkh.",
        "On 9 June 2022, a school was destroyed by Russian artillery fire in Lysychansk.",
    ],
)
def test_people_or_places_hit_by_a_heavy_weapon_were_shelled(text: str) -> None:
    assert ruled(text) == "shelling_artillery_missile_attack"


def test_a_rocket_propelled_grenade_is_no_heavy_weapon_from_afar() -> None:
    assert "heavy_struck" not in ec.signals_in("Two soldiers were wounded by a rocket-propelled grenade.")


@pytest.mark.parametrize(
    "text",
    [
        "On 14 February 2021, the military forces of Burkina Faso bombed jihadist targets near Djibo.",
        "On 2 August 2017, government forces bombed rebel-held villages in the Nuba Mountains, killing 3.",
    ],
)
def test_a_states_forces_that_bombed_struck_from_the_air(text: str) -> None:
    assert ruled(text) == "air_drone_strike"


def test_bomb_suspects_arrested_are_no_bombing() -> None:
    assert "forces_bombed" not in ec.signals_in("On 3 May 2020, the army arrested two bomb suspects in Kano.")


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2020, a clash between Tuareg and Arab militias, involving mortar fire, was reported.",
        "On 12 March 2020, clashes erupted between army units and the SPLA-IO near Yei with heavy artillery.",
    ],
)
def test_heavy_weapons_in_a_clash_between_two_sides_are_the_clash(text: str) -> None:
    assert ruled(text) == "armed_clash"


def test_a_clash_between_two_sides_told_only_as_a_cause_is_no_clash_of_the_event() -> None:
    text = "On 12 March 2020, rockets fired after clashes between two militias hit a house in Tripoli."
    assert ruled(text) != "armed_clash"


def test_a_road_blocked_with_words_between_verb_and_road_is_a_blockade() -> None:
    text = "On 4 May 2021, farmers blocked with two tractors the Pan-American highway, demanding credit."
    assert ruled(text) == "peaceful_protest"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2021, police beat marchers with batons to disperse an opposition march in Kampala.",
        "On 4 June 2021, police broke up a sit-in by nurses in Harare; several nurses were beaten by police.",
    ],
)
def test_protesters_beaten_by_police_were_dispersed(text: str) -> None:
    assert ruled(text) == "protest_with_intervention"


def test_protesters_beaten_to_death_are_no_intervention() -> None:
    text = "On 4 June 2021, police broke up a sit-in in Harare; a nurse was beaten by police and died."
    assert ruled(text) != "protest_with_intervention"


def test_a_mass_abduction_after_an_earlier_one_in_its_line_is_read_at_its_own_words() -> None:
    text = "Relatives of a man abducted in May said gunmen kidnapped 14 villagers in Kajuru on Monday."
    assert ec.CAUSE_ONLY + "mass_abduction" not in ec.signals_in(text)
