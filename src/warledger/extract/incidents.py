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
`incident_counts.py`. This module builds each incident from its group (`incidents_of`, `incident_of`);
the steps live beside it: unit roles and anchors in `incident_anchors.py`, the tests that join a sentence
to an incident in `incident_recounts.py` and `incident_joining.py`, the pass over the document in
`incident_grouping.py`, the date in `incident_dating.py`, the place in `incident_places.py`, actors and
victims in `incident_actors.py`, and the text its type is read from in `incident_evidence.py`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc

from warledger.extract.casualty_context import totals_a_period
from warledger.extract.date_values import DateValue
from warledger.extract.event_cues import signals_in
from warledger.extract.event_type import event_type_of
from warledger.extract.incident_actors import (
    crowd_actors,
    distinct,
    figure_source_of,
    is_a_source,
    named_or_unidentified,
    perpetrators_of,
    unique,
    victims_of,
    without_riot_police,
)
from warledger.extract.incident_anchors import NOTE_MAX_CHARS, PARAGRAPH_BREAK, scene_setters
from warledger.extract.incident_counts import combined_count, less_later_deaths, shared
from warledger.extract.incident_dating import (
    attack_day_before_death,
    chosen_date,
    datelined,
    inferred_date,
    lead_date,
    revive_old_only_event,
    running_total_period,
    said_after_context,
)
from warledger.extract.incident_evidence import (
    accused_accounts,
    counter_accusations,
    own_words,
    whole_passage,
)
from warledger.extract.incident_grouping import grouped_units
from warledger.extract.incident_places import DocPlaces, incident_place
from warledger.extract.incident_units import Group, Unit, recalls_earlier_months, units_of
from warledger.extract.models import CATEGORY_OF, EventType, Evidence, Incident
from warledger.extract.sentences import doc_text, document_chars


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
        perpetrators=without_riot_police(
            distinct(
                crowd_actors(event_type, place)
                + named_or_unidentified(
                    perpetrators_of(units, place), event_type, place, " ".join(u.text for u in units)
                )
            ),
            event_type,
            any("intervention" in signals_in(u.text) for u in units),
        ),
        weapons=unique([m.value for u in units for m in u.of("weapon")] + group.extra_weapons),
        targets=unique([m.value for u in units for m in u.of("target") if not is_a_source(u, m)]),
        victim_groups=victims_of(units),
        killed=shared(
            combined_count(units, "killed", group.tallies, additive), max(u.split() for u in units)
        ),
        injured=less_later_deaths(combined_count(units, "injured", group.tallies, additive), units),
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
        mark_recalled_months(units, lead)
    if not short_note:
        background_counts(units, text)
    revived = short_note and revive_old_only_event(units, text)
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


def mark_recalled_months(units: list[Unit], lead: DateValue) -> None:
    """Mark as history the sentences dated only by months before the report's (`recalls_earlier_months`),
    when another sentence tells an event or a day of the present: a report whose every event sentence is dated
    "last month" ("LAGOS, Feb 2 - Police said on Tuesday they had arrested four men suspected of killing a
    village head last month") is about that event, not its history."""
    recalled = [u for u in units if not u.historical and recalls_earlier_months(u, lead)]
    present = [
        u
        for u in units
        if not u.historical
        and not u.headline
        and u not in recalled
        and (u.has_event_cue() or u.own_event_dates())
    ]
    if present:
        for unit in recalled:
            unit.historical = True


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


def told_within(units: list[Unit], groups: list[Group], group: Group) -> list[tuple[int, int]]:
    """The spans of the incident's sentences and of those between them that no other incident took ("A
    rebel drove a truck into the convoy outside the town of Dambulla" between a lead and its toll): what
    the report says of this event, where its place may be written more precisely than in the lead."""
    others = {u.start for g in groups if g is not group for u in g.units}
    first = min(u.start for u in group.units)
    last = max(u.start for u in group.units)
    return [(u.start, u.end) for u in units if first <= u.start <= last and u.start not in others]
