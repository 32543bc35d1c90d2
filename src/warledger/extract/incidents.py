"""Grouping a document's mentions into its incidents, as an ACLED or Airwars coder would.

A report often holds several incidents (the Sunday bombing, the toll since Thursday, the convoy attack
on Monday). We work sentence by sentence ("units"; a line break always ends one): a unit that reports an
event (an event cue word with something concrete beside it, or a casualty figure) is an anchor. An
anchor joins the incident just before it when it is near (at most one unit between), adds no date of its
own that differs, no conflicting single figure and no cumulative total; otherwise it starts a new
incident. A total over a period ("since Thursday ... about 350") is always an incident of its own, with
the period as its date range. A headline (a short first line without a full stop, however the parser cut
it) is the same event as the body's first matching incident, so its figure widens that incident's range
(85 in the headline, 92 in the body: killed 85..92) instead of making a second incident. A sentence right
after an incident's that says more about it without a count or a day of its own ("The bombers targeted
Yazidis in the villages of Qahtaniyah and Jazeera") joins it, and the incident's place is read in its
first body sentence that names one. Weapons named in a sentence without an anchor of its own ("pointed at
Russia's use of bunker-busting bombs") go to the nearest incident. A victim who died of the wounds days
later, the bodies buried "so far", and a count given from where a source sits ("a spokesman told Reuters by
telephone from Kilinochchi", "a Zamboanga radio station") stay with the incident they count.

Values: the date is the first event date of the incident's units (a bare byline date only as a last
resort). A news report often dates only its lead ("on Friday night, jets struck...") and tells the rest
of the story without dates; such an undated incident takes, in this order, the nearest date before it
in the same paragraph, the document's lead date (the first date of its opening; see `lead_date`) or the
publication date, at week precision (`CONTEXT_PRECISION`) to say the day is inferred, not stated. Only
dates that can be the day of a current event serve as context: a day or a week, not a since-range,
within a year before publication and not after it, so a historical reference ("in 1994", "on 15 March
2011" in a 2016 report) never becomes the incident's date. Without a publication date only the lead
date serves (history cannot be told apart). Killed/injured sum the distinct figures of one sentence and
span the figures of different sentences (a later "toll rose to 40" replaces them); perpetrators are
actors in agent position; the place comes from places.place_for, the event type from
event_type.event_type_of. The units and groups themselves are in `incident_units.py`, the counts in
`incident_counts.py`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from itertools import pairwise

from spacy.tokens import Doc

from warledger.extract.actors import ActorMention, actor_where, country_index
from warledger.extract.casualties import is_cumulative, side_of, summary_pattern, totals_a_period
from warledger.extract.dates import (
    FUTURE_TOLERANCE_DAYS,
    DateValue,
    Precision,
    runs_into,
    same_occasion,
    since_range,
    wire_dateline,
)
from warledger.extract.event_type import actual, event_type_of, rule_type, signals_in
from warledger.extract.incident_counts import (
    TOLL,
    combined_count,
    counts_only_a_part,
    counts_other_victims,
    is_vague,
    killed_counts,
    least_meant,
    shared,
    unit_side,
)
from warledger.extract.incident_units import (
    HISTORICAL_DAYS,
    SENTENCE_END,
    Group,
    Unit,
    attribution_pattern,
    back_reference_pattern,
    background_pattern,
    cue_pattern,
    definite_reference_pattern,
    event_cue_pattern,
    incident_cues,
    is_bare_year,
    known_event_day,
    recalls_earlier_months,
    units_of,
)
from warledger.extract.lexicon import phrase_pattern
from warledger.extract.mentions import Mention, mentions_of
from warledger.extract.models import CATEGORY_OF, EventType, Evidence, Incident, Perpetrator, Place
from warledger.extract.places import INTO_COUNTRY, place_for, placed_from
from warledger.extract.sentences import doc_text, document_chars
from warledger.extract.victims import victim_groups_in

# Anchors this many units apart (or fewer) may be one incident.
MAX_UNIT_GAP = 2
# An ACLED-style note opens with its date; for short documents a dated opening is an anchor.
NOTE_MAX_CHARS = 2500
DATE_OPENING_CHARS = 40
CONCRETE_KINDS = frozenset({"date", "casualty", "weapon", "target", "figure_source"})
# "Civilians" is named in most sentences of a conflict report: not enough to make one an event report.
WEAK_TARGETS = frozenset({"civilians"})
# The precision of a date an undated incident takes from its context (the day is inferred, not stated).
CONTEXT_PRECISION: Precision = "week"
# The opening of a document, where its lead date is looked for.
LEAD_CHARS = 1500
# Where a chunk Doc finds the lead date of the document it was cut from (set by the caller).
LEAD_DATE_KEY = "warledger_lead_date"
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def is_anchor(unit: Unit, short_note: bool, index: int) -> bool:
    """Does this unit report an event of its own?"""
    if unit.historical:
        return False
    if unit.figures() or any(
        f.count.max > 0 for k in ("injured", "missing", "arrested") for f in unit.figures(k)
    ):
        return True
    if background_pattern().search(unit.text):
        return False  # "the area has seen fighting between factions since ...": the setting, not an event
    dates = unit.event_dates()
    if not short_note and dates and all(d.role == "since" for d in dates):
        return False  # "the 12th health facility hit since 28 April": a running count with no figure
    if (unit.has_event_cue() or unit.has_casualty_cue()) and any(is_concrete(m) for m in unit.mentions):
        return short_note or ((index == 0 or located(unit)) and not only_names_known_events(unit))
    return short_note and index == 0 and opens_with_date(unit)


def located(unit: Unit) -> bool:
    """A news sentence whose event words come with more than a day: a place, an actor, a weapon, a target or
    a casualty word ("During the rally Monday, the former president said ..." is no incident)."""
    return unit.has_casualty_cue() or any(
        m.kind in ("place", "country", "actor") or (is_concrete(m) and m.kind != "date")
        for m in unit.mentions
    )


KNOWN_EVENT_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w\"'“”-]+\s+){0,3}$", re.I)


def only_names_known_events(unit: Unit) -> bool:
    """A dated news sentence that only names an event as already known ("On Sunday, it said it would
    investigate the 'regrettable' incident"): about the incident, not one. Not when it describes the event
    ("the targeting of three rescue centres") or names a weapon, a target or a casualty."""
    if unit.has_casualty_cue() or any(is_concrete(m) and m.kind != "date" for m in unit.mentions):
        return False
    text = unit.text
    cues = [m for m in event_cue_pattern().finditer(text) if actual(text, m)]
    return bool(cues) and all(
        KNOWN_EVENT_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        and not re.match(r"\s+of\b", text[m.end() :])
        for m in cues
    )


def is_concrete(mention: Mention) -> bool:
    """A mention that makes a cue word an event report: a date, a figure, a weapon, a specific target."""
    return mention.kind in CONCRETE_KINDS and not (mention.kind == "target" and mention.value in WEAK_TARGETS)


def opens_with_date(unit: Unit) -> bool:
    return any(m.start - unit.start <= DATE_OPENING_CHARS for m in unit.of("date"))


def killed_conflict(group: Group, unit: Unit, places: DocPlaces | None = None) -> bool:
    """A different single-event killed figure in a unit that reports its own event. A unit with no event
    word and no place of its own, dated as the incident is ("rescuers had pulled 12 bodies from the
    rubble by Saturday evening"), counts the same event: sources disagree, the range widens."""
    mine = {(f.count.min, f.count.max) for f in unit.figures() if not f.updated and f.count.max > 0}
    theirs = {(f.count.min, f.count.max) for u in group.units for f in u.figures() if f.count.max > 0}
    if not (mine and theirs) or mine & theirs or states_what_vague_words_meant(group, unit):
        return False
    return not reports_nothing_new(group, unit) and not gives_another_count(group, unit, places)


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


# Where the dead were taken or who counted them sits ("bodies had been taken to the hospital in Damaturu",
# "a government official in Khartoum put the toll at 17", "a security source in Ouahigouya", "hospital
# sources in nearby Blida", "independent newspapers in Algiers ... put the death toll at 103", "a doctor at
# Maputo Central Hospital said"), or where a source spoke or wrote from ("a rebel spokesman told Reuters by
# telephone from the rebel stronghold of Kilinochchi", "a statement faxed to news agencies from London"),
# or where a counting group is based ("a volunteer rescue group based in Kanbalu gave a toll of 28"), or the
# seat a speaking office holder serves ("the parish priest of Tibu said ... at least 35 had been killed"): no
# place of the event.
SOURCE_PLACE_BEFORE = re.compile(
    r"\b(?:(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?|spokes(?:man|woman|person)"
    r"|(?:government|police|army|military|security|local)\s+(?:officials?|sources?)"
    r"|doctors?|medics?|nurses?|surgeons?|newspapers?|dailies|papers|journalists?|reporters?)"
    r"\s+(?:\w+\s+){0,2}?(?:in|at)"
    r"|\bbased\s+in"
    r"|\b(?:parish\s+)?(?:priests?|mayors?|governors?|bishops?|imams?|prefects?)\s+of"
    r"|(?:faxed|e-?mailed|sent|issued|released|posted)\s+(?:[\w-]+\s+){0,4}?from"
    r"|(?:tele|satellite\s+)?phone\s+from(?:\s+the)?(?:\s+[\w-]+){0,3}?\s+(?:stronghold|base|headquarters)\s+of"
    r"|(?:tele|satellite\s+)?phone\s+from)"
    r"\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?(?:(?:town|city|capital)\s+of\s+)?$",
    re.IGNORECASE,
)


# "a Mogadishu hospital", "Kabul's Emergency hospital", "a Zamboanga radio station": a town named as where a
# hospital is, or a station or paper that reports
HOSPITAL_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,2}(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?|radio|newspapers?"
    r"|television)\b"
)


def event_places(unit: Unit) -> list[Mention]:
    """The unit's places but those naming where the dead were taken or where a counting official sits: "a
    hospital in X", and in a sentence that reports no event of its own, "an X hospital" ("a doctor at a
    Mogadishu hospital said her staff had received 14 bodies"; not "a bomb exploded at a Kabul hospital")."""
    plain = not unit.has_event_cue()
    return [
        m
        for m in unit.of("place")
        if not SOURCE_PLACE_BEFORE.search(unit.text[max(0, m.start - unit.start - 60) : m.start - unit.start])
        and not (plain and HOSPITAL_AFTER.match(unit.text, m.end - unit.start))
    ]


SEPARATE = re.compile(
    r"\b(?:another|second|third|separate|new|earlier|previous)\s+(?:\w+\s+)?"
    r"(?:attack|strike|raid|incident|bombing|blast|clash)",
    re.IGNORECASE,
)


RESUME_GAP = 4  # background sentences a story may tell before it goes on with the same day's incident


def resumes(group: Group, unit: Unit, gap: int) -> bool:
    """A news sentence that goes on with the incident after a few sentences of background ("Ingushetia
    has long been the quieter neighbour of Chechnya. ..." then "Witnesses said armed men set up checkpoints
    ... at around 11 p.m. on Monday" after a lead dated Monday): its own day is the incident's day."""
    if gap > RESUME_GAP:
        return False
    own, current = unit.own_event_dates(), group.date()
    return (
        bool(own)
        and current is not None
        and current.precision == "day"
        and own[0].precision == "day"
        and same_occasion(own[0], current)
    )


def tells_the_same_day(group: Group, unit: Unit, gap: int, places: DocPlaces) -> bool:
    """A sentence with no event word of its own that goes back, after some background, to the incident's
    day at its place ("According to survivors, several hundred rebels entered Homoine at dawn on Saturday"
    after the lead's Saturday attack on Homoine): the story goes on with that incident. Not state forces'
    own statement ("The interior ministry said its forces had come under fire in Srbica on Wednesday")."""
    return (
        not unit.historical
        and not unit.figures()
        and not state_account_pattern().match(unit.text)  # the accused side's version, not the story's
        and resumes(group, unit, gap)
        and names_only_its_places(group, unit, places)
    )


def names_only_its_places(group: Group, unit: Unit, places: DocPlaces) -> bool:
    """The sentence names places, each one the incident's sentences have named."""
    named = {m.text.casefold() for m in places.named([unit])}
    return bool(named) and named <= {m.text.casefold() for m in places.named(group.units)}


def continues(unit: Unit, gap: int) -> bool:
    return gap <= 2 * MAX_UNIT_GAP and refers_back(unit)


def dates_an_attack_of_a_total(group: Group, unit: Unit) -> bool:
    """A sentence giving its own day after a total over a period ("... made this the bloodiest week of the
    year" then "The deadliest attack came on Monday, when a car bomb ..."): one attack of the total, an
    incident of its own, however it names it as known."""
    return group.cumulative() and any(d.precision == "day" for d in unit.own_event_dates())


def refers_back(unit: Unit) -> bool:
    """A sentence about the incident just reported, with no count of its own: it opens on the event ("The
    attack was launched at dawn") or, undated, names it as known ("... while the shelling continued")."""
    if unit.figures():
        return False
    if back_reference_pattern().match(unit.text):
        return True
    undated = all(d.precision != "day" for d in unit.event_dates())  # "this year" is no date of its own
    return undated and bool(definite_reference_pattern().search(unit.text))


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


# "died in hospital", "died of his wounds", "succumbed to her injuries": a victim of an earlier attack dying
DIED_OF_WOUNDS = re.compile(
    r"\b(?:died|dies|succumbed)\s+(?:\w+\s+){0,2}?(?:(?:in|at)\s+(?:the\s+|a\s+)?hospital|of\s+(?:his|her|their)\s+"
    r"(?:wounds|injuries)|to\s+(?:his|her|their)\s+(?:wounds|injuries))\b"
    # the verb left out after a count of the dead: "four of its members had died, two of them in hospital"
    r"|\b(?:died|succumbed),\s+(?:\w+\s+)?of\s+(?:them|whom)\s+(?:in|at)\s+(?:the\s+|a\s+)?hospital\b",
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


def joins(
    group: Group, unit: Unit, gap: int, short_note: bool = False, places: DocPlaces | None = None
) -> bool:
    """Whether `unit` continues the incident of `group` (in a short note, a new figure adds to it); in a
    news report, not a sentence that turns to other places ("Protests also took place in Abuja")."""
    if gap > MAX_UNIT_GAP or group.cumulative():
        return False
    if not short_note and ELSEWHERE.search(unit.text) and other_places(group, unit, places or DocPlaces()):
        return False
    if not short_note and (another_event_also(unit) or OTHER_ATTACK.search(unit.text)):
        return False
    if not short_note and (other_weapon(group, unit) or later_strike(group, unit)):
        return False
    if not short_note and in_another_country(group, unit, places or DocPlaces()):
        return False
    if restates(group, unit):
        return True  # "So far we know 15 people died": the incident's own 15, however the witness puts it
    if unit.cumulative():
        return False
    own_dates = unit.own_event_dates()
    own, current = (own_dates[0] if own_dates else None), group.date()
    if (
        own is not None
        and current is not None
        and not (
            same_occasion(own, current)
            or narrows(own, current)
            or died_later(unit, own, current)
            or counted_later(group, unit)
            or mourned_event_told(group, unit, own, current)
        )
    ):
        return False
    if own is not None and current is None and not dates_reported_event(group, unit, own, places):
        return False  # a newly dated sentence reports its own event
    return short_note or not killed_conflict(group, unit, places)


def mourning_date(group: Group) -> bool:
    """Whether the incident's date is the day of a sentence about mourning its victims ("Thousands joined
    funeral processions in Anantnag on Monday for the victims of a grenade attack"): the funerals' day,
    not the attack's, which the story tells later."""
    dated = next((u for u in group.units if u.event_dates()), None)
    return dated is not None and bool(cue_pattern("mourning").search(dated.text))


def mourned_event_told(group: Group, unit: Unit, own: DateValue, current: DateValue) -> bool:
    """A sentence naming the incident's weapon as known ("Police said the grenade was thrown ... on Saturday
    afternoon") on a day shortly before the funerals the incident is dated by: the mourned event itself."""
    return (
        mourning_date(group)
        and bool(THE_WEAPON.search(unit.text) or refers_back(unit))
        and 0 < (current.start - own.start).days <= DIED_LATER_DAYS
    )


def in_another_country(group: Group, unit: Unit, places: DocPlaces) -> bool:
    """A news sentence that places what it tells in another country than every place of the incident
    ("the military tracked the attackers across the border into Somalia and killed more than 100 of them"
    after a bus attack in Kenya) and names no place of the incident's country: another event, since ACLED
    codes each event in one country, not another source's count of this one."""
    home = {m.value.country for m in places.named(group.units) if m.value.country}
    if not home or {m.value.country for m in places.named([unit])} & home:
        return False
    there = {
        m.value
        for m in unit.of("country")
        if INTO_COUNTRY.search(unit.text[max(0, m.start - unit.start - 40) : m.start - unit.start])
    }
    return bool(there - home)


REMOTE_TYPES = frozenset(
    {
        "air_drone_strike",
        "shelling_artillery_missile_attack",
        "remote_explosive_landmine_ied",
        "suicide_bomb",
        "grenade",
    }
)


THE_WEAPON = re.compile(
    r"\bthe\s+(?:\w+\s+)?(?:missiles?|rockets?|shells?|strikes?|bombs?|blasts?|explosions?|grenades?|mines?)\b",
    re.IGNORECASE,
)


def other_weapon(group: Group, unit: Unit) -> bool:
    """A news sentence without a count of its own whose strong cues name another kind of strike than the
    incident's ("NATO warplanes struck tanks outside the city overnight" after "forces fired Grad rockets
    into the city, killing eight"): a second event, as coders code it, not more of the first."""
    if unit.figures() or THE_WEAPON.search(unit.text):
        return False  # "when the missile struck": the incident's own weapon, named as known
    lead = next((u for u in group.units if not u.headline), None)
    if lead is None:
        return False
    mine, theirs = rule_type(signals_in(unit.text)), rule_type(signals_in(lead.text))
    return mine in REMOTE_TYPES and theirs in REMOTE_TYPES and mine != theirs


# "About three hours later, ...", "Hours later, ...", "Later that day, ...": the story moves on in time
LATER_OPENING = re.compile(
    r"^(?:(?:about|some|around|barely|just|only)\s+)?"
    r"(?:(?:an?|one|two|three|four|five|six|several|a few)\s+)?(?:hours?|minutes?)\s+later\b"
    r"|^later\s+(?:that|the same)\s+(?:day|night|evening|afternoon)\b",
    re.IGNORECASE,
)


def later_strike(group: Group, unit: Unit) -> bool:
    """A news sentence opening later in time whose strong cues name a strike from afar while the incident's
    lead names none or another ("A crowd beat two soldiers to death ..." then "About three hours later,
    helicopter gunships fired rockets at the police station"): a reprisal, a second event."""
    if not LATER_OPENING.match(unit.text.lstrip()) or THE_WEAPON.search(unit.text):
        return False
    lead = next((u for u in group.units if not u.headline), None)
    mine = rule_type(signals_in(unit.text))
    return lead is not None and mine in REMOTE_TYPES and rule_type(signals_in(lead.text)) != mine


def narrows(own: DateValue, current: DateValue) -> bool:
    """A day inside the incident's week or month ("last week" and then "arrived in the village on
    Thursday"), or the night that runs into it ("over the weekend" and then "entered the town on Friday
    night"): the same event, told more precisely, not another one."""
    first = current.start - timedelta(days=1) if own.night else current.start
    return (
        own.precision == "day"
        and current.precision in ("week", "month")
        and current.role != "since"
        and first <= own.start <= own.end <= current.end
    )


# the dash that closes a dateline, right after its filing date ("JUBA, 24 May 2017 - ", "May 3 (AP) -- ")
DATELINE_DASH = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|[-—–])\s")


def dates_reported_event(group: Group, unit: Unit, own: DateValue, places: DocPlaces | None = None) -> bool:
    """A sentence giving the day of an incident so far dated only by when it was reported ("Gunmen killed
    five people in Kadawa, police said on Sunday." then "The attackers stormed the village on Saturday
    night", "The victim was beaten on Tuesday night in a district of the state"): a day no later than the
    report's, no place outside the incident's (or its region's), about the same doers or event or naming
    no doers and no count of its own, or the first count of an incident its lead only named ("condemns the
    killing of civilians in an attack on Lasu", then "armed men attacked the village on the night of 20 May,
    killing eight civilians"). A dateline's filing date ("JUBA, 24 May 2017 - The Mission condemns
    the killing of civilians ...") is when it was reported too."""
    said = [
        m.value
        for u in group.units
        for m in u.of("date")
        if m.value.role == "bare" and (m.value.relative or DATELINE_DASH.match(u.text, m.end - u.start))
    ]
    if not said or own.start > said[0].start:
        return False
    known = {m.text.casefold() for u in group.units for m in u.of("place")}
    inside = all(m.text.casefold() in known for m in event_places(unit)) or (
        places is not None and not other_places(group, unit, places, unplaced_inside=True)
    )
    no_doers = not unit.figures() and not any(m.value.agent for m in unit.of("actor"))
    first_count = bool(unit.figures()) and not group.has_figure()  # a lead that only named the killing
    return inside and bool(SAME_PERPETRATORS.match(unit.text) or refers_back(unit) or no_doers or first_count)


def grouped_units(
    units: list[Unit], short_note: bool, places: DocPlaces | None = None, scenes: frozenset[int] = frozenset()
) -> list[Group]:
    """Anchor units grouped into incidents, weapons of other units attached to the nearest group; `places`
    says what the document's place mentions are (a dateline names no place of an incident); `scenes` are
    units that count as anchors, since they date the violence told next (`sets_the_scene`)."""
    places = places or DocPlaces()
    groups: list[Group] = []
    owner: list[int | None] = [None] * len(units)
    last_index = -100
    current = -1  # the incident the story is telling: the last one, or an earlier one it went back to
    for i, unit in enumerate(units):
        if groups and not short_note and (back := heading_day(groups, unit, i)) is not None:
            current = back  # "Friday's attack" after a section of background: the story is back at Friday's
            groups[current].units.append(unit)
            owner[i] = current
            last_index = i
            continue
        if i > 0 and not short_note and not unit.headline and is_section_heading(unit) and not unit.figures():
            continue  # "Who fired": a section's heading is no sentence of an incident
        if groups and not short_note and current != 0 and reacts(unit):
            continue  # "The arrests drew swift condemnation" after a second arrest: about the lead's, not it
        if not is_anchor(unit, short_note, i) and i not in scenes:
            back = returns_to(groups, current, unit, places) if groups and not short_note else None
            if back is not None:
                current = back
            if back is not None or (
                groups and i > 0 and owner[i - 1] == current and elaborates(groups[current], unit, places)
            ):
                groups[current].units.append(unit)
                owner[i] = current
                last_index = i
            elif (
                groups
                and not short_note
                and i - last_index - 1 <= MAX_UNIT_GAP
                and not heading_between(units, groups[current].units[-1], i)
                and known_event_day(unit) is not None
            ) or (
                groups
                and not short_note
                and not heading_between(units, groups[current].units[-1], i)
                and tells_the_same_day(groups[current], unit, i - last_index - 1, places)
            ):
                # "The raid, which began late on Monday, ..." a paragraph after the lead: its day
                groups[current].units.append(unit)
                owner[i] = current
                last_index = i
            continue
        gap = i - last_index - 1 - (0 if short_note else quote_opening(units, last_index, i))
        near = (
            bool(groups)
            and not unit.headline
            and not groups[current].units[-1].headline
            and (short_note or not heading_between(units, groups[current].units[-1], i))
        )
        if near and not short_note and (claimed := claimed_attack(groups, unit)) is not None:
            groups[claimed].units.append(unit)
            owner[i] = claimed
            last_index = i
            continue
        if near and not short_note and (back := goes_back_to(groups, current, unit, places)) is not None:
            current = back
            groups[current].units.append(unit)
        elif near and (closing_tally(unit, groups[current]) or unit.is_toll_update()) and gap <= MAX_UNIT_GAP:
            summed = lead_of_note(groups, current) if short_note and closing_tally(unit) else current
            groups[summed].units.append(unit)
            groups[summed].tallies.append(unit)
            current = summed
        elif near and (
            joins(groups[current], unit, gap, short_note, places)
            or (
                not short_note
                and resumes(groups[current], unit, gap)
                and joins(groups[current], unit, 0, places=places)
            )
            or (continues(unit, gap) and not dates_an_attack_of_a_total(groups[current], unit))
            or recounts(groups[current], unit, gap, short_note)
        ):
            groups[current].units.append(unit)
        elif (
            near
            and not short_note
            and current == len(groups) - 1
            and (before := across_total(groups, owner, unit, i, places)) is not None
        ):
            groups[before].units.append(unit)
            owner[i] = before
            last_index = i
            continue
        else:
            groups.append(Group([unit]))
            current = len(groups) - 1
        owner[i] = current
        last_index = i
    attach_loose_weapons(units, owner, groups)
    groups = without_round_up_totals(merge_headline(groups), news=not short_note)
    if units and owner[0] is None and units[0].headline and not short_note:
        with_plain_headline(units[0], groups)
    return groups


# "They cut the electricity ... and shot them": a sentence whose subject is the doers named just before
THEY_OPENING = re.compile(
    r"^[\"'“‘]?(?:They|He|She|The (?:attackers|gunmen|assailants|raiders|fighters|men))\b"
)


def scene_setters(units: list[Unit], text: str) -> frozenset[int]:
    """The units that date the violence the next sentence tells (`sets_the_scene`)."""
    return frozenset(i for i in range(len(units)) if sets_the_scene(units, i, text))


def sets_the_scene(units: list[Unit], i: int, text: str) -> bool:
    """Whether unit `i` dates the arrival of the doers whose violence the next sentence tells ("Gunmen
    arrived at the camp late on Friday night, ..." then "They fired into the tents ..."): no event word of
    its own, but it gives the day of the violence told next, which names no day."""
    unit = units[i]
    if i + 1 >= len(units) or unit.headline or unit.figures() or unit.historical:
        return False
    days = [d for d in unit.own_event_dates() if d.precision == "day" and d.role != "since"]
    after = units[i + 1]
    if not days or after.event_dates() or not THEY_OPENING.match(after.text):
        return False
    if PARAGRAPH_BREAK.search(text, unit.end, after.start):
        return False
    return after.has_event_cue() or after.has_casualty_cue()


SECTION_HEADING_MAX_CHARS = 60


def is_section_heading(unit: Unit) -> bool:
    """A line that heads a section of a long report ("Who fired", "The army's account"): short, opening on
    a capital, with no sentence end."""
    text = unit.text.strip()
    return (
        0 < len(text) <= SECTION_HEADING_MAX_CHARS
        and text[0].isupper()
        and not SENTENCE_END.search(text)
        and not text.endswith((".", "!", "?", ":", ";", '"', "”"))
    )


def heading_between(units: list[Unit], last: Unit, index: int) -> bool:
    """Whether a section heading stands between the incident's last sentence and this one: a new section
    of a long report tells something new, so its first event does not continue the incident of the section
    before by being near it (it may still go back to an earlier incident by name or day)."""
    return any(is_section_heading(u) and not u.headline for u in units[:index] if u.start >= last.end)


def heading_day(groups: list[Group], unit: Unit, index: int) -> int | None:
    """The incident a section heading that names only a day goes back to ("Friday's attack", "The raid of
    12 March" after a section of background): long narratives cut their story into sections, and what
    follows such a heading tells that day's incident, not the background event told just before it."""
    text = unit.text.strip()
    if index == 0 or len(text) > SECTION_HEADING_MAX_CHARS or SENTENCE_END.search(text) or unit.figures():
        return None
    days = unit.event_dates()
    if not days or any(d.precision != "day" for d in days):
        return None
    return next(
        (j for j, g in enumerate(groups) if (when := g.date()) is not None and same_occasion(days[0], when)),
        None,
    )


def quote_opening(units: list[Unit], last_index: int, i: int) -> int:
    """How many sentences right before `units[i]` open the quote it closes ('"We were sitting on the road
    with our hands up.' before 'They did not say a word before they started shooting," said Andrea'): one
    witness's words, so they do not part the quote from the incident told before it."""
    if not closes_a_quote(units[i].text):
        return 0
    count = 0
    for unit in reversed(units[max(0, last_index + 1) : i]):
        if not opens_a_quote(unit.text):
            break
        count += 1
    return count


def opens_a_quote(text: str) -> bool:
    """A sentence that begins a quotation and does not end it."""
    text = text.strip()
    return (text.startswith('"') and text.count('"') == 1) or (
        text.startswith("\u201c") and "\u201d" not in text
    )


def closes_a_quote(text: str) -> bool:
    """A sentence that ends a quotation begun before it."""
    text = text.strip()
    return (not text.startswith('"') and text.count('"') == 1) or ("\u201d" in text and "\u201c" not in text)


def reacts(unit: Unit) -> bool:
    """A news sentence that only tells how others reacted (condemnations, sanctions, appeals for calm,
    calls for an inquiry), with no figure of its own: a reaction to the report's lead, whatever incident
    the story has come to, so it never gathers around a later one to outweigh the lead's."""
    return not unit.figures() and bool(cue_pattern("reaction").search(unit.text))


def returns_to(groups: list[Group], current: int, unit: Unit, places: DocPlaces) -> int | None:
    """The earlier incident a news sentence goes back to by naming it as known at its place ("al Shabaab
    said it carried out the raid on Mpeketoni" after a second attack in a nearby village): no day and no
    figure of its own, a place the current incident has not named but an earlier one has."""
    if unit.figures() or unit.own_event_dates():
        return None
    named = [
        m for m in places.named([unit]) if named_event_before().search(unit.text[: m.start - unit.start])
    ]
    if not named:
        return None
    mine = {m.text.casefold() for m in places.named(groups[current].units)}
    if not mine or any(m.text.casefold() in mine for m in places.named([unit])):
        return None
    for j in range(current - 1, -1, -1):
        theirs = {m.text.casefold() for m in places.named(groups[j].units)}
        if all(m.text.casefold() in theirs for m in named):
            return j
    return None


def goes_back_to(groups: list[Group], current: int, unit: Unit, places: DocPlaces) -> int | None:
    """The earlier incident a news sentence goes back to, naming it at its place or counting its dead."""
    back = returns_to(groups, current, unit, places)
    return back if back is not None else recounts_earlier(groups, current, unit)


def recounts_earlier(groups: list[Group], current: int, unit: Unit) -> int | None:
    """The earlier incident a news sentence counts again when the story has gone on to one with no figure
    and no day ("Snipers also fired from rooftops along the route." and then "a doctor said 15 people were
    killed", the lead's 15): no day or place of its own, every killed figure the earlier incident's own. (A
    dated one, "The violence began on Wednesday", may be the event the lead's figure counts; one dated after
    the earlier incident cannot be: "reinforcements only arrived on Friday morning, after the rebels had
    withdrawn" tells the aftermath of Thursday's assault, and "seven officers were killed" then is
    Thursday's seven.)"""
    mine = {(f.count.min, f.count.max) for f in unit.figures() if f.count.max > 0}
    later = groups[current]
    if not mine or later.has_figure():
        return None
    if unit.own_event_dates() or event_places(unit):
        return None
    return next(
        (
            j
            for j in range(current - 1, -1, -1)
            if mine <= killed_counts_and_parts(groups[j]) and dated_after(later, groups[j]) is not False
        ),
        None,
    )


def killed_counts_and_parts(group: Group) -> set[tuple[int, int]]:
    """The incident's killed counts and their coordinated parts: after "Seven policemen and four guerrillas
    were killed", "seven officers were killed" counts the incident's own seven again."""
    parts = {(c.min, c.max) for u in group.units for f in u.figures() for c, _ in f.parts if c.max > 0}
    return killed_counts(group) | parts


def dated_after(later: Group, earlier: Group) -> bool | None:
    """Whether `later` is dated after every day of `earlier` (None when it has no date: then it may be
    anything); False when it is dated and not after, as "The violence began on Wednesday" may be the day
    the earlier incident's figure counts."""
    when, then = later.date(), earlier.date()
    if when is None:
        return None
    return then is not None and when.start > then.end


def claimed_attack(groups: list[Group], unit: Unit) -> int | None:
    """The attack a claim of responsibility names when the report went on to the security forces' response
    ("Al Shabaab claimed responsibility for the attack" after "security forces ended the siege, killing
    four gunmen"): armed groups claim their own attacks, not operations against them; so does a sentence
    that only counts the wounded. The latest earlier incident that state forces did not do, if the last
    one is theirs; the sentence has no day of its own. Wounded counted as the forces' own ("Two soldiers
    were wounded." after "soldiers clashed with the raiders ... and killed seven of them") were hurt in
    the forces' operation and stay with it."""
    about_attack = bool(cue_pattern("claim").search(unit.text)) or (
        counts_only_wounded(unit) and not counts_state_wounded(unit)
    )
    if not about_attack or unit.own_event_dates():
        return None
    if not by_state_forces(groups[-1]):
        return None
    return next((j for j in range(len(groups) - 2, -1, -1) if not by_state_forces(groups[j])), None)


def counts_only_wounded(unit: Unit) -> bool:
    """A sentence that only counts the wounded ("The minister said 79 people had been wounded"): no event
    word, no killed figure; after the security forces' response, the attack's wounded."""
    return bool(unit.figures("injured")) and not unit.figures() and not unit.has_event_cue()


def counts_state_wounded(unit: Unit) -> bool:
    """Whether every wounded figure of the sentence counts state forces ("Two soldiers were wounded")."""
    figures = unit.figures("injured")
    return bool(figures) and all(side_of(f.victim_group) == "state" for f in figures)


def by_state_forces(group: Group) -> bool:
    """Whether state forces act in the incident's sentences (an actor of kind "state" in agent position)."""
    return any(
        actor.kind == "state"
        for u in group.units
        for m in u.of("actor")
        if m.value.agent
        for actor in m.value.actors
    )


def lead_of_note(groups: list[Group], current: int) -> int:
    """The incident a coder's closing tally sums up ("... Another member was attacked on 2 February 2020.
    1 fatality"): the note's lead, when the sentence before the tally told an earlier event as background;
    otherwise the incident before it."""
    lead, told = groups[0].date(), groups[current].date()
    if current != 0 and lead is not None and told is not None and told.end < lead.start:
        return 0
    return current


def closing_tally(unit: Unit, group: Group | None = None) -> bool:
    """A count that sums up the incident before it ("3 fatalities."); not one that counts victims besides
    those already counted ("A soldier was also killed in the exchange of fire"), which adds to them, nor
    one of children or women only ("Rescuers pulled the bodies of four children from the rubble"), nor
    one of the other side's dead than those `group` counted so far (see `counts_another_side`)."""
    return (
        unit.is_tally()
        and not counts_other_victims(unit, "killed")
        and not counts_only_a_part(unit, "killed")
        and not (group is not None and counts_another_side(group, unit))
    )


def counts_another_side(group: Group, unit: Unit) -> bool:
    """A sentence counting the dead of one known side when every figure before it counted another:
    "ambushed a patrol, killing 2 soldiers. ... 3 separatists were killed in the exchange of fire" adds
    the fighters' dead to the soldiers' (ACLED counts both sides of an event), it does not sum them up."""
    side = unit_side(unit, "killed")
    earlier = {unit_side(u, "killed") for u in group.units if u.figures("killed")}
    return side is not None and bool(earlier) and None not in earlier and side not in earlier


def with_plain_headline(head: Unit, groups: list[Group]) -> None:
    """A headline that names an event with nothing concrete ("Afghan officials say air strike hit wedding
    party") is still about the report's first incident: it joins it (never an incident on its own)."""
    if not (head.has_event_cue() or head.has_casualty_cue()) or head.historical:
        return
    target = next((g for g in groups if not g.cumulative() and not g.units[0].headline), None)
    if target is not None and all(u.start > head.start for u in [*target.units, *target.context]):
        target.units.insert(0, head)


def without_round_up_totals(groups: list[Group], news: bool = True) -> list[Group]:
    """A round-up ("Attacks across Iraq killed 25 on Monday" and then each attack) codes each attack, not
    the total, as ACLED does: the total's headline and lead introduce its deadliest attack (the one the
    report leads on) and are no incident of their own."""
    kept: list[Group] = []
    for i, group in enumerate(groups):
        attacks = round_up_attacks(group, groups[i + 1 :], news)
        if not attacks:
            kept.append(group)
            continue
        deadliest = max(attacks, key=lambda g: max(c[1] for c in killed_counts(g)))
        deadliest.context = [*group.units, *group.context, *deadliest.context]
        deadliest.extra_weapons += group.extra_weapons
    return kept


def round_up_attacks(total: Group, after: list[Group], news: bool = True) -> list[Group]:
    """The single attacks with figures that follow a total over many places ("across Iraq", "in a wave of
    attacks"; in news also the round-up cues, "bomb attacks on churches in several Nigerian cities") on its
    day, up to the next total."""
    first = next((u for u in total.units if not u.headline), total.units[0])
    summed = total.cumulative() and bool(summary_pattern().search(first.text))
    if not summed and not (news and first.figures() and cue_pattern("round_up").search(first.text)):
        return []
    when = total.date()
    if when is not None and (when.role == "since" or when.precision != "day"):
        return []  # a total over a period ("since Thursday") is an incident of its own
    attacks: list[Group] = []
    for group in after:
        if group.cumulative():
            break
        own = group.date()
        if killed_counts(group) and (own is None or when is None or same_occasion(own, when)):
            attacks.append(group)
    return attacks


def across_total(
    groups: list[Group], owner: list[int | None], unit: Unit, i: int, places: DocPlaces
) -> int | None:
    """The incident before a running total that a news sentence after the total goes on with ("... had
    been killed since Monday." between the fighting and "The hospital said it had treated 170 wounded"):
    the total is an aside, not the end of the story."""
    if len(groups) < 2 or not groups[-1].cumulative() or unit.cumulative():
        return None
    before = len(groups) - 2
    last = max(j for j, o in enumerate(owner[:i]) if o == before)
    gap = sum(1 for j in range(last + 1, i) if owner[j] != len(groups) - 1)
    return before if joins(groups[before], unit, gap, False, places) else None


def elaborates(group: Group, unit: Unit, places: DocPlaces) -> bool:
    """A sentence right after an incident's that says more about it without a count, a day or another
    place of its own ("The bombers targeted Yazidis in the villages of Qahtaniyah and Jazeera, west of
    Mosul" after a lead that names no place), or says who claimed it ("The Pakistani Taliban claimed
    responsibility"), or gives its day inside the week the lead dated it to by who came then ("about forty
    armed men entered the hamlet on Tuesday night" after "killed earlier this week", no event word of its
    own): its places, targets and actors are the incident's. Not one that turns to other events ("Protests
    also took place in Abuja")."""
    return (
        not unit.headline
        and not unit.historical
        and not unit.figures()
        and (not unit.event_dates() or gives_the_day(group, unit, places) or tells_the_day(group, unit))
        and not ELSEWHERE.search(unit.text)
        and not background_pattern().search(unit.text)
        and not other_places(group, unit, places)
        and (
            unit.has_event_cue()
            or unit.has_casualty_cue()
            or refers_back(unit)
            or bool(cue_pattern("claim").search(unit.text))
            or bool(SAME_PERPETRATORS.match(unit.text) or SAME_VICTIMS.match(unit.text))
            or (tells_the_day(group, unit) and bool(unit.of("actor")))
        )
    )


def tells_the_day(group: Group, unit: Unit) -> bool:
    """A sentence giving the day inside the incident's week ("The fighters entered the town on Friday
    night" after "insurgents beheaded 12 people over the weekend")."""
    dates, current = unit.own_event_dates(), group.date()
    return bool(dates) and current is not None and narrows(dates[0], current)


def gives_the_day(group: Group, unit: Unit, places: DocPlaces) -> bool:
    """A sentence naming the incident as known and giving its day ("The strike hit a compound in the
    district late on Saturday") after a lead dated only by when it was reported."""
    dates = unit.own_event_dates()
    return bool(dates) and group.date() is None and dates_reported_event(group, unit, dates[0], places)


@cache
def named_event_before() -> re.Pattern[str]:
    """ "the raid on Mpeketoni", "the bombing in the town of Kano": an event named as known, at its place
    (the pattern ends where the place name begins)."""
    nouns = "|".join(incident_cues()["back_reference"])
    return re.compile(
        rf"\b(?:the|this|that)\s+(?:{nouns})\s+(?:on|in|at|near)\s+"
        r"(?:the\s+(?:\w+\s+)?(?:town|village|city|camp|district)\s+of\s+)?$",
        re.IGNORECASE,
    )


# "In the earlier blast", "in a separate attack", "another bombing": a sentence on another event.
OTHER_ATTACK = re.compile(
    r"\b(?:another|separate|earlier|previous)\s+(?:\w+\s+)?"
    r"(?:attack|strike|raid|incident|bombing|blast|clash|explosion|ambush)",
    re.IGNORECASE,
)
# an opening that only says who tells it ("Police said the mob had also ...", "A witness told AFP that the
# gunmen ...") leaves the sentence opening on the doers
SAME_PERPETRATORS = re.compile(
    r"^\s*(?:[\w'-]+(?:\s+[\w'-]+){0,5}\s+(?:said|says|say|told\s+[\w'-]+)\s+(?:that\s+)?)?"
    r"(?:the|these|those)\s+(?:attackers|assailants|gunmen|militants|bombers|raiders|fighters|rebels|"
    r"militiamen|insurgents|soldiers|troops|men|mob)\b",
    re.IGNORECASE,
)


# "The three, all members of the student group, were asleep ...": a sentence opening on a number the story
# has counted (those taken, killed or held), which goes on about them
SAME_VICTIMS = re.compile(
    r"^\s*(?:the|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b"
    r"(?!\s+(?:days?|hours?|weeks?|months?|years?|times?|of)\b)",
    re.IGNORECASE,
)


def another_event_also(unit: Unit) -> bool:
    """A news sentence reporting one more event, without a count, not opening on the incident's own doers
    or event ("Gunmen also attacked several police checkpoints north of the capital" after a car bomb; but
    "The attackers also burned several houses" is the same raid)."""
    return (
        bool(ELSEWHERE.search(unit.text))
        and unit.has_event_cue()
        and not unit.figures()
        and not SAME_PERPETRATORS.match(unit.text)
        and not back_reference_pattern().match(unit.text)
    )


ELSEWHERE = re.compile(r"\b(?:also|elsewhere|separately|meanwhile|in a separate)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DocPlaces:
    """What the places component said about the document's place mentions (by start offset): their roles
    ("dateline"...) and the first-level unit each resolved place lies in."""

    roles: dict[int, str] = field(default_factory=dict)
    regions: dict[int, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc) -> DocPlaces:
        return cls(doc._.place_roles or {}, doc._.place_units or {})

    def named(self, units: Sequence[Unit]) -> list[Mention]:
        return [m for u in units for m in u.of("place") if self.roles.get(m.start) != "dateline"]


def other_places(group: Group, unit: Unit, places: DocPlaces, unplaced_inside: bool = False) -> bool:
    """Whether the unit names places the incident has not named and that lie outside its regions (with
    `unplaced_inside`, a name the gazetteer cannot place is taken as no evidence of elsewhere)."""
    theirs = places.named(group.units)
    names = {m.text.casefold() for m in theirs}
    regions = {places.regions[m.start] for m in theirs if m.start in places.regions}
    new = [m for m in places.named([unit]) if m.text.casefold() not in names]
    if unplaced_inside:
        new = [m for m in new if m.start in places.regions]
    return bool(theirs) and any(places.regions.get(m.start) not in regions for m in new)


def attach_loose_weapons(units: list[Unit], owner: list[int | None], groups: list[Group]) -> None:
    """Weapons named in sentences that are not anchors go to the nearest incident (earlier first)."""
    for i, unit in enumerate(units):
        if owner[i] is not None or not unit.of("weapon"):
            continue
        nearest = nearest_owner(owner, i)
        if nearest is not None:
            groups[nearest].extra_weapons += [m.value for m in unit.of("weapon")]


def nearest_owner(owner: list[int | None], i: int) -> int | None:
    for distance in range(1, MAX_UNIT_GAP + 2):
        for j in (i - distance, i + distance):
            if 0 <= j < len(owner) and owner[j] is not None:
                return owner[j]
    return None


def merge_headline(groups: list[Group]) -> list[Group]:
    """A headline incident is the same event as the body's first incident that fits it."""
    if len(groups) < 2 or not groups[0].units[0].headline:
        return groups
    head, body = groups[0], groups[1:]
    wants_figure = head.has_figure()
    # "Iraq violence kills 25" over "... killed at least 25 people across Iraq": the same count, first
    same = next((g for g in body if wants_figure and killed_counts(g) & killed_counts(head)), None)
    target = same or next(
        (g for g in body if not g.cumulative() and (g.has_figure() or not wants_figure)), None
    )
    if target is None and wants_figure:
        # "Two soldiers killed" over "Two soldiers were killed over the past 24 hours": the same count
        target = next((g for g in body if killed_counts(g) & killed_counts(head)), None)
    if target is None and wants_figure and not any(g.has_figure() for g in body):
        # "Mob beats and burns two men to death" over a body that tells the killing without a count
        # ("after both men were dead"): the headline's count is the lead incident's
        target = next((g for g in body if not g.cumulative()), None)
    if target is None:
        return groups
    # body sentences that had joined the headline's group tell the same event: they move with it
    target.units = sorted([*head.units, *target.units], key=lambda u: u.start)
    target.tallies += head.tallies
    target.extra_weapons += head.extra_weapons
    return body


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


def distinct(perpetrators: list[Perpetrator]) -> list[Perpetrator]:
    """The first of each name ("Protesters" the crowd and "protesters" the text's words are one actor)."""
    first: dict[str, Perpetrator] = {}
    for p in perpetrators:
        first.setdefault(p.name, p)
    return list(first.values())


# Violence whose report names no one who did it: ACLED's "Unidentified Armed Group", of the place's country.
ARMED_VIOLENCE = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})
UNIDENTIFIED = "Unidentified Armed Group"


def named_or_unidentified(
    named: list[Perpetrator], event_type: str | None, place: Place | None
) -> list[Perpetrator]:
    """The perpetrators the text names or, for armed violence naming none, an unidentified armed group
    (kind "unknown": the text says someone did it, not who)."""
    if named or CATEGORY_OF.get(event_type or "") not in ARMED_VIOLENCE:
        return named
    return [Perpetrator(name=UNIDENTIFIED, country=place.country if place else None, kind="unknown")]


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


def chosen_date(group: Group, published: date | None = None) -> DateValue | None:
    """The incident's date: its first event date, else a bare date in its units; never a date more than
    a year before publication ("as in 1994", "since March 2011"): with only such dates the incident is
    undated here and `inferred_date` dates it from its context."""
    body = [u for u in group.units if not u.headline]
    opening = body[0] if body else None
    stated = [d for u in group.units for d in u.event_dates() if u is opening or not background_period(d)]
    stated += [d for u in group.context for d in u.event_dates()]
    stated += [m.value for u in group.units for m in u.of("date") if m.value.role == "bare"]
    if published is None:
        current = [d for d in stated if not is_bare_year(d)]
    else:
        current = [d for d in stated if (published - d.end).days <= HISTORICAL_DAYS]
    first = next(iter(current), None)
    told = next((d for u in group.units if (d := known_event_day(u)) is not None and d in current), None)
    if told is not None:
        return told  # "The attack began before dawn on Tuesday": the day the story gives its event
    if first is not None and mourning_date(group):
        # dated by its funerals: the day the story gives the mourned event, shortly before them
        first = min(
            (d for d in current if d.role != "bare" and 0 < (first.start - d.start).days <= DIED_LATER_DAYS),
            key=lambda d: d.start,
            default=first,
        )
    if first is not None and first.precision in ("week", "month"):
        # "last week" and then "arrived in the village on Thursday": the day inside it, told more precisely
        # (not a day it was said on: "over the weekend, a doctor said yesterday" is not yesterday)
        first = next((d for d in current if d.role != "bare" and narrows(d, first)), first)
    # "overnight" and then "in the early hours of Wednesday": the day the text names (but "on Friday night
    # and into the early hours of Saturday" began on Friday)
    if first is None or not first.unnamed_night:
        return first
    return next((d for d in current if runs_into(first, d)), first)


# How far after a died-of-wounds phrase its date may begin ("died in hospital early on Sunday").
DEATH_DATE_CHARS = 12


def death_day(unit: Unit, value: DateValue) -> bool:
    """Whether `value` is in `unit` the day a victim died of the wounds ("died in hospital on Sunday",
    "died of his wounds early on Sunday"), not the day of the violence."""
    deaths = [m.end() for m in DIED_OF_WOUNDS.finditer(unit.text)]
    return any(
        m.value is value and any(0 <= m.start - unit.start - end <= DEATH_DATE_CHARS for end in deaths)
        for m in unit.of("date")
    )


def attack_day_before_death(
    doc: Doc, units: Sequence[Unit], group: Group, when: DateValue | None
) -> DateValue | None:
    """The day of the violence when the incident's date is only the day its victim died of the wounds:
    the day a sentence of the incident's paragraph sets its scene on ("Hundreds gathered outside his home on
    Saturday morning. The crowd beat him ..."), just before an undated sentence of the incident, a few days
    before the death. A coder codes the attack's day; the death's day is kept otherwise."""
    published: date | None = doc._.published
    if when is None or published is None or when.precision != "day":
        return when
    dated = [(u, d) for u in group.units for d in u.event_dates() if d.start == when.start]
    if not dated or not all(death_day(u, d) for u, d in dated):
        return when
    for unit in group.units:
        if unit.headline or unit.event_dates() or unit is group.units[0]:
            continue
        scene = paragraph_date(units, unit, doc_text(doc), published)
        if (
            scene is not None
            and scene.precision == "day"
            and 0 < (when.start - scene.start).days <= DIED_LATER_DAYS
        ):
            return scene
    return when


def background_period(value: DateValue) -> bool:
    """ "This year", "this month" in a sentence after the incident's first ("insurgents have stepped up
    attacks this year"): the setting, not the incident's date."""
    return value.relative and value.precision in ("month", "year")


def context_date(value: DateValue, published: date | None) -> bool:
    """Whether `value` can stand for the day of a nearby undated incident: a day or week, not a
    since-range, not history and not the future (judged against publication)."""
    if value.role == "since" or value.precision not in ("day", "week"):
        return False
    if published is None:
        return True
    return -FUTURE_TOLERANCE_DAYS <= (published - value.end).days <= HISTORICAL_DAYS


def lead_date(doc: Doc) -> DateValue | None:
    """The document's lead date: the first event date in its opening that can serve as context (a bare
    byline date if no event date is there); the lead date the caller set for a later chunk otherwise."""
    if LEAD_DATE_KEY in doc.user_data:
        given = doc.user_data[LEAD_DATE_KEY]
        return given if isinstance(given, DateValue) else None
    published = doc._.published
    opening = [
        m.value for m in mentions_of(doc, "date") if m.end <= LEAD_CHARS and context_date(m.value, published)
    ]
    return next((d for d in opening if d.role != "bare"), opening[0] if opening else None)


def paragraph_date(units: Sequence[Unit], first: Unit, text: str, published: date | None) -> DateValue | None:
    """The nearest date before `first` in its paragraph that can serve as context."""
    before = [u for u in units if u.end <= first.start]
    for unit in reversed(before):
        if PARAGRAPH_BREAK.search(text, unit.end, first.start):
            return None
        usable = [m.value for m in unit.of("date") if context_date(m.value, published)]
        if usable:
            return usable[-1]
    return None


SCENE_DAYS = 7  # a paragraph setting the scene names a day of the week before publication


def scene_date(units: Sequence[Unit], first: Unit, text: str, published: date | None) -> DateValue | None:
    """The day the paragraph just before an undated incident's sets its scene on ("On Tuesday that pressure
    met the full weight of the police in San Pedro Sula. Several thousand marchers set off ..." and then, in
    a new paragraph, "Riot police blocked the avenue ..."): a single day of the week before publication,
    not the lead's day of background ("the removal of Zelaya on June 28")."""
    if published is None:
        return None
    before = [u for u in units if u.end <= first.start]
    breaks = [b.start() for b in PARAGRAPH_BREAK.finditer(text, 0, first.start)]
    if not before or not breaks:
        return None
    opening = max(breaks[:-1], default=0)  # the previous paragraph starts after the break before the last
    days = [
        d
        for u in before
        if u.start >= opening and not u.headline
        for d in u.own_event_dates()
        if d.precision == "day" and d.start == d.end and 0 <= (published - d.start).days <= SCENE_DAYS
    ]
    return days[-1] if days else None


def inferred_date(doc: Doc, units: Sequence[Unit], group: Group) -> DateValue | None:
    """The date of an incident that states none: nearest dated context, lead date or publication date,
    at CONTEXT_PRECISION."""
    published: date | None = doc._.published
    nearby = paragraph_date(units, group.units[0], doc_text(doc), published) if published else None
    body = next((u for u in group.units if not u.headline), group.units[0])
    found = nearby or scene_date(units, body, doc_text(doc), published) or lead_date(doc)
    if found is not None:
        return DateValue(found.start, found.end, CONTEXT_PRECISION, role="bare", relative=True)
    if published is not None:
        return DateValue(published, published, CONTEXT_PRECISION, role="bare", relative=True)
    return None


def incident_place(
    doc: Doc, group: Group, spans: list[tuple[int, int]] | None = None, whole_note: bool = False
) -> Place | None:
    """The place of the incident's anchor sentence (`anchor_span`); a region there gives way to a place
    named inside it further on in the incident ("in central Mali's Mopti region ... the villages of
    Ogossagou and Welingara, near the town of Bankass"), else to the town its headline names ("UNMISS
    condemns killing of civilians near Yei" over "the village of Lasu, in Central Equatoria")."""
    start, end = anchor_span(doc, group)
    place = place_for(doc, start, end)
    if place is not None and place.precision not in ("region", "country"):
        # "near ... Trincomalee", then "outside the town of Dambulla, 100 km southwest of Trincomalee"
        return placed_from(doc, place, spans or [(u.start, u.end) for u in group.units]) or place
    if place is None:
        return place
    # a coder's note of one event is all about it: a region gives way to a place named anywhere in it
    wider = place_for(doc, start, len(doc.text) if whole_note else max(end, group.units[-1].end))
    heads = [u for u in group.units if u.headline and u.end <= start]
    headline = place_for(doc, heads[0].start, heads[0].end) if heads else None
    for other in (wider, headline):
        if other is not None and other.country == place.country and narrower(other, place):
            return other
    return place  # a name the gazetteer lacks at the region's point only renames it


def narrower(place: Place, region: Place) -> bool:
    """A place of the gazetteer, or one with a point of its own, that says more than the region does."""
    return place.precision not in ("region", "country") and (
        place.geonames_id is not None or has_own_point(place, region)
    )


def has_own_point(place: Place, region: Place) -> bool:
    """A district or town with a point of its own inside the region ("the municipality of Aguililla" after
    "Michoacan"), not a name the gazetteer lacks placed at the region's point."""
    return (
        place.precision in ("city", "district", "point")
        and place.lat is not None
        and (place.lat, place.lon) != (region.lat, region.lon)
    )


def anchor_span(doc: Doc, group: Group) -> tuple[int, int]:
    """The span places are looked up in: the incident's first body sentence if it names a place (other than
    its dateline), else its headline if that does, else the next body sentence that does, else the first."""
    body = [u for u in group.units if not u.headline] or group.units
    heads = [u for u in group.units if u.headline]
    roles = doc._.place_roles or {}
    named = next(
        (
            u
            for u in [*body[:1], *heads, *body[1:]]
            if any(roles.get(m.start) != "dateline" for m in u.of("place"))
        ),
        body[0],
    )
    return named.start, named.end


def incident_of(
    doc: Doc,
    group: Group,
    passage: str,
    additive: bool = False,
    when: DateValue | None = None,
    spans: list[tuple[int, int]] | None = None,
    whole_note: bool = False,
) -> Incident:
    units = group.units
    place = incident_place(doc, group, spans, whole_note=whole_note)
    event_type, _confidence = event_type_of(passage, context=doc_text(doc))
    if not additive:  # news: a story goes on past its event; a coder's note is all its event
        event_type = attack_before_exchange(group, event_type)
        event_type = shelled_as_told_beside(group, event_type)
    return Incident(
        event_type=event_type,
        event_category=CATEGORY_OF.get(event_type) if event_type else None,  # type: ignore[arg-type]
        date_start=when.start.isoformat() if when else None,
        date_end=when.end.isoformat() if when else None,
        date_precision=when.precision if when else None,
        place=place,
        perpetrators=distinct(
            crowd_actors(event_type, place)
            + named_or_unidentified(perpetrators_of(units, place), event_type, place)
        ),
        weapons=unique([m.value for u in units for m in u.of("weapon")] + group.extra_weapons),
        targets=unique([m.value for u in units for m in u.of("target") if not is_a_source(u, m)]),
        victim_groups=victims_of(units),
        killed=shared(
            combined_count(units, "killed", group.tallies, additive), max(u.split() for u in units)
        ),
        injured=combined_count(units, "injured", group.tallies, additive),
        figure_source=figure_source_of(units),
        evidence=[
            Evidence(start=u.start, end=u.end, text=u.text)
            for u in sorted([*group.context, *units], key=lambda u: u.start)
        ],
    )


# Weapons fired from afar: told only in the sentences around an incident's counts, they make it shelling.
SHELLING_WEAPONS = frozenset({"artillery", "mortar", "rocket", "missile"})


def shelled_as_told_beside(group: Group, kind: EventType | None) -> EventType | None:
    """A news incident the model types a plain attack whose own sentences (the counts: "the hospital
    recorded 15 people dead", "the crisis staff gave a toll of 17") name no weapon, while the story's
    sentences beside them name only shells, mortars or rockets ("At least three shells ... landed in and
    around the square"): the dead were shelled, ACLED's shelling."""
    if kind != "attack" or any(u.of("weapon") for u in group.units):
        return kind
    told = set(group.extra_weapons)
    return "shelling_artillery_missile_attack" if told and told <= SHELLING_WEAPONS else kind


# How sure the lead's own type must be to outweigh a later exchange of fire (`attack_before_exchange`).
LEAD_DECIDES = 0.95
# Signals of two armed sides fighting ("exchanged fire with security forces", "a gunbattle").
EXCHANGE_SIGNALS = frozenset({"clash", "gun_battle", "gunbattle"})


def attack_before_exchange(group: Group, kind: EventType | None) -> EventType | None:
    """An attack on civilians told in the lead ("four people were killed when armed men opened fire on
    houses") stays the incident's type when a later sentence adds that the attackers then "exchanged fire
    with security forces", with no dead of its own: a coder codes the killings as the attack and the
    exchange as a battle without fatalities. Not when the lead itself tells a fight, or a sentence of the
    fight counts dead; a fight a sentence dates on a day of its own is another event."""
    body = [u for u in group.units if not u.headline and not u.historical]
    if kind != "armed_clash" or not body:
        return kind
    lead_signals = signals_in(body[0].text)
    if "attack_civ" not in lead_signals or lead_signals & EXCHANGE_SIGNALS:
        return kind
    lead_kind, confidence = event_type_of(body[0].text)
    # the exchange of the incident itself, untold of any day of its own ("In the 1990s, clashes ...")
    fights = [u for u in body[1:] if signals_in(u.text) & EXCHANGE_SIGNALS and not u.own_event_dates()]
    if lead_kind != "attack" or confidence < LEAD_DECIDES or not fights:
        return kind
    if any(m.value.kind == "killed" for u in fights for m in u.of("casualty")):
        return kind
    return "attack"


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
    background = [u for u in units if background_pattern().search(u.text) and not u.figures()]
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
            return unit.text[:clause] + unit.text[mention.end - unit.start :]
    return unit.text[report_frame(unit) :]


# How far into its sentence a source's frame may begin ("A police spokesman told ..."): its opening words.
FRAME_OPENING_CHARS = 30


def report_frame(unit: Unit) -> int:
    """Where the frame of a source opening the sentence ends, relative to the sentence (0 if none)."""
    for mention in unit.of("actor"):
        value: ActorMention = mention.value
        if mention.start - unit.start <= FRAME_OPENING_CHARS and value.frame_end is not None:
            return mention.end - unit.start + value.frame_end
    return 0


def incidents_of(doc: Doc) -> list[Incident]:
    """The incidents `doc` reports, in text order, each with its evidence sentences."""
    units = units_of(doc)
    text = doc_text(doc)
    # a coder's note: short, with no headline and no dateline (news, whose sources disagree)
    short_note = (
        document_chars(doc) <= NOTE_MAX_CHARS and not (units and units[0].headline) and not datelined(doc)
    )
    lead = None if short_note else lead_date(doc)
    if lead is not None:
        for unit in units:
            unit.historical = unit.historical or recalls_earlier_months(unit, lead)
    if not short_note:
        background_counts(units, text)
    revived = short_note and revive_old_only_event(units)
    scenes = frozenset() if short_note else scene_setters(units, text)
    groups = grouped_units(units, short_note=short_note, places=DocPlaces.of(doc), scenes=scenes)
    incidents = []
    for group in groups:
        left_out = accused_accounts(group.units) + counter_accusations(group.units)
        own = " ".join(own_words(u) for u in group.units if u not in left_out)
        passage = whole_passage(text, units, left_out) if len(groups) == 1 else own
        # a revived note's own old date is its event's (no publication date to judge it history by)
        when = chosen_date(group, None if revived else doc._.published)
        if when is None or (not short_note and said_after_context(when, inferred_date(doc, units, group))):
            when = inferred_date(doc, units, group)
        when = attack_day_before_death(doc, units, group, when)
        if group.cumulative() and when is not None and when.role == "event":
            when = running_total_period(when, doc._.published)
        spans = told_within(units, groups, group)
        whole_note = short_note and len(groups) == 1
        incidents.append(
            incident_of(
                doc, group, passage, additive=short_note, when=when, spans=spans, whole_note=whole_note
            )
        )
    return incidents


def background_counts(units: list[Unit], text: str) -> None:
    """Mark as background (`historical`) a count told right after background in the same paragraph with no
    day or place of its own: "tried to take the city in May last year ... Hundreds of their fighters were
    killed in that fighting", "Violence has swept the region for two weeks since ... About 100 people have
    been killed". Such a count goes on about the earlier event or the period, not about the incident."""
    for prev, unit in pairwise(units):
        if continues_background(prev, unit, text):
            unit.historical = True


def continues_background(prev: Unit, unit: Unit, text: str) -> bool:
    """Whether `unit`, a count with no day or place, follows `prev`, history or a period with no count of
    its own, in the same paragraph (after a period, only a running total in the present perfect)."""
    if prev.headline or not unit.figures("killed") or unit.event_dates() or unit.of("place"):
        return False
    if PARAGRAPH_BREAK.search(text, prev.end, unit.start) or unit.of("weapon"):
        return False
    return prev.historical or (
        not prev.figures() and totals_a_period(prev.text) and bool(PRESENT_PERFECT.search(unit.text))
    )


# "About 100 people have been killed": a running total is told in the present perfect (a count of the
# incident after "pulled bodies from the rubble throughout the day" is not: "had recovered 27 bodies")
PRESENT_PERFECT = re.compile(r"\bha(?:s|ve)\s+(?:been\s+|now\s+)?\w+(?:ed|en|ied|lled)\b", re.IGNORECASE)


# A source speaks of an incident this many days after it at most ("the NUG said on October 23 that 31 people
# had been killed" after a strike on Sunday, October 22).
SAID_AFTER_DAYS = 3


def said_after_context(when: DateValue, context: DateValue | None) -> bool:
    """Whether the incident's only date is a day someone spoke on (a bare date: "said on October 23 that 31
    people had been killed") just after the day its story is told at: the dead were counted then, killed on
    the story's day, so that day is the incident's."""
    return (
        when.role == "bare"
        and context is not None
        and 0 < (when.start - context.start).days <= SAID_AFTER_DAYS
    )


def revive_old_only_event(units: list[Unit]) -> bool:
    """A coder's note whose every event is dated long before publication ("On 1 May 2018, ... workers
    marched" in a note published in May 2020, the year mistyped, or an old event reported late) still
    reports that event: it is the note's whole subject, not the background a news story gives, so its
    sentences count as events again (with the date the note gives). Whether it did so."""
    if any(is_anchor(u, True, i) for i, u in enumerate(units)) or not any(dated_to_a_day(u) for u in units):
        return False  # "Since 2011, the war has killed hundreds of thousands": a period, not an event
    for unit in units:
        unit.historical = False
    return True


def dated_to_a_day(unit: Unit) -> bool:
    """An old sentence dated as a note dates its event: to a day, not as a period ("since 2011")."""
    return unit.historical and any(d.precision == "day" and d.role != "since" for d in unit.event_dates())


def told_within(units: list[Unit], groups: list[Group], group: Group) -> list[tuple[int, int]]:
    """The spans of the incident's sentences and of those between them that no other incident took ("A
    rebel drove a truck into the convoy outside the town of Dambulla" between a lead and its toll): what
    the report says of this event, where its place may be written more precisely than in the lead."""
    others = {u.start for g in groups if g is not group for u in g.units}
    first = min(u.start for u in group.units)
    last = max(u.start for u in group.units)
    return [(u.start, u.end) for u in units if first <= u.start <= last and u.start not in others]


def datelined(doc: Doc) -> bool:
    """A wire story ("PESHAWAR, Pakistan (AP) — ..."), or a later chunk of a document: news, not a note."""
    return wire_dateline().match(doc_text(doc)[:600]) is not None


def running_total_period(when: DateValue, published: date | None) -> DateValue:
    """A total's day is when its period began ("the war, which began on February 24, has killed
    thousands"): the period runs from it to the day before publication, as "since" does."""
    if published is None or when.start >= published:
        return when
    return since_range(DateValue(when.start, when.end, when.precision, "since", when.relative), published)


def mentions_in(doc: Doc, start: int, end: int, kind: str | None = None) -> list[Mention]:
    """The mentions of `doc` inside [start, end) (of one kind, if given)."""
    return [m for m in mentions_of(doc, kind) if start <= m.start and m.end <= end]
