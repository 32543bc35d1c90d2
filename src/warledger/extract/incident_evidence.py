"""What of an incident's sentences its type is read from: the main-incident evidence.

An incident keeps all its sentences as evidence, but a coder types it on what was done, so some of them
are left out of the text its type is read from: the accused side's own version (`accused_accounts`), a
denial that turns the charge on the other side (`counter_accusations`), background and history
(`whole_passage`), and in each sentence a dated clause on an earlier cause or the frame of the source
that tells it (`own_words`). Separate from grouping because it only reads a finished incident's units.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from warledger.extract.actors import ActorMention
from warledger.extract.event_cues import signals_in
from warledger.extract.incident_units import (
    Unit,
    cue_pattern,
    event_cue_pattern,
    incident_cues,
    literal,
    sets_background,
)

# Harm to civilians in a sentence: what makes it an accusation when state forces are named in it.
CIVILIANS_HARMED = frozenset({"attack_civ", "civilian_victim"})


@cache
def state_account_pattern() -> re.Pattern[str]:
    """How a sentence giving state forces' own version opens ("The army initially said in a statement")."""
    return re.compile(rf"\s*(?:{'|'.join(incident_cues()['state_account'])})\b", re.IGNORECASE)


def accused_accounts(units: Sequence[Unit]) -> list[Unit]:
    """The sentences of an incident that give the accused side's own version: state forces' (or their
    government's) statement, when another sentence of the incident, from another source, has state forces
    harming civilians ("Residents said soldiers raided the village, shooting people in their homes"; "The
    army said five died during an exchange of fire with separatists"). A coder types the incident on what
    was done, not on the answer of those accused of it; the version still counts and stays as evidence."""
    told = [u for u in units if state_account_pattern().match(u.text)]
    accusing = any(
        u not in told
        and any(actor.kind == "state" for m in u.of("actor") for actor in m.value.actors)
        and signals_in(u.text) & CIVILIANS_HARMED
        for u in units
    )
    return told if accusing else []


def counter_accusations(units: Sequence[Unit]) -> list[Unit]:
    """The sentences of an incident in which the accused side denies it and turns the charge on the other
    ("The CNDD denied any involvement and accused the army of killing civilians in the hills in reprisal"):
    their words tell another, alleged event, so they do not type this one (they stay as evidence). Only
    beside other sentences, which tell the event itself."""
    answers = [u for u in units if cue_pattern("counter_accusation").search(u.text)]
    return answers if len(answers) < len(units) else []


def whole_passage(text: str, units: list[Unit], left_out: Sequence[Unit] = ()) -> str:
    """The text a document's only incident is typed on: all of it, but for sentences that describe the
    setting ("the area has seen fighting between cartel factions"), sentences on history (`historical`),
    dated clauses on an earlier event ("after a commander was killed in a gunbattle on Wednesday"),
    whose words are not the event's, and the sentences `left_out` (the accused side's version)."""
    background = [u for u in units if sets_background(u.text) and not u.figures()]
    background += left_out
    if any(not u.historical for u in units):
        background += [u for u in units if u.historical]  # "In April, Maoists killed 76 ... in an ambush"
    if not background and all(own_words(u) == u.text for u in units):
        return text
    return " ".join(own_words(u) for u in units if u not in background)


def own_words(unit: Unit) -> str:
    """The sentence without a dated clause on an earlier event that caused it ("Hundreds marched after a
    commander was killed in a gunbattle on Wednesday" is typed on "Hundreds marched"), nor the frame of
    the source that opens it ("Police spokesman X told reporters that" the attack ...: who tells it is
    no side of the event)."""
    for mention in unit.of("date"):
        if unit.in_cause_clause(mention):
            clause = unit.cause_clause_start(mention)
            if mourns_only(unit.text[:clause]):
                break
            return unit.text[:clause] + unit.text[mention.end - unit.start :]
    return unit.text[report_frame(unit) :]


def mourns_only(main: str) -> bool:
    """Whether a sentence's words before its cause clause only mourn ("The town buried its dead on Wednesday
    after a car bomb exploded outside a mosque two days ago"): the clause then tells the event the incident is
    of (the one the funerals date, see `mourned_day`), and it types it, unlike "Hundreds marched after a
    commander was killed", whose march is an event of its own."""
    return bool(cue_pattern("mourning").search(main)) and not event_cue_pattern().search(literal(main))


# How far into its sentence a source's frame may begin ("A police spokesman told ..."): its opening words.
FRAME_OPENING_CHARS = 30


def report_frame(unit: Unit) -> int:
    """Where the frame of a source opening the sentence ends, relative to the sentence (0 if none)."""
    for mention in unit.of("actor"):
        value: ActorMention = mention.value
        if mention.start - unit.start <= FRAME_OPENING_CHARS and value.frame_end is not None:
            return mention.end - unit.start + value.frame_end
    return 0
