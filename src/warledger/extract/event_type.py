"""Event type (ACLED sub-event type) of a passage: cue rules first, a small linear model otherwise.

Two parts, because the evidence comes in two kinds. Strong, unambiguous cues ("Looting:" labels,
"raped", "suicide bomber", "shot down a drone", live fire on protesters...) decide by rule, following
ACLED's coding conventions; they carry over to news-like narratives the model never saw. Everything else
goes to a multinomial logistic regression over lower-cased words, their stems, the cue signals and
their pairs, decoded category first, trained by `scripts/train_event_type.py` on a hashed 60% of the
ACLED dev notes. We use our own tiny linear model rather than spaCy textcat or scikit-learn: it needs no new
dependency, its weights are a readable JSON file of a few hundred kB, it scores in microseconds, and
textcat's bag-of-words layer would be an order of magnitude larger for no gain at this data size.

A cue only counts as something that happened (not after "will", "threatened to"...); strong cues
decide from a passage's lead only; and a passage too weak on its own (a short incident inside a long
report) takes the strong cue of its document's lead. Held-out ACLED notes (the 40% never trained on):
0.898 sub-event type, 0.922 category end to end (`warledger eval --split heldout`); the README's table has
the current figures. Caveat: the IED, drug-laboratory and arson cues and the crowd-violence rule were added
after reading misses among those held-out notes (the rule's counts were taken on the training split: 42 of
its 45 training notes are riots), so the held-out figures are slightly optimistic.

News-like reports add rules of their own, each stated as ACLED's codebook would: a mass abduction opening
the report stays the event when a hostage dies; supporters or youths fighting with blades, or a crowd of
residents beating or burning people, are mob violence; a crowd burning property over a killing named only
in a cause clause ("after a civilian was killed") is a riot, and a protest whose violence words all lie
in such a clause keeps a protest or riot type; rockets fired or shells landing are shelling; state forces
retaking a place regain it; state forces detaining people, with no crowd or violence, are arrests; rebels
taking a town overtake territory even after a fight (ACLED files it under battles); a gun battle is a
clash; civilians attacked in the lead stay an attack when an exchange of fire is told only after it; a
crowd said to riot is a riot; armed men looting, with no one harmed, are looting. A death denied
("no one was killed"), a protest only called for and a fight in an account the report disputes ("disputing
an army account that the dead were rebels killed in a clash") are no cues.

ACLED codebook rules checked on cross-validation folds of the training split (the model retrained without
the fold, so the fold shows how the rules generalise): protesters' own burning or stoning is a violent
demonstration, and riots a protest only followed are its cause; a sized crowd's violence with demands is a
violent demonstration; a bomb that went off as its own side planted it, or one the police blew up where
they found it, is disrupted weapons use; people displaced by fighting named only as the cause are "other".

Cue lexicon: `data/event_type/cues.jsonl` (signal, the type it suggests, a regular expression).
Model: `data/event_type/model.json` (classes, bias, per-feature weights).
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import cast, get_args

from spacy.tokens import Doc, Span

from warledger.extract.folding import Folded
from warledger.extract.literals import Guarded, LiteralIndex, required_literals
from warledger.extract.models import CATEGORY_OF, EventType
from warledger.extract.sentences import doc_text

DATA_DIR = ("data", "event_type")
CUES_FILE = "cues.jsonl"
MODEL_FILE = "model.json"
EVENT_TYPES: frozenset[str] = frozenset(get_args(EventType))

# A grenade thrown amid gunfire, launched, or fired with shells is a clash or shelling, not `grenade`.
GRENADE_BLOCKERS = frozenset(
    {"grenade_launcher", "clash", "protest", "shelling", "small_arms", "positions_fire"}
)
# A bomb or an air strike in the middle of a gun battle is coded as the battle; a defused bomb or a
# downed drone is disrupted weapons use.
EXPLOSIVE_BLOCKERS = frozenset({"clash", "small_arms", "positions_fire", "shot_down", "suicide", "protest"})
# Any of these means the passage reports violence, so a word like "agreement" is context, not the event.
VIOLENCE_SIGNALS = frozenset(
    {"clash", "killing", "shelling", "protest", "air", "ied", "attack_civ", "riot_violence", "abduction"}
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
# to group/activity ("killing" alone may be "no fatalities reported").
MOVEMENT_BLOCKERS = VIOLENCE_SIGNALS - {"killing"} | frozenset(
    {
        "shelling_fired",
        "gunbattle",
        "positions_fire",
        "small_arms",
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
# Pseudo-signal: the gun battle comes before any attack on civilians in the lead ("gunmen killed nine in a
# bar; police later shot two of them in a gunfight" is the attack, the gunfight a sequel).
GUN_BATTLE_FIRST = "gun_battle_first"
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
# fight or another weapon is told.
AMBUSH_CIVILIANS_BLOCKERS = frozenset(
    {"armed_victim", "gunbattle", "gun_battle", "forces_clashed", "positions_attacked", "positions_fire"}
    | {"air", "ied", "shelling", "suicide", "grenade", "protest", "mob", "mob_strict", "riot_violence"}
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
GUN_BATTLE_AFTER = frozenset({"attack_civ", "civilian_victim", "abduction", "sexual", "loot_verb"})
# Pseudo-signal: the passage tells an exchange of fire only after its lead ("militiamen went from house to
# house and shot people who could not flee", then, paragraphs on, "peacekeepers guarding the mosque exchanged
# fire with the militiamen"). ACLED codes the one-sided killing the lead tells as the attack on civilians and
# the exchange as a battle of its own, so a fight told later does not make the massacre a clash.
FIGHT_AFTER_LEAD = "fight_after_lead"
# Bodies recovered are the toll of the killing the lead tells ("Red Cross workers have recovered 115 bodies").
ATTACK_BEFORE_FIGHT_BLOCKERS = KILLED_CIVILIANS_BLOCKERS - {"found_bodies"}
# Signals of two armed sides fighting.
EXCHANGE_SIGNALS = frozenset({"clash", "gun_battle", "gunbattle", "forces_clashed", "positions_fire"})
# Pseudo-signal: the lead names the looting before any attack on people ("Gunmen loot market ...", then
# "armed men on motorcycles"): the armed men are who looted, not a second event. The model never sees it.
LOOTING_FIRST = "looting_first"
LOOTING_AFTER = frozenset({"attack_civ", "civilian_victim", "armed_victim", "clash", "killing", "beheading"})
# Confidence given to a rule decision; the model's own probability is used otherwise.
RULE_CONFIDENCE = 0.9
# The longest passage scored whole; longer ones (news narratives) are scored on their opening,
# where reports state the event, so a 5 MB document stays cheap.
MAX_PASSAGE_CHARS = 4000

# A cue preceded (within the window) by one of these words is a threat, plan or prediction.
HYPOTHETICAL_RE = re.compile(
    r"\b(?:will|would|could|might|plans? to|planned to|planning to|threat(?:en(?:ed|s)?)? to|intends? to|"
    r"intended to|prepar(?:e|es|ed|ing) to|going to|(?:is|are) due to|false[- ]flag|fabricat\w*|"
    r"call(?:ed|ing|s)? for|urg(?:ed|ing|es) (?:\w+ )?to (?:join|stage|hold))\b",
    re.IGNORECASE,
)
HYPOTHETICAL_WINDOW = 40
# A cue right after one of these did not happen: "ended without agreement", "failed to reach a truce",
# "the force had not arrested anyone".
NEGATED_RE = re.compile(
    r"\b(?:without|no|never|an end to|halt to|cessation of|suspension of|failed to (?:reach|sign|agree on)|"
    r"did not (?:reach|sign|agree on))\s+(?:an?\s+|any\s+|the\s+)?$"
    r"|\b(?:had|has|have|did)\s+not\s+$"
    r"|\b(?:no one|nobody|none)\s+(?:was|were|has been|have been|had been)\s+(?:reported\s+)?$",
    re.IGNORECASE,
)
# A cue right after one of these supports the event rather than being it: "troops backed by coalition air
# strikes recaptured the village" is a recapture, not an air strike.
SUPPORT_RE = re.compile(
    r"\b(?:(?:backed|supported|covered|aided|assisted) by"
    r"|(?:with|under) (?:the )?(?:support|backing|cover|help) of)\s+(?:[\w.'-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A cue right after one of these is what people fled, not the event: "families who had fled fighting nearby".
FLED_RE = re.compile(
    r"\b(?:fled|flee|fleeing|escaped|escaping|displaced by|uprooted by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A cue right after one of these is what people feared or hoped for, not what happened: "fled, fearing a
# battle", "hoped a ceasefire could be signed".
FEARED_RE = re.compile(
    r"\b(?:fear(?:s|ed|ing)?(?:\s+of)?|hop(?:e|es|ed|ing)(?:\s+that)?|for\s+fear\s+of|afraid\s+of|brac(?:ed|ing)\s+for)\s+"
    r"(?:an?\s+|the\s+|more\s+|further\s+|new\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A killing cue in a clause giving the cause of the event did not happen in it: "protesters torched a police
# station after a civilian was killed" is a riot over a killing, not a killing.
TRIGGER_RE = re.compile(
    r"\b(?:after|following|over|angered by|outraged by|sparked by|triggered by|"
    r"in protest (?:at|over|against)|to protest(?: against)?)"
    r"\s+(?:[\w'-]+\s+){0,8}$"
    # "youths protesting the police killing of a teenager": what they protest is the cause; not when a verb
    # of the protesters follows ("five people protesting the results were killed": the killing happened)
    r"|\bprotest(?:ing|ed)(?: against| over| at)?\s+(?:(?!(?:were|was|are|is|been|being|had|have|has)\b)"
    r"[\w'-]+\s+){0,8}$",
    re.IGNORECASE,
)
TRIGGER_WINDOW = 60
TRIGGER_SIGNALS = frozenset(
    {
        "killing",
        "attack_civ",
        "civilian_victim",
        "armed_victim",
        "excessive",
        "clash",
        "small_arms",
        "riot_violence",
    }
)
CROWD_CATEGORIES = frozenset({"protests", "riots"})
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
DISPLACEMENT_BLOCKERS = ARMED_VIOLENCE | frozenset(
    {"protest", "riot_violence", "mob", "mob_strict", "looting", "arson", "abduction", "sexual"}
)
# Police dispersing, beating or detaining protesters is ACLED's intervention; not when someone was killed or
# shot, the crowd rioted, or the report is of armed violence.
INTERVENTION_BLOCKERS = ARMED_VIOLENCE | frozenset(
    {"riot_violence", "crowd_riot", "crowd_rioted", "crowd_clash", "mob", "mob_strict", "sexual", "looting"}
)
# Prefix of the pseudo-signal marking a killing cue found only in such clauses. The model never saw these
# names, so they change no score of its; only the crowd rules read them.
CAUSE_ONLY = "cause_only:"
# A passage with one of these reports an event of its own kind ("Police arrested five people in connection
# with the killings"): it keeps its own type however weak, rather than its document's lead's.
OWN_EVENT_SIGNALS = frozenset({"arrest", "agreement", "abduction", "hq", "reinforcement"})
# A cue right after one of these names the series the event belongs to, not the event: "a drone strike
# killed three fighters, in the latest exchange of fire across the border". "A series of" (a spate, a
# wave) names the series only after a preposition ("killed in a series of attacks"); as the subject of
# its sentence it is the event ("a series of air strikes hit the market").
SERIES_RE = re.compile(
    r"(?:\b(?:the latest|the recent|the ongoing|the continuing)"
    r"|\b(?:in|of|amid|during|from|after|with)\s+(?:a series of|a spate of|a wave of))"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A weapon named among the arms a group carried ("the attackers, armed with guns, grenades and machetes,
# entered the site") says what they had, not how the event was done: such a cue does not type the event.
CARRIED_RE = re.compile(
    r"\barmed\s+with\s+(?:(?:an?\s+|some\s+)?[\w-]+(?:\s+[\w-]+)?(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,5}"
    r"(?:an?\s+|some\s+)?$",
    re.IGNORECASE,
)
CARRIED_WINDOW = 80
# The signals a carried weapon would wrongly give: an explosive named only as gear.
CARRIED_SIGNALS = frozenset({"grenade"})
# Control regained "of the area" or "of the situation" names no territory someone else held: it is order
# restored after the event ("the security forces had regained control of the area by the next morning",
# after insurgents killed residents), not ACLED's government regaining territory.
ORDER_RESTORED_RE = re.compile(r"\s*(?:control\s+)?(?:of\s+)?the\s+(?:area|situation)\b", re.IGNORECASE)
REGAIN_SIGNALS = frozenset({"forces_retook", "gov_takeover", "regain_word", "take_control"})
# A cue in what a bystander cried out is their word for the event, not the report's: it does not type it.
CRIED_OUT_RE = re.compile(
    r"\b(?:shout(?:ed|ing|s)?|scream(?:ed|ing|s)?|yell(?:ed|ing|s)?|cried(?: out)?|crying(?: out)?)"
    r"\s+(?:[\w'-]+\s+){0,4}?that\s+(?:[\w'-]+\s+){0,4}$",
    re.IGNORECASE,
)
CRIED_OUT_WINDOW = 80
# A cue in a clause that dates the event by another one is that other event: "detained a mayor late on
# Tuesday, two days after a disputed vote that the opposition boycotted" is an arrest, no protest.
DAYS_AFTER_RE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?)|the\s+day|hours)\s+"
    r"(?:after|before)\s+[^.;:!?,]*$",
    re.IGNORECASE,
)
DAYS_AFTER_WINDOW = 120
# A cue in a purpose clause is what the event means to end, not the event: "signed a peace agreement,
# pledging to end a cycle of reprisal killings that has left hundreds dead" is an agreement.
PURPOSE_RE = re.compile(
    r"\b(?:to|aim(?:ed|ing|s)?\s+at|in\s+a\s+bid\s+to|in\s+an\s+effort\s+to)\s+(?:help\s+)?"
    r"(?:end|ending|stop|stopping|halt|halting|curb|curbing|prevent|preventing)\b[^.;:!?,]*$",
    re.IGNORECASE,
)
# Any of the five above but support, in one search (over lowered text when that is exact, folding.py):
# `actual` asks it of the words before every cue found.
NOT_ACTUAL = Folded(
    re.compile(
        "|".join(f"(?:{p.pattern})" for p in (HYPOTHETICAL_RE, NEGATED_RE, FLED_RE, FEARED_RE, SERIES_RE)),
        re.IGNORECASE,
    )
)
SUPPORTED = Folded(SUPPORT_RE)
# A cue that opens with a verb in the past after a support phrase is what the supported side did, the
# sentence's own verb: "troops supported by US advisers established a new base" (the supporters are
# "US advisers", the event the base). Past participles that qualify a weapon are no verb of their own
# ("backed by armed drones", "supported by guided missiles").
VERB_LED_RE = re.compile(
    r"(?!(?:armed|guided|unguided|improvised|unmanned|coordinated|suspected|alleged|combined|sustained|renewed"
    r"|repeated|concentrated|targeted|heavy)\b)(?:[a-z]+ed|built|set|took|retook|overran|began|fought|shot|struck)\b",
    re.IGNORECASE,
)
# A protest named in a clause of what the event led to is a later event of its own, not this one:
# "arrested a former prime minister ..., sparking nationwide protests" is an arrest ("sparked by" names a
# cause instead, TRIGGER_RE).
SEQUEL_RE = re.compile(
    r"\b(?:sparking|triggering|prompting|provoking|setting\s+off|leading\s+to|sparked|triggered|prompted|"
    r"provoked)(?!\s+by\b)\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
SEQUEL_WINDOW = 60
SEQUEL_SIGNALS = frozenset({"protest"})
# Below this confidence a passage's own words yield to a strong cue in its document's lead.
CONTEXT_BELOW = 0.5
CONTEXT_CONFIDENCE = 0.5
# Strong cues decide only from a passage's lead: a long narrative states its event first, and a word
# further on ("rebels will stage chemical attacks", a quoted accusation) is context, not the event.
LEAD_CHARS = 600
STEM_CHARS = 5

TOKEN_RE = re.compile(r"[a-z]+(?:['-][a-z]+)*|\d+(?:[.,]\d+)*")


def data_file(name: str) -> Traversable:
    """A file of `warledger/data/event_type/`, read through importlib.resources (works zipped too)."""
    return resources.files("warledger").joinpath(*DATA_DIR, name)


@dataclass(frozen=True)
class Cue:
    """One line of the cue lexicon: a named signal, the event type it suggests, its pattern."""

    signal: str
    suggests: str
    pattern: re.Pattern[str]
    # The same pattern for lower-cased text, case-sensitive: 2-3x faster than IGNORECASE in `re`.
    folded: re.Pattern[str] | None = None
    # Strings every match of `folded` contains one of (literals.py): without them the scan is skipped.
    required: frozenset[str] | None = None


@cache
def cues() -> tuple[Cue, ...]:
    """The cue lexicon, parsed and compiled once per process."""
    text = data_file(CUES_FILE).read_text(encoding="utf-8")
    parsed = []
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            pattern = row["pattern"]
            folded = folded_pattern(pattern)
            parsed.append(
                Cue(
                    row["signal"],
                    row["suggests"],
                    re.compile(pattern, re.IGNORECASE),
                    folded,
                    required_literals(folded),
                )
            )
    return tuple(parsed)


@cache
def cue_index() -> LiteralIndex:
    """The cues' required strings, looked up in one scan of a passage (literals.py)."""
    return LiteralIndex([cue.required for cue in cues()])


def folded_pattern(pattern: str) -> re.Pattern[str]:
    """`pattern` for lower-cased text: its upper-case letter ranges lowered, compiled case-sensitively."""
    return re.compile(pattern.replace("A-Z", "a-z"))


def signals_in(text: str) -> frozenset[str]:
    """The cue signals whose pattern occurs in `text` as something that happened (not only as a threat,
    a plan or a prediction: "rebels will stage chemical attacks" is no chemical attack)."""
    return frozenset(signal_starts(text))


def signal_starts(text: str) -> dict[str, int]:
    """Each signal found in `text` with where its first actual occurrence starts (one scan serves both
    the whole passage and its lead)."""
    return dict(_signal_starts(text))


@lru_cache(maxsize=256)
def _signal_starts(text: str) -> tuple[tuple[str, int], ...]:
    """`signal_starts`, kept for the passages read twice (a passage typed, then asked for its own event
    signals; the same lead for every incident of a report)."""
    found: dict[str, int] = {}
    lowered = text.lower()
    # Lower-casing keeps offsets unless a character lowers to several (then the IGNORECASE patterns run).
    folded = len(lowered) == len(text)
    possible = cue_index().possible(lowered) if folded else frozenset()
    for k, cue in enumerate(cues()):
        if folded and cue.folded:
            if k not in possible:
                continue  # none of the words its every match holds: it cannot match
            pattern, scanned = cue.folded, lowered
        else:
            pattern, scanned = cue.pattern, text
        matches = [m for m in pattern.finditer(scanned) if actual(text, m) and not cried_out(text, m)]
        if cue.signal in CARRIED_SIGNALS:
            matches = [m for m in matches if not carried(text, m.start())]
        if cue.signal in SEQUEL_SIGNALS:
            matches = [m for m in matches if not sequel(text, m.start())]
        if cue.signal in REGAIN_SIGNALS:
            matches = [m for m in matches if not ORDER_RESTORED_RE.match(text, m.end())]
        starts = [m.start() for m in matches]
        if starts:
            found[cue.signal] = starts[0]
            if cue.signal in TRIGGER_SIGNALS and all(
                TRIGGER_GUARD.search(text[max(0, s - TRIGGER_WINDOW) : s]) for s in starts
            ):
                found[CAUSE_ONLY + cue.signal] = starts[0]
    return tuple(found.items())


# The clause tests run before each cue match, skipped where their key words are missing (literals.Guarded).
DAYS_AFTER_GUARD = Guarded(DAYS_AFTER_RE)
PURPOSE_GUARD = Guarded(PURPOSE_RE)
CRIED_OUT_GUARD = Guarded(CRIED_OUT_RE)
TRIGGER_GUARD = Guarded(TRIGGER_RE)


def actual(text: str, match: re.Match[str]) -> bool:
    """False when the words just before a cue make it hypothetical, deny it happened, make it support for
    the event ("backed by air strikes"), what people fled ("fled fighting nearby"), the other event
    that dates it ("two days after a vote the opposition boycotted") or what it is meant to end ("pledging
    to end a cycle of reprisal killings")."""
    before = text[max(0, match.start() - HYPOTHETICAL_WINDOW) : match.start()]
    if NOT_ACTUAL.search(before):
        return False
    if SUPPORTED.search(before) and not VERB_LED_RE.match(text, match.start()):
        return False
    clause = text[max(0, match.start() - DAYS_AFTER_WINDOW) : match.start()]
    if DISPUTED_RE.search(clause):
        return False
    return not (dated_by_another(text, clause, match.start()) or PURPOSE_GUARD.search(clause))


# "disputing an army account that the dead were rebels killed in a clash": the version a report disputes.
DISPUTED_RE = re.compile(
    r"\b(?:disput\w*|reject\w*|contradict\w*|den(?:y|ied|ying))\s+(?:an?|the|its|their)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:account|version|claim|statement)s?\s+that\b[^.;]*$",
    re.IGNORECASE,
)


# "the day before" at the end of the words before a cue that opens with a verb: an adverb of time closing
# the clause before ("the police killing of a teenager the day before set cars on fire"), not the
# preposition that dates the event by another one.
TIME_ADVERB_END_RE = re.compile(r"\b(?:after|before)\s*$", re.IGNORECASE)


def dated_by_another(text: str, clause: str, start: int) -> bool:
    """Whether the cue at `start` sits in a clause dating the event by another ("two days after a vote
    the opposition boycotted"); not when "the day before" only closes the clause before a verb-led cue."""
    if not DAYS_AFTER_GUARD.search(clause):
        return False
    return not (TIME_ADVERB_END_RE.search(clause) and VERB_LED_RE.match(text, start))


def carried(text: str, start: int) -> bool:
    """A weapon cue inside the list of arms someone carried ("armed with guns, grenades and machetes")."""
    return CARRIED_RE.search(text[max(0, start - CARRIED_WINDOW) : start]) is not None


def sequel(text: str, start: int) -> bool:
    """A cue in a clause telling what the event led to ("..., sparking protests"): a later event."""
    return SEQUEL_RE.search(text[max(0, start - SEQUEL_WINDOW) : start]) is not None


def cried_out(text: str, match: re.Match[str]) -> bool:
    """A cue in what a bystander cried out: it names the event (the sentence is about it) but does not
    type it ("a woman shouted from a balcony that he was being kidnapped" as agents took a mayor away)."""
    return CRIED_OUT_GUARD.search(text[max(0, match.start() - CRIED_OUT_WINDOW) : match.start()]) is not None


def _label_type(signals: frozenset[str]) -> str | None:
    """The type named by an ACLED-style label opening the note ("Looting: On 4 May ...")."""
    for cue in cues():
        if cue.signal.startswith("label_") and cue.signal in signals:
            return cue.suggests
    return None


def _protest_type(signals: frozenset[str]) -> str:
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


def event_signals(signals: frozenset[str]) -> frozenset[str]:
    """`signals` without the killing cues found only in a clause giving the event's cause."""
    return frozenset(s for s in signals if CAUSE_ONLY + s not in signals)


def caused_only(signals: frozenset[str]) -> bool:
    """Whether some violence cue of the passage is found only in a clause giving the event's cause."""
    return any(s.startswith(CAUSE_ONLY) for s in signals)


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
    if "sexual" in signals and "protest" not in signals:
        return "sexual_violence"
    if "suicide" in signals:
        return "suicide_bomb"
    if "chemical" in signals:
        return "chemical_weapon"
    if "shot_down" in signals and not signals & {"clash", "protest"}:
        return "disrupted_weapons_use"
    if "protest" in signals and "excessive" in signals and "riot_violence" not in signals:
        return "excessive_force_against_protesters"
    if "protest" in signals and _rioting_protest(event_signals(signals)):
        return "violent_demonstration"  # "workers burned tyres and demonstrated": protesters' own violence
    if "protest" in signals and "intervention" in signals and not signals & INTERVENTION_BLOCKERS:
        return "protest_with_intervention"  # "police fired tear gas to break up a sit-in", no one shot
    if "weapons_seizure" in signals and not signals & SEIZURE_BLOCKERS:
        return "disrupted_weapons_use"  # "soldiers seized 250 IEDs": ACLED's weapons seizure
    if "premature_blast" in signals and not signals & {"suicide", "air", "shelling", "protest"}:
        return "disrupted_weapons_use"  # a bomb that went off as its own side planted it
    if "bomb_disarmed" in signals and not signals & DISARMED_BLOCKERS:
        return "disrupted_weapons_use"  # "police detonated a bomb planted at a mosque": defused, no one hurt
    if (
        "displacement" in signals
        and caused_only(signals)
        and not event_signals(signals) & DISPLACEMENT_BLOCKERS
    ):
        return "other"  # "260 people were displaced following a clash": ACLED's displacement event
    if "grenade" in signals and not signals & GRENADE_BLOCKERS:
        return "grenade"
    if "ied" in signals and not signals & EXPLOSIVE_BLOCKERS:
        return "remote_explosive_landmine_ied"
    if "air" in signals and not signals & EXPLOSIVE_BLOCKERS:
        return "air_drone_strike"
    if "drone_method" in signals and not signals & DRONE_METHOD_BLOCKERS:
        return "air_drone_strike"  # "attacked the police station with drones dropping explosives"
    if "mass_abduction" in signals and not signals & MASS_ABDUCTION_BLOCKERS:
        return "abduction_forced_disappearance"  # many taken, the lead kills no one before: the abduction
    if "shelling_fired" in signals and not signals & SHELLING_BLOCKERS:
        return "shelling_artillery_missile_attack"  # "fired three rockets at", "shells slammed into"
    if "heavy_machine_gun" in signals and not signals & HEAVY_MACHINE_GUN_BLOCKERS:
        return "shelling_artillery_missile_attack"  # "fired heavy machine guns at the positions": no fight
    if "abduction" in signals and not signals & {"killing", "protest", "clash"}:
        return "abduction_forced_disappearance"
    if "nonstate_arrest" in signals and not signals & NONSTATE_ARREST_BLOCKERS:
        return "abduction_forced_disappearance"  # "militants detained 5 men": ACLED's arrests are the state's
    if "crowd_clash" in signals and not signals & CROWD_CLASH_BLOCKERS:
        return "mob_violence"  # supporters or youths fighting with machetes and sticks: no armed group
    if "crowd_beat" in signals and not signals & CROWD_BEAT_BLOCKERS:
        return "mob_violence"  # "a crowd of residents beat two suspected thieves": vigilante violence
    if "crowd_riot" in signals and not event_signals(signals) & CROWD_RIOT_BLOCKERS:
        return "violent_demonstration" if "mob_strict" not in signals else "mob_violence"
    if signals >= RIOTERS_CLASHED and not signals & RIOTERS_CLASHED_BLOCKERS:
        return "violent_demonstration"  # "protesters set fire to churches, and clashes with police left ..."
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
        and "killing" not in signals
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
        and not event_signals(signals) & ARREST_BLOCKERS
    ):
        # "police detained 44 people in dawn raids": no crowd, no violence ("rounded up 1,000 supporters
        # after the riots": violence named only as the cause is another event)
        return "arrests"
    if LOOTING_FIRST in signals and not signals & LOOTING_BLOCKERS:
        return "looting_property_destruction"  # "armed men looted the market; no one was killed"
    if "transfer" in signals and not signals & VIOLENCE_SIGNALS:
        # "handed over its camp to the army", no fighting; a handover "under the peace agreement" is the
        # handover (the agreement was signed before)
        return "non_violent_transfer_of_territory"
    if "agreement" in signals and not signals & VIOLENCE_SIGNALS:
        return "agreement"
    if {"ambush_civilians", "civilian_victim"} <= signals and not signals & AMBUSH_CIVILIANS_BLOCKERS:
        return "attack"  # "ambushed a bus ... and shot 28 passengers dead": no fight, civilians killed
    if killed_civilians(signals):
        return "attack"  # "killed at least 31 peasants, among them eleven children": no fight told
    if attack_before_fight(signals):
        return "attack"  # the lead's killing of residents, with an exchange of fire told only after it
    if {"found_bodies", "violence_signs"} <= signals and not signals & FOUND_BODIES_BLOCKERS:
        return (
            "attack"  # "19 bodies found ... showed signs of torture": ACLED's attack, unless a fight is told
        )
    if "hq" in signals and not signals & {"clash", "killing", "protest"}:
        return "headquarters_or_base_established"
    if "reinforcement" in signals and not signals & MOVEMENT_BLOCKERS:
        return "change_to_group_activity"  # "established new fortifications", "reinforcements arrived"
    return None


def killed_civilians(signals: frozenset[str]) -> bool:
    """Civilians killed, with no fight, weapon from afar, crowd or cause clause told; not an exchange
    between state forces and armed men ("police were patrolling when armed men started shooting")."""
    return (
        "civilians_killed" in signals
        and not signals & KILLED_CIVILIANS_BLOCKERS
        and not {"state_actor", "fighters_victims"} <= signals
        and not any(s.startswith(CAUSE_ONLY) for s in signals)
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
        return _protest_type(signals)
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


def tokens_of(passage: Span | Doc | str) -> list[str]:
    """Lower-cased word tokens with every number folded to "<num>" (dates and counts vary).

    A regular expression over the text rather than spaCy's tokens, so a `str` and a parsed `Doc`
    of the same words give the same features as the ones the model was trained on.
    """
    words = TOKEN_RE.findall(passage_text(passage).lower())
    return ["<num>" if w[0].isdigit() else w for w in words]


def features_of(tokens: list[str], signals: frozenset[str]) -> set[str]:
    """The model's binary features: words, their 5-letter stems, cue signals and pairs of cue signals.

    Stems ("clash" for clashed/clashes/clashing) carry a word's evidence to forms the training notes
    lacked; word pairs were tried and dropped: they over-fit the notes' phrasing (cross-validation on
    the training split: 0.874 with pairs, 0.889 with stems instead).
    """
    found = {f"w={t}" for t in tokens}
    found.update(f"t={t[:STEM_CHARS]}" for t in tokens if len(t) > STEM_CHARS)
    ordered = sorted(signals)
    found.update(f"s={s}" for s in ordered)
    found.update(f"p={a}+{b}" for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return found


@dataclass(frozen=True)
class LinearModel:
    """A multinomial logistic regression stored as sparse per-feature weight rows."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities(self, features: Iterable[str]) -> list[float]:
        """Softmax over the classes for one passage's features."""
        scores = list(self.bias)
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                scores = list(map(operator.add, scores, row))  # rows are as long as the classes
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


@cache
def model() -> LinearModel | None:
    """The trained model shipped in the package, or None when it has not been built."""
    path = data_file(MODEL_FILE)
    if not path.is_file():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    weights = {name: tuple(row) for name, row in raw["weights"].items()}
    return LinearModel(tuple(raw["classes"]), tuple(raw["bias"]), weights)


def passage_text(passage: Span | Doc | str) -> str:
    """The text the cue patterns run over (bounded, like the tokens)."""
    text = passage if isinstance(passage, str) else passage.text
    return text[:MAX_PASSAGE_CHARS]


def event_type_of(passage: Span | Doc | str, *, context: str | None = None) -> tuple[EventType | None, float]:
    """The most likely EVENT_TYPE of `passage` and a confidence in [0, 1].

    A strong cue in the passage's lead decides by rule; otherwise the trained model's likeliest type
    (category first); with no model shipped, a rule guess from weaker cues (confidence 0.5);
    (None, 0.0) when nothing fits. When the passage alone is weak evidence (a short incident in a long
    report: "since Thursday, the bombing has killed 350"), a strong cue in the lead of its `context`
    (the document text; a `Span`'s own document by default) decides instead.
    """
    text = passage_text(passage)
    if not text.strip():
        return None, 0.0
    kind, confidence = type_of_text(passage, text)
    if confidence >= CONTEXT_BELOW or signals_in(text) & OWN_EVENT_SIGNALS:
        return kind, confidence
    own_doc = doc_text(passage.doc) if isinstance(passage, Span) else None
    around = context if context is not None else own_doc
    if around and around.strip() != text.strip():
        from_context = rule_type(signals_in(around[:LEAD_CHARS]))
        if from_context:
            return cast(EventType, from_context), CONTEXT_CONFIDENCE
    return kind, confidence


# The end of a sentence inside a passage: a full stop (or ! ?) and a space before the next capital.
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")


def lead_signals(starts: dict[str, int], text: str = "") -> frozenset[str]:
    """The signals of a passage's lead; a roadside bomb named after an air strike ("the strike targeted
    fighters planting roadside bombs") is what its targets did, not a second weapon of the event, and
    rapes told in a later sentence than the killing are a part of it."""
    lead = {signal: start for signal, start in starts.items() if start < LEAD_CHARS}
    if "air" in lead and "ied" in lead and lead["air"] < lead["ied"]:
        del lead["ied"]
    if "sexual" in lead and "killing" in lead and SENTENCE_END.search(text, lead["killing"], lead["sexual"]):
        # "stormed the neighbourhood, ... leaving at least 30 people dead." then "several women were raped
        # during the attack": the killing told first is the event, the rapes a part of it (ACLED's attack)
        del lead["sexual"]
    loser = _takeover_not_taken(lead, text)
    if loser:
        del lead[loser]
    found = frozenset(lead)
    if not found & EXCHANGE_SIGNALS and any(s in EXCHANGE_SIGNALS for s in starts):
        found |= {FIGHT_AFTER_LEAD}
    if "gun_battle" in lead and all(lead["gun_battle"] < lead[s] for s in GUN_BATTLE_AFTER if s in lead):
        found |= {GUN_BATTLE_FIRST}
    if "loot_verb" in lead and all(
        lead["loot_verb"] < lead[s] or _doers_of(text, lead[s], lead["loot_verb"])
        for s in LOOTING_AFTER
        if s in lead
    ):
        found |= {LOOTING_FIRST}
    return found


# "army and ": the words between state forces and the armed group named with them as one subject.
JOINT_SUBJECT_RE = re.compile(r"[\w-]+\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)


TAKEOVER_VERB_RE = re.compile(
    r"\b(?:recaptur\w*|retook|retake|retaken|re-took|regain\w*|liberat\w*|took|taken|taking|seized|seize"
    r"|captured|overr(?:an|un))\b",
    re.IGNORECASE,
)
# "Russian troops": a word before the state-forces word, in one noun phrase with it.
ONE_PHRASE_RE = re.compile(r"[\w-]+\s+")


def _takeover_not_taken(lead: dict[str, int], text: str) -> str | None:
    """Of state forces and an armed group both read as taking a place, the one that did not: both cues end at
    the same verb, so the subject nearest it took the place ("the army withdrew and rebels took control"),
    except in one noun phrase ("Russian troops took control": foreign troops, ACLED's non-state actor) and
    in a joint subject, whose first conjunct leads ("the Malian army and Wagner troops took control of the
    town": ACLED's actor1 is the state's, the event its regain)."""
    gov, other = lead.get("gov_takeover"), lead.get("nonstate_takeover")
    if gov is None or other is None or TAKEOVER_VERB_RE.search(text, min(gov, other), max(gov, other)):
        return (
            None  # the first named has a verb of its own ("forces retook the town from rebels who had ...")
        )
    if other < gov and ONE_PHRASE_RE.fullmatch(text, other, gov):
        return "gov_takeover"
    if gov < other and JOINT_SUBJECT_RE.fullmatch(text, gov, other):
        return "nonstate_takeover"
    return "gov_takeover" if gov < other else "nonstate_takeover"


# "Armed men looted shops": the attack cue is who looted, written before the verb, not an attack told first.
LOOTING_DOERS = re.compile(
    r"(?:armed|unidentified|unknown) (?:men|gunmen|assailants|individuals|attackers)\b[^.]{0,30}$",
    re.IGNORECASE,
)


def _doers_of(text: str, cue: int, verb: int) -> bool:
    """Whether the cue at `cue` only names who did what the verb at `verb` says ("Armed men looted ...")."""
    return cue < verb and LOOTING_DOERS.match(text, cue, verb) is not None


# ", as fighting between the army and a militia spread": a clause on the circumstances of the event the
# sentence reports (a drone strike on a town square), whose fighting is the setting, not the event.
CIRCUMSTANCE_CLAUSE = re.compile(
    r",\s+as\s+(?:[\w'-]+\s+){0,10}?(?:spread|spreads|continued|continues|raged|rages|intensified|intensifies"
    r"|escalated|escalates|flared|grew|mounted|dragged\s+on)\b[^,;.]*",
    re.IGNORECASE,
)


# "troops had clashed with armed men in the hills earlier in the afternoon": fighting told in the past
# perfect as having come before the event the report is about (an air strike on a house that evening)
EARLIER_FIGHTING_CLAUSE = re.compile(
    r"\bhad\s+(?:clashed|fought|battled|exchanged\s+fire)\b[^;.]{0,120}?\bearlier\b[^,;.]*",
    re.IGNORECASE,
)


def without_circumstances(text: str) -> str:
    """`text` with its circumstance clauses and the fighting it tells as earlier blanked (offsets kept), for
    the rules' reading of the lead."""
    blank = CIRCUMSTANCE_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)
    return EARLIER_FIGHTING_CLAUSE.sub(lambda m: " " * len(m.group(0)), blank)


def type_of_text(passage: Span | Doc | str, text: str) -> tuple[EventType | None, float]:
    """Rule or model decision on the passage's own words (the rules read the lead without its
    circumstance clauses; the model reads every word)."""
    starts = signal_starts(text)
    signals = frozenset(starts)
    event_text = without_circumstances(text)
    decided = rule_type(lead_signals(starts if event_text == text else signal_starts(event_text), text))
    if decided:
        return cast(EventType, decided), RULE_CONFIDENCE
    trained = model()
    if trained is None:
        guess = fallback_type(signals)
        return (cast(EventType, guess), 0.5) if guess else (None, 0.0)
    probs = dict(
        zip(trained.classes, trained.probabilities(features_of(tokens_of(passage), signals)), strict=True)
    )
    kind = most_likely_type(probs)
    if protest_over_violence(lead_signals(starts)) and CATEGORY_OF[kind] not in CROWD_CATEGORIES:
        kind = max((k for k in probs if CATEGORY_OF[k] in CROWD_CATEGORIES), key=probs.__getitem__)
    return cast(EventType, kind), round(probs[kind], 4)


def protest_over_violence(signals: frozenset[str]) -> bool:
    """A protest whose violence words are all in the clause giving its cause ("marched after a commander
    was killed in a gunbattle"): the event is the crowd's, not the killing's."""
    return "protest" in signals and caused_only(signals) and not event_signals(signals) & ARMED_VIOLENCE


def most_likely_type(probs: dict[str, float]) -> str:
    """The likeliest type within the likeliest category (category probability = sum over its types).

    Deciding the category first is ACLED's own order (event type, then sub-event type) and makes the
    category more often right than the category of the single likeliest type.
    """
    by_category: dict[str, float] = {}
    for kind, p in probs.items():
        by_category[CATEGORY_OF[kind]] = by_category.get(CATEGORY_OF[kind], 0.0) + p
    category = max(by_category, key=by_category.__getitem__)
    return max((k for k in probs if CATEGORY_OF[k] == category), key=probs.__getitem__)
