"""Event typing of news-like reports as an ACLED coder codes them: the main event, not every cue in it."""

from __future__ import annotations

import pytest

from warledger.extract import event_cues as ec
from warledger.extract import event_lead_signals as el
from warledger.extract import event_rules as er
from warledger.extract import event_type as et
from warledger.extract import models


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped 39 students from a forestry college overnight, killing one hostage who tried to "
        "escape, police said.",
        "Suspected militants abducted more than 80 girls from a school on Monday night. A guard was "
        "shot dead during the raid.",
        "Dozens of villagers were abducted by armed men on Sunday; one of them was later found dead.",
    ],
)
def test_a_mass_abduction_stays_an_abduction_when_a_hostage_dies(text: str) -> None:
    assert et.event_type_of(text)[0] == "abduction_forced_disappearance"


def test_killings_before_the_abduction_make_it_an_attack() -> None:
    text = "Gunmen killed 12 villagers and abducted 30 others in the state on Sunday, residents said."
    assert "mass_abduction" not in ec.signals_in(text)


def test_seizing_goods_is_no_abduction() -> None:
    assert "mass_abduction" not in ec.signals_in(
        "Police seized 685,000 packs of cigarettes in two warehouses."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Protesters torched a police station in the town on Saturday after a civilian was killed, "
        "witnesses said.",
        "Youths burned a police station on Monday after a man was shot dead by soldiers at a checkpoint.",
    ],
)
def test_a_crowd_burning_property_over_a_killing_is_a_riot(text: str) -> None:
    assert et.event_type_of(text)[0] == "violent_demonstration"


def test_a_killing_in_the_cause_clause_is_marked_cause_only() -> None:
    signals = ec.signals_in("Residents stormed the office after a trader was killed by guards.")
    assert ec.CAUSE_ONLY + "killing" in signals
    assert "killing" not in ec.event_signals(signals)


def test_a_killing_in_the_main_clause_is_the_event() -> None:
    signals = ec.signals_in("Rioters killed a trader and torched his shop after a dispute.")
    assert "killing" in ec.event_signals(signals)


def test_party_supporters_fighting_with_machetes_are_mob_violence() -> None:
    text = (
        "Rival supporters of two political parties clashed with machetes and clubs in the town on Saturday, "
        "leaving four people dead, police said."
    )
    assert et.event_type_of(text)[0] == "mob_violence"


def test_a_crowd_clash_with_guns_is_not_a_mob() -> None:
    text = "Rival supporters clashed with machetes and automatic weapons, leaving four dead."
    signals = ec.signals_in(text)
    assert er.rule_type(signals) != "mob_violence"


def test_roadside_bombs_the_targets_planted_do_not_make_an_air_strike_an_ied() -> None:
    text = (
        "A NATO air strike killed 12 civilians on Saturday, officials said, but the alliance said the strike "
        "had targeted fighters planting roadside bombs."
    )
    assert et.event_type_of(text)[0] == "air_drone_strike"


def test_an_ied_report_stays_an_ied_when_an_air_strike_comes_later() -> None:
    starts = {"ied": 10, "air": 200}
    assert "ied" in el.lead_signals(starts)


@pytest.mark.parametrize(
    "text",
    [
        "Militants in the Gaza Strip fired three rockets at southern Israel on Wednesday. No one was hurt.",
        "Several civilians were killed when shells slammed into a residential district on Sunday.",
        # shelling as what killed, before a hospital's and an army's sentences that speak of civilians only
        "Heavy shelling killed 40 civilians in the rebel-held strip on Sunday, a doctor said. A makeshift "
        "hospital received 20 bodies and the rest were buried where they fell. The army denied firing into "
        "the zone and blamed the rebels for the deaths.",
    ],
)
def test_rockets_fired_or_shells_landing_are_shelling(text: str) -> None:
    assert et.event_type_of(text)[0] == "shelling_artillery_missile_attack"


def test_rockets_in_a_gun_battle_are_the_battle() -> None:
    text = "Rebels fired rockets and machine guns at army positions during clashes on Monday."
    assert er.rule_type(ec.signals_in(text)) != "shelling_artillery_missile_attack"


def test_a_march_over_a_killing_in_a_gunbattle_is_a_crowd_event() -> None:
    text = (
        "Hundreds of people marched through the old city chanting slogans after a militant commander was "
        "killed in a gunbattle with security forces on Wednesday. Police said 12 officers were hurt by "
        "stones."
    )
    assert models.CATEGORY_OF[str(et.event_type_of(text)[0])] in et.CROWD_CATEGORIES


def test_a_drone_firing_missiles_is_an_air_strike() -> None:
    text = "A suspected U.S. drone fired two missiles at a compound on Thursday, killing five militants."
    assert et.event_type_of(text)[0] == "air_drone_strike"


def test_militants_seizing_a_town_after_troops_withdrew_overtake_it() -> None:
    text = "Islamist militants seized the central Malian town of Konna after government troops withdrew."
    assert et.event_type_of(text)[0] == "non_state_actor_overtakes_territory"


def test_police_detaining_people_in_raids_are_arrests() -> None:
    text = (
        "Turkish police detained 44 people in dawn raids on Tuesday, state media reported. No one was hurt."
    )
    assert et.event_type_of(text)[0] == "arrests"


def test_an_armed_groups_arrest_is_not_coded_as_arrests() -> None:
    text = "HTS security forces arrested the head of a camp in the countryside of Idleb."
    assert er.rule_type(ec.signals_in(text)) != "arrests"


def test_state_forces_retaking_a_town_regain_territory() -> None:
    text = "Afghan forces retook the district centre on Sunday, a day after it fell to the Taliban."
    assert et.event_type_of(text)[0] == "government_regains_territory"


def test_rebel_forces_retaking_a_town_do_not_regain_for_the_government() -> None:
    assert "forces_retook" not in ec.signals_in("Houthi forces retook the town after heavy fighting.")


def test_a_mortar_attack_on_a_base_is_shelling_whoever_it_killed() -> None:
    text = "A mortar attack on a military base in the capital killed two soldiers."
    assert et.event_type_of(text)[0] == "shelling_artillery_missile_attack"


def test_an_exchange_of_artillery_fire_is_no_one_sided_shelling() -> None:
    text = "The two sides exchanged artillery fire on the frontline, incurring fatalities."
    assert "shelling_fired" not in ec.signals_in(text)


def test_soldiers_detaining_men_said_to_support_rebels_are_arrests() -> None:
    text = "Soldiers raided a village and detained dozens of men suspected of supporting the rebels."
    assert et.event_type_of(text)[0] == "arrests"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A bomb tore through a crowded market in the town on Monday, killing 12 people.",
            "remote_explosive_landmine_ied",
        ),
        (
            "A bomb hidden in a cart killed 12 people at a bus stop on Monday.",
            "remote_explosive_landmine_ied",
        ),
        # a bomb dropped from the air is a strike
        ("A warplane dropped a bomb killing 12 people in the village on Monday.", "air_drone_strike"),
    ],
)
def test_a_bomb_that_tore_through_or_killed_is_an_explosive(text: str, expected: str) -> None:
    assert et.event_type_of(text)[0] == expected


def test_a_handover_under_a_peace_agreement_is_the_transfer() -> None:
    text = (
        "Government police took over the town hall on Tuesday, completing the handover of the last of the "
        "rebel-held districts under last year's peace agreement. There was no shooting."
    )
    assert et.event_type_of(text)[0] == "non_violent_transfer_of_territory"


def test_police_breaking_up_a_sit_in_with_tear_gas_is_an_intervention() -> None:
    lead = (
        "Police fired tear gas to break up a sit-in by students outside the governor's office on Tuesday "
        "and beat several of them with batons before arresting nine, the students' union said."
    )
    signals = el.lead_signals(ec.signal_starts(lead))
    assert {"protest", "intervention", "beating"} <= signals
    assert er.rule_type(signals) == "protest_with_intervention"  # by rule: the model may read an attack
    # someone killed ("deaths": the killing cue's death words) is no intervention; only injured, it still is
    assert er.rule_type(signals | {"killing", "deaths"}) != "protest_with_intervention"
    assert er.rule_type(signals | {"killing"}) == "protest_with_intervention"


def test_firing_rifles_at_striking_workers_is_excessive_force() -> None:
    text = (
        "Military police fired assault rifles at striking garment workers blocking a road on Friday, "
        "killing at least three people, in the bloodiest crackdown on protesters in a decade."
    )
    assert "excessive" in ec.signals_in(text)


def test_a_human_chain_is_a_protest() -> None:
    text = (
        "Thousands of people formed a human chain along the main road through the town on Saturday to "
        "demand autonomy. The event passed off peacefully."
    )
    assert et.event_type_of(text)[0] == "peaceful_protest"


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike hit a busy square in the town on Sunday, killing at least 22 people, health workers "
        "said, as fighting between the army and a local militia spread.",
        "An air strike on a market killed 15 civilians on Friday, residents said, as clashes between rival "
        "factions intensified in the region.",
    ],
)
def test_fighting_in_a_clause_on_the_circumstances_does_not_make_an_air_strike_a_battle(text: str) -> None:
    assert et.event_type_of(text)[0] == "air_drone_strike"


def test_rapes_told_after_the_killings_are_part_of_the_attack() -> None:
    text = (
        "Gang members stormed a neighbourhood of the capital on Tuesday, shooting residents in the street "
        "and leaving at least 30 people dead, a rights group said. It said several women were raped during "
        "the attack."
    )
    assert et.event_type_of(text)[0] != "sexual_violence"


def test_a_rape_told_first_stays_sexual_violence_when_a_victim_dies() -> None:
    text = "Soldiers raped three women in the village on Sunday. One of them later died of her injuries."
    assert et.event_type_of(text)[0] == "sexual_violence"


@pytest.mark.parametrize(
    "text",
    [
        "A crowd of residents beat two men suspected of stealing a motorcycle and then set them on fire in "
        "a market district on Wednesday, killing both, police said.",
        "Villagers stoned a suspected cattle thief to death near the town on Sunday, police said.",
        "An angry crowd hacked two women accused of witchcraft to death on Friday, local officials said.",
    ],
)
def test_a_crowd_beating_or_burning_people_is_mob_violence(text: str) -> None:
    # ACLED's codebook files vigilante justice by a crowd under riots: mob violence, not an attack
    assert et.event_type_of(text)[0] == "mob_violence"


def test_a_crowd_beating_people_at_a_protest_is_left_to_the_protest_rules() -> None:
    text = "Residents beat two men during a protest march against fuel prices in the capital on Monday."
    signals = ec.signals_in(text)
    assert "crowd_beat" in signals
    assert er.rule_type(signals) is None


def test_a_series_of_strikes_as_the_subject_is_the_event() -> None:
    text = (
        "On 22 July, a series of air strikes hit the main vegetable market in the town, when it was "
        "crowded with shoppers. At least 31 civilians were killed."
    )
    assert "air" in ec.signals_in(text)
    assert et.event_type_of(text)[0] == "air_drone_strike"
    # after a preposition it still names the series the event belongs to
    assert "air" not in ec.signals_in("Gunmen killed nine people, the latest in a series of air strikes.")


def test_a_grenade_among_the_arms_carried_does_not_type_the_event() -> None:
    text = (
        "A large group of armed men attacked a site for displaced people. The attackers, armed with guns, "
        "grenades and machetes, entered the site and set fire to shelters. 64 people were killed."
    )
    assert "grenade" not in ec.signals_in(text)
    assert et.event_type_of(text)[0] == "attack"
    assert "grenade" in ec.signals_in("A man armed with a rifle threw a grenade into the bar.")


def test_control_of_the_area_regained_after_an_attack_is_order_restored() -> None:
    text = (
        "Police said armed men entered a neighbourhood on the edge of the town on Tuesday, set fire to "
        "houses and killed residents who tried to flee. He said 12 civilians had been killed and that the "
        "security forces had regained control of the area by the next morning."
    )
    assert not ec.signals_in(text) & {"forces_retook", "gov_takeover", "regain_word", "take_control"}
    assert et.event_type_of(text)[0] == "attack"
    retaken = "Government forces regained control of the town of Fafa on Friday after rebels withdrew."
    assert et.event_type_of(retaken)[0] == "government_regains_territory"


@pytest.mark.parametrize(
    "text",
    [
        "Armed members of the Shining Path killed at least 31 peasants, among them eleven children, when a "
        "column of about sixty fighters entered the village on the night of July 27.",
        "Soldiers entered the neighbourhood and killed at least 23 unarmed civilians, most of them men taken "
        "from their homes and shot beside the railway line.",
    ],
)
def test_armed_men_killing_civilians_with_no_fight_told_is_an_attack(text: str) -> None:
    assert et.event_type_of(text)[0] == "attack"


def test_police_shooting_back_at_armed_men_is_no_killing_of_civilians() -> None:
    text = (
        "Police officers were patrolling at a farm when unidentified armed men approached and started "
        "shooting. The police shot back and killed two men."
    )
    assert not er.killed_civilians(el.lead_signals(ec.signal_starts(text), text))


def test_a_helicopter_that_arrived_and_fired_on_an_area_is_an_air_strike_cue() -> None:
    text = "A helicopter arrived about twenty minutes later and fired on the area around the monastery."
    assert "air" in ec.signals_in(text)


def test_people_seized_by_armed_men_is_an_abduction_cue() -> None:
    text = "17 trade union leaders who were seized by heavily armed men at a church retreat house"
    assert "abduction" in ec.signals_in(text)


def test_armed_men_who_only_looted_are_looting() -> None:
    # "armed men" names who looted, not an attack told before the looting; a killing told after still counts
    assert et.event_type_of("Armed men looted shops in Gao on Monday. Nobody was hurt.")[0] == (
        "looting_property_destruction"
    )
    assert et.event_type_of("Armed men looted shops in Gao and shot dead a trader.")[0] == "attack"
