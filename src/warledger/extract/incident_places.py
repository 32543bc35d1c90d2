"""Places in incident grouping and the place chosen for an incident.

`DocPlaces` carries what the places component said about the document's place mentions (their roles and
the first-level unit each lies in); the tests here use it to tell whether a sentence names places the
incident has not (`other_places`, `in_another_country`), which places a sentence names as where the
event happened rather than where a source sits or a hospital is (`event_places`), and then which place
an incident gets (`incident_place`: its anchor sentence's, narrowed by a place named inside a region).
Separate because it is the one part of grouping that reads the places component's output.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from spacy.tokens import Doc

from warledger.extract.incident_units import Group, Unit
from warledger.extract.mentions import Mention
from warledger.extract.models import Place
from warledger.extract.places import INTO_COUNTRY, place_for, placed_from
from warledger.extract.places.incident_places import TREATED_IN, TREATED_WINDOW, spoken_from

# Where the dead were taken or who counted them sits ("bodies had been taken to the hospital in Damaturu",
# "a government official in Khartoum put the toll at 17", "an Interior Ministry official in Baghdad said",
# "Muslim leaders in the provincial capital Palu said", "a security source in Ouahigouya", "hospital
# sources in nearby Blida", "independent newspapers in Algiers ... put the death toll at 103", "a doctor at
# Maputo Central Hospital said"), or where a source spoke or wrote from ("a rebel spokesman told Reuters by
# telephone from the rebel stronghold of Kilinochchi", "a statement faxed to news agencies from London"),
# or where a counting group is based ("a volunteer rescue group based in Kanbalu gave a toll of 28") or its
# officials spoke ("Officials of the Tigray administration, speaking in Mekele, put the toll at 14", "the Red
# Cross said in Islamabad on Friday that its staff ... had seen the bodies of at least 11"),
# or the seat a speaking office holder serves ("the parish priest of Tibu said ... at least 35 had been
# killed"): no place of the event.
SOURCE_PLACE_BEFORE = re.compile(
    r"\b(?:(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?|spokes(?:man|woman|person)"
    r"|officials?|(?:government|police|army|military|security|local)\s+sources?|leaders?|leadership|command"
    r"|doctors?|medics?|nurses?|surgeons?|newspapers?|dailies|papers|journalists?|reporters?)"
    r"\s+(?:\w+\s+){0,2}?(?:in|at)"
    r"|\bbased\s+in|\bspeaking\s+(?:in|from)|\b(?:said|says|announced|stated)\s+in"
    r"|\b(?:parish\s+)?(?:priests?|mayors?|governors?|(?:arch)?bishops?|(?:arch)?dioceses?|imams?|prefects?|officials?)\s+of"
    r"|(?:faxed|e-?mailed|sent|issued|released|posted)\s+(?:[\w-]+\s+){0,4}?from"
    r"|(?:tele|satellite\s+)?phone\s+from(?:\s+the)?(?:\s+[\w-]+){0,3}?\s+(?:stronghold|base|headquarters)\s+of"
    r"|(?:tele|satellite\s+)?phone\s+from)"
    r"\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?"
    r"(?:(?:provincial\s+|regional\s+|state\s+|district\s+)?(?:town|city|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


# "blamed the attack on Abkhaz 'saboteurs'", "the de facto Abkhaz authorities": a place's name used as a word
# on the people or the body that acts, not where the event was
PEOPLE_NAMED_AFTER = re.compile(
    r"\s+[\"'“‘]?(?:saboteurs|authorities|forces|troops|guerrillas|gunmen|separatists|rebels|militias?|militiamen"
    r"|militants|fighters|insurgents)\b"
)


def spoke_there(unit: Unit, mention: Mention) -> bool:
    """Whether `mention` names where a speaking body sat or a statement was broadcast (`spoken_from`)."""
    return spoken_from(unit.text, mention.start - unit.start, mention.end - unit.start)


# "a Mogadishu hospital", "Kabul's Emergency hospital", "a Zamboanga radio station": a town named as where a
# hospital is, or a station or paper that reports
HOSPITAL_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,2}(?:hospitals?|morgues?|mortuar(?:y|ies)|clinics?|radio|newspapers?"
    r"|television)\b"
)


# "pilgrims and labourers travelling from Hilla to the capital", "on their way back from": where the victims
# were going or had set out from, no place of the event (which befell them on the road between).
TRAVEL_BEFORE = re.compile(
    r"\b(?:travell?(?:ing|ed)|journeying|on\s+(?:their|his|her)\s+way|returning|heading)\s+(?:back\s+|home\s+)?"
    r"(?:from|to|for)\s+(?:the\s+)?(?:(?:town|city|village|capital)\s+of\s+)?$",
    re.IGNORECASE,
)


def event_places(unit: Unit) -> list[Mention]:
    """The unit's places but those naming where the dead were taken or treated or where a counting official
    sits: "a hospital in X", "the wounded were flown to X", and in a sentence that reports no event of its
    own, "an X hospital" ("a doctor at a Mogadishu hospital said her staff had received 14 bodies"; not "a
    bomb exploded at a Kabul hospital")."""
    plain = not unit.has_event_cue()
    return [
        m
        for m in unit.of("place")
        if not SOURCE_PLACE_BEFORE.search(unit.text[max(0, m.start - unit.start - 60) : m.start - unit.start])
        and not TRAVEL_BEFORE.search(unit.text[max(0, m.start - unit.start - 40) : m.start - unit.start])
        and not spoke_there(unit, m)
        and not PEOPLE_NAMED_AFTER.match(unit.text, m.end - unit.start)
        and not (plain and HOSPITAL_AFTER.match(unit.text, m.end - unit.start))
        # "several of the wounded were taken by helicopter to Kathmandu": where the victims were cared for
        and not TREATED_IN.search(
            unit.text[max(0, m.start - unit.start - TREATED_WINDOW) : m.start - unit.start]
        )
    ]


def names_only_its_places(group: Group, unit: Unit, places: DocPlaces) -> bool:
    """The sentence names places, each one the incident's sentences have named."""
    named = {m.text.casefold() for m in places.named([unit])}
    return bool(named) and named <= {m.text.casefold() for m in places.named(group.units)}


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


def in_actor_name(unit: Unit, place: Mention) -> bool:
    """Whether a place name lies inside an actor's name in the sentence ("Authorities blamed La Linea": a
    cartel, whose name the gazetteer also holds as a Spanish town), so it names no place of the sentence."""
    return any(a.start <= place.start and place.end <= a.end for a in unit.of("actor"))


def other_places(
    group: Group,
    unit: Unit,
    places: DocPlaces,
    unplaced_inside: bool = False,
    skip: frozenset[int] = frozenset(),
) -> bool:
    """Whether the unit names places the incident has not named and that lie outside its regions (with
    `unplaced_inside`, a name the gazetteer cannot place is taken as no evidence of elsewhere; the places
    starting at `skip` are left out)."""
    theirs = places.named(group.units)
    names = {m.text.casefold() for m in theirs}
    regions = {places.regions[m.start] for m in theirs if m.start in places.regions}
    new = [
        m
        for m in places.named([unit])
        if m.text.casefold() not in names and not in_actor_name(unit, m) and m.start not in skip
    ]
    if unplaced_inside:
        new = [m for m in new if m.start in places.regions]
    return bool(theirs) and any(places.regions.get(m.start) not in regions for m in new)


def incident_place(
    doc: Doc, group: Group, spans: list[tuple[int, int]] | None = None, whole_note: bool = False
) -> Place | None:
    """The place of the incident's anchor sentence (`anchor_span`); a region there gives way to a place
    named inside it further on in the incident ("in central Mali's Mopti region ... the villages of
    Ogossagou and Welingara, near the town of Bankass"), else to the town its headline names ("UNMISS
    condemns killing of civilians near Yei" over "the village of Lasu, in Central Equatoria")."""
    start, end = anchor_span(doc, group)
    place = place_for(doc, start, end)
    later = bracketed_later(doc, group, start, end)
    if later is not None and place is not None and later.country == place.country:
        return later
    dated = place_of_dated_clause(group, start, place)
    if dated is not None:
        return dated
    if place is not None and place.precision == "district" and A_VILLAGE_IN.search(doc.text, start, end):
        # "in a farming village in the province of Nueva Ecija", then "near the town of Lupao": the town
        # the incident names inside the district, as for a region below
        named = settlement_named(doc, group, place)
        if named is not None:
            return named
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


def place_of_dated_clause(group: Group, start: int, place: Place | None) -> Place | None:
    """The town named inside the clause a "day after" phrase opens, when that clause dates the anchor
    sentence's event and holds its dead ("Troops patrolled the suburbs of Dakar on Thursday, three days
    after mobs ... hunted down Mauritanian shopkeepers in Pikine, killing at least a dozen"): the event is
    the clause's, so is its place, not the aftermath's town named before the phrase. Only a town with a
    point of its own, in the country of the sentence's place, and not the place already chosen."""
    anchor = next((u for u in group.units if u.start == start), None)
    span = anchor.counted_after_clause() if anchor is not None else None
    if anchor is None or span is None or place is None:
        return None
    for m in event_places(anchor):
        here = m.value
        if (
            span[0] <= m.start < span[1]
            and here.precision == "city"
            and here.lat is not None
            and here.country == place.country
            and here.name != place.name
        ):
            return cast(Place, here)
    return None


# A place name written with its units in brackets, as a coder writes the place coded: "in Tabarre
# (Port-au-Prince, Ouest)"
BRACKET_AFTER = re.compile(r"\s*\((?-i:[A-Z])[^()]{1,80}?,[^()]{1,80}\)")


def bracketed(doc: Doc, mention: Mention) -> bool:
    return BRACKET_AFTER.match(doc.text, mention.end) is not None


def bracketed_later(doc: Doc, group: Group, start: int, end: int) -> Place | None:
    """The place of a later sentence of the incident that writes it with its units in brackets, when the
    anchor sentence writes none so ("marched from Delmas towards the UN compound in Tabarre ... Police fired
    tear gas ... near the compound in Tabarre (Port-au-Prince, Ouest)"): a note's bracket marks the place
    its coder coded, the anchor's bare names are the way there."""
    anchored = [m for u in group.units if start <= u.start < end for m in u.of("place")]
    if not anchored or any(bracketed(doc, m) for m in anchored):
        return None
    for unit in group.units:
        if unit.start < end or unit.headline:
            continue
        for m in event_places(unit):
            if bracketed(doc, m):
                found = place_for(doc, unit.start, unit.end)
                return found if found is not None and found.precision not in ("region", "country") else None
    return None


# "a farming village in the province of", "a village in": the lead names the settlement only as one in a unit
A_VILLAGE_IN = re.compile(
    r"\ban?\s+(?:[\w-]+\s+){0,2}?(?:village|hamlet|settlement)\s+(?:in|of)\b", re.IGNORECASE
)


# "near the town of Lupao", "in the village of Kadawa": a settlement the text names as one
SETTLEMENT_NAMED = re.compile(
    r"\b(?:in|at|near|outside)\s+the\s+(?:town|village|hamlet)\s+of\s+$", re.IGNORECASE
)


def settlement_named(doc: Doc, group: Group, district: Place) -> Place | None:
    """The first town of the district's country with a point of its own that the incident's sentences name
    as a settlement ("troops on patrol near the town of Lupao")."""
    roles = doc._.place_roles or {}
    for u in group.units:
        for m in event_places(u):
            here = m.value
            if (
                here.precision == "city"
                and here.lat is not None
                and here.country == district.country
                and roles.get(m.start) != "dateline"
                and SETTLEMENT_NAMED.search(doc.text[max(0, m.start - 40) : m.start])
            ):
                return cast(Place, here)
    return None


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
