"""Who is in an incident: its perpetrators, its victims and the source of its figures.

Perpetrators are actors in agent position (a counter-claim's actors left out, one generic state force
where a named one is there, crowds for protests and riots, an unidentified armed group for armed
violence no one is named for); victims are the victim groups its sentences name, not the sources that
speak of them. Separate because it reads the actors component's output only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from warledger.extract.actors import ActorMention, actor_where, country_index
from warledger.extract.incident_units import Unit
from warledger.extract.lexicon import phrase_pattern
from warledger.extract.mentions import Mention
from warledger.extract.models import CATEGORY_OF, ActorKind, Perpetrator, Place
from warledger.extract.victims import victim_groups_in


def unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


@cache
def counter_claim_pattern() -> re.Pattern[str]:
    """The words of a counter-accusation ("had themselves shelled the city in order to blame the militias"),
    from the statements' stance data: whom it names is the accused party's answer, not the incident's
    alleged perpetrator."""
    data = resources.files("warledger").joinpath("data", "statements", "stance.json").read_text("utf-8")
    return phrase_pattern(json.loads(data)["counter_accusation"]["content"])


def perpetrators_of(units: Sequence[Unit], place: Place | None) -> list[Perpetrator]:
    """Actors in agent position in the incident's units, normalised, without repeats; not those a
    counter-accusation names (the accused side's answer, kept in its statement)."""
    found: dict[str, Perpetrator] = {}
    for unit in units:
        if counter_claim_pattern().search(unit.text):
            continue
        for mention in unit.of("actor"):
            value: ActorMention = mention.value
            if not value.agent:
                continue
            for named in value.actors:
                actor = actor_where(named, mention.text, place.country if place else None)
                country = actor.country or (place.country if place and actor.kind == "state" else None)
                found.setdefault(actor.name, Perpetrator(name=actor.name, country=country, kind=actor.kind))
    return same_forces_once(list(found.values()))


# The alias table's name for a state's forces the words do not name ("the army", "troops").
GENERIC_FORCES = "Military Forces"


def same_forces_once(perpetrators: list[Perpetrator]) -> list[Perpetrator]:
    """ "The Pakistani military said its troops killed four militants": "its troops" (the generic military
    forces) are the forces of the one state the incident names, not a second actor. Kept when no state or
    two are named, or when the generic forces are of another country than the one named."""
    states = [p for p in perpetrators if p.kind == "state" and p.name.lower() in country_index()]
    if len(states) != 1:
        return perpetrators
    state = states[0]
    return [p for p in perpetrators if not (p.name == GENERIC_FORCES and p.country in (None, state.country))]


# Who acts in a protest or a riot, as ACLED codes it: the crowd itself, of the place's country.
CROWD_ACTORS = {"protests": "Protesters", "riots": "Rioters"}


def crowd_actors(event_type: str | None, place: Place | None) -> list[Perpetrator]:
    """Protesters for a protest, rioters for a riot (the first actor of such events; ACLED codes the crowd
    first even when force is used against it)."""
    name = CROWD_ACTORS.get(CATEGORY_OF.get(event_type or "", ""))
    if name is None:
        return []
    return [Perpetrator(name=name, country=place.country if place else None, kind="non_state")]


def without_riot_police(
    perpetrators: list[Perpetrator], event_type: str | None, intervened: bool
) -> list[Perpetrator]:
    """A riot's perpetrators without the state forces told dispersing or stopping the crowd (`intervened`:
    "a mob burned a police post before police fired tear gas to disperse it"): ACLED codes the rioters as the
    first actor and the police who intervene as the second, the side acted against, not a perpetrator. State
    forces told doing nothing of the kind stay (the text may tell their own violence)."""
    if CATEGORY_OF.get(event_type or "") != "riots" or not intervened:
        return perpetrators
    others = [p for p in perpetrators if p.kind != "state"]
    return others or perpetrators


def distinct(perpetrators: list[Perpetrator]) -> list[Perpetrator]:
    """The first of each name ("Protesters" the crowd and "protesters" the text's words are one actor)."""
    first: dict[str, Perpetrator] = {}
    for p in perpetrators:
        first.setdefault(p.name, p)
    return list(first.values())


# Violence whose report names no one who did it: ACLED's "Unidentified Armed Group", of the place's country.
ARMED_VIOLENCE = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})
UNIDENTIFIED = "Unidentified Armed Group"


# Fire "in both directions" of Donbas's contact line (the OSCE monitors' words, 2014-2022): both sides fired,
# and there the two sides are known, Ukraine's forces and the Donetsk and Luhansk republics' (ACLED codes
# them as the clash's two actors, in either order).
BOTH_DIRECTIONS = re.compile(r"\bin both directions\b", re.IGNORECASE)
CONTACT_LINE_SIDES: dict[str, tuple[tuple[str, ActorKind], ...]] = {
    "UA": (("Ukraine", "state"), ("Novorossiya (DPR/LPR)", "non_state")),
}


def named_or_unidentified(
    named: list[Perpetrator], event_type: str | None, place: Place | None, text: str = ""
) -> list[Perpetrator]:
    """The perpetrators the text names or, for armed violence naming none, an unidentified armed group
    (kind "unknown": the text says someone did it, not who); for fire in both directions across a front
    whose two sides are known, those two sides."""
    if named or CATEGORY_OF.get(event_type or "") not in ARMED_VIOLENCE:
        return named
    country = place.country if place else None
    sides = CONTACT_LINE_SIDES.get(country or "")
    if sides and BOTH_DIRECTIONS.search(text):
        return [Perpetrator(name=name, country=country, kind=kind) for name, kind in sides]
    return [Perpetrator(name=UNIDENTIFIED, country=country, kind="unknown")]


def victims_of(units: Sequence[Unit]) -> list[str]:
    """Victim groups named in the incident's casualty sentences (not inside the perpetrator's name), and the
    nouns its figures count."""
    groups: list[str] = []
    for unit in units:
        if not (unit.of("casualty") or unit.has_casualty_cue()):
            continue
        agents = [m for m in unit.of("actor") if m.value.agent]
        groups += [  # "rebel fighters fired mortars, killing three civilians": the fighters are no victims
            m.value
            for m in unit.of("victim")
            if not any(a.start <= m.start <= a.end + 1 for a in agents)  # "Houthi fighters" too
            and not is_a_source(unit, m)
        ]
        for mention in unit.of("casualty"):
            if mention.value.victim_group:
                groups += victim_groups_in(mention.value.victim_group)
    return unique(groups)


SAID_AFTER = re.compile(
    r"^\s*(?:(?:and|or)\s+(?:[\w-]+\s+){1,2}?)?(?:officials?|officers?|spokes(?:man|woman|person))?\s*"
    r"(?:said|says|told|reported|added|blamed|accused|condemned|denied|claimed|announced)\b"
)
ACCORDING_BEFORE = re.compile(r"\baccording to (?:the |local )?$", re.IGNORECASE)
# "said Zamfara police spokesman X", "told reporters": who speaks, or whom they speak to.
SPEAKER_AFTER = re.compile(
    r"^\s*(?:spokes(?:man|woman|person)|officials?|officers?|sources?)\b", re.IGNORECASE
)
SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|tells)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}$"
    r"|\b(?:sent|speaking|spoke|talking|talked|said|statement|message|briefing)\s+to\s+(?:the\s+)?$"
)


def is_a_source(unit: Unit, mention: Mention) -> bool:
    """A mention that names who reports, not who was hit: "killing 11, police said", "according to
    police", "said Zamfara police spokesman X", "a police spokesman said", "told reporters"."""
    start, end = mention.start - unit.start, mention.end - unit.start
    before, after = unit.text[:start], unit.text[end:]
    return bool(
        SAID_AFTER.match(after)
        or ACCORDING_BEFORE.search(before)
        or SPEAKER_AFTER.match(after)
        or SAID_BEFORE.search(before)
    )


def figure_source_of(units: Sequence[Unit]) -> str | None:
    for unit in units:
        for mention in unit.of("casualty"):
            if mention.value.source:
                return str(mention.value.source)
        for mention in unit.of("figure_source"):
            return str(mention.value)
    return None
