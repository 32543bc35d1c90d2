"""The cue lexicon and the signals a passage holds.

`cues()` reads `data/event_type/cues.jsonl` (signal, the type it suggests, a regular expression);
`signals_in` and `signal_starts` scan a passage for the signals that occur in it as something that
happened (`event_actuality`), marking a killing cue found only in a clause giving the event's cause,
or told only of people being arrested (`background`), with the `CAUSE_ONLY` prefix. Both the rules and
the statistical model read these signals, so they sit below both.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from warledger.extract.background import names_the_arrested, told_of_the_arrested
from warledger.extract.event_actuality import actual, carried, cried_out, sequel, struck_by_weapon, taken_part
from warledger.extract.literals import Guarded, LiteralIndex, required_literals

DATA_DIR = ("data", "event_type")
CUES_FILE = "cues.jsonl"


# A killing cue in a clause giving the cause of the event did not happen in it: "protesters torched a police
# station after a civilian was killed" is a riot over a killing, not a killing.
TRIGGER_RE = re.compile(
    r"\b(?:after|following|over|angered by|outraged by|sparked by|triggered by|"
    r"in protest (?:at|over|against)|to protest(?: against)?)"
    r"\s+(?:[\w'-]+\s+){0,8}$"
    # "youths protesting the police killing of a teenager": what they protest is the cause; not when a verb
    # of the protesters follows ("five people protesting the results were killed": the killing happened)
    r"|\bprotest(?:ing|ed)(?: against| over| at)?\s+(?:(?!(?:were|was|are|is|been|being|had|have|has)\b)"
    r"[\w'-]+\s+){0,8}$"
    # "marched carrying the coffins of the people killed during clashes", "a vigil in memory of those killed":
    # the dead a crowd mourns or carries were killed before, in another event
    r"|\b(?:coffins?|caskets?|funerals?|burials?|portraits|photos|pictures|memory|memorial|"
    r"mourn(?:ing|ed|s)?|commemorat\w+)\s+(?:of\s+|for\s+)?(?:[\w'-]+\s+){0,8}$",
    re.IGNORECASE,
)
TRIGGER_WINDOW = 60
TRIGGER_SIGNALS = frozenset(
    {
        "killing",
        "deaths",
        "attack_civ",
        "civilian_victim",
        "armed_victim",
        "excessive",
        "clash",
        "small_arms",
        "riot_violence",
        "gunbattle",  # the same words as "clash" ("killed during clashes at the airport")
        "clash_between",
    }
)


# Violence told only of people being arrested ("Police arrested three men who killed a trader", "detained 12
# suspected militants who had attacked a checkpoint"; background.py) is the arrest's background, an event of
# its own: marked like a cause, so the arrest stays the event.
ARRESTED_BACKGROUND_SIGNALS = TRIGGER_SIGNALS | frozenset(
    {"looting", "arson", "beating", "abduction", "mass_abduction", "sexual", "light_arms"}
)
# How far around a cue the arrest and its clause are looked for.
ARRESTED_WINDOW = 200


# People taken away named as the kin of the event's doers ("parents of kidnapped schoolgirls marched to the
# governor's office", "families of the people abducted from the train blocked the highway", "mothers whose
# sons were abducted held a vigil"): the abduction happened before, in another event; the crowd's own act
# is this one. Marked like a cause (ACLED codes the protest, the abduction on its own day).
KIN_RE = re.compile(
    r"\b(?:parents|families|family members|relatives|mothers|fathers|wives|husbands|widows|kin|loved ones)\s+"
    r"of\s+(?:[\w'-]+\s+){0,4}$"
    r"|\b(?:parents|families|relatives|mothers|fathers|wives|husbands)\s+whose\s+(?:[\w'-]+\s+){0,3}"
    r"(?:were|was|had\s+been|have\s+been)\s+$",
    re.IGNORECASE,
)
KIN_WINDOW = 80
KIN_SIGNALS = frozenset({"abduction", "mass_abduction"})
# Where in a cue's match the taking is told: the mass-abduction cue matches from the start of its line.
TAKING_RE = re.compile(r"\b(?:abduct|kidnap|taken hostage)", re.IGNORECASE)


# Prefix of the pseudo-signal marking a killing cue found only in such clauses. The model never saw these
# names, so they change no score of its; only the crowd rules read them.
CAUSE_ONLY = "cause_only:"


# Signals only the rules read: the model never saw them in training, so `event_type_model.features_of` leaves
# them out (a retrained model and the shipped one see the same features). "deaths" is the killing cue without
# its injury words ("three students were injured" is no death: police who dispersed them intervened).
# "blockade" is people blocking a road, a bridge or an entrance (a crowd's protest unless armed men or
# violence are told: `event_rules.crowd_blockade`).
# "heavy_fire" is a heavy weapon told as fired however far from its verb ("fired nearby mountains with heavy
# weapons"): forces that moved and fired did not only move.
# "heavy_struck" is people or places hit by a heavy weapon named as the doer ("1 child was killed and 3
# civilians were wounded by a Taliban mortar"): fire from afar, as "fired mortars at" is.
# "forces_bombed" is a state's forces that bombed a place or a target ("the military forces of Mozambique
# bombed militant targets"): from the air, as every such training and notes row is (militants' bombs are
# IEDs).
# "clash_between" is a fight told as the two sides' ("a clash between GNA and LNA forces, involving heavy
# artillery fire"): their heavy weapons are the battle's, not a shelling.
# "forces_beat" is police or troops beating people ("charged with batons", "beaten by police"): at a protest,
# their dispersal, the beating the attack cue also reads.
# "crowd_justice" is a crowd, residents or villagers beating, lynching or burning a suspected thief, robber or
# kidnapper, or his house ("a crowd ... set a suspected thief's house on fire after beating him"): vigilante
# justice, which ACLED codes as mob violence, wherever the beating is told.
# "forces_killed_civilian" is state forces killing an unarmed person named as such ("KDF soldiers shot dead a
# herder", "the army shot dead a man transporting fuel"): one-sided, ACLED's attack, unless a fight is told.
# "opened_fire" is shooting at someone ("opened fire on a patrol"): no movement of forces.
# "base_assault" is a camp, base or garrison stormed or attacked: with other arms or a fight told beside a
# suicide bomber, a coordinated assault on the garrison (ACLED's armed clash), not a suicide bombing.
# "friendly_fire" is fire on one's own side ("mistakenly opened fire on", "a friendly-fire incident",
# "mistaking them for militants"): two armed units, no attack on civilians.
RULE_ONLY_SIGNALS = frozenset(
    {
        "deaths",
        "blockade",
        "heavy_fire",
        "heavy_struck",
        "forces_bombed",
        "clash_between",
        "forces_beat",
        "arrest_seizure",
        "arms_surrendered",
        "crowd_justice",
        "forces_killed_civilian",
        "opened_fire",
        "base_assault",
        "friendly_fire",
        "forces_took_named_seat",
        "nonstate_took_named_seat",
    }
)


# The signals a carried weapon would wrongly give: an explosive named only as gear.
CARRIED_SIGNALS = frozenset({"grenade"})
# Control regained "of the area" or "of the situation" names no territory someone else held: it is order
# restored after the event ("the security forces had regained control of the area by the next morning",
# after insurgents killed residents), not ACLED's government regaining territory.
ORDER_RESTORED_RE = re.compile(r"\s*(?:control\s+)?(?:of\s+)?the\s+(?:area|situation)\b", re.IGNORECASE)
REGAIN_SIGNALS = frozenset({"forces_retook", "gov_takeover", "regain_word", "take_control"})


SEQUEL_SIGNALS = frozenset({"protest"})
# The clash cue's target branch ("targeted ... positions") reads no fight when a weapon is its doer.
STRUCK_SIGNALS = frozenset({"clash"})


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


# A part of a cue pattern matched case-sensitively ("(?-i:[A-Z]{2,6}) members": "CNL members" are an armed
# group's, "family members" are not): such a cue runs on the text as written, never on its lowered copy.
CASE_SENSITIVE_PART = "(?-i:"


@cache
def cues() -> tuple[Cue, ...]:
    """The cue lexicon, parsed and compiled once per process."""
    text = data_file(CUES_FILE).read_text(encoding="utf-8")
    parsed = []
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            pattern = row["pattern"]
            folded = None if CASE_SENSITIVE_PART in pattern else folded_pattern(pattern)
            parsed.append(
                Cue(
                    row["signal"],
                    row["suggests"],
                    re.compile(pattern, re.IGNORECASE),
                    folded,
                    required_literals(folded) if folded else None,
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
            matches = [m for m in matches if not sequel(text, m.start()) and not taken_part(text, m.start())]
        if cue.signal in STRUCK_SIGNALS:
            matches = [m for m in matches if not struck_by_weapon(text, m)]
        if cue.signal in REGAIN_SIGNALS:
            matches = [m for m in matches if not ORDER_RESTORED_RE.match(text, m.end())]
        if matches:
            found[cue.signal] = matches[0].start()
            if all(background(text, cue.signal, m) for m in matches):
                found[CAUSE_ONLY + cue.signal] = matches[0].start()
    return tuple(found.items())


def background(text: str, signal: str, match: re.Match[str]) -> bool:
    """Whether a cue is only background of the event: in a clause giving its cause ("torched a police station
    after a civilian was killed"), or told of people being arrested ("arrested three men who killed a
    trader")."""
    start, end = match.start(), match.end()
    if signal in TRIGGER_SIGNALS and TRIGGER_GUARD.search(text[max(0, start - TRIGGER_WINDOW) : start]):
        return True
    if signal in KIN_SIGNALS and kin_of_the_taken(text, match):
        return True
    if signal not in ARRESTED_BACKGROUND_SIGNALS:
        return False
    offset = max(0, start - ARRESTED_WINDOW)
    window = text[offset : end + ARRESTED_WINDOW]
    start, end = start - offset, end - offset
    return told_of_the_arrested(window, start, end) or names_the_arrested(window, start, end)


TRIGGER_GUARD = Guarded(TRIGGER_RE)


def kin_of_the_taken(text: str, match: re.Match[str]) -> bool:
    """Whether an abduction cue names the people a crowd is kin to ("parents of kidnapped schoolgirls")."""
    takings = list(TAKING_RE.finditer(match.group(0)))  # the mass cue's own is its last
    start = match.start() + (takings[-1].start() if takings else 0)
    return KIN_RE.search(text[max(0, start - KIN_WINDOW) : start]) is not None


def event_signals(signals: frozenset[str]) -> frozenset[str]:
    """`signals` without the killing cues found only in a clause giving the event's cause."""
    return frozenset(s for s in signals if CAUSE_ONLY + s not in signals)


def caused_only(signals: frozenset[str]) -> bool:
    """Whether some violence cue of the passage is found only in a clause giving the event's cause."""
    return any(s.startswith(CAUSE_ONLY) for s in signals)
