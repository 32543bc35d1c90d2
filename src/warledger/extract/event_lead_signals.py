"""The signals of a passage's lead, as the rules read them.

Strong cues decide only from a passage's first `LEAD_CHARS`; `lead_signals` drops the cues there that
name another event's part (a roadside bomb after an air strike, rapes told after the killing, the side
that did not take a town) and adds pseudo-signals for the order things are told in (a gun battle first,
looting first, a fight only after the lead); `without_circumstances` blanks clauses on the setting.
Separate because these read positions in the text, the rules only sets of signals.
"""

from __future__ import annotations

import re
from functools import cache

from warledger.extract.event_cues import cues

# Pseudo-signal: the gun battle comes before any attack on civilians in the lead ("gunmen killed nine in a
# bar; police later shot two of them in a gunfight" is the attack, the gunfight a sequel).
GUN_BATTLE_FIRST = "gun_battle_first"


GUN_BATTLE_AFTER = frozenset({"attack_civ", "civilian_victim", "abduction", "sexual", "loot_verb"})
# Pseudo-signal: the passage tells an exchange of fire only after its lead ("militiamen went from house to
# house and shot people who could not flee", then, paragraphs on, "peacekeepers guarding the mosque exchanged
# fire with the militiamen"). ACLED codes the one-sided killing the lead tells as the attack on civilians and
# the exchange as a battle of its own, so a fight told later does not make the massacre a clash.
FIGHT_AFTER_LEAD = "fight_after_lead"


# Signals of two armed sides fighting.
EXCHANGE_SIGNALS = frozenset({"clash", "gun_battle", "gunbattle", "forces_clashed", "positions_fire"})
# Pseudo-signal: the lead names the looting, burning or destroying of property before any attack on people
# ("Gunmen loot market ...", then "armed men on motorcycles"; "two trucks were set on fire by armed men"): the
# armed men are who did it, not a second event. The model never sees it.
LOOTING_FIRST = "looting_first"
LOOTING_AFTER = frozenset({"attack_civ", "civilian_victim", "armed_victim", "clash", "killing", "beheading"})
# The verbs of violence on property: looting ("looted", "stole"), burning ("were set on fire") and destroying
# or seizing property ("vandalized the residence", "seized a vehicle", "destroyed a clandestine airstrip").
PROPERTY_VERBS = ("loot_verb", "arson", "looting")
# Pseudo-signal: the lead tells civilians killed ("rebels killed at least 80 civilians ...") before it names
# any state force: the soldiers or police named after are the killers' own men or among the dead, not a side
# already on the scene whom armed men fought ("police were patrolling when armed men started shooting").
CIVILIANS_KILLED_FIRST = "civilians_killed_first"


# Pseudo-signal: the lead tells men opening fire on people as well as throwing grenades ("opened fire on
# people in bars ..., throwing grenades into houses as they went"): a shooting with grenades beside it, not
# ACLED's grenade event, whose weapon is the grenade alone; the model types it. The model never sees it.
GUNFIRE_BESIDE_GRENADE = "gunfire_beside_grenade"
OPENED_FIRE_ON = re.compile(
    r"\bopen(?:ed|s|ing)?\s+fire\s+(?:on|at|into)\b"
    # "tossed grenades into basements ... and shot the men who ran out": people shot beside the grenades
    r"|\bshot\s+(?:dead\s+)?(?:the\s+|\w+\s+)?(?:men|women|people|civilians|villagers|residents|children|them)\b",
    re.IGNORECASE,
)


# The two sides' cues for a named seat of power taken ("troops captured Kilinochchi, the administrative
# capital of the rebels"; "forces loyal to the former vice president seized Bor, the capital of Jonglei
# state").
SEAT_TAKERS = frozenset({"forces_took_named_seat", "nonstate_took_named_seat"})


# Strong cues decide only from a passage's lead: a long narrative states its event first, and a word
# further on ("rebels will stage chemical attacks", a quoted accusation) is context, not the event.
LEAD_CHARS = 600


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
    if _defusal_after_blast(lead, text):
        # "a roadside bomb ... killing 4 civilians." then "A second bomb planted nearby was defused": the
        # blast told first is the event (ACLED codes the note's first event), the defusal another
        del lead["shot_down"]
    loser = _takeover_not_taken(lead, text)
    if loser:
        del lead[loser]
    if "state_actor" in lead and text and _state_forces_only_report(text):
        # "... killing at least 22 villagers, police said": the police tell of the raid, no side in it
        del lead["state_actor"]
    if lead.keys() >= SEAT_TAKERS:
        # "Forces loyal to the sacked army chief seized Kandoro, the capital ...": both cues end at the seat,
        # the later one ("army chief seized") inside the earlier's subject, which is who took it
        del lead[max(SEAT_TAKERS, key=lead.__getitem__)]
    found = frozenset(lead)
    if not found & EXCHANGE_SIGNALS and any(s in EXCHANGE_SIGNALS for s in starts):
        found |= {FIGHT_AFTER_LEAD}
    if "gun_battle" in lead and all(lead["gun_battle"] < lead[s] for s in GUN_BATTLE_AFTER if s in lead):
        found |= {GUN_BATTLE_FIRST}
    if "civilians_killed" in lead and lead["civilians_killed"] < lead.get("state_actor", LEAD_CHARS):
        found |= {CIVILIANS_KILLED_FIRST}
    if "grenade" in lead and OPENED_FIRE_ON.search(text[:LEAD_CHARS]):
        found |= {GUNFIRE_BESIDE_GRENADE}
    verb = min((lead[s] for s in PROPERTY_VERBS if s in lead), default=None)
    if (
        verb is not None
        and all(lead[s] > verb or _doers_of(text, lead[s], verb) for s in LOOTING_AFTER if s in lead)
        and not _crowd_did(text, verb)
    ):
        found |= {LOOTING_FIRST}
    return found


# A state force named as who gives the account: "..., police said", "Police said about 40 guerrillas ...",
# "a police spokesman said", "according to the police".
REPORTS_AFTER = re.compile(
    r"\s+(?:(?:spokes(?:man|woman|person)|sources?|officials?|chief|statement)\s+)?"
    r"(?:said|say|says|reported|told|added|confirmed|announced)\b",
    re.IGNORECASE,
)
REPORTS_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:local\s+)?$", re.IGNORECASE)


@cache
def _state_actor_pattern() -> re.Pattern[str]:
    return next(cue.pattern for cue in cues() if cue.signal == "state_actor")


def _state_forces_only_report(text: str) -> bool:
    """Whether every state force the lead names is named as a source of the report ("stormed the town ...,
    killing at least 22 villagers, police said"): the rules that keep an exchange between state forces and
    armed men from being typed a one-sided attack have no state force on the scene to go by."""
    lead = text[:LEAD_CHARS]
    found = list(_state_actor_pattern().finditer(lead))
    return bool(found) and all(
        REPORTS_AFTER.match(lead, m.end()) or REPORTS_BEFORE.search(lead, max(0, m.start() - 30), m.start())
        for m in found
    )


# Weapons whose blast, told with a killing before a defusal or interception, is the passage's event.
BLAST_SIGNALS = frozenset({"ied", "air", "shelling", "shelling_fired", "suicide", "grenade"})


# Harm a blast did, told before the defusal: people wounded as well as killed.
WOUNDED_RE = re.compile(r"\b(?:wound\w*|injur\w*|hurt)\b", re.IGNORECASE)


def _defusal_after_blast(lead: dict[str, int], text: str) -> bool:
    """A bomb defused or a drone downed in a later sentence than a blast that killed or wounded: a second
    event (a blast that hurt no one before the interception may be the intercepted weapon itself)."""
    blasts = [lead[s] for s in BLAST_SIGNALS if s in lead]
    if "shot_down" not in lead or not blasts:
        return False
    defused = lead["shot_down"]
    harm = lead.get("killing")
    if harm is None or harm > defused:
        wound = WOUNDED_RE.search(text, min(blasts), defused)
        harm = wound.start() if wound else None
    return harm is not None and harm < defused and SENTENCE_END.search(text, harm, defused) is not None


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


# "residents ... blocked the highway and set fire to a patrol car": a crowd as the subject of the sentence
# whose verb burnt or took property; "armed", "gunmen" there name armed doers instead.
CROWD_SUBJECT = re.compile(
    r"\b(?:residents|villagers|locals|youths?|protesters|demonstrators|rioters|crowds?|mobs?|inhabitants"
    r"|students|supporters|workers|fans)\b",
    re.IGNORECASE,
)
ARMED_SUBJECT = re.compile(
    r"\b(?:armed|gunmen|militants?|militias?|militiamen|fighters|rebels|insurgents|bandits|soldiers|troops"
    r"|police|forces|gang|gangs)\b",
    re.IGNORECASE,
)


def _crowd_did(text: str, verb: int) -> bool:
    """Whether a crowd, not armed men, is who burnt, looted or destroyed the property named at `verb` (a
    crowd's violence on property is a riot in ACLED's codebook, not looting): a crowd word in the same
    sentence before it, and no armed doer there."""
    ends = [m.start() + 1 for m in SENTENCE_END.finditer(text, 0, verb)]
    before = text[ends[-1] if ends else 0 : verb]
    return CROWD_SUBJECT.search(before) is not None and ARMED_SUBJECT.search(before) is None


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


# "Bus bomb kills 23 as army presses offensive in north", "..., as the army announced it was extending its
# offensive against militant groups": a campaign going on elsewhere or at large, the setting of the event
# the sentence reports (not "as the army launched an assault", which may be the event itself).
CAMPAIGN_CLAUSE = re.compile(
    r"(?:,\s+|\s)as\s+(?:[\w'-]+\s+){0,8}?(?:press|push|extend|widen|expand|continu|step(?:s|ped)?\s+up)\w*\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:offensive|operation|campaign|crackdown)s?\b[^,;.]*",
    re.IGNORECASE,
)


# "..., the crowd threw stones and petrol bombs, a police statement said, and police fired in self-defence":
# the crowd's violence told only as the accused forces' justification of their fire, which ACLED's coders
# do not take as what happened when the report disputes it ("Residents said the marchers were unarmed").
JUSTIFICATION_CLAUSE = re.compile(
    r"(?<=,\s)[^,;.]+,\s+(?:(?:a|an|the)\s+)?(?:police|army|military|security\s+forces|troops|soldiers)"
    r"(?:\s+(?:statement|spokes(?:man|woman|person)|officials?))?\s+(?:said|says|claimed|claims),?\s+and\s+"
    r"[^;.]*?\bin\s+self-defen[cs]e\b",
    re.IGNORECASE,
)
# A rebuttal of that justification elsewhere in the passage.
REBUTTAL = re.compile(r"\b(?:were|was)\s+unarmed\b|\b(?:denied|disputed|rejected)\b", re.IGNORECASE)


def without_justification(text: str) -> str:
    """`text` with the crowd's violence told only as state forces' disputed self-defence blanked (offsets
    kept), when another sentence rebuts it; undisputed, the forces' account stands."""
    if not REBUTTAL.search(text):
        return text
    return JUSTIFICATION_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)


def without_circumstances(text: str) -> str:
    """`text` with its circumstance clauses, the fighting it tells as earlier and a disputed justification of
    state forces' fire blanked (offsets kept), for the rules' reading of the lead."""
    blank = CIRCUMSTANCE_CLAUSE.sub(lambda m: " " * len(m.group(0)), without_justification(text))
    blank = CAMPAIGN_CLAUSE.sub(lambda m: " " * len(m.group(0)), blank)
    return EARLIER_FIGHTING_CLAUSE.sub(lambda m: " " * len(m.group(0)), blank)
