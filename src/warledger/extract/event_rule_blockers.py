"""What keeps each strong cue from deciding the event type: the rules' blocker sets, by cue family.

Each rule of `event_rules.rule_type` fires on a strong cue unless the passage also holds a signal of
another kind of event (a grenade amid gunfire is a clash, a protest with armed violence is no violent
demonstration...); each set here says, with the ACLED convention behind it, which signals those are.
Kept apart from the rules so the rule ladder reads on one screen.
"""

from __future__ import annotations

# A grenade thrown amid gunfire, launched, or fired with shells is a clash or shelling, not `grenade`.
GRENADE_BLOCKERS = frozenset(
    {
        "grenade_launcher",
        "clash",
        "protest",
        "shelling",
        "small_arms",
        "positions_fire",
        "drone_method",
        "gunfire_beside_grenade",
    }
)
# A bomb or an air strike in the middle of a gun battle is coded as the battle; a defused bomb or a
# downed drone is disrupted weapons use.
EXPLOSIVE_BLOCKERS = frozenset({"clash", "small_arms", "positions_fire", "shot_down", "suicide", "protest"})
# Any of these means the passage reports violence, so a word like "agreement" is context, not the event.
VIOLENCE_SIGNALS = frozenset(
    {"clash", "killing", "shelling", "protest", "air", "ied", "attack_civ", "riot_violence", "abduction"}
)
# An old shell or bomb that goes off is the event unless a force's fire of the day is told beside it ("killed
# by Afghan forces mortars ... In another event, an unexploded mortar round went off").
WAR_REMNANT_BLOCKERS = frozenset(
    {
        "air",
        "suicide",
        "protest",
        "shot_down",
        "bomb_disarmed",
        "state_forces",
        "state_actor",
        "shelling_fired",
    }
)
# Words of a place changing hands, whoever takes it and however.
TAKEOVER_SIGNALS = frozenset(
    {"take_control", "gov_takeover", "nonstate_takeover", "nonstate_took_town", "forces_retook", "transfer"}
)
# Violence by a crowd: in a note that gives a crowd size but no protest words, the event is a riot (a
# crowd beating someone, "residents caught a suspected thief and beat him to death", is vigilante violence).
CROWD_VIOLENCE = frozenset(
    {"mob", "mob_strict", "attack_civ", "clash", "riot_violence", "civilian_victim", "beating"}
)
# Someone hurt or attacked: a mob that only loots is looting, one that also beats or kills is mob violence.
HARM_SIGNALS = frozenset(
    {"killing", "attack_civ", "civilian_victim", "armed_victim", "clash", "riot_violence"}
)
# Armed forces "clashed with" someone or "attacked positions" fought a battle, unless a crowd, a
# territory change or a strike is the event.
FORCES_CLASH_BLOCKERS = frozenset(
    {
        "protest",
        "size_tag",
        "mob",
        "mob_strict",
        "crowd_clash",
        "riot_violence",
        "take_control",
        "air",
        "shelling_fired",
        "ied",
        "suicide",
        "abduction",
        "sexual",
        "shelling_method",
        "drone_method",
        "grenade_launcher",
    }
)
# Fire that went both ways ("returned fire", "an exchange of fire") makes heavy weapons' fire a fight, ACLED's
# armed clash, unless a crowd, a strike from the air, a bomb, a downed weapon, civilians attacked or a
# territory change is the event.
FIRE_RETURNED_BLOCKERS = frozenset(
    {
        "protest",
        "size_tag",
        "mob",
        "mob_strict",
        "crowd_clash",
        "riot_violence",
        "take_control",
        "air",
        "ied",
        "suicide",
        "shot_down",
        "abduction",
        "sexual",
        "attack_civ",
        "civilian_victim",
        "civilians_killed",
        "nonstate_takeover",
        "gov_takeover",
        "forces_retook",
    }
)
# A drone named as the means of an attack ("attacked the post with drones") is a drone strike unless guns
# were fired or the drone was downed; "attacked ... post" alone is no gun battle.
DRONE_METHOD_BLOCKERS = frozenset(
    {"gunbattle", "small_arms", "positions_fire", "shot_down", "suicide", "protest"}
)
# Civilians killed after a fight named only as the cause: the killing is the event, unless violence of
# another kind is too.
CIVILIANS_AFTER_CLASH_BLOCKERS = frozenset(
    {
        "clash",
        "small_arms",
        "air",
        "ied",
        "shelling",
        "suicide",
        "protest",
        "mob",
        "mob_strict",
        "riot_violence",
        "abduction",
        "sexual",
    }
)
# Weapons found or seized with no one hurt and no one arrested (an arrest with a seizure is an arrest).
SEIZURE_BLOCKERS = frozenset(
    {
        "gunbattle",
        "killing",
        "protest",
        "attack_civ",
        "civilian_victim",
        "armed_victim",
        "abduction",
        "air",
        "arrest",
    }
)
# A mass abduction opening the report is the event even if a hostage dies ("kidnapped 39 students, killing
# one"), unless the report is of a battle, a bombing or a protest.
MASS_ABDUCTION_BLOCKERS = frozenset({"protest", "clash", "suicide", "air", "ied", "shelling", "chemical"})
# An armed group detaining people is ACLED's abduction (arrests are the state's), unless the detainees were
# killed, beaten or tortured (an attack), the report is of a fight or a crowd event, or the group governs
# where it detains (the Taliban, the Houthis, Hamas, HTS: ACLED codes their police's detentions as arrests).
NONSTATE_ARREST_BLOCKERS = frozenset(
    {"killing", "attack_civ", "beating", "violence_signs", "sexual", "protest", "clash", "size_tag"}
    | {"de_facto_authority"}
)
# Friendly fire is a clash between units unless a weapon from afar, a bomb or a crowd makes it another event.
FRIENDLY_FIRE_BLOCKERS = frozenset(
    {
        "air",
        "forces_bombed",
        "drone_method",
        "shelling",
        "shelling_fired",
        "heavy_struck",
        "heavy_machine_gun",
    }
    | {"ied", "grenade", "suicide", "chemical", "protest", "excessive"}
)
# The signals of a protest where forces are only present: the crowd, who was there and its size and demands.
PRESENCE_ONLY = frozenset(
    {"protest", "civilian_victims", "fighters_victims", "state_actor", "state_forces", "size_tag", "demands"}
)
# A suicide bombing told as part of a battle with the garrison, or of an assault on a camp with other arms.
SUICIDE_ASSAULT_FIGHT = frozenset({"gunbattle", "gun_battle", "forces_fired_back", "both_directions"})
SUICIDE_ASSAULT_ARMS = frozenset(
    {"shelling", "shelling_method", "shelling_fired", "heavy_fire", "small_arms", "light_arms", "gunbattle"}
)
# State forces killing an unarmed person is an attack unless a fight, a weapon from afar or a crowd is told.
FORCES_KILLED_CIVILIAN_BLOCKERS = frozenset(
    {"clash", "gunbattle", "gun_battle", "forces_clashed", "positions_attacked", "positions_fire"}
    | {"both_directions", "forces_fired_back", "armed_victim", "criminal_victims", "opened_fire"}
    | {"air", "ied", "shelling", "shelling_fired", "suicide", "grenade", "chemical"}
    | {"protest", "excessive", "intervention", "mob_strict", "crowd_clash", "crowd_riot", "riot_violence"}
    | {"size_tag"}
)
# Supporters or youths fighting with bladed weapons are a mob (ACLED: riots); guns or bombs make it armed.
CROWD_CLASH_BLOCKERS = frozenset(
    {"small_arms", "positions_fire", "air", "ied", "shelling", "suicide", "protest", "armed_victim"}
)
# A crowd (residents, villagers, passers-by) beating, stoning or burning people is ACLED's mob violence (its
# codebook files vigilante justice and lynching by a crowd there), unless protesters, guns or weapons of war
# make it another event.
CROWD_BEAT_BLOCKERS = frozenset(
    {"protest", "small_arms", "gun_battle", "forces_clashed", "air", "ied", "shelling", "suicide", "sexual"}
)
# A crowd burning or storming property is a riot, unless it killed or the report is of armed violence.
CROWD_RIOT_BLOCKERS = frozenset(
    {
        "killing",
        "attack_civ",
        "civilian_victim",
        "armed_victim",
        "small_arms",
        "air",
        "ied",
        "shelling",
        "suicide",
        "excessive",
        "clash",
    }
)
# Protesters who burn or stone property and clash (with police, with rivals) are rioting: ACLED's violent
# demonstration (every one of the 13 dev and other-period notes with all three cues), unless weapons of
# war or a gun battle make the fight an armed one.
RIOTERS_CLASHED = frozenset({"protest", "riot_violence", "clash"})
RIOTERS_CLASHED_BLOCKERS = frozenset(
    {
        "small_arms",
        "gun_battle",
        "forces_clashed",
        "positions_fire",
        "air",
        "ied",
        "shelling",
        "suicide",
        "chemical",
        "sexual",
        "mass_abduction",
    }
)
# Rockets or shells fired in a gun battle, an air raid, a bombing or a protest are that event's.
SHELLING_BLOCKERS = frozenset(
    {
        "clash",
        "small_arms",
        "positions_fire",
        "protest",
        "air",
        "ied",
        "suicide",
        "shot_down",
        "grenade",
        "abduction",
        "reinforcement",
    }
)
# An arrest at a protest, in a battle or after an attack is coded as that event; ACLED's notes of crowd events
# carry a size tag; an armed group's "arrest" is an abduction in ACLED's codebook (arrests are the state's).
ARREST_BLOCKERS = (SHELLING_BLOCKERS - {"reinforcement"}) | frozenset(
    {
        "attack_civ",
        "armed_victim",
        "civilian_victim",
        "killing",
        "shelling",
        "looting",
        "riot_violence",
        "mob",
        "sexual",
        "drug_lab",
        "arson",
        "excessive",
        "size_tag",
        "nonstate_arrest",
        "beating",
    }
)
# The Houthis detaining people is ACLED's arrests (it names them Yemen's state forces, the Supreme Political
# Council), as a state's are, unless the same violence blocks it; their non-state detention word does not.
HOUTHI_ARREST_BLOCKERS = ARREST_BLOCKERS - {"nonstate_arrest"} | {"abduction", "mass_abduction"}
# Heavy machine guns fired at a distance are ACLED's shelling (its heavy weapons), unless lighter arms were
# fired too or the fire went both ways: then the two sides fought, an armed clash. (`small_arms` counts
# heavy machine guns too, as the trained model learnt it; `light_arms` is every gun but them.)
HEAVY_MACHINE_GUN_BLOCKERS = frozenset(
    {
        "light_arms",
        "both_directions",
        "clash",
        "gunbattle",
        "forces_clashed",
        "positions_attacked",
        "protest",
        "air",
        "ied",
        "suicide",
        "abduction",
        "attack_civ",
        "civilian_victim",
    }
)
# Forces that moved, dug in or changed sides with no fighting, crowd, arrest or seizure told: ACLED's change
# to group/activity ("killing" alone may be "no fatalities reported"). A heavy weapon only named is what the
# moving forces brought ("reinforcements, including vehicles armed with 50mm guns, reached the base",
# "withdrawing two Patriot missile batteries"); it blocks only when fired ("shelling_fired",
# "shelling_method", "heavy_fire": "troops deployed in the schools fired on the hills with heavy weapons").
MOVEMENT_BLOCKERS = VIOLENCE_SIGNALS - {"killing", "shelling"} | frozenset(
    {
        "shelling_fired",
        "heavy_fire",
        "shelling_method",
        "heavy_machine_gun",
        "gunbattle",
        "positions_fire",
        "small_arms",
        "opened_fire",
        "suicide",
        "grenade",
        "sexual",
        "armed_victim",
        "civilian_victim",
        "size_tag",
        "arrest",
        "intervention",
        "mob",
        "mob_strict",
        "looting",
        "hq",
        "transfer",
        "agreement",
        "forces_retook",
        "nonstate_takeover",
        "gov_takeover",
        "take_control",
    }
)
# Fighters who surrendered to state forces or handed over their arms changed their group's activity, unless
# a fight, killing or crowd is the event. The rifles they handed over are no shooting, so small arms named do
# not block.
SURRENDER_BLOCKERS = MOVEMENT_BLOCKERS - {"small_arms"}
# State forces taking control of a place are ACLED's government regaining territory, unless an armed group
# (or foreign troops, which ACLED codes as one) took it, or the report is of a crowd, a strike or killings.
STATE_TAKEOVER_BLOCKERS = frozenset(
    {
        "nonstate_takeover",
        "nonstate_took_town",
        "protest",
        "size_tag",
        "killing",
        "air",
        "shelling",
        "suicide",
    }
    | {"arrest"}
)
# Rebels taking a town are ACLED's territory event even when the report counts the dead of the fighting;
# not when state forces take it back or the town was bombed from the air.
NONSTATE_TOWN_BLOCKERS = frozenset({"protest", "gov_takeover", "forces_retook", "air", "suicide", "ied"})
# Armed men carrying off goods and burning shops with no one killed, hurt or taken: looting. Their guns
# ("gunmen", "armed men") do not block it; any harm to people, a fight or a crowd event does.
LOOTING_BLOCKERS = frozenset(
    {
        "killing",
        "clash",
        "air",
        "ied",
        "shelling",
        "suicide",
        "abduction",
        "sexual",
        "protest",
        "mob_strict",
        "civilian_victim",
        "armed_victim",
        "excessive",
        "grenade",
        "arrest",
        "mob",
        "beheading",
        "settlement_attacked",
        "size_tag",
    }
)
# A crowd said to riot or rampage is a riot, whoever was hurt, unless the lead reports armed violence of
# another kind (a bombing, a gun battle, a mass abduction).
CROWD_RIOTED_BLOCKERS = frozenset(
    {"air", "ied", "suicide", "shelling", "chemical", "gun_battle", "sexual", "mass_abduction"}
)
# A gun battle is two armed sides fighting (every one of the 45 ACLED dev notes naming one is a clash),
# unless the lead reports a crowd event, a bombing or a territorial change instead.
GUN_BATTLE_BLOCKERS = frozenset(
    {
        "protest",
        "excessive",
        "crowd_riot",
        "crowd_clash",
        "mob_strict",
        "suicide",
        "air",
        "ied",
        "chemical",
        "sexual",
        "mass_abduction",
        "nonstate_took_town",
        "forces_retook",
        "gov_takeover",
    }
)


# Bodies found with signs of violence are an attack on whoever they were (ACLED), unless the text tells
# a fight, another weapon or crowd, or armed men among the dead; dead with a criminal record or drug ties
# ACLED codes as gang violence, a clash (7 of 9 training notes with such words).
FOUND_BODIES_BLOCKERS = frozenset(
    {
        "clash",
        "gunbattle",
        "gun_battle",
        "forces_clashed",
        "positions_attacked",
        "armed_victim",
        "fighters_victims",
    }
    | {"criminal_victims"}
    | {
        "air",
        "ied",
        "shelling",
        "suicide",
        "grenade",
        "excessive",
        "protest",
        "mob",
        "mob_strict",
        "riot_violence",
    }
)
# An ambush of a bus or of travellers whose dead are civilians is an attack on them (ACLED's violence against
# civilians; its "ambush" word is what the clash cue reads), unless armed men are among the victims or a
# fight or another weapon is told. Rockets fired at the ambushed vehicle and the vehicle set on fire are the
# ambush's own ("fired rockets and machine guns at the bus ..., then set it on fire"): an ambush is fought at
# close range, so its rockets are no shelling from afar, and a crowd's violence is still told by "mob".
AMBUSH_CIVILIANS_BLOCKERS = frozenset(
    {"armed_victim", "gunbattle", "gun_battle", "forces_clashed", "positions_attacked", "positions_fire"}
    | {"air", "ied", "suicide", "grenade", "protest", "mob", "mob_strict"}
)
# Armed men killing civilians with no fight, weapon from afar or crowd told ("Shining Path killed at least
# 31 peasants", "soldiers killed at least 23 unarmed civilians"): ACLED's attack, however often the report
# calls the killers "fighters" or names the guerrillas they said they fought.
KILLED_CIVILIANS_BLOCKERS = frozenset(
    {
        "armed_victim",
        "clash",
        "gunbattle",
        "gun_battle",
        "forces_clashed",
        "positions_attacked",
        "positions_fire",
    }
    | {"air", "ied", "shelling", "shelling_fired", "suicide", "grenade", "chemical", "protest", "mob_strict"}
    | {"riot_violence", "crowd_clash", "crowd_riot", "crowd_rioted", "sexual", "abduction", "mass_abduction"}
    | {"criminal_victims", "size_tag", "beating", "looting", "loot_verb", "arson", "found_bodies"}
)


# Armed men who raid a settlement and kill there are ACLED's attack whatever they took or burnt on the way
# ("rebels raided a trading centre ..., killing eight people", then "looted shops and set fire to more than 30
# houses"): the looting and arson of the raid block only the rules with no raiders named.
LOCALITY_RAIDED_BLOCKERS = KILLED_CIVILIANS_BLOCKERS - {"looting", "loot_verb", "arson", "riot_violence"}


# Bodies recovered are the toll of the killing the lead tells ("Red Cross workers have recovered 115 bodies").
ATTACK_BEFORE_FIGHT_BLOCKERS = KILLED_CIVILIANS_BLOCKERS - {"found_bodies"}


# Armed violence that, when found only in the cause clause of a protest, leaves the protest the event.
ARMED_VIOLENCE = frozenset(
    {
        "clash",
        "killing",
        "attack_civ",
        "civilian_victim",
        "armed_victim",
        "air",
        "ied",
        "shelling",
        "suicide",
        "small_arms",
        "excessive",
        "abduction",
    }
)
# Protesters who burn, stone or vandalise are a violent demonstration (ACLED's ladder: the crowd's own
# violence outranks a peaceful protest), unless people were killed or armed violence is in the report, or
# a mob's (those the other rules weigh).
PROTEST_RIOT_BLOCKERS = ARMED_VIOLENCE | frozenset({"mob_strict"})
# A bomb defused or blown up by those who found it is disrupted weapons use, unless someone was hurt or
# killed (then the report is about that) or another kind of strike is the event.
DISARMED_BLOCKERS = (ARMED_VIOLENCE - {"ied"}) | frozenset({"protest", "riot_violence", "mob", "mob_strict"})
# People displaced by fighting named only as the cause ("following a clash") are ACLED's "other"
# strategic development; not when the fighting ("during a battle"), a killing or a crowd event is itself
# reported, nor when no violence is named as the cause (a flood displaces people too).
# Displacement told with nothing else but the people who fled: no violence to code it by.
DISPLACEMENT_ALONE = frozenset({"displacement", "civilian_victims", "fighters_victims"})
DISPLACEMENT_BLOCKERS = ARMED_VIOLENCE | frozenset(
    {"protest", "riot_violence", "mob", "mob_strict", "looting", "arson", "abduction", "sexual"}
)
# Police dispersing, beating or detaining protesters is ACLED's intervention; not when someone was killed or
# shot, the crowd rioted, or the report is of armed violence. Protesters only injured ("police fired tear gas
# to disperse the students; three were injured") were dispersed: the killing cue's injury words do not block,
# its death words ("deaths") do.
INTERVENTION_BLOCKERS = (
    (ARMED_VIOLENCE - {"killing"})
    | frozenset({"deaths"})
    | frozenset(
        {
            "riot_violence",
            "crowd_riot",
            "crowd_rioted",
            "crowd_clash",
            "mob",
            "mob_strict",
            "sexual",
            "looting",
        }
    )
)
# A sized crowd that police detained or dispersed is a protest with intervention unless violence was told:
# the crowd's own (a riot), armed violence, a killing or lethal force against it.
SIZED_INTERVENTION_BLOCKERS = (
    INTERVENTION_BLOCKERS
    | CROWD_VIOLENCE
    | frozenset({"excessive", "killing", "arson", "loot_verb", "beating"})
)


# Killings told as one-sided by their own words: a captive killed ("kidnapped and killed", "abducted ...
# before executing him"), a person executed ("sentenced to death and executed a young man", "publicly
# executed"), a victim off duty ("shot a police officer who was off-duty": an off-duty member of the forces
# is no side in a fight). They are ACLED's attack, unless the report also tells a fight, a weapon from afar
# or a crowd event, which is then the event.
ONE_SIDED_KILLING_BLOCKERS = frozenset(
    {
        "clash",
        "gunbattle",
        "gun_battle",
        "forces_clashed",
        "positions_attacked",
        "positions_fire",
        "both_directions",
        "air",
        "ied",
        "shelling",
        "shelling_fired",
        "suicide",
        "grenade",
        "chemical",
        "protest",
        "mob",
        "mob_strict",
        "crowd_clash",
        "size_tag",
    }
)
# State forces firing back at those who shot at them ("the police shot back and two armed men were killed")
# fought two-sided: ACLED's armed clash, unless a crowd, a strike from afar or civilians killed is the event.
FORCES_FIRED_BACK_BLOCKERS = frozenset(
    {
        "protest",
        "size_tag",
        "mob",
        "mob_strict",
        "crowd_clash",
        "riot_violence",
        "air",
        "ied",
        "suicide",
        "shelling_fired",
        "civilians_killed",
        "civilian_victim",
        "sexual",
        "abduction",
        "mass_abduction",
    }
)

# People blocking a road or an entrance are a protest (ACLED files road blockades by civilians under
# protests), unless someone was hurt, property was burnt or taken, weapons are named, or armed men or state
# forces are the blockers (troops blocking a road are a security measure, an armed group's a move of its
# own); state forces are allowed when they only intervened ("police dispersed the blockade").
BLOCKADE_BLOCKERS = (
    (VIOLENCE_SIGNALS - {"protest"})
    | CROWD_VIOLENCE
    | frozenset(
        {
            "armed_victim",
            "small_arms",
            "arson",
            "looting",
            "loot_verb",
            "mob",
            "excessive",
            "sexual",
            "de_facto_authority",
            "nonstate_takeover",
            "reinforcement",
        }
    )
)
ARMED_BLOCKERS = frozenset({"state_actor", "state_forces", "fighters_victims"})

# A fight between two sides with heavy weapons is a clash unless a strike from the air, a bomb, a crowd's
# violence, civilians attacked or taken, or a territory change is the event.
CLASH_BETWEEN_BLOCKERS = frozenset(
    {"air", "ied", "suicide", "chemical", "protest", "size_tag", "mob", "mob_strict", "crowd_clash"}
    | {"riot_violence", "civilians_killed", "attack_civ", "abduction", "mass_abduction", "sexual"}
    | {"take_control", "gov_takeover", "forces_retook", "nonstate_takeover", "nonstate_took_town"}
)
