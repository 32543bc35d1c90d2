"""Whether a sentence's count is another count of an incident already told or counts something else.

A later figure may recount the same incident (the bodies counted the next day, a victim who died of his
wounds, a toll "so far", a restatement) or give a conflicting count that makes a new incident (another
hospital, another day, a different single figure). These tests compare one unit's counts with an
incident's; `incident_joining` weighs them with the dates, places and weapons.
"""

from __future__ import annotations

import re
from datetime import timedelta

from warledger.extract.casualty_context import is_cumulative
from warledger.extract.date_roles import same_occasion
from warledger.extract.date_values import DateValue
from warledger.extract.incident_anchors import MAX_UNIT_GAP
from warledger.extract.incident_counts import TOLL, is_vague, killed_counts, least_meant, unit_side
from warledger.extract.incident_places import DocPlaces, event_places
from warledger.extract.incident_units import Group, Unit, attribution_pattern, definite_reference_pattern


def killed_conflict(group: Group, unit: Unit, places: DocPlaces | None = None) -> bool:
    """A different single-event killed figure in a unit that reports its own event. A unit with no event
    word and no place of its own, dated as the incident is ("rescuers had pulled 12 bodies from the
    rubble by Saturday evening"), counts the same event: sources disagree, the range widens."""
    mine = {(f.count.min, f.count.max) for f in unit.figures() if not f.updated and f.count.max > 0}
    theirs = {(f.count.min, f.count.max) for u in group.units for f in u.figures() if f.count.max > 0}
    if not (mine and theirs) or mine & theirs or states_what_vague_words_meant(group, unit):
        return False
    if earlier_count_of_a_rise(group, unit):
        return False
    if counts_the_other_sides_dead(group, unit):
        return False
    return not reports_nothing_new(group, unit) and not gives_another_count(group, unit, places)


def counts_the_other_sides_dead(group: Group, unit: Unit) -> bool:
    """An undated sentence counting one known side's dead right after the incident's count of another known
    side's ("11 soldiers had been killed" then "the rebels said three of their fighters had died in the
    fighting"): the same event's other side, whose dead ACLED adds, not another event's toll."""
    side = unit_side(unit, "killed")
    if side is None or unit.own_event_dates() or not definite_reference_pattern().search(unit.text):
        return False  # "Soldiers ended the siege, killing three gunmen" is the response, an event of its own
    counted = [u for u in group.units if any(f.count.max > 0 for f in u.figures())]
    sides = {unit_side(u, "killed") for u in counted}
    return bool(counted) and None not in sides and side not in sides


# how a sentence gives a count a source had made before ("The governor's office had said on Sunday that")
HAD_SAID = re.compile(
    r"\bhad\s+(?:earlier\s+|first\s+|initially\s+)?(?:said|reported|put|given)\b", re.IGNORECASE
)


def earlier_count_of_a_rise(group: Group, unit: Unit) -> bool:
    """A count a source had given before the toll rose ("raising the death toll to 30" in the lead, then
    "The governor's office had said on Sunday that 28 people ... were killed when guerrillas attacked the
    village"): the same dead counted earlier, told with the event again, not another event, so it joins
    the update that superseded it. Only a lower count in a past-perfect attribution, with no mark of a
    separate attack and no day but the incident's."""
    updated = [f.count.max for u in group.units for f in u.figures() if f.updated]
    mine = [f.count.max for f in unit.figures() if f.count.max > 0]
    if not updated or not mine or max(mine) >= max(updated):
        return False
    if not HAD_SAID.search(unit.text) or SEPARATE.search(unit.text):
        return False
    return not unit.event_dates() or on_the_incidents_day(group, unit)


def states_what_vague_words_meant(group: Group, unit: Unit) -> bool:
    """Whether the group counts its dead only in vague words ("leaving dozens dead") that the unit's
    numbers do not contradict ("at least 25 people ... had been killed"): the unit states the same dead,
    it does not count another event's."""
    vague = [(u, f.count) for u in group.units for f in u.figures() if f.count.max > 0]
    stated = [f.count for f in unit.figures() if f.count.max > 0]
    if not vague or is_vague(unit, "killed") or not all(is_vague(u, "killed") for u, _ in vague):
        return False
    return all(least_meant(u, c, "killed") <= s.min for u, c in vague for s in stated)


def gives_another_count(group: Group, unit: Unit, places: DocPlaces | None = None) -> bool:
    """A sentence giving someone's count of the incident's victims, with no day or place of its own ("The
    group said it had killed 15 soldiers in the attack", "an investigation later concluded that 105
    civilians had been killed"): sources disagree on one event, the range widens."""
    if not attribution_pattern().search(unit.text) or SEPARATE.search(unit.text):
        return False
    if unit.event_dates() and not counting_window(group, unit):
        return False
    known = {m.text.casefold() for u in group.units for m in u.of("place")}
    named = [m for m in event_places(unit) if not HOSPITAL_NAME.search(m.text)]  # where the dead were taken
    if all(m.text.casefold() in known for m in named):
        return True
    # undated, a part of the incident's town ("a girl hit by a stray bullet in Nyalenda"), a name the
    # gazetteer cannot place, is no elsewhere; a town it places is ("warplanes struck the town of Atareb");
    # dated the incident's own day, a place in its regions ("at least 30 people were shot dead in the city
    # on Thursday, ... near the Sule Pagoda") is where in it the source counted
    return (
        places is not None
        and (not unit.event_dates() or on_the_incidents_day(group, unit))
        and bool(places.named(group.units))
        and all(m.start not in places.regions for m in named if m.text.casefold() not in known)
    )


def on_the_incidents_day(group: Group, unit: Unit) -> bool:
    """Every event day of the sentence is the incident's own day (not a later day of its count)."""
    current = group.date()
    days = unit.event_dates()
    return current is not None and bool(days) and all(same_occasion(d, current) for d in days)


# a place read off a hospital's own name ("the Jaramogi Oginga Odinga Teaching and Referral Hospital")
HOSPITAL_NAME = re.compile(r"\b(?:hospitals?|clinics?|morgues?|mortuar(?:y|ies))$", re.IGNORECASE)


# A source counts an incident's dead over at most this many days after it ("between Saturday and Monday").
COUNTING_DAYS = 3


def counting_window(group: Group, unit: Unit) -> bool:
    """A count of bodies or of the dead dated by when it was made, from the incident's day to a few days
    later ("the mortuary had received nine bodies between Saturday morning and Sunday evening" after
    Saturday's shooting): the days it was counted over, not the day of another event."""
    current = group.date()
    if current is None or not BODY_COUNT.search(unit.text):
        return False
    return all(
        current.start <= d.start and (d.end - current.end).days <= COUNTING_DAYS for d in unit.event_dates()
    )


SEPARATE = re.compile(
    r"\b(?:another|second|third|separate|new|earlier|previous)\s+(?:\w+\s+)?"
    r"(?:attack|strike|raid|incident|bombing|blast|clash)",
    re.IGNORECASE,
)


BODY_COUNT = re.compile(r"\bbod(?:y|ies)\b|\bcounted\b|\bdead\b|\bburied\b", re.IGNORECASE)
# A count "since" a day this close after the incident's start counts its dead, not a period's.
SINCE_INCIDENT_DAYS = 3


def recounts(group: Group, unit: Unit, gap: int, short_note: bool) -> bool:
    """A news sentence some way after the incident's that only counts its dead again, as a source had them
    by some later time ("Hospital officials said they had received 121 bodies by Saturday evening", "U.N.
    observers who visited the village on Saturday said they had counted more than 90 bodies"), after
    quotes and colour: no event word, place or earlier day of its own; sources disagree, the range widens."""
    return (
        not short_note
        and gap <= 2 * MAX_UNIT_GAP
        and group.has_figure()
        and not group.cumulative()
        and bool(unit.figures())
        and (not unit.cumulative() or counts_so_far(unit) or counts_since_incident(group, unit))
        and bool(TOLL.search(unit.text) or BODY_COUNT.search(unit.text))
        and reports_nothing_new(group, unit)
    )


def counts_since_incident(group: Group, unit: Unit) -> bool:
    """A count since a day of the incident or just after it ("We have buried more than 120 people since
    Sunday" after attacks on Saturday and into the night): the incident's dead counted until now, not a
    total over a period of its own."""
    current, dates = group.date(), unit.event_dates()
    return (
        current is not None
        and bool(dates)
        and all(
            d.role == "since"
            and d.precision == "day"
            and current.start <= d.start <= current.end + timedelta(days=SINCE_INCIDENT_DAYS)
            for d in dates
        )
    )


# "so far", "to date": how far a count of the dead has got, no period of its own
SO_FAR = re.compile(r"\b(?:so far|to date|thus far|as yet)\b", re.IGNORECASE)


def counts_so_far(unit: Unit) -> bool:
    """A total whose only mark is how far the counting has got ("31 bodies had so far been buried by
    residents"), with no date or period of its own: the incident's dead counted until now, not a total over
    a period. Only "so far" makes it cumulative: the text without it is no total."""
    return (
        bool(SO_FAR.search(unit.text))
        and not unit.event_dates()
        and not is_cumulative(SO_FAR.sub(" ", unit.text))
    )


# how a monitor says it checked a count: "has so far verified that 13 civilians were killed", "has so far been
# able to confirm the deaths of 45 people"
VERIFIED = re.compile(
    r"\b(?:verified|confirmed|documented|corroborated|been\s+able\s+to\s+(?:verify|confirm|document|corroborate))\b",
    re.IGNORECASE,
)


def verified_so_far(unit: Unit) -> bool:
    """A monitor's count of the dead it has verified "so far" ("HRMMU has so far verified that 13 civilians
    ... were killed", "HRFOR has so far been able to confirm the deaths of 45 people"): how far its checking
    has got, the incident's own dead, not a total over a period, even when it is the incident's first
    count (`counts_so_far`, without a day or period of its own)."""
    return counts_so_far(unit) and bool(VERIFIED.search(unit.text))


# "died in hospital", "died of his wounds", "succumbed to her injuries": a victim of an earlier attack dying
DIED_OF_WOUNDS = re.compile(
    r"\b(?:died|dies|succumbed)\s+(?:\w+\s+){0,2}?(?:(?:in|at)\s+(?:the\s+|a\s+)?(?:(?-i:[A-Z][\w'-]*)\s+){0,3}?hospital|of\s+(?:his|her|their)\s+"
    r"(?:wounds|injuries)|to\s+(?:his|her|their)\s+(?:wounds|injuries))\b"
    # the verb left out after a count of the dead: "four of its members had died, two of them in hospital"
    r"|\b(?:died|succumbed),\s+(?:\w+\s+)?of\s+(?:them|whom)\s+(?:in|at)\s+(?:the\s+|a\s+)?(?:(?-i:[A-Z][\w'-]*)\s+){0,3}?hospital\b",
    re.IGNORECASE,
)
# A wounded victim dies within this many days of the attack in the same report's telling.
DIED_LATER_DAYS = 7


def died_later(unit: Unit, own: DateValue, current: DateValue) -> bool:
    """A sentence telling of a victim who died of the wounds some days after the incident ("A fourth victim
    ... died in hospital early Wednesday" after Tuesday's shooting): its day is the death's, not another
    event's; the victim is one of the incident's dead."""
    return (
        bool(unit.figures())
        and not unit.has_event_cue()
        and bool(DIED_OF_WOUNDS.search(unit.text))
        and 0 <= (own.start - current.end).days <= DIED_LATER_DAYS
    )


def counted_later(group: Group, unit: Unit) -> bool:
    """A source's count of the incident's dead dated by when the bodies were found, a few days after it
    ("The mayor put the death toll at 53, saying several bodies had been recovered only on Thursday", after
    Tuesday's raid): the day the count was made, not another event's (see `counting_window`). A whole toll
    only: "five more bodies had been recovered on Monday" adds to a count, and is not read as one."""
    return (
        bool(attribution_pattern().search(unit.text))
        and bool(TOLL.search(unit.text))
        and counting_window(group, unit)
    )


def restates(group: Group, unit: Unit) -> bool:
    """A sentence that only gives again the incident's own killed count ("I counted 30 bodies this
    morning"), or its toll as someone counts it ("earlier, officials had put the toll at 40")."""
    mine = {(f.count.min, f.count.max) for f in unit.figures() if f.count.max > 0}
    same = bool(mine) and mine <= killed_counts(group)
    toll = bool(unit.figures()) and bool(TOLL.search(unit.text))
    return (same or toll) and reports_nothing_new(group, unit)


def reports_nothing_new(group: Group, unit: Unit) -> bool:
    """No event word, no place of its own and no day before the incident's: not "On Tuesday, 3 civilians
    were killed in Y" after "3 soldiers were killed in X on Monday"."""
    if unit.has_event_cue():
        return False
    places = {m.text.casefold() for u in group.units for m in u.of("place")}
    if any(m.text.casefold() not in places for m in event_places(unit)):
        return False
    current = group.date()
    return current is None or all(
        d.start >= current.start or takes_in(d, current) for d in unit.event_dates()
    )


def takes_in(value: DateValue, current: DateValue) -> bool:
    """A month or a year that holds the incident's day ("two men who died of their wounds later in January"
    after an attack on 5 January): a coarser telling of the same days, not a day before the incident."""
    return value.precision in ("month", "year") and value.start <= current.start <= value.end
