"""Places for the incident grouper: `place_for`, `main_place`, `placed_from`, `document_country`.

Reads the mentions and roles the component leaves on the Doc and picks the place of a stretch of text: a
container, facility or dateline gives way to a better place named; a named part of a town is placed at the
town; a region gives way to a place inside it; places in the document's country come before a name read in
another; places where a source spoke, where fire came from or where a movement headed are not where the event
was. Kept apart because it runs after the pipeline, on the component's output, for incidents.py.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from functools import cache
from itertools import pairwise
from typing import cast

import pycountry
from spacy.tokens import Doc

from warledger.extract.gazetteer import (
    capital,
    data_lines,
    data_rows,
    gazetteer,
    km,
    name_key,
)
from warledger.extract.mentions import Mention, mentions_of
from warledger.extract.models import Place
from warledger.extract.outlets import home_country
from warledger.extract.places.mentions import _only_country
from warledger.extract.places.words import struck_target
from warledger.extract.sentences import doc_text

DESTINATION_WORDS = frozenset({"toward", "towards"})  # "an advance toward Mopti": where a movement heads

SETTLEMENT_KM = 25.0  # how far a named part of a town may lie from the town's point

HOME_VOTE = 0.5  # the outlet's country in document_country: below one place, above the text's cues alone


def document_country(doc: Doc) -> str | None:
    """The document's dominant country: its places, country names and the other evidence the component saw."""
    votes: defaultdict[str, float] = defaultdict(float)
    for m in mentions_of(doc, "place"):
        if m.value.country:
            votes[m.value.country] += 2
    for m in mentions_of(doc, "country"):
        votes[m.value] += 1
    for code, weight in (doc._.place_countries or {}).items():
        votes[code] += weight / 4  # demonyms, cues, first-level names: a tie-breaker
    home = home_country(doc)
    if home:
        votes[home] += HOME_VOTE  # a national outlet reports mostly on its own country
    return max(votes, key=votes.__getitem__) if votes else None  # ties to the first counted


SENTENCES_KEY = "warledger.sentence_bounds"


def _sentences(doc: Doc) -> tuple[list[int], list[int]] | None:
    """The document's sentence starts and ends (characters), read once per document: asking spaCy for a
    token's sentence rescans the document's annotation each time, and a report asks for every place."""
    if SENTENCES_KEY not in doc.user_data:
        sents = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
        doc.user_data[SENTENCES_KEY] = ([a for a, _ in sents], [b for _, b in sents]) if sents else None
    found: tuple[list[int], list[int]] | None = doc.user_data[SENTENCES_KEY]
    return found


def _sentence_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    """Where the sentences holding [start_char, end_char) begin and end."""
    sentences = _sentences(doc)
    if sentences is None or end_char <= start_char or start_char >= len(doc_text(doc)):
        return start_char, end_char
    starts, ends = sentences
    first = max(0, bisect_right(starts, start_char) - 1)
    last = max(first, bisect_right(starts, min(end_char, len(doc_text(doc))) - 1) - 1)
    return starts[first], ends[last]


def _head_places(doc: Doc, places: list[Mention]) -> list[Mention]:
    """Places not written as the container of another ("Y" in "X (Y, Z)"), facilities last."""
    roles = doc._.place_roles or {}
    heads = [m for m in places if roles.get(m.start) != "container"] or places
    return sorted(heads, key=lambda m: (roles.get(m.start) in ("facility", "dateline"), m.start))


def _most_specific(doc: Doc, places: list[Mention], derived: set[int]) -> Mention:
    """The first place with a point; if it is a region and a later one lies inside it ("in Idleb province,
    regime forces shelled Kinda"), that later one. Without points, the first."""
    located = [m for m in places if m.value.lat is not None]
    if not located or _unknown_town_first(doc, places, located[0]):
        return places[0]
    first = located[0]
    if first.value.precision != "region" or first.start in derived:
        return first
    units = doc._.place_units or {}
    parents = doc._.place_parents or {}
    region = units.get(first.start)
    inside = [
        m
        for m in located[1:]
        # a village the gazetteer lacks lies in its container's unit ("Kadawa village in Zurmi LGA")
        if region is not None
        and (units.get(m.start) or units.get(parents.get(m.start, -1))) == region
        and m.value.precision != "region"
    ]
    if not inside:
        return first
    # a town a distance is measured from ("a town ... about 20 kilometers north of Chimaltenango") gives way
    # to a town of the region named as itself; alone, it is the nearest the text comes ("a village 15 km
    # north of Dikwa")
    m = next((m for m in inside if not _measured_from(doc, m)), inside[0])
    return _unknown_beside(doc, places, m) or m


# "about 20 kilometers (12 miles) north of ", "15 km south-west of ": a distance and bearing before a town
MEASURED_FROM = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:km|kms|kilometers?|kilometres?|miles?)\s*(?:\([^)]{1,30}\)\s*)?"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def _measured_from(doc: Doc, m: Mention) -> bool:
    """Whether a town is written as the point a distance is measured from, not as where anything was."""
    return _led_in_by(doc, m, MEASURED_FROM, 80)


def _unknown_beside(doc: Doc, places: list[Mention], located: Mention) -> Mention | None:
    """The town the gazetteer lacks written right before `located` as beside it ("the village of Marla,
    about 50 kilometers south of the state capital Nyala"): where the event was."""
    earlier = [m for m in places if m.end <= located.start]
    prev = earlier[-1] if earlier else None
    if prev is None or prev.value.lat is not None or prev.value.precision != "city":
        return None
    return prev if _beside(doc, prev, located) is not None else None


def _unknown_town_first(doc: Doc, places: list[Mention], located: Mention) -> bool:
    """Whether the incident's first place is a town the gazetteer lacks and the first located one is only
    where a movement heads ("seized the town of Konna ... fears of an advance toward Mopti"): the event is
    at the first, placed at the point of the other (`_near_point`), not at the destination."""
    first = places[0]
    if first.value.lat is not None or first.value.precision != "city":
        return False
    # "toward Mopti", "toward the army garrison town of Mopti": a few words back, past the first place
    before = doc_text(doc)[max(first.end, located.start - 48) : located.start].lower().split()[-6:]
    return any(w in DESTINATION_WORDS for w in before) or _beside(doc, first, located) is not None


# "Kawuri, near the town of Konduga", "Marla, about 50 kilometers (30 miles) south of the state capital
# Nyala", "near Latifiya, south of Baghdad" (no distance, set off by a comma: at the known town's point)
BESIDE = re.compile(
    r"\s*(?:,\s*(?P<bare>(?:north|south)(?:-?(?:east|west))?|east|west)\s+of|,?\s*"
    # "Bandarmudhe, in the Madi valley of Chitwan district about 30 km south of Bharatpur": the unit or area
    # it lies in, written before the distance
    r"(?:in\s+(?:the\s+)?(?:[\w'-]+\s+){1,6}?(?=(?:about|some|around|roughly|nearly|approximately|\d)))?"
    # "Hin Heup, a small market town about 90 km (55 miles) north of Vientiane": what kind of place it is
    # ("Atiak, a trading centre 70 km (45 miles) north of Gulu": East Africa's small market towns)
    r"(?:an?\s+(?:[\w'-]+\s+){0,3}?(?:town|village|hamlet|settlement|city|trading\s+cent(?:re|er))\s+"
    r"(?=(?:about|some|around|roughly|nearly|approximately|\d)))?"
    r"(?:(?:about|some|around|roughly|nearly|approximately)\s+)?"
    r"(?:(?P<distance>\d+(?:\.\d+)?)\s*(?P<unit>km|kms|kilometers?|kilometres?|miles?)\s*(?:\([^)]{1,30}\)\s*)?"
    r"(?P<direction>(?:north|south)(?:-?(?:east|west))?|east|west)\s+of|near|outside|close\s+to))"
    r"\s+(?:[\w-]+\s+){0,4}?$",
    re.IGNORECASE,
)
BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225}
BEARINGS |= {"west": 270, "northwest": 315}
KM_PER_MILE = 1.609344
EARTH_KM = 6371.0


# "between Bamessing and Ndop": the second of two towns an event was between (its groups, never matched, keep
# BESIDE's names: no distance is told)
BETWEEN_AND = re.compile(
    r"\s+and\s+(?:the\s+)?(?:(?:town|village)\s+of\s+)?(?:(?P<distance>\d+)(?P<unit>km)(?P<direction>east))?$",
    re.IGNORECASE,
)


def _beside(doc: Doc, first: Mention, located: Mention) -> re.Match[str] | None:
    """How the text places a town the gazetteer lacks beside the located place that follows it ("near",
    "30 km south of", or the second of two towns it was "between")."""
    between = doc_text(doc)[first.end : located.start]
    if not 0 <= len(between) <= 90:
        return None
    if (
        first.value.lat is None  # a town the gazetteer knows is placed at its own point
        and _led_in_by(doc, first, BETWEEN_BEFORE, 40)
        and (and_then := BETWEEN_AND.match(between)) is not None
    ):
        return and_then
    return BESIDE.match(between)


def _beside_point(place: Place, doc: Doc, local: list[Mention]) -> Place | None:
    """A town the gazetteer lacks, written beside the known town after it ("Kawuri, near the town of
    Konduga"): at that town's point, and at a stated distance and direction from it moved that far ("Marla,
    about 50 kilometers south of Nyala"), as a coder would place it, rather than at the town 50 km away."""
    first = next((m for m in local if m.value.name == place.name and m.value.lat is None), None)
    near = next((m for m in local if first and m.start >= first.end and m.value.lat is not None), None)
    beside = _beside(doc, first, near) if first is not None and near is not None else None
    if beside is None or near is None or near.value.lat is None or near.value.lon is None:
        return None
    at = place.model_copy(
        update={
            "lat": near.value.lat,
            "lon": near.value.lon,
            "country": near.value.country,
            "precision": near.value.precision,
        }
    )
    if beside.group("distance") is None:
        return at
    miles = beside.group("unit").lower().startswith("mile")
    distance = float(beside.group("distance")) * (KM_PER_MILE if miles else 1.0)
    bearing = math.radians(BEARINGS[beside.group("direction").lower().replace("-", "")])
    lat, lon, d = math.radians(near.value.lat), math.radians(near.value.lon), distance / EARTH_KM
    lat2 = math.asin(math.sin(lat) * math.cos(d) + math.cos(lat) * math.sin(d) * math.cos(bearing))
    lon2 = lon + math.atan2(
        math.sin(bearing) * math.sin(d) * math.cos(lat), math.cos(d) - math.sin(lat) * math.sin(lat2)
    )
    return at.model_copy(update={"lat": round(math.degrees(lat2), 5), "lon": round(math.degrees(lon2), 5)})


BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:villages?|towns?)\s+of\s+)?$", re.IGNORECASE)


def _between_point(doc: Doc, head: Mention, chosen: Place, local: list[Mention]) -> Place | None:
    """A town the gazetteer lacks named first of two ("on the road between Bamessing and Ndop (Ngo-Ketunjia,
    North-West)"): at the second town's point when the gazetteer knows it, a few km off, rather than at the
    centre of the region the bracket gives both (the coder codes the first, named as written)."""
    if (
        chosen.precision not in ("region", "district")
        or (doc._.place_roles or {}).get(head.start) != "derived"
    ):
        return None
    if not _led_in_by(doc, head, BETWEEN_BEFORE, 40):
        return None
    text = doc_text(doc)
    other = next((m for m in local if m.start > head.end), None)
    if (
        other is None
        or not re.fullmatch(r"\s+and\s+(?:the\s+)?", text[head.end : other.start])
        or other.value.lat is None
        or other.value.precision != "city"
        or other.value.country not in (None, chosen.country)
    ):
        return None
    return chosen.model_copy(
        update={
            "lat": other.value.lat,
            "lon": other.value.lon,
            "precision": "city",
            "country": other.value.country,
        }
    )


def placed_from(doc: Doc, reference: Place, spans: list[tuple[int, int]]) -> Place | None:
    """A known town the text places at a distance from, or near, `reference` in these spans ("outside the
    town of Dambulla, about 100 kilometres southwest of Trincomalee"): the event's own place, which a coder
    takes over the reference point the lead placed it "near". None when no such town is written."""
    places = [m for m in mentions_of(doc, "place") if any(a <= m.start and m.end <= b for a, b in spans)]
    for m, after in pairwise(places):
        if (
            name_key(after.value.name) == name_key(reference.name)
            and m.value.lat is not None
            and m.value.precision in ("city", "point")
            and name_key(m.value.name) != name_key(reference.name)
            and m.value.country in (None, reference.country)
            and not _passed_through(doc, m)
            and _beside(doc, m, after) is not None
        ):
            return _settlement(doc, m)
    return None


def _passed_through(doc: Doc, m: Mention) -> bool:
    """Whether a town is named only as an end of the victims' journey or where transport was bound ("a bus
    travelling from Tingo Maria to Tocache near Uchiza"): "near" then says where on the way the event was,
    not that the journey's end lies near the town after it."""
    return _journey_end(doc, m) or _destination(doc, m)


def _settlement(doc: Doc, m: Mention) -> Place:
    """The town a place is part of ("Gota area of Ahmedabad city"), when it lies within the town's reach.

    A name the gazetteer lacks, written inside a province ("Waqf in Diyala"), is reported as the province,
    as coders code it; its words stay in the evidence. Measured: held-out place name 0.879 -> 0.895, the
    points unchanged (the unknown name was already placed at the province)."""
    parent_start = (doc._.place_parents or {}).get(m.start)
    if parent_start is None:
        return cast(Place, m.value)
    parent = next((p for p in mentions_of(doc, "place") if p.start == parent_start), None)
    if parent is None or parent.value.lat is None:
        return cast(Place, m.value)
    derived = (doc._.place_roles or {}).get(m.start) == "derived"
    if parent.value.precision in ("region", "district") and not derived:
        # a village the gazetteer places inside a province or district stays the village ("in Isulan in
        # Sultan Kudarat province"); only a part of a town is reported as the town
        return cast(Place, m.value)
    if _named_as_village(doc, m) and _written_as_unit(doc, parent):
        # "the village of Saberio, in the Gali district of Abkhazia", "the village of Llochegua in Huanta
        # province": the text says the container is a unit, however the gazetteer reads its name (Gali the
        # town), and the village is no part of a town: coders code the village, at its own point if known
        return cast(Place, m.value)
    if parent.value.precision == "region" and _named_as_town(doc, m):
        # one it lacks that the text calls a town stays the town when its container is a whole province
        # ("the town of Paletwa in Chin state"), at the province's point: the province says too little of
        # where it was. Inside a district the district is coded ("the town of El Aguaje, in the
        # municipality of Aguililla"): it is that near.
        return cast(Place, m.value)
    here = m.value
    if here.country and parent.value.country and here.country != parent.value.country:
        return cast(Place, m.value)  # "Shufat neighbourhood of Jerusalem": the part's own country holds
    if (
        here.lat is not None
        and km((here.lat, here.lon), (parent.value.lat, parent.value.lon)) > SETTLEMENT_KM
    ):
        return cast(Place, m.value)
    return cast(Place, parent.value)


# "the town of Paletwa": the text itself says the name is a settlement's
SETTLEMENT_OF = re.compile(r"\b(?:town|city|village|township)\s+of\s+$", re.IGNORECASE)


def _named_as_town(doc: Doc, m: Mention) -> bool:
    """Whether the text calls the place a town, city or village right before its name."""
    return SETTLEMENT_OF.search(doc_text(doc)[max(0, m.start - 24) : m.start]) is not None


# "the village of Pichec": the text itself says the name is a village's (not a town's, which may share its
# name with the municipality it is the seat of: "the town of El Aguaje, in the municipality of Aguililla" is
# coded at the municipality). Only written before the name, as news reports write it: ACLED's own notes write
# "in Badarok village of Chaghcharan district" and code the district (measured: four ACLED train places)
VILLAGE_OF = re.compile(r"\b(?:village|hamlet)\s+of\s+$", re.IGNORECASE)
# "the Gali district of", "Huanta province": a container the text calls a unit
UNIT_WORD_AFTER = re.compile(
    r"\s+(?:province|district|department|governorate|prefecture|oblast)\b", re.IGNORECASE
)


def _named_as_village(doc: Doc, m: Mention) -> bool:
    """Whether the text calls the place a village or hamlet right before its name ("the village of X")."""
    return VILLAGE_OF.search(doc_text(doc)[max(0, m.start - 24) : m.start]) is not None


def _written_as_unit(doc: Doc, parent: Mention) -> bool:
    """Whether the text writes a container as an administrative unit ("in the Gudermes district of
    Chechnya", "in Huanta province"), the unit word right after its name."""
    return UNIT_WORD_AFTER.match(doc_text(doc), parent.end) is not None


# a word after a name that makes it a part of a town: "the Carrefour quarter", "Nyalenda neighbourhood"
TOWN_PART_AFTER = re.compile(
    r"^\s+(?:quarter|neighbou?rhood|ward|suburb|slum|township|market|bazaar|souk)\b", re.IGNORECASE
)
MARKET_AFTER = re.compile(r"^\s+(?:market|bazaar|souk)\b", re.IGNORECASE)

# "in the Zahriyeh district", "the Karrada district": with the article, a district of a city, not a unit
CITY_DISTRICT = (re.compile(r"\bthe\s+$", re.IGNORECASE), re.compile(r"^\s+district\b", re.IGNORECASE))


def _town_of_part(doc: Doc, head: Mention, chosen: Place) -> Place | None:
    """The town a report is about, for a part of a town the gazetteer cannot place ("armed men went from
    house to house in the Carrefour quarter" in a report about Duékoué, "a shell hit a shelter in the
    Zahriyeh district" in one about Tripoli): coders code the town."""
    text = doc_text(doc)
    city_district = CITY_DISTRICT[0].search(text[max(0, head.start - 8) : head.start]) and CITY_DISTRICT[
        1
    ].match(text[head.end : head.end + 20])
    if not (TOWN_PART_AFTER.match(text[head.end : head.end + 20]) or city_district):
        return None
    town = main_place(doc)
    if town is None or town.lat is None or town.precision != "city" or town.name == chosen.name:
        return None
    return town if chosen.country in (None, town.country) else None


# "the Sinkor district of Monrovia", "the Novye Aldi suburb of Grozny": the town the part belongs to, named
TOWN_PART_OF = re.compile(
    r"^\s+(?:district|quarter|neighbou?rhood|ward|suburb|slum|township)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)


UNIT_AFTER = re.compile(
    r"\s+(?:province|state|region|governorate|county|district|department|prefecture|oblast)\b", re.IGNORECASE
)


def _town_named_after(doc: Doc, head: Mention, chosen: Place) -> Place | None:
    """The town the text names right after a part of it ("in the Sinkor district of Monrovia"), when the
    gazetteer places that town and cannot place the part near it (it lacks the part, or finds a namesake
    elsewhere in the country): coders code the town the report says the part is of."""
    text = doc_text(doc)
    for m in mentions_of(doc, "place"):
        if m.start > head.end and TOWN_PART_OF.match(text[head.end : m.start]):
            town = cast(Place, m.value)
            if chosen.precision == "region":
                # a part the gazetteer lacks, placed at its container ("the Al Mahdiya district of Sabha"),
                # not a known town of a province ("the Cukurca district of Hakkari")
                town = _seat_of_namesake(town)
            if (
                town.lat is None
                or town.lon is None
                or town.precision != "city"
                or UNIT_AFTER.match(text, m.end)
            ):
                return None  # "the Mawza district of Taiz province": a district of a province, not of a town
            near = (
                chosen.lat is not None
                and chosen.lon is not None
                and chosen.precision != "region"
                and km((chosen.lat, chosen.lon), (town.lat, town.lon)) <= SETTLEMENT_KM
            )
            return None if near else town
    return None


def _seat_of_namesake(town: Place) -> Place:
    """The town of a part's "X district of Y" when Y was read as the first-level unit of the same name that
    it is the seat of ("the Al Mahdiya district of Sabha": Libya's Sabha region and its town Sabha): a
    district, quarter or suburb is of a town, so Y is the unit's namesake town when the gazetteer has one
    in that country and unit; otherwise Y as read."""
    if town.precision != "region" or town.country is None:
        return town
    key = name_key(town.name)
    seats = [
        e
        for e in gazetteer().lookup(key)
        if e.level == "city" and e.country == town.country and name_key(e.name) == key
    ]
    if not seats:
        return town
    seat = seats[0]
    return town.model_copy(
        update={"lat": seat.lat, "lon": seat.lon, "geonames_id": seat.geonames_id, "precision": "city"}
    )


def main_place(doc: Doc) -> Place | None:
    """The place the document is most about: the most often named head place, ties to the first."""
    roles = doc._.place_roles or {}
    every = [m for m in mentions_of(doc, "place") if not _earlier_event(doc, m)]
    places = [m for m in _head_places(doc, every) if roles.get(m.start) != "dateline"]
    # "the governor of Caqueta said": an official's seat is named for who speaks, not for what the story is
    # about
    places = [m for m in places if not _speakers_seat(doc, m)] or places
    if not places:
        return cast(Place, every[0].value) if every else None
    counts = Counter(name_key(m.value.name) for m in places)
    return cast(Place, max(places, key=lambda m: (counts[name_key(m.value.name)], -m.start)).value)


def _main_place_named_by(doc: Doc, end_char: int) -> Place | None:
    """The document's main place, if the text has named it by `end_char`: an incident told before a place is
    first named ("Gunmen killed five in Dansadau on Monday." then "The next day, a bomber struck Maiduguri")
    did not happen there."""
    found = main_place(doc)
    if found is None:
        return None
    key = name_key(found.name)
    named = any(name_key(m.value.name) == key and m.start < end_char for m in mentions_of(doc, "place"))
    return found if named else None


def place_for(doc: Doc, start_char: int, end_char: int) -> Place | None:
    """The best place for an incident whose evidence spans [start_char, end_char).

    The most specific place named in the incident's own sentences (the first town-level head place, else
    the first district...), else the document's main place, else its country; the country is filled from
    the document when the place lacks one.
    """
    lo, hi = _sentence_bounds(doc, start_char, end_char)
    roles = doc._.place_roles or {}
    local = [
        m
        for m in mentions_of(doc, "place")
        if lo <= m.start and m.end <= hi and roles.get(m.start) != "dateline" and not _earlier_event(doc, m)
    ]
    # where the doers came from counts only when the sentences name no other place
    local = [m for m in local if not _doers_origin(doc, m)] or local
    local = _across_the_line(doc, local)
    # the heights the guns stood on, and the seat of an official who speaks ("the police commander of Caqueta
    # said"), when the report has named its main place before: the place the fire went into, the town the
    # official's province holds
    if _main_place_named_by(doc, hi) is not None:
        local = [
            m for m in local if not _led_in_by(doc, m, GUNS_ON_HEIGHTS, 100) and not _speakers_seat(doc, m)
        ]
    # so does a town a road is named after ("on the Kupiansk-Svatove road near Kurylivka"), which still
    # gives a point to a place on the road the gazetteer lacks ("blocked the Aabde-Halba road at the Bebnine
    # intersection": near Halba)
    road_ends = [m for m in local if _road_end(doc, m)]
    local = [m for m in local if not _road_end(doc, m)] or local
    local = _not_where_spoken(doc, local)
    local = [
        m
        for m in local
        if not _destination(doc, m)
        and not _led_in_by(doc, m, BROUGHT_IN_FROM, 60)
        and not _led_in_by(doc, m, INTERVIEWED_IN, SPOKEN_WINDOW)
    ]
    local = _not_where_treated(doc, local)
    # where people fled to ("Survivors who fled to Maiduguri said"): when the sentences name another place
    local = [m for m in local if not _led_in_by(doc, m, FLED_TO, 40)] or local
    # an office's seat in an appositive or a journey's ends: only when the sentences name no other place
    local = [m for m in local if not _office_seat(doc, m) and not _journey_end(doc, m)] or local
    # so does a place naming who people are ("parents of the 43 Ayotzinapa students marched through ...")
    local = [m for m in local if not _names_people(doc, m)] or local
    if _around_this_town(doc, local, lo):
        # "in this conservative town west of Baghdad": the town the story was filed from, not Baghdad
        filed = _dateline_town(doc)
        local = [filed] if filed is not None else local
    if not local and _main_place_named_by(doc, hi) is None:
        # "in this gold-mining town" in the lead, then an account naming only "the town": the town the story
        # was filed from
        local = _told_as_this_town(doc, hi)
    derived = {k for k, v in (doc._.place_roles or {}).items() if v == "derived"}
    country = document_country(doc)
    coded = [m for m in local if roles.get(m.start) == "coded"] or _coded_in_note(doc, roles)
    if not local and (abroad := _abroad(doc, lo, hi, country)) is not None:
        return _country_place(abroad)  # "killed more than 100 of them in air strikes" "into Somalia"
    head = _most_specific(doc, _in_country(_head_places(doc, local), country), derived) if local else None
    head = coded[0] if coded else head
    chosen = _settlement(doc, head) if head is not None else _main_place_named_by(doc, hi)
    if head is not None and (capital := _dateline_capital(doc, head)) is not None:
        chosen = capital
    # a market the gazetteer lacks, even when a town beside it lent it a point ("Hamarweyne market, the
    # city's oldest"), is a part of that town, as an unplaced quarter is
    unplaced = chosen is not None and (
        chosen.lat is None
        or (chosen.geonames_id is None and head is not None and MARKET_AFTER.match(doc_text(doc)[head.end :]))
    )
    if chosen is not None and chosen.lat is None:
        chosen = _beside_point(chosen, doc, local) or _near_point(chosen, [*local, *road_ends])
    if chosen is not None and head is not None:
        chosen = _between_point(doc, head, chosen, local) or chosen
    if chosen is not None and head is not None:
        chosen = _town_named_after(doc, head, chosen) or chosen
    if chosen is not None and unplaced and head is not None:
        chosen = _town_of_part(doc, head, chosen) or chosen
    if chosen is None:
        return _country_place(country) if country else None
    if chosen.country is None:
        fill = country or _only_country(name_key(chosen.name))
        chosen = chosen.model_copy(update={"country": fill}) if fill else chosen
    return chosen


def _coded_in_note(doc: Doc, roles: dict[int, str]) -> list[Mention]:
    """The one place a coder's tag names for the whole note ("... killing 7 civilians. [coded to Djibo]"):
    the tag stands apart from the incident's sentences, in a bracket of its own, and says where the note's
    event was coded. None when the document tags several places (each tag is then its own sentence's)."""
    coded = [m for m in mentions_of(doc, "place") if roles.get(m.start) == "coded"]
    return coded if len(coded) == 1 else []


# The words between "this" and its town are its modifiers ("this conservative Sunni town"): an article among
# them means "this" went with another noun ("earlier this week around the town of Tubmanburg").
NOT_AN_ARTICLE = r"(?!(?:the|a|an)\s)"
# "in this conservative Sunni town west of", "this border city, 30 km from": a place named as where the
# dateline's town lies, not where the event was
THIS_TOWN_FROM = re.compile(
    rf"\bthis\s+(?:{NOT_AN_ARTICLE}[\w'-]+\s+){{0,4}}?(?:town|city|village|port|capital|camp|neighbou?rhood|suburb)\s*,?\s+"
    r"(?:[\w'-]+\s+){0,5}?(?:of|from|near|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
THIS_TOWN_WINDOW = 90


# "in this gold-mining town", "this northern city": the report's own town, written as the dateline's
THIS_TOWN = re.compile(
    rf"\bthis\s+(?:{NOT_AN_ARTICLE}[\w'-]+\s+){{0,3}}?(?:town|city|village|port|capital)\b(?!\s*,?\s+(?:[\w'-]+\s+){{0,5}}?"
    r"(?:of|from|near|outside)\b)",
    re.IGNORECASE,
)


# "as fighting spread across a broad front south of Zagreb": a place named as what an area lies by
BEARING_OF = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
BEARING_WINDOW = 40


def _around_this_town(doc: Doc, local: list[Mention], lo: int) -> bool:
    """Whether the sentences' places only say where the dateline's town lies: each is named as what "this
    ... town" lies by ("in this conservative town west of Baghdad"), or, after the sentences have called
    their place "this ... town", as what an area lies by ("shelled the centre of this Croatian town
    overnight ... as fighting spread across a broad front south of Zagreb"). The event is in the town the
    story was filed from."""
    if not local:
        return False
    if all(_led_in_by(doc, m, THIS_TOWN_FROM, THIS_TOWN_WINDOW) for m in local):
        return True
    if not THIS_TOWN.search(doc_text(doc)[lo : min(m.start for m in local)]):
        return False
    return all(
        _led_in_by(doc, m, THIS_TOWN_FROM, THIS_TOWN_WINDOW) or _led_in_by(doc, m, BEARING_OF, BEARING_WINDOW)
        for m in local
    )


def _told_as_this_town(doc: Doc, end_char: int) -> list[Mention]:
    """The dateline's town, for an incident whose sentences name no place, when the report has called its
    town "this ... town" by `end_char` ("SEGOVIA, Colombia - Shops stayed shut ... in this gold-mining town",
    then "armed men ... drove through the town centre"): wire copy writes the dateline's town so, and an
    account that names no other place is of it. Not "this town west of Baghdad" (`THIS_TOWN_FROM`)."""
    filed = _dateline_town(doc)
    if filed is None or not THIS_TOWN.search(doc_text(doc)[:end_char]):
        return []
    return [filed]


def _dateline_town(doc: Doc) -> Mention | None:
    """The dateline's town, if the gazetteer places it ("FALLUJA, Iraq, April 30 -")."""
    roles = doc._.place_roles or {}
    return next(
        (
            m
            for m in mentions_of(doc, "place")
            if roles.get(m.start) == "dateline" and m.value.lat is not None and m.value.precision == "city"
        ),
        None,
    )


# "told reporters in Pemba", "at a news conference in Baghdad", "speaking in Geneva": where a source spoke.
SPOKEN_IN = re.compile(
    r"\b(?:told\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference|us|our\s+(?:staff|teams?"
    r"|reporters?|correspondents?))|(?:news|press)\s+"
    r"(?:conference|briefing)|speaking|briefing\s+(?:reporters|journalists))\s+in\s+(?:the\s+)?"
    r"(?:(?:city|town|capital|provincial\s+capital)\s+of\s+)?$"
    # "residents reached by telephone from Nairobi said": where the call was made, not where it happened
    r"|\bby\s+(?:tele)?phone\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
SPOKEN_WINDOW = 60
# "Villagers interviewed by the mission in Nazran said soldiers had shot ...": where the witnesses were
# met, after they fled, never where the event happened
INTERVIEWED_IN = re.compile(
    r"\b(?:interviewed|met|questioned)\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?in\s+(?:the\s+)?"
    r"(?:(?:city|town|capital|camps?|refugee\s+camps?)\s+(?:of\s+|in\s+)?)?$",
    re.IGNORECASE,
)


# A speaking body sat in a town, told only by the verb of speaking after the town ("The Interior Ministry in
# Madrid said nine people had been killed"; not "a bomb hit the Interior Ministry in Baghdad"), or a
# statement read or broadcast there ("said in a statement read on their television in Tiraspol") or issued
# there ("in a statement issued in Tbilisi on Thursday, said"): where the source spoke, no place of the event.
SPEAKING_BODY_BEFORE = re.compile(
    r"\b(?:ministr(?:y|ies)|embass(?:y|ies)|government|headquarters|authorities|spokes(?:man|woman|person))"
    r"\s+(?:in|at)\s+(?:the\s+)?$"
    r"|\b(?:read|broadcast|aired|televised)\s+(?:on|by|over)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:television|radio|tv|channels?|stations?)\s+(?:in|from)\s+(?:the\s+)?$"
    r"|\b(?:statement|communiqu[eé]|release)\s+(?:issued|released|published|sent|faxed)\s+(?:in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
SAID_AFTER = re.compile(
    r"(?:\s*,[^,]{0,40},)?\s+(?:has\s+|had\s+)?(?:said|says|announced|reported|confirmed|put|gave|told|stated)\b",
    re.IGNORECASE,
)
SPEAKING_BODY = re.compile(r"(?:ministr|embass|government|headquarters|authorities|spokes)", re.IGNORECASE)


# "The mayor of Medellin said on Monday that four people were killed ... in the town of Bello", "the governor
# of Borno State told reporters": the seat of an office holder who speaks, not where the event was (but "the
# mayor of Tlalixcoyan was shot dead": the holder is no speaker there, and the seat is the place).
SPEAKING_OFFICE_BEFORE = re.compile(
    r"\b(?:mayor|governor|prefect|(?:parish\s+)?priest|bishop|imam|police\s+chief|chief\s+of\s+police)\s+of\s+"
    r"(?:the\s+)?(?:(?:town|city|province|state|district)\s+of\s+)?$",
    re.IGNORECASE,
)
UNIT_WORD_AFTER = re.compile(r"\s+(?:state|province|district|county|city|town)\b", re.IGNORECASE)


def spoken_by_its_office(text: str, start: int, end: int) -> bool:
    """Whether the place at [start, end) is the seat of an office holder who is the sentence's speaker."""
    if SPEAKING_OFFICE_BEFORE.search(text[max(0, start - 50) : start]) is None:
        return False
    unit = UNIT_WORD_AFTER.match(text, end)
    return SAID_AFTER.match(text, unit.end() if unit else end) is not None


def spoken_from(text: str, start: int, end: int) -> bool:
    """Whether the place at [start, end) of `text` is where a speaking body sat or a statement was
    broadcast (`SPEAKING_BODY_BEFORE`), or the seat of an office holder who speaks, not where the event
    was."""
    if spoken_by_its_office(text, start, end):
        return True
    found = SPEAKING_BODY_BEFORE.search(text[max(0, start - 60) : start])
    if found is None:
        return False
    return not SPEAKING_BODY.match(found.group(0)) or SAID_AFTER.match(text, end) is not None


def _not_where_spoken(doc: Doc, places: list[Mention]) -> list[Mention]:
    """The incident's places without those where a source spoke ("Police spokesman Mudumane told reporters
    in Pemba that the attack took place ... on the edge of Mueda"): the event happened in the others. All of
    them when every one is such a place."""
    text = doc_text(doc)
    kept = [
        m
        for m in places
        if not _led_in_by(doc, m, SPOKEN_IN, SPOKEN_WINDOW) and not spoken_from(text, m.start, m.end)
    ]
    return kept or places


# "the nearby town of ", "neighbouring ": the words between "in" and a town's name
THE_TOWN_OF = (
    r"(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?(?:(?:town|city|capital|(?:state|provincial|regional)\s+"
    r"capital)\s+of\s+)?"
)
# Where the victims were cared for or counted: "the wounded were taken to hospital in Otukpo", "a hospital in
# nearby Jos", "the injured were flown to Peshawar", "survivors were treated in Jos", and a town joined to
# such a one ("Hospitals in Baalbek and the nearby town of Hermel treated 63 wounded").
TREATED_IN = re.compile(
    r"(?:\b(?:hospitals?|clinics?|morgues?|mortuar(?:y|ies)|infirmar(?:y|ies)|health (?:centre|center)s?"
    r"|medical (?:centre|center|facility|facilities))\s+(?:[\w-]+\s+){0,2}?(?:in|at)"
    r"|\b(?:wounded|injured|bodies|dead|victims|survivors|casualties|patients)\b[^.;]{0,60}?"
    r"\b(?:treated|hospitali[sz]ed|admitted|evacuated|airlifted|flown|rushed|taken|transferred|referred|brought)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:to|in|at))"
    rf"\s+{THE_TOWN_OF}(?-i:(?:[A-Z][\w'’-]*\s+){{1,3}}(?:and|or)\s+{THE_TOWN_OF})?$",
    re.IGNORECASE,
)
TREATED_WINDOW = 120
# "In Otukpo, doctors treated 14 people wounded when gunmen stormed a church in Ugbokolo": a place opening
# its sentence as where those who treated or counted the victims are.
OPENING_IN = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:In|At)\s+(?:the\s+)?$")
CARERS_AFTER = re.compile(
    r",\s+(?:(?:a|the|local|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:doctors?|medics?|nurses?|surgeons?|paramedics?|hospitals?|clinics?|morgues?|mortuar(?:y|ies)"
    r"|(?:hospital|medical|health|morgue|mortuary)\s+(?:officials?|sources?|staff|workers?|authorities|attendants?))\b",
    re.IGNORECASE,
)


# "fled to ", "escaped on foot to the town of ": a place named as where people ran from the event
FLED_TO = re.compile(
    r"\b(?:fled|fleeing|flee|escaped|escaping)\s+(?:on\s+foot\s+|by\s+road\s+)?(?:to|into)\s+(?:the\s+)?"
    r"(?:(?:nearby\s+|neighbou?ring\s+)?(?:town|city|capital|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def _where_treated(doc: Doc, m: Mention) -> bool:
    """Whether a place is named as where the victims were cared for or counted ("the wounded were taken to
    hospital in Otukpo", "In Jos, hospital officials said they had received the bodies")."""
    if _led_in_by(doc, m, TREATED_IN, TREATED_WINDOW):
        return True
    lo, _ = _sentence_bounds(doc, m.start, m.end)
    text = doc_text(doc)
    return bool(OPENING_IN.search(text, lo, m.start)) and bool(CARERS_AFTER.match(text, m.end))


def _not_where_treated(doc: Doc, places: list[Mention]) -> list[Mention]:
    """The incident's places without those where its victims were treated or counted: a hospital's town
    is not where the event happened. All of them when every one is such a place (the nearest the report
    comes to the event)."""
    kept = [m for m in places if not _where_treated(doc, m)]
    return kept or places


# "into Somalia", "across the border in Afghanistan", "in neighbouring Syria": a country as where it happens
INTO_COUNTRY = re.compile(
    r"\b(?:in|into|inside)\s+(?:the\s+)?(?:neighbou?ring\s+|(?:north|south|east|west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)


def _abroad(doc: Doc, lo: int, hi: int, home: str | None) -> str | None:
    """The country other than the document's that sentences naming no place put what they tell in ("tracked
    the attackers across the border into Somalia"): theirs, not the document's main place."""
    text = doc_text(doc)
    for m in mentions_of(doc, "country"):
        if (
            lo <= m.start < hi
            and m.value != home
            and INTO_COUNTRY.search(text[max(lo, m.start - 40) : m.start])
        ):
            return str(m.value)
    return None


# "in the provincial capital of Helmand", "in Indian Kashmir's main city", "in Basque capital": a region's
# town, named by its role
CAPITAL_BEFORE = re.compile(
    r"\b(?:(?:provincial|state|regional|district) capital|main city|largest city|capital city|capital) of "
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
CAPITAL_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?:provincial|state|regional|district)\s+capital|main city|largest city|capital)\b",
    re.IGNORECASE,
)


def _dateline_capital(doc: Doc, head: Mention) -> Place | None:
    """The dateline's town, when the incident's place is a region the text names only through its main
    town ("LASHKAR GAH, Afghanistan (AP) - A bomb exploded in the provincial capital of Helmand") and the
    dateline town lies in that region: the story was filed from the town it describes."""
    unplaced = head.value.lat is None  # "Indian Kashmir": a name the gazetteer lacks, no unit to compare
    if head.value.precision not in ("region", "district") and not unplaced:
        return None
    text = doc_text(doc)
    if not (
        CAPITAL_BEFORE.search(text[max(0, head.start - 40) : head.start])
        or CAPITAL_AFTER.match(text[head.end :])
    ):
        return None
    roles = doc._.place_roles or {}
    units = doc._.place_units or {}
    for m in mentions_of(doc, "place"):
        if roles.get(m.start) != "dateline" or m.value.lat is None or m.value.precision != "city":
            continue
        same_unit = units.get(m.start) is not None and units.get(m.start) == units.get(head.start)
        if same_unit or (unplaced and m.value.country in (None, head.value.country, document_country(doc))):
            return cast(Place, m.value)
    return None


# "the deadliest attack since the 1998 bombing of the U.S. embassy in Nairobi": a yardstick, told in passing
EARLIER_EVENT = re.compile(r"\bsince (?:the |a |an )?(?:[a-z]+ )?(?:1[89]|20)\d\d\b[^,;()]*$", re.IGNORECASE)


def _led_in_by(doc: Doc, m: Mention, pattern: re.Pattern[str], reach: int) -> bool:
    """Whether the words of its sentence just before a place mention (at most `reach` characters) end as
    `pattern` says: what the place is named as ("since the 1998 bombing in", "buses to", "forces from")."""
    lo, _ = _sentence_bounds(doc, m.start, m.end)
    return pattern.search(doc_text(doc)[max(lo, m.start - reach) : m.start]) is not None


def _earlier_event(doc: Doc, m: Mention) -> bool:
    """Whether a place is named in a clause on an earlier event that the report measures this one by."""
    return _led_in_by(doc, m, EARLIER_EVENT, 200)


def _listed(name: str) -> str:
    """The lines of a word list under data/places/ as one regular-expression alternation."""
    return "|".join(re.escape(n) for n in data_lines(name))


@cache
def _doers_from() -> re.Pattern[str]:
    """ "forces from", "gunmen from a neighbouring": the words before a place the doers came from."""
    return re.compile(
        rf"\b(?:{_listed('doer_origins.txt')})\s+from\s+(?:the\s+|an?\s+)?(?:[\w-]+(?:'s|’s)\s+)?"
        r"(?:(?:neighbou?ring|nearby|northern|southern|eastern|western|central|north-?\w+|south-?\w+)\s+)?$",
        re.IGNORECASE,
    )


# "fired Grad rockets from the direction of Shyrokyne into Mariupol", "shells launched from Horlivka": where
# the fire came from; ACLED places a strike where it landed.
FIRED_FROM = re.compile(
    r"\b(?:from\s+the\s+direction\s+of|(?:fired|launched|shot)\s+from|from\s+(?:their\s+|its\s+)?positions\s+"
    r"(?:in|near|around|at))\s+(?:the\s+)?(?:(?:town|city|village|area)\s+of\s+)?$",
    re.IGNORECASE,
)


# "soldiers who had been flown in from the capital fired on the crowd": where the
# doers were brought from, not where they acted
BROUGHT_IN_FROM = re.compile(
    r"\b(?:flown|brought|sent|bussed|trucked|airlifted|drafted|moved|rushed|called)\s+in\s+from\s+"
    r"(?:the\s+)?(?:(?:town|city|capital|village)\s+of\s+)?$",
    re.IGNORECASE,
)


# "artillery on the heights of Bratunac fired into the town": the heights the guns
# stood on are where the fire came from, not where it landed ("the hills above Sarajevo" name the target)
GUNS_ON_HEIGHTS = re.compile(
    r"\b(?:artillery|guns|gunners|tanks|batteries|mortars|howitzers|positions)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:on|in|from)\s+the\s+(?:heights|hills|hilltops|ridges?|slopes|mountains)\s+of\s+"
    r"(?:(?-i:[A-Z][\w-]*)\s*(?:,|and)\s+)*$",
    re.IGNORECASE,
)


# "Kabul-" before a road's other end, "-Kandahar highway" after its first: the town is an end of a road
ROAD_END_BEFORE = re.compile(r"[\w'’]\s?-\s?$")
ROAD_END_AFTER = re.compile(
    r"^(?:\s?-\s?[\w'’]+(?:\s[A-Z][\w'’]*)*)*\s+(?:highway|road|route|motorway|expressway)\b"
)


def _road_end(doc: Doc, m: Mention) -> bool:
    """Whether a place is named as an end of a road the event was on ("the Kabul-Kandahar highway in Zabul
    province", "the Kupiansk-Svatove road near Kurylivka"): a fallback, since the road runs far from either
    end; a town or unit written beside it says where on the road it was."""
    text = doc_text(doc)
    before = ROAD_END_BEFORE.search(text[max(0, m.start - 3) : m.start]) is not None
    after = ROAD_END_AFTER.match(text[m.end : m.end + 60]) is not None
    return after and (before or text[m.end : m.end + 2].lstrip().startswith("-"))


def _across_the_line(doc: Doc, local: list[Mention]) -> list[Mention]:
    """Where rockets or shells went, when the sentences name it in another country than the other places
    they name ("militants in the Gaza Strip fired two rockets at the southern Israeli town of Sderot"): the
    launch area is not the event's place, and the document's country (the launchers') would otherwise win.
    Inside one country the other places stay: they often hold the target ("at Ad Dubyani area ... of
    Hodeidah city")."""
    struck = [m for m in local if _struck(doc, m)]
    countries = {m.value.country for m in struck if m.value.country}
    if not countries or all(m.value.country in countries for m in local if m not in struck):
        return local
    return struck


def _struck(doc: Doc, m: Mention) -> bool:
    """Whether a place is written as where a projectile went (`struck_target`)."""
    lo, _ = _sentence_bounds(doc, m.start, m.end)
    return struck_target(doc_text(doc), lo, m.start)


@cache
def _people_from() -> re.Pattern[str]:
    """ "traders from", "pilgrims from the": the words before a place the people an event befell came from."""
    return re.compile(
        rf"\b(?:{_listed('people_origins.txt')})\s+from\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
        re.IGNORECASE,
    )


def _doers_origin(doc: Doc, m: Mention) -> bool:
    """Whether a place is named as where the doers came from ("forces from Ethiopia's northern Tigray region
    took control of the town of Lalibela") or fired from ("rockets fired from the direction of Shyrokyne
    into Mariupol"), or where the people it befell came from ("a pickup carrying traders from Gulu on the
    outskirts of Kitgum"): the event happened where they went or were, or where the fire landed."""
    return (
        _led_in_by(doc, m, _doers_from(), 80)
        or _led_in_by(doc, m, FIRED_FROM, 80)
        or _led_in_by(doc, m, _people_from(), 60)
    )


@cache
def _bound_for() -> re.Pattern[str]:
    """ "buses to ", "the ferry bound for ", "flights to Kabul and ": a name next is where transport went."""
    return re.compile(
        rf"\b(?:{_listed('destinations.txt')})\s+(?:to|for|bound\s+for|heading\s+(?:to|for))\s+(?:the\s+)?"
        r"(?:(?:town|city|capital)\s+of\s+)?(?-i:(?:[A-Z][\w-]*\s+){1,3}(?:and|or)\s+|(?:[A-Z][\w-]*\s*,\s+){1,3})?$",
        re.IGNORECASE,
    )


def _destination(doc: Doc, m: Mention) -> bool:
    """Whether a place is named only as where transport was going ("exploded among passengers waiting for
    buses to Srinagar and Pahalgam"): the event happened where the buses stood, not where they went."""
    return _led_in_by(doc, m, _bound_for(), 80)


# ", the PMF's commander of operations in Anbar,", ", a former governor of Kunduz province,": a place named in
# an appositive on someone's office (where they serve), not where the event was
OFFICE_BEFORE = re.compile(
    r",\s+(?:the|an?|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?(?:commanders?|governors?|chiefs?|heads?|mayors?"
    r"|leaders?|directors?|ministers?|officials?|representatives?|envoys?|spokes(?:man|woman|person)|deputy|"
    r"administrators?|emirs?|coordinators?|officers?)\s+(?:[\w'’-]+\s+){0,3}?(?:of|in|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
OFFICE_AFTER = re.compile(
    r"^(?:\s+(?:province|governorate|state|district|region|county|city|oblast|department))?\s*,",
    re.IGNORECASE,
)
# "travellers from Parachinar to Peshawar", "a bus from Juba to Nimule": the ends of a journey, not where on
# the way it was hit
JOURNEY_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
JOURNEY_TO = re.compile(r"\bfrom\s+(?-i:(?:[A-Z][\w'’-]*\s+){1,3})to\s+$", re.IGNORECASE)
JOURNEY_ON = re.compile(r"^\s+to\s+(?-i:[A-Z])")
# "a bus travelling between Quetta and Karachi", "minibuses plying between Gulu and Kitgum": both towns are
# the ends of the journey (not "fighting between": only a verb of travel before "between")
JOURNEY_BETWEEN = re.compile(
    r"\b(?:travell?(?:ing|ed)|plying|plied|running|ran|shuttling|driving|journeying|moving)\s+between\s+"
    r"(?:the\s+)?(?:(?:towns?|cities)\s+of\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){1,3}and\s+)?$",
    re.IGNORECASE,
)


# "the police commander of Caqueta said yesterday": the province or town an official speaking serves
SPEAKERS_OFFICE_BEFORE = re.compile(
    r"\bthe\s+(?:[\w'’-]+\s+){0,2}?(?:commanders?|governors?|chiefs?|mayors?|prefects?|administrators?)"
    r"\s+(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
SPEAKERS_OFFICE_AFTER = re.compile(
    r"^(?:\s+(?:province|department|state|region|district|county|prefecture))?,?\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:said|says|told|stated|announced|confirmed)\b",
    re.IGNORECASE,
)


def _speakers_seat(doc: Doc, m: Mention) -> bool:
    """Whether a place is named only as the seat of an official who gives the account ("guerrillas kidnapped
    nine people from a hotel, the police commander of Caqueta said")."""
    return (
        _led_in_by(doc, m, SPEAKERS_OFFICE_BEFORE, 60)
        and SPEAKERS_OFFICE_AFTER.match(doc_text(doc)[m.end : m.end + 40]) is not None
    )


def _office_seat(doc: Doc, m: Mention) -> bool:
    """Whether a place is named in a comma-set appositive on someone's office ("arrested Qasim Muslih, the
    PMF's commander of operations in Anbar, in the Green Zone of Baghdad"): where the person serves, not
    where the event was."""
    return (
        _led_in_by(doc, m, OFFICE_BEFORE, 90)
        and OFFICE_AFTER.match(doc_text(doc)[m.end : m.end + 20]) is not None
    )


# "the Ayotzinapa students", "Chibok schoolgirls", "Tigray refugees": a place written as a word on people,
# saying where they come from or study
PEOPLE_AFTER = re.compile(
    r"^\s+(?:students|pupils|schoolgirls|schoolboys|girls|boys|refugees|migrants|families|parents|mothers"
    r"|teachers|fishermen|natives|survivors|detainees|prisoners|hostages|deputies|lawmakers|MPs|diaspora)\b"
)


def _names_people(doc: Doc, m: Mention) -> bool:
    """Whether a place is written as a word on people, before their noun ("parents of the 43 disappeared
    Ayotzinapa students ... marched through Chilpancingo"): where they are from, not where the event was."""
    return PEOPLE_AFTER.match(doc_text(doc)[m.end : m.end + 20]) is not None


def _journey_end(doc: Doc, m: Mention) -> bool:
    """Whether a place is named as an end of a journey ("a convoy carrying travellers from Parachinar to
    Peshawar near Mandoori"): the event happened where the travellers were hit, named beside it."""
    text = doc_text(doc)
    starts = _led_in_by(doc, m, JOURNEY_FROM, 20) and JOURNEY_ON.match(text[m.end : m.end + 10]) is not None
    return starts or _led_in_by(doc, m, JOURNEY_TO, 60) or _led_in_by(doc, m, JOURNEY_BETWEEN, 80)


def _in_country(places: list[Mention], country: str | None) -> list[Mention]:
    """The places that agree with the document's country, when some do: a report is about one country, so a
    name read in another ("a South-west administration soldier ... in Baidoa town") is the weaker reading."""
    agreeing = [m for m in places if m.value.country in (None, country)]
    return agreeing if country and agreeing else places


def _near_point(place: Place, local: list[Mention]) -> Place:
    """A place without a point takes the point (and precision) of the next place named beside it in the same
    sentences ("Kilu 16 area in the east of Hodeidah city"), when in the same country: approximately there."""
    for m in local:
        near = m.value
        if near.lat is not None and near.name != place.name and place.country in (None, near.country):
            return place.model_copy(
                update={
                    "lat": near.lat,
                    "lon": near.lon,
                    "country": near.country,
                    "precision": near.precision,
                }
            )
    return place


def _country_place(code: str) -> Place:
    """A report naming no place but a country: the country, at its capital's point (ACLED's convention for
    national events) so that a map shows it, with the precision saying it is only the country."""
    seat = capital(code)
    if seat is None:
        return Place(name=_country_name(code), country=code, precision="country")
    return Place(name=_country_name(code), country=code, lat=seat.lat, lon=seat.lon, precision="country")


def _country_name(code: str) -> str:
    for row in data_rows("countries.csv"):
        if row["alpha2"] == code:
            return row["names"].split("|")[0]
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)
