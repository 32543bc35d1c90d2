"""The rule overrides of event typing: the strong cues that decide the type on their own.

`rule_type` is ACLED's codebook as a ladder over a passage's signals (a label, a crowd's violence,
sexual violence, a suicide bomb, ... a headquarters established), each rung checked against its
blockers (`event_rule_blockers`); `fallback_type` is the weaker guess used only when no model is
shipped. Rules run before the model (`event_type.type_of_text`) and carry over to news the model never saw.
"""

from __future__ import annotations

from warledger.extract.event_cues import CAUSE_ONLY, caused_only, cues, event_signals
from warledger.extract.event_lead_signals import (
    CIVILIANS_KILLED_FIRST,
    FIGHT_AFTER_LEAD,
    GUN_BATTLE_FIRST,
    LOOTING_FIRST,
)
from warledger.extract.event_rule_blockers import (
    AMBUSH_CIVILIANS_BLOCKERS,
    ARMED_BLOCKERS,
    ARREST_BLOCKERS,
    ATTACK_BEFORE_FIGHT_BLOCKERS,
    BLOCKADE_BLOCKERS,
    CIVILIANS_AFTER_CLASH_BLOCKERS,
    CLASH_BETWEEN_BLOCKERS,
    CROWD_BEAT_BLOCKERS,
    CROWD_CLASH_BLOCKERS,
    CROWD_RIOT_BLOCKERS,
    CROWD_RIOTED_BLOCKERS,
    CROWD_VIOLENCE,
    DISARMED_BLOCKERS,
    DISPLACEMENT_ALONE,
    DISPLACEMENT_BLOCKERS,
    DRONE_METHOD_BLOCKERS,
    EXPLOSIVE_BLOCKERS,
    FIRE_RETURNED_BLOCKERS,
    FORCES_CLASH_BLOCKERS,
    FORCES_FIRED_BACK_BLOCKERS,
    FORCES_KILLED_CIVILIAN_BLOCKERS,
    FOUND_BODIES_BLOCKERS,
    FRIENDLY_FIRE_BLOCKERS,
    GRENADE_BLOCKERS,
    GUN_BATTLE_BLOCKERS,
    HARM_SIGNALS,
    HEAVY_MACHINE_GUN_BLOCKERS,
    HOUTHI_ARREST_BLOCKERS,
    INTERVENTION_BLOCKERS,
    KILLED_CIVILIANS_BLOCKERS,
    LOCALITY_RAIDED_BLOCKERS,
    LOOTING_BLOCKERS,
    MASS_ABDUCTION_BLOCKERS,
    MOVEMENT_BLOCKERS,
    NONSTATE_ARREST_BLOCKERS,
    NONSTATE_TOWN_BLOCKERS,
    ONE_SIDED_KILLING_BLOCKERS,
    PRESENCE_ONLY,
    PROTEST_RIOT_BLOCKERS,
    RIOTERS_CLASHED,
    RIOTERS_CLASHED_BLOCKERS,
    SEIZURE_BLOCKERS,
    SHELLING_BLOCKERS,
    SIZED_INTERVENTION_BLOCKERS,
    STATE_TAKEOVER_BLOCKERS,
    SUICIDE_ASSAULT_ARMS,
    SUICIDE_ASSAULT_FIGHT,
    SURRENDER_BLOCKERS,
    TAKEOVER_SIGNALS,
    VIOLENCE_SIGNALS,
    WAR_REMNANT_BLOCKERS,
)


def _label_type(signals: frozenset[str]) -> str | None:
    """The type named by an ACLED-style label opening the note ("Looting: On 4 May ...")."""
    for cue in cues():
        if cue.signal.startswith("label_") and cue.signal in signals:
            return cue.suggests
    return None


def protest_type(signals: frozenset[str]) -> str:
    """ACLED's protest ladder: lethal/live force > violent protesters > intervention > peaceful."""
    if "excessive" in signals:
        return "excessive_force_against_protesters"
    if "riot_violence" in signals:
        return "violent_demonstration"
    if "intervention" in signals:
        return "protest_with_intervention"
    return "peaceful_protest"


def _rioting_protest(own: frozenset[str]) -> bool:
    """Protesters' own burning, stoning or vandalising (not the riots a protest follows: "after the intense
    protests and riots in the prisons"), with nobody killed and no armed violence."""
    return "riot_violence" in own and not own & PROTEST_RIOT_BLOCKERS


def rule_type(signals: frozenset[str]) -> str | None:
    """The event type the strong cues decide on their own, or None to leave it to the model.

    Only cues that are rarely wrong and rare in training data decide here; common, ambiguous
    ones (a clash, a killing, a protest) are features for the model.
    """
    decided = _label_type(signals)
    if decided:
        return decided
    if "size_tag" in signals and "protest" not in signals and signals & CROWD_VIOLENCE:
        # a crowd event (the note gives its size) with violence and no protest; with demands, a riot of
        # demonstrators ("workers barricaded roads with burning tyres to demand their wages")
        return "violent_demonstration" if "demands" in signals else "mob_violence"
    if "mob_strict" in signals and not signals & {"protest", "suicide", "air", "ied", "shelling"}:
        if "loot_word" in signals and not signals & HARM_SIGNALS:
            return "looting_property_destruction"  # "a mob looted an armoury": no one hurt, property taken
        return "mob_violence"  # "a mob beat two men to death": ACLED codes a mob's violence as a riot
    if "sexual" in event_signals(signals) and "protest" not in signals:
        return "sexual_violence"
    if "suicide" in signals:
        # a coordinated assault (mortars, then suicide bombers storming the camp, then a battle with the
        # garrison) is ACLED's armed clash; a bomber alone is the suicide bomb
        return "armed_clash" if suicide_assault(signals) else "suicide_bomb"
    if "chemical" in signals:
        return "chemical_weapon"
    if "shot_down" in signals and not signals & {"clash", "protest"}:
        return "disrupted_weapons_use"
    if "grenade_at_crowd" in signals and not signals & {"grenade_launcher", "excessive", "shelling"}:
        # "a grenade attack on an opposition rally", "grenades were thrown into the crowd": the crowd is the
        # target, not the doer, so its protest does not block the grenade (ACLED's grenade, not a protest)
        return "grenade"
    if "protest" in signals and "excessive" in signals and "riot_violence" not in signals:
        return "excessive_force_against_protesters"
    if "protest" in signals and _rioting_protest(event_signals(signals)):
        return "violent_demonstration"  # "workers burned tyres and demonstrated": protesters' own violence
    if (
        "protest" in signals
        and "intervention" in signals
        and not event_signals(signals) & intervention_blockers(signals)
    ):
        # "police fired tear gas to break up a sit-in", no one shot; a killing the crowd protests is its cause
        # ("protested the death of a student in custody; police fired tear gas"), not harm done to it
        return "protest_with_intervention"
    if police_only_present(signals):
        return "peaceful_protest"  # "riot police stood guard as the traders dispersed peacefully"
    if {"size_tag", "intervention"} <= signals and not signals & SIZED_INTERVENTION_BLOCKERS:
        # ACLED sizes only crowds: police detaining or dispersing one that did no violence is a protest with
        # intervention even with no protest word ("detained 3 people who were collecting signatures")
        return "protest_with_intervention"
    if "weapons_seizure" in signals and not signals & SEIZURE_BLOCKERS:
        return "disrupted_weapons_use"  # "soldiers seized 250 IEDs": ACLED's weapons seizure
    if "premature_blast" in signals and not signals & {"suicide", "air", "shelling", "protest"}:
        return "disrupted_weapons_use"  # a bomb that went off as its own side planted it
    if "bomb_disarmed" in signals and not signals & DISARMED_BLOCKERS:
        return "disrupted_weapons_use"  # "police detonated a bomb planted at a mosque": defused, no one hurt
    if (
        "displacement" in signals
        and (caused_only(signals) or event_signals(signals) <= DISPLACEMENT_ALONE)
        and not event_signals(signals) & DISPLACEMENT_BLOCKERS
    ):
        # "260 people were displaced following a clash", or people who fled a threat with no violence told
        # ("residents fled after militants warned them to leave"): ACLED's displacement event
        return "other"
    if "war_remnant" in signals and not signals & WAR_REMNANT_BLOCKERS:
        # "an unexploded mortar round left from past fighting went off": ACLED's remote explosive, whatever
        # the old fighting's words say (they are no clash of the day); not beside a force's own fire that day
        return "remote_explosive_landmine_ied"
    if "grenade" in signals and not signals & GRENADE_BLOCKERS:
        return "grenade"
    if "ied" in signals and not signals & EXPLOSIVE_BLOCKERS and "drone_method" not in signals:
        return "remote_explosive_landmine_ied"  # not "used drones to drop explosive devices": an air strike
    if signals & {"air", "forces_bombed"} and not signals & EXPLOSIVE_BLOCKERS:
        return "air_drone_strike"  # "jets struck", "the army bombed militant targets": from the air
    if "drone_method" in signals and not signals & DRONE_METHOD_BLOCKERS:
        return "air_drone_strike"  # "attacked the police station with drones dropping explosives"
    if "mass_abduction" in event_signals(signals) and not signals & MASS_ABDUCTION_BLOCKERS:
        return "abduction_forced_disappearance"  # many taken, the lead kills no one before: the abduction
    if "friendly_fire" in signals and not signals & FRIENDLY_FIRE_BLOCKERS:
        # "soldiers mistakenly opened fire on their own comrades", "a friendly-fire incident": fire between
        # two armed units, ACLED's armed clash (an aircraft's or a gun's fire on its own side is typed by the
        # weapon)
        return "armed_clash"
    if two_sided_heavy_fire(signals):
        return "armed_clash"  # "a clash between GNA and LNA forces, involving heavy artillery fire"
    if signals & {"shelling_fired", "heavy_struck"} and not signals & SHELLING_BLOCKERS:
        # "fired three rockets at", "shells slammed into", "civilians were wounded by a Taliban mortar"
        return "shelling_artillery_missile_attack"
    if "heavy_machine_gun" in signals and not signals & HEAVY_MACHINE_GUN_BLOCKERS:
        return "shelling_artillery_missile_attack"  # "fired heavy machine guns at the positions": no fight
    if "both_directions" in signals and not signals & FIRE_RETURNED_BLOCKERS:
        return "armed_clash"  # "fired grenade launchers at positions ...; Ukrainian forces returned fire"
    if "forces_fired_back" in signals and not signals & FORCES_FIRED_BACK_BLOCKERS:
        return "armed_clash"  # "armed men started shooting; the police shot back": two armed sides fought
    if one_sided_killing(signals):
        return (
            "attack"  # "kidnapped and killed", "executed a young man", "beheaded", "an off-duty officer shot"
        )
    if "abduction" in event_signals(signals) and not signals & {"killing", "protest", "clash"}:
        return "abduction_forced_disappearance"
    if "nonstate_arrest" in signals and not signals & NONSTATE_ARREST_BLOCKERS:
        return "abduction_forced_disappearance"  # "militants detained 5 men": ACLED's arrests are the state's
    if "crowd_clash" in signals and not signals & CROWD_CLASH_BLOCKERS:
        return "mob_violence"  # supporters or youths fighting with machetes and sticks: no armed group
    if "crowd_beat" in signals and not signals & CROWD_BEAT_BLOCKERS:
        return "mob_violence"  # "a crowd of residents beat two suspected thieves": vigilante violence
    if "crowd_justice" in signals and not signals & CROWD_BEAT_BLOCKERS:
        return "mob_violence"  # "a crowd set a suspected thief's house on fire after beating him"
    if "crowd_riot" in signals and not event_signals(signals) & CROWD_RIOT_BLOCKERS:
        return "violent_demonstration" if "mob_strict" not in signals else "mob_violence"
    if signals >= RIOTERS_CLASHED and not signals & RIOTERS_CLASHED_BLOCKERS:
        return "violent_demonstration"  # "protesters set fire to churches, and clashes with police left ..."
    if no_fight_takeover(signals):
        return "non_violent_transfer_of_territory"  # "took control of the town without a fight"
    if "nonstate_took_named_seat" in signals and not signals & {"protest", "forces_took_named_seat"}:
        return "non_state_actor_overtakes_territory"  # "forces loyal to the former vice president seized Bor"
    if "forces_took_named_seat" in signals and not signals & {"protest", "nonstate_took_named_seat"}:
        return "government_regains_territory"  # "troops captured Kilinochchi, the rebels' capital"
    if "forces_retook" in signals and not signals & {"protest", "nonstate_takeover"}:
        return "government_regains_territory"  # "Afghan forces retook the district centre"
    if {"gov_takeover", "regain_word"} <= signals and "protest" not in signals:
        return "government_regains_territory"
    if {"gov_takeover", "take_control"} <= signals and not signals & STATE_TAKEOVER_BLOCKERS:
        return "government_regains_territory"  # "the army took control of the town after the rebels left"
    if "nonstate_took_town" in signals and not signals & NONSTATE_TOWN_BLOCKERS:
        return (
            "non_state_actor_overtakes_territory"  # "rebels took full control of the town": fighting or not
        )
    if (
        "nonstate_takeover" in signals
        and ("killing" not in signals or "toll_unknown" in signals)  # "Fatalities unknown.": none told
        and not event_signals(signals) & {"clash", "protest", "gov_takeover"}
    ):
        return "non_state_actor_overtakes_territory"  # no one killed; fighting at most in the run-up
    if (
        "cause_only:clash" in signals
        and signals & {"attack_civ", "civilian_victim"}
        and not event_signals(signals) & CIVILIANS_AFTER_CLASH_BLOCKERS
    ):
        return "attack"  # "soldiers killed 45 civilians following clashes with militias": the killing
    if signals & {"forces_clashed", "positions_attacked"} and not signals & FORCES_CLASH_BLOCKERS:
        return "armed_clash"  # "Ukrainian forces clashed with Russian forces near Avdiivka"
    if "crowd_rioted" in signals and not signals & CROWD_RIOTED_BLOCKERS:
        # "garment workers rioted over unpaid wages": a crowd with demands is a violent demonstration,
        # one without (a communal riot) mob violence
        return "violent_demonstration" if signals & {"demands", "protest"} else "mob_violence"
    if GUN_BATTLE_FIRST in signals and not signals & GUN_BATTLE_BLOCKERS:
        return "armed_clash"  # "stormed a base, setting off a gun battle": two armed sides fought
    if (
        "arrest" in signals
        and signals & {"state_actor", "state_forces"}
        and not event_signals(signals) & arrest_blockers(signals)
    ):
        # "police detained 44 people in dawn raids": no crowd, no violence ("rounded up 1,000 supporters
        # after the riots": violence named only as the cause is another event)
        return "arrests"
    if (
        "arrest" in signals
        and signals & {"houthi_authority", "taliban_authority"}
        and not event_signals(signals) & HOUTHI_ARREST_BLOCKERS
    ):
        # "pro-Houthi forces detained 5 teachers in Ibb": ACLED names the Houthis as Yemen's state forces
        # (its Supreme Political Council), so their detentions are arrests, as a state's are (not HTS's); so
        # are the Taliban's police and authorities since 2021 (ACLED's Police Forces of Afghanistan (2021-))
        return "arrests"
    if LOOTING_FIRST in signals and not signals & LOOTING_BLOCKERS:
        return "looting_property_destruction"  # "armed men looted the market; no one was killed"
    if "transfer" in signals and not signals & VIOLENCE_SIGNALS:
        # "handed over its camp to the army", no fighting; a handover "under the peace agreement" is the
        # handover (the agreement was signed before)
        return "non_violent_transfer_of_territory"
    if "agreement" in signals and not signals & VIOLENCE_SIGNALS:
        return "agreement"
    if crowd_blockade(signals):
        return protest_type(event_signals(signals))  # "families blocked the road demanding ...": a protest
    if fight_denied_killing(signals):
        return "attack"  # "police shot and killed a boy ... Residents said there was no exchange of fire"
    if {"ambush_civilians", "civilian_victim"} <= signals and not signals & AMBUSH_CIVILIANS_BLOCKERS:
        return "attack"  # "ambushed a bus ... and shot 28 passengers dead": no fight, civilians killed
    if killed_civilians(signals):
        return "attack"  # "killed at least 31 peasants, among them eleven children": no fight told
    if "forces_killed_civilian" in signals and not signals & FORCES_KILLED_CIVILIAN_BLOCKERS:
        return "attack"  # "KDF soldiers shot dead a herder": state forces killing an unarmed person, no fight
    if locality_raided(signals):
        return "attack"  # "Seven people were killed and nine wounded when gunmen attacked Kadisau"
    if attack_before_fight(signals):
        return "attack"  # the lead's killing of residents, with an exchange of fire told only after it
    if {"found_bodies", "violence_signs"} <= signals and not signals & FOUND_BODIES_BLOCKERS:
        return (
            "attack"  # "19 bodies found ... showed signs of torture": ACLED's attack, unless a fight is told
        )
    if "administration_set_up" in signals and not signals & MOVEMENT_BLOCKERS:
        return "change_to_group_activity"  # "the AFC/M23 appointed its own governor": a group's new rule
    if "hq" in signals and not signals & {"clash", "killing", "protest"}:
        return "headquarters_or_base_established"
    if "reinforcement" in signals and not event_signals(signals) & MOVEMENT_BLOCKERS:
        # "established new fortifications", "reinforcements arrived"; fighting told only as the cause ("troops
        # landed in Dili after weeks of fighting between army and police factions") is another event
        return "change_to_group_activity"
    if "arms_surrendered" in signals and not signals & SURRENDER_BLOCKERS:
        return "change_to_group_activity"  # "80 fighters surrendered to troops, handing over their rifles"
    return None


def arrest_blockers(signals: frozenset[str]) -> frozenset[str]:
    """What keeps a state's detention from being ACLED's arrests. Things the arresting forces seized in the
    same breath ("arrested 8 suspects and seized bomb-making materials from a rented house") are no looting:
    ACLED codes an arrest with a seizure as the arrest. Weapons seized with them ("arrested 6 members of an
    armed group and seized rifles and grenades") were not used: no fire, no grenade attack."""
    if {"arrest_seizure", "weapons_seizure"} <= signals:
        return ARREST_BLOCKERS - {"looting", "small_arms", "grenade"}
    if "arrest_seizure" in signals:
        return ARREST_BLOCKERS - {"looting"}
    return ARREST_BLOCKERS


def no_fight_takeover(signals: frozenset[str]) -> bool:
    """A place taken "without a fight", "unopposed": ACLED's non-violent transfer of territory, whoever takes
    it (government regains and non-state overtakes are battles: they need the fight this denies)."""
    return (
        "no_fight" in signals
        and bool(signals & TAKEOVER_SIGNALS)
        and not event_signals(signals) & VIOLENCE_SIGNALS
        and "protest" not in signals
    )


def fight_denied_killing(signals: frozenset[str]) -> bool:
    """People killed by armed men or forces where the note denies a fight ("there was no exchange of fire",
    "he did not fire back"): one-sided violence, ACLED's attack, even when the killers are state forces on an
    operation (which the model reads as a clash)."""
    return (
        "fight_denied" in signals
        and bool(signals & {"killing", "attack_civ"})
        and bool(signals & {"civilian_victim", "civilian_victims", "civilians_killed"})
        and not signals & KILLED_CIVILIANS_BLOCKERS
    )


def killed_civilians(signals: frozenset[str]) -> bool:
    """Civilians killed, with no fight, weapon from afar, crowd or cause clause told; not an exchange
    between state forces and armed men ("police were patrolling when armed men started shooting"), unless
    the civilians' killing is told before any state force is named (`CIVILIANS_KILLED_FIRST`: "rebels
    killed at least 80 civilians and soldiers ...", the soldiers among the dead or the killers' own)."""
    return (
        "civilians_killed" in signals
        and not signals & KILLED_CIVILIANS_BLOCKERS - heavy_arms_of_the_killers(signals)
        and (CIVILIANS_KILLED_FIRST in signals or not {"state_actor", "fighters_victims"} <= signals)
        and not any(s.startswith(CAUSE_ONLY) for s in signals)
    )


def heavy_arms_of_the_killers(signals: frozenset[str]) -> frozenset[str]:
    """Mortars or shells told beside rifles after the lead has told civilians killed ("the killing of large
    numbers of internally displaced people", then "troops fired rifles, machine guns and later mortars into
    the crowd"): weapons the killers carried on the scene, no fire from afar that makes the event shelling."""
    if CIVILIANS_KILLED_FIRST in signals and "small_arms" in signals:
        return frozenset({"shelling"})
    return frozenset()


def locality_raided(signals: frozenset[str]) -> bool:
    """Armed men raiding a settlement (a named locality, a village, town, market or trading centre) with
    people killed there and no fight, weapon from afar or crowd told: ACLED's attack on civilians, however
    many were wounded beside the dead ("when gunmen attacked Kadisau", "gunmen raided the market, killing 9
    traders"), and whatever the raiders looted or burnt (`LOCALITY_RAIDED_BLOCKERS`)."""
    return (
        "locality_raided" in signals
        and bool(signals & {"civilian_victim", "civilians_killed", "civilian_victims"})
        and not signals & LOCALITY_RAIDED_BLOCKERS
        and not {"state_actor", "fighters_victims"} <= signals
        and not caused_only(signals)
    )


def attack_before_fight(signals: frozenset[str]) -> bool:
    """Civilians attacked in the lead, with no fight, weapon from afar or crowd there, and an exchange of
    fire told only after the lead: the one-sided killing is the event (ACLED's attack); the later exchange
    (peacekeepers or troops firing back at the attackers) is a battle of its own."""
    return (
        FIGHT_AFTER_LEAD in signals
        and "attack_civ" in signals
        and bool(signals & {"civilian_victim", "civilian_victims"})
        and not signals & ATTACK_BEFORE_FIGHT_BLOCKERS
        and not {"state_actor", "fighters_victims"} <= signals
        and not caused_only(signals)
    )


def fallback_type(signals: frozenset[str]) -> str | None:
    """A rule guess from weaker cues, used only when no trained model is available."""
    if "protest" in signals and "protest_ban" not in signals:
        return protest_type(signals)
    order = [
        ("air", "air_drone_strike"),
        ("ied", "remote_explosive_landmine_ied"),
        ("mob", "mob_violence"),
        ("riot_violence", "violent_demonstration"),
        ("clash", "armed_clash"),
        ("shelling", "shelling_artillery_missile_attack"),
        ("abduction", "abduction_forced_disappearance"),
        ("attack_civ", "attack"),
        ("looting", "looting_property_destruction"),
        ("arrest", "arrests"),
        ("agreement", "agreement"),
        ("reinforcement", "change_to_group_activity"),
    ]
    return next((kind for signal, kind in order if signal in signals), None)


def one_sided_killing(signals: frozenset[str]) -> bool:
    """A killing whose own words make it one-sided: captives killed ("were kidnapped and killed by Taliban
    militants": ACLED codes an abduction that ends in a killing as the attack), an execution ("a Sharia court
    sentenced to death and executed a young male"), a beheading of someone not armed ("attacked the village,
    beheaded 1 person and burned several huts": the killing, not the huts) or a victim off duty ("a drive-by
    shooting against a police officer who was off-duty": an off-duty officer is no side in a fight); no
    fight, strike or crowd told."""
    own = event_signals(signals)
    beheaded = "beheading" in own and "armed_victim" not in own
    killed = "abducted_killed" in own or "execution" in own or beheaded
    off_duty = "off_duty" in own and bool(own & {"killing", "attack_civ", "armed_victim"})
    return (killed or off_duty) and not signals & ONE_SIDED_KILLING_BLOCKERS


def crowd_blockade(signals: frozenset[str]) -> bool:
    """People blocking a road, a bridge or an entrance with no violence told and no armed blockers ("a group
    of people blocked the roads demanding water", "parents whose children were abducted blocked the
    highway"): ACLED's protest, with intervention when police dispersed or detained them. Violence named
    only as the crowd's cause (the abduction the parents protest) does not block it."""
    own = event_signals(signals)
    return (
        "blockade" in own
        and not own & BLOCKADE_BLOCKERS
        and (not own & ARMED_BLOCKERS or "intervention" in own)
    )


def two_sided_heavy_fire(signals: frozenset[str]) -> bool:
    """Heavy weapons told in a fight between two sides ("clashes erupted between pro-Hadi and pro-STC forces
    ... with artillery", "a clash between GNA and LNA forces, involving heavy artillery fire"): the fire went
    both ways, ACLED's armed clash, not shelling; unless a strike from the air, a bomb, a crowd, civilians
    attacked or a territory change is the event, or the fight is only the cause told ("displaced following
    clashes between ...")."""
    own = event_signals(signals)
    return (
        "clash_between" in own
        and bool(own & {"shelling", "shelling_fired", "shelling_method", "heavy_fire", "heavy_struck"})
        and not signals & CLASH_BETWEEN_BLOCKERS
    )


def intervention_blockers(signals: frozenset[str]) -> frozenset[str]:
    """What keeps police action at a protest from being ACLED's intervention. Police beating protesters with
    batons ("officers charged with batons; marchers were chased down and beaten") is dispersal, not lethal
    force: the attack cue's beating words then do not block (a death still does)."""
    if {"forces_beat", "beating"} <= signals:
        return INTERVENTION_BLOCKERS - {"attack_civ"}
    return INTERVENTION_BLOCKERS


def suicide_assault(signals: frozenset[str]) -> bool:
    """Suicide bombers as one part of an assault on armed men: a fight with the garrison told ("stormed the
    base, battling soldiers for several hours", "troops fired back"), or a camp, base or garrison attacked
    with other arms beside the bombers ("shelled the camp with mortars, then suicide bombers stormed it").
    ACLED codes such a coordinated assault as an armed clash; a bomber alone stays a suicide bombing."""
    return bool(signals & SUICIDE_ASSAULT_FIGHT) or (
        "base_assault" in signals and bool(signals & SUICIDE_ASSAULT_ARMS)
    )


def police_only_present(signals: frozenset[str]) -> bool:
    """A protest where police or troops are only named ("riot police looked on", "stood guard as the traders
    dispersed peacefully"), with no intervention, violence or other event told: ACLED's peaceful protest.
    "Riot police" name the force, not what it did, so they do not make a protest one with intervention."""
    present = bool(signals & {"state_actor", "state_forces"})
    return "protest" in signals and present and signals <= PRESENCE_ONLY
