"""Resolving candidates against the gazetteer: entries a name may be, their scores, and `resolve_all`.

A candidate's readings come from its own names, other spellings (the consonant skeleton, near spellings inside
a named unit) and aliases; each is scored by the country evidence, the containers written beside it, the level
a type word asks for, nearby confident places (anchors) and population, and a name keeps one reading per level
throughout the document (one sense per name). Kept apart from mentions.py, which turns the readings into the
`Place` values the rest of warledger sees.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from warledger.extract.gazetteer import (
    KIND_ALTERNATE,
    KIND_PRIMARY,
    Entry,
    country_names,
    country_neighbours,
    entry_from_row,
    gazetteer,
    km,
    name_key,
    short_admin_key,
)
from warledger.extract.geodesy import km_to_path
from warledger.extract.places.candidates import SAINT_ABBREVIATIONS, _noun_forms
from warledger.extract.places.evidence import _foreign_district, _only_compass, _region_entries
from warledger.extract.places.front_lines import FrontLine, near_a_line
from warledger.extract.places.runs import Candidate
from warledger.extract.places.view import _Doc

DIRECTION_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "rural",
        "greater",
        "upper",
        "lower",
        "new",
        "old",
    }
)

NEAR_KM = 60.0
ANCHOR_KM = 60.0  # a confident place this close to a reading supports it
KM_PER_LATITUDE_DEGREE = 111.0  # a floor: along any great circle a degree of latitude is 111.19 km
MAX_ANCHORS = 30  # confident places that pull ambiguous names towards them (bounded for long documents)
SKELETON_SHARE = 0.3  # another spelling is believed only in a country with this share of the evidence
UNKNOWN_UNIT_KM = 250.0  # how far from a written unit's point a town with no unit in the gazetteer may lie
# how far from a written district's point a town the gazetteer files under the district's first-level unit,
# but under no district, may lie
UNKNOWN_DISTRICT_KM = 100.0

NEAR_SPELLING = 88  # rapidfuzz ratio above which another spelling is the same name
UNIT_SPELLING = 84  # rapidfuzz ratio above which a name inside a known unit is a slip for one of its names
UNIT_MARGIN = 6  # how far ahead of any other name of the unit that one must be
WELL_KNOWN = 200_000  # population of a place taken without any cue in the text
VILLAGE_MAX = 5000  # population under which a place outside the document's regions is not believed

MIN_SCORE = 1.0
STRONG_EVIDENCE = 3  # country votes beyond which a small place in an unnamed country is not believed
JOINT_BONUS = 1.5  # for places in the country most of the names share (joint_name_country)
HOME_BONUS = 1.5  # for places in the home country of the report's outlet: Tripoli in An-Nahar is Lebanon's
FRONT_BONUS = 2.0  # for villages near a line of contact the report is about (front_lines.py)

KIND_SKELETON = 3  # an entry found by another spelling (the consonant skeleton), not by a name it has
KIND_MISSPELT = 4  # an entry of a known unit whose name the text nearly spells (named as the gazetteer does)


@dataclass(frozen=True)
class Resolved:
    """A candidate with the entry chosen for it and the score that chose it."""

    candidate: Candidate
    entry: Entry | None
    score: float


@lru_cache(maxsize=65536)
def _admin_keys(entry: Entry) -> frozenset[str]:
    keys = set()
    names = [entry.admin1, entry.admin2] if entry.level == "city" else [entry.admin1]
    for name in names:
        if name:
            k = name_key(name)
            short = short_admin_key(k)
            keys |= {k, short, *_saint_spelt_out(k), *_noun_forms(k), *_without_compass(short)}
    return frozenset(keys)


COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)


def _without_compass(key: str) -> tuple[str, ...]:
    """A unit's name without its leading compass word: a town of "(Province of) North Cotabato" or "North
    Darfur" lies in the Cotabato or Darfur a note writes (the split unit's part keeps the whole's name)."""
    first, _, rest = key.partition(" ")
    return (rest,) if first in COMPASS_WORDS and len(rest) >= 4 and rest not in COMPASS_WORDS else ()


def _saint_spelt_out(key: str) -> tuple[str, ...]:
    """The key with an abbreviated saint written out: the gazetteer's "St.-Petersburg" is the unit ACLED
    writes "Saint Petersburg" ("Saint Petersburg (Saint Petersburg)")."""
    first, _, rest = key.partition(" ")
    full = SAINT_ABBREVIATIONS.get(first)
    return (f"{full} {rest}",) if full and rest else ()


def _container_match(entry: Entry, container: Candidate, resolved: Entry | None = None) -> bool:
    """Whether `entry` can lie in `container`: by its resolved entry if known, else by names."""
    if (
        resolved is not None
        and resolved.country == entry.country
        and (
            resolved.id == entry.id
            or _contains(resolved, entry)
            or km((resolved.lat, resolved.lon), (entry.lat, entry.lon))
            < (NEAR_KM if resolved.level == "region" else 30)
        )
    ):
        return True
    if _in_unit_unknown_to_gazetteer(entry, container, resolved):
        return True
    names = country_names()
    if container.key in _admin_keys(entry):
        return True  # also "Kagara (Rafi LGA, Niger)": Niger state, not the country
    if " " in container.key and container.key.replace(" ", "") in _admin_keys(entry):
        return True  # "Si Sa Ket" is the gazetteer's "Sisaket": a unit's syllables written apart
    if container.key in names.names:
        return names.names[container.key] == entry.country
    return any(
        cc == entry.country and admin1 == entry.admin1
        for cc, admin1 in names.admin_aliases.get(container.key, ())
    )


def _in_unit_unknown_to_gazetteer(entry: Entry, container: Candidate, resolved: Entry | None) -> bool:
    """Whether a town may lie in a written unit its gazetteer entry cannot place: the town named after a
    first-level unit of its country ("Buenos Aires (Buenos Aires)": the gazetteer files the city under its
    federal district, ACLED's notes under the province of its name), or a town the gazetteer knows no
    first-level unit of ("Buthidaung (Maungdaw, Rakhine)") within UNKNOWN_UNIT_KM of the unit's point (a
    region is wide; its point is one town of it), or a town it files under the first-level unit of a written
    district but under no district ("Khowai in West Tripura district") within UNKNOWN_DISTRICT_KM of the
    district's point."""
    if entry.level != "city" or (resolved is not None and resolved.country != entry.country):
        return False
    if name_key(entry.name) == container.key:
        return any(r.country == entry.country for r in _region_entries(container.key))
    if resolved is None or resolved.level == "city":
        return False
    if resolved.level == "district" and entry.admin1 == resolved.admin1 and not entry.admin2:
        # "Khowai in West Tripura district": the gazetteer files the town under Tripura but under no district;
        # not a town that shares its name with a first-level unit ("Nihm district, Sanaa": the governorate)
        return km((resolved.lat, resolved.lon), (entry.lat, entry.lon)) < UNKNOWN_DISTRICT_KM and not any(
            r.country == entry.country for r in _region_entries(name_key(entry.name))
        )
    return not entry.admin1 and km((resolved.lat, resolved.lon), (entry.lat, entry.lon)) < UNKNOWN_UNIT_KM


def _contains(container: Entry, entry: Entry) -> bool:
    """Whether `entry` lies in the administrative unit `container` (same country and unit name)."""
    if container.country != entry.country or container.id == entry.id:
        return False
    if container.level == "district":
        return entry.admin2 == container.admin2 and entry.admin1 == container.admin1
    return entry.admin1 == container.admin1


def _entries(cand: Candidate, evidence: Counter[str]) -> tuple[Entry, ...]:
    """Gazetteer entries for a candidate: by its key, our admin aliases, without a leading direction word,
    and at last by the consonant skeleton (only in countries the document points to)."""
    gaz = gazetteer()
    found = gaz.lookup(cand.key) + tuple(
        e for e in _alias_entries(cand.key) if not any(f.id == e.id for f in gaz.lookup(cand.key))
    )
    words = cand.key.split()
    if not found and len(words) > 1 and words[0] in DIRECTION_WORDS:
        found = tuple(e for e in gaz.lookup(" ".join(words[1:])) if not _abroad_behind(e, evidence))
    if not found and len(words) > 1 and words[-1].isdigit():
        # "Zolote-5", "Zolote-4": numbered settlements (mines, quarters) beside the place of that name
        found = tuple(e for e in gaz.lookup(" ".join(words[:-1])) if e.level == "city")
    if not found and len(cand.key) >= 5:
        total = sum(evidence.values())
        regions = getattr(evidence, "regions", None)
        found = tuple(
            replace(e, kind=KIND_SKELETON)
            for e in gaz.lookup_skeleton(cand.key)
            if evidence.get(e.country, 0) >= SKELETON_SHARE * total > 0
            and (not regions or regions.get((e.country, e.admin1)))
        )
        if not found and not total and len(cand.key) >= 8:
            found = _near_spellings(cand.key)
    return found + _other_spellings_on_a_line(cand.key, found, evidence)


def _other_spellings_on_a_line(
    key: str, found: tuple[Entry, ...], evidence: Counter[str]
) -> tuple[Entry, ...]:
    """In a report on a war of fixed fronts, villages by the line whose name the text spells another way: the
    Russian form of a Ukrainian name ("Kamyshevakha" for Komyshuvakha) shares its consonant skeleton. Only by
    the line, where the front bonus (`_score`) makes such a reading worth weighing against the exact name's
    namesakes elsewhere; the skeleton's kind penalty still counts against it. Not where the name itself is
    found in a unit the report points to ("Petrivske" in a note on Donetsk is Donetsk's Petrivske)."""
    fronts = getattr(evidence, "fronts", ())
    regions = getattr(evidence, "regions", None)
    if not fronts or len(key) < 5 or any(regions and regions.get((e.country, e.admin1)) for e in found):
        return ()  # a place of the very name in a unit the report points to is the one meant
    known = {e.id for e in found}
    return tuple(
        replace(e, kind=KIND_SKELETON)
        for e in gazetteer().lookup_skeleton(key)
        if e.id not in known and e.level == "city" and near_a_line(e.country, e.lat, e.lon, fronts)
    )


def _abroad_behind(entry: Entry, evidence: Counter[str]) -> bool:
    """A village found only once a direction word was read off the name ("the West Rand" as Rand, West
    Virginia), in a country nothing in the text points to while something points elsewhere: the whole
    name more likely names a district the gazetteer lacks than a hamlet abroad."""
    return entry.population < VILLAGE_MAX and sum(evidence.values()) > 0 and not evidence.get(entry.country)


def _near_spellings(key: str) -> tuple[Entry, ...]:
    """With nothing in the text pointing to a country: another spelling of the same name ("Ain Oussara" for
    Ain Oussera), when every entry that close lies in one country."""
    close = tuple(
        replace(e, kind=KIND_SKELETON)
        for e in gazetteer().lookup_skeleton(key)
        if fuzz.ratio(key, name_key(e.name)) >= NEAR_SPELLING
    )
    return close if len({e.country for e in close}) == 1 else ()


@lru_cache(maxsize=16384)
def _alias_entries(key: str) -> tuple[Entry, ...]:
    return tuple(
        e
        for cc, admin1 in country_names().admin_aliases.get(key, ())
        if (e := gazetteer().admin1_entry(cc, admin1)) is not None
    )


def _score(entry: Entry, cand: Candidate, evidence: Counter[str], anchors: list[Entry], text: str) -> float:
    total = sum(evidence.values())
    score = {0: 1.0, 1: 0.2, 2: 0.8, 3: -0.5}.get(entry.kind, 0.0)
    matches = sum(_container_match(entry, k) or _namesake_seat(entry, cand, k) for k in cand.containers)
    if total:
        share = evidence.get(entry.country, 0) / total
        # the target of fire from across a line lies in another country than the launchers' cues point to
        across = cand.struck and _only_reading(entry, cand, evidence)
        against = 0.0 if share or (matches and cand.strict) or across else 4.0 if total >= 2 else 1.5
        score += 3.0 * share - against  # "El Callao, Bolivar state" is where its container says
    regions = getattr(evidence, "regions", None)
    if regions and entry.level != "region" and regions.get((entry.country, entry.admin1)):
        score += 1.5
    if cand.containers:
        score += 3.0 * min(matches, 2) - (2.5 if not matches and cand.strict else 1.5 if not matches else 0.0)
    if cand.level_hint:
        if cand.level_hint == entry.level or (cand.level_hint == "point" and entry.level == "city"):
            score += 1.5
        elif cand.level_hint == "district" and entry.level == "region":
            score -= 1.5  # "Donga LGA" is no first-level unit
    elif entry.level == "city" and not cand.is_container:
        score += 0.5
    if cand.is_container and entry.level != "city" and not (cand.strict and cand.containers):
        score += 1.0  # "X in Y": Y may be a district; not "X in Y (Z)", where Y has its units: a town
    if any(_contains(entry, h) for head in _other_heads(cand) for h in _entries(head, evidence)):
        score += 2.5
    if name_key(entry.name) == cand.key and entry.name.lower() == text.lower():
        score += 0.3
    if getattr(evidence, "joint", None) == entry.country:
        score += JOINT_BONUS
    if getattr(evidence, "home", None) == entry.country:
        score += HOME_BONUS
    fronts = getattr(evidence, "fronts", ())
    if fronts and entry.level == "city" and near_a_line(entry.country, entry.lat, entry.lon, fronts):
        score += FRONT_BONUS
    score += math.log10(entry.population + 1) / 2.0
    if anchors and _near_an_anchor(entry, anchors):
        score += 1.0
    elif anchors and _in_an_anchors_unit(entry, anchors):
        score += 0.5
    return score


def _only_reading(entry: Entry, cand: Candidate, evidence: Counter[str]) -> bool:
    """Whether a town is the one place of its name, no village, and across a border from a country the text
    points to: the target of rockets fired across a line ("fired a rocket into Sderot" in a report whose cues
    are all the launchers' Palestinian ones) is believed in another country only when no namesake could be
    meant and the fire could reach it."""
    readings = gazetteer().lookup(cand.key)
    neighbours = country_neighbours()
    return (
        entry.population >= VILLAGE_MAX
        and bool(readings)
        and all(e.country == entry.country for e in readings)
        and any(entry.country in neighbours.get(code, ()) for code, votes in evidence.items() if votes > 0)
    )


def _namesake_seat(entry: Entry, cand: Candidate, container: Candidate) -> bool:
    """A town inside the district of its own name written first in its bracket ("Aguililla (Aguililla,
    Michoacan)"): the municipality's seat, though the gazetteer files the town with no second-level unit
    and the municipality's point lies 30 km off; not the last container ("Sanaa (Nihm, Sanaa)": the
    province of the town's name)."""
    return (
        entry.level == "city"
        and container.key == cand.key
        and len(cand.containers) > 1
        and container is not cand.containers[-1]
    )


def _other_heads(cand: Candidate) -> list[Candidate]:
    """The places written inside a container under another name. ACLED writes a town's district or
    province of its own name after it ("Colombo (Colombo, Western)", "Saint Petersburg (Saint Petersburg)"):
    the town's namesake entries then "contain" one another (a Brazilian Colombo district holds the Brazilian
    town, two Florida entries share a state) and would vouch for the wrong country."""
    return [head for head in (*cand.contained, *cand.units_inside) if head.key != cand.key]


def _near_an_anchor(entry: Entry, anchors: list[Entry]) -> bool:
    """Whether a confident place of the same country (not the entry itself) lies within ANCHOR_KM of it.

    Latitudes alone rule most anchors out: a great-circle distance is at least the distance along the
    meridian (111.19 km per degree), so `km`'s trigonometry runs only for anchors inside a band of
    latitude a kilometre wider than ANCHOR_KM. It ran 28,000 times per 300 bench reports, a fifth of
    the component."""
    band = (ANCHOR_KM + 1) / KM_PER_LATITUDE_DEGREE
    return any(
        a.country == entry.country
        and abs(a.lat - entry.lat) <= band
        and km((a.lat, a.lon), (entry.lat, entry.lon)) < ANCHOR_KM
        for a in anchors
        if a.id != entry.id
    )


def _in_an_anchors_unit(entry: Entry, anchors: list[Entry]) -> bool:
    """Whether a confident place (not the entry itself) lies in the entry's first-level unit."""
    return bool(entry.admin1) and any(
        a.country == entry.country and a.admin1 == entry.admin1 and a.id != entry.id for a in anchors
    )


def _in_written_district(entry: Entry, written: list[tuple[Candidate, Entry]]) -> bool:
    """Whether `entry` lies near a district written beside its name, or is filed under a district of the
    written name: "Matalam, Cotabato" is the Matalam of the Province of (North) Cotabato, though the
    gazetteer reads the written "Cotabato" as Cotabato City's district, 75 km off."""
    return any(
        km((entry.lat, entry.lon), (r.lat, r.lon)) <= NEAR_KM
        or (entry.level == "city" and entry.country == r.country and k.key in _admin_keys(entry))
        for k, r in written
    )


def _near_any(entry: Entry, districts: list[Entry]) -> bool:
    """Within NEAR_KM of one of the districts written beside a name (true when none is)."""
    return not districts or any(km((entry.lat, entry.lon), (d.lat, d.lon)) <= NEAR_KM for d in districts)


def _resolve(
    doc: _Doc,
    cand: Candidate,
    evidence: Counter[str],
    anchors: list[Entry],
    resolved_containers: dict[int, Entry],
) -> Resolved:
    text = doc[cand.start : cand.end].text
    best: Entry | None = None
    best_score = -math.inf
    known = [(k, resolved_containers[k.start]) for k in cand.containers if k.start in resolved_containers]
    entries = _entries(cand, evidence)
    written = [(k, r) for k, r in known if r.level == "district" or k.level_hint == "district"]
    districts = [r for _, r in written]
    if districts:
        # a place written inside a district lies near it: a same-named place 100 km away is another one
        entries = tuple(e for e in entries if _in_written_district(e, written))
    if known and (cand.strict or any(r.level != "city" for _, r in known)):
        # "X (Y, Z)", "X in Y district" where we know Y or Z: an X elsewhere is another place; try other
        # spellings inside Y or Z, and if none is there, leave X to be placed at its container
        # another spelling (a loose one: "Waingmaw" and "Aung Myay" share a skeleton) lies near the district
        # written beside the name, not anywhere in the region; with a region beside it, a town is that
        # district's seat ("Waingmaw (Myitkyina, Kachin)"); alone, it may be a province of the town's name
        # ("Kishindih district, Balkh")
        towns = [r for _, r in known if r.level == "city"]
        beside = districts or (towns if any(r.level == "region" for _, r in known) else [])
        inside = [
            e
            for e in entries
            if any(_container_match(e, k, r) for k, r in _innermost(cand, known))
            and (e.kind != KIND_SKELETON or _near_any(e, beside))
        ]
        if not inside and not districts:
            # "Mariupol, Zaporizhia": a big city of the container's country outweighs a slip (not "Sanaa
            # (Nihm, Sanaa)": a district written beside a name is where it is; the city lies outside it)
            inside = [
                e
                for e in entries
                if e.population >= WELL_KNOWN and any(e.country == r.country for _, r in known)
            ]
        if not inside and cand.level_hint is None and all(_only_a_town(k, r) for k, r in known):
            # "Sidon, Tripoli, Matn and Zahle": a town does not lie in another town far from it; a list
            inside = [
                e
                for e in entries
                if e.level == "city"
                and e.population >= VILLAGE_MAX
                and any(e.country == r.country for _, r in known)
            ]
        if not inside:
            inside = [
                replace(e, kind=KIND_SKELETON)
                for e in gazetteer().lookup_skeleton(cand.key)
                if any(_container_match(e, k, r) for k, r in known) and _near_any(e, beside)
            ]
        if not inside:
            inside = list(_misspelt_inside(cand.key, [r for _, r in known]))
        confident = any(r.level != "city" or evidence.get(r.country) for _, r in known)
        entries = tuple(inside) if inside or confident else entries
    elif known and cand.level_hint is None:
        # "Zinar in Tell Abiad countryside": a place of that name in another country is another place (not
        # "the Shufat neighbourhood of Jerusalem": a part of a city may lie across a contested line)
        entries = tuple(e for e in entries if any(e.country == r.country for _, r in known))
    if known and not cand.strict and all(_only_a_town(k, r, typed=True) for k, r in known):
        # "Ganeshpur area of Jalesar town": a part of a town lies near it; a namesake 700 km away is another
        entries = tuple(
            e for e in entries if any(km((e.lat, e.lon), (r.lat, r.lon)) <= NEAR_KM for _, r in known)
        )
    regions = getattr(evidence, "regions", None)
    if regions and not known:
        # the document names its first-level units (or its cues do): a village elsewhere is another village
        # (also one written inside a unit the gazetteer lacks: "Ar Rubat area of Tuban district (Lahij)")
        entries = tuple(
            e
            for e in entries
            if regions.get((e.country, e.admin1))
            or e.level == "region"
            or (e.population >= VILLAGE_MAX and not _foreign_district(e, regions))
        )
        if not entries and cand.strength >= 2:
            # a name close to one town of the units the text names ("Holubivske" in a note on Luhansk is by
            # Holubivka): there, keeping the text's words, which may name the next village
            named = [u for cc, a1 in regions if (u := gazetteer().admin1_entry(cc, a1)) is not None]
            entries = tuple(replace(e, kind=KIND_SKELETON) for e in _misspelt_inside(cand.key, named))
    named_units = {e.country for e in entries if e.level == "region" and e.kind == KIND_PRIMARY}
    if named_units:
        # "Bihar" is the state's own name and only another name of Bihar Sharif: not the town
        entries = tuple(e for e in entries if not (e.kind == KIND_ALTERNATE and e.country in named_units))
    if cand.level_hint in ("region", "district") and any(e.level != "city" for e in entries):
        # "El Gazira state" is not a town; but a district named after its seat town ("Donga LGA") may be
        # known to the gazetteer only as that town, in the country the text points to
        units = tuple(e for e in entries if e.level != "city")
        seats = tuple(e for e in entries if e.level == "city" and _better_supported(e, units, evidence))
        entries = units + seats
    entries = tuple(e for e in entries if not _outside_written_raion(e, cand))
    scored = [(_score(entry, cand, evidence, anchors, text), entry) for entry in entries]
    for s, entry in scored:
        if s > best_score:
            best, best_score = entry, s
    if best is not None and best.registered:
        best = _central_namesake(best, best_score, scored, getattr(evidence, "fronts", ()))
    needed = MIN_SCORE if cand.strength >= 2 else MIN_SCORE + 1.5
    if (
        cand.strength == 0
        and best is not None
        and (best.population < WELL_KNOWN or best.kind != KIND_PRIMARY)
    ):
        return Resolved(cand, None, best_score)
    if (
        best is None
        or best_score < needed
        or (
            not (cand.struck and _only_reading(best, cand, evidence))
            and _against_evidence(best, evidence, cand.level_hint == "point")
        )
    ):
        return Resolved(cand, None, best_score)
    if _only_compass(cand.key) and not evidence.get(best.country):
        return Resolved(cand, None, best_score)  # "North-West" is a region of half the world's countries
    return Resolved(cand, best, best_score)


def _outside_written_raion(entry: Entry, cand: Candidate) -> bool:
    """A register village whose raion is none of the units written after the name ("Novoselivka village
    (Chernihivskyi, Chernihiv)": the register's Novoselivkas of the Koriukivskyi and Novhorod-Siverskyi
    raions are other villages). Only where a district and a region are both written: a single container is
    the region. GeoNames gives Ukraine's places no second-level unit, so only register villages are tried."""
    if not entry.registered or not entry.admin2 or len(cand.containers) < 2:
        return False
    raion = short_admin_key(name_key(entry.admin2))
    return not any(short_admin_key(c.key) == raion for c in cand.containers)


def _central_namesake(
    best: Entry, best_score: float, scored: list[tuple[float, Entry]], fronts: tuple[FrontLine, ...] = ()
) -> Entry:
    """Of register villages as well supported as the best (the register holds four Serhiivkas in Donetsk
    oblast, all of unknown size, and nothing in the text may be nearer one than another), the one nearest
    its unit's seat: the point a village the gazetteer lacked would have been given, so the choice never
    strays farther from it than a namesake must."""
    tied = [e for s, e in scored if e.registered and abs(s - best_score) < 1e-9 and e.admin1 == best.admin1]
    line = next((f for f in fronts if f.country == best.country), None)
    if line is not None and len(tied) > 1:
        # in a report on a war of fixed fronts, the namesake on the line (front_lines.py)
        return min(tied, key=lambda e: (km_to_path((e.lat, e.lon), line.points), e.id))
    unit = gazetteer().admin1_entry(best.country, best.admin1) if len(tied) > 1 else None
    if unit is None:
        return best
    return min(tied, key=lambda e: (km((e.lat, e.lon), (unit.lat, unit.lon)), e.id))


def _innermost(cand: Candidate, known: list[tuple[Candidate, Entry]]) -> list[tuple[Candidate, Entry]]:
    """The district containers written beside a name, if any, else all its containers: "Sanaa (Nihm, Sanaa)"
    is the Sanaa that lies in Nihm, which the province of Sanaa's capital city does not. A district of the
    name's own name ("Gujrat city (Gujrat, Punjab)") is the town's, wherever the gazetteer puts its point."""
    districts = [
        (k, r)
        for k, r in known
        if (r.level == "district" or k.level_hint == "district") and k.key != cand.key
    ]
    return districts or known


def _only_a_town(written: Candidate, entry: Entry, typed: bool = False) -> bool:
    """Whether a container was read as a town and could be nothing else: no type word ("Cusco city"; with
    `typed`, a town's type word is allowed), and no region or district of that name in its country
    ("Donetsk" is also its oblast)."""
    return (
        entry.level == "city"
        and (written.level_hint is None or (typed and written.level_hint == "city"))
        and not any(e.country == entry.country for e in _region_entries(written.key))
        and not any(
            e.level == "district" and e.country == entry.country for e in gazetteer().lookup(written.key)
        )
    )


@lru_cache(maxsize=256)
def _unit_names(country: str, admin1: str) -> tuple[tuple[tuple[Any, ...], ...], list[str]]:
    """A first-level unit's towns and districts (as gazetteer rows: `entry_from_row(row)`, made only for the
    names that come close) with their keys, computed once: rapidfuzz's `process` compares a name with all of
    them in C (the Python loop was a twentieth of extraction time)."""
    rows = gazetteer().unit_rows(country, admin1) if admin1 else ()
    return rows, [name_key(row[1]) for row in rows]


def _misspelt_inside(key: str, units: list[Entry]) -> tuple[Entry, ...]:
    """A slip of spelling inside a known unit ("Patzuaro, Michoacan" for Patzcuaro): the one town or district
    of the units whose name is nearly the candidate's (rapidfuzz ratio >= UNIT_SPELLING), when no other name
    of the units comes as close (a clear winner, else nothing)."""
    if len(key) < 5:
        return ()
    scored: dict[int, tuple[float, Entry]] = {}
    for unit in units:
        if unit.level == "city":
            continue  # a town's surroundings are no unit with names of its own
        rows, keys = _unit_names(unit.country, unit.admin1)
        hits = process.extract(
            key, keys, scorer=fuzz.ratio, score_cutoff=UNIT_SPELLING - UNIT_MARGIN, limit=None
        )
        for _, score, i in sorted(hits, key=lambda hit: hit[2]):  # in the unit's order, as ties are kept
            e = entry_from_row(rows[i])
            if unit.level == "district" and e.admin2 != unit.admin2:
                continue
            if score > scored.get(e.id, (0.0, e))[0]:
                scored[e.id] = (score, e)
    ranked = sorted(scored.values(), key=lambda se: -se[0])
    if not ranked or ranked[0][0] < UNIT_SPELLING:
        return ()
    best = ranked[0][1]
    rivals = [
        e
        for sc, e in ranked[1:]
        if sc > ranked[0][0] - UNIT_MARGIN and name_key(e.name) != name_key(best.name)
    ]
    return () if rivals else (replace(best, kind=KIND_MISSPELT),)


def _better_supported(entry: Entry, others: tuple[Entry, ...], evidence: Counter[str]) -> bool:
    """Whether the text points to `entry`'s country more than to any of the `others`' countries."""
    return evidence.get(entry.country, 0) > max((evidence.get(e.country, 0) for e in others), default=0)


def _against_evidence(entry: Entry, evidence: Counter[str], town_part: bool = False) -> bool:
    """A small place in a country nothing in the text points to, while the text points firmly elsewhere
    ("Daman district, Kandahar" is Afghan; India's Daman is another place), or points elsewhere at all
    and the place has the name only as another name of it: left unresolved. A part of a
    town ("the Carrefour quarter" of Duékoué) however large its namesake: Haiti's Carrefour is no quarter
    of a town in Côte d'Ivoire."""
    total = sum(evidence.values())
    small = entry.population < WELL_KNOWN or town_part
    if total >= STRONG_EVIDENCE and not evidence.get(entry.country) and small:
        return True
    if entry.registered and not evidence.get(entry.country):
        # a register's village, of unknown size, is believed only where the text points to its country:
        # "al-Shura south of Mosul" is no Ukrainian village Shura
        return True
    if total and not evidence.get(entry.country) and entry.kind == KIND_ALTERNATE and small:
        # "the East Rand" on South Africa: not Des Plaines, Illinois, which GeoNames also calls so
        return True
    return not total and _abroad_on_little(entry, getattr(evidence, "home", None))


def _abroad_on_little(entry: Entry, home: str | None) -> bool:
    """With nothing in the text pointing to a country, a place outside the outlet's home country that is not
    well known, or is read only through another name ("el Mina" in An-Nahar is not Minna, Nigeria, which
    GeoNames also calls Mina; "the Sa'a roundabout" is not Saa, Cameroon): the name is more likely one of
    home's places the gazetteer lacks."""
    return (
        home is not None
        and entry.country != home
        and (entry.kind != KIND_PRIMARY or entry.population < WELL_KNOWN)
    )


def resolve_all(doc: _Doc, cands: list[Candidate], evidence: Counter[str]) -> list[Resolved]:
    """Resolve containers first, then the rest; a second pass re-resolves ambiguous names with the first
    pass's confident places as anchors (at most MAX_ANCHORS, the most often named)."""
    order = sorted(cands, key=lambda c: (not c.is_container, c.start))
    result = _resolve_pass(doc, order, evidence, [], {})
    # "X village, Bilslanda, Pilibhit (UP)": a container not found on its own is looked for again inside
    # the containers resolved after it, then what it contains is resolved again
    lost = [c for c in order if c.is_container and result[c.start].entry is None and c.containers]
    if lost:
        again = _resolve_pass(doc, lost, evidence, [], result)
        found = {k for k, r in again.items() if r.entry is not None}
        if found:
            result.update({k: r for k, r in again.items() if k in found})
            inner = [c for c in order if any(k.start in found for k in c.containers)]
            result.update(_resolve_pass(doc, inner, evidence, [], result))
    confident = [(start, r.entry) for start, r in result.items() if r.entry is not None and r.score >= 4.0]
    counts = Counter(e for _, e in confident)
    anchors = sorted(confident, key=lambda a: -counts[a[1]])[:MAX_ANCHORS]
    if anchors:
        # and a container read in another country than the one written around it ("La Guajira, Zulia state")
        ambiguous = [c for c in order if _across_a_border(c, result) or len(_entries(c, evidence)) > 1]
        result.update(_resolve_pass(doc, ambiguous, evidence, anchors, result))
    _one_sense_per_name(result)
    return [result[c.start] for c in cands]


def _across_a_border(c: Candidate, result: dict[int, Resolved]) -> bool:
    """Whether a container was resolved in another country than a container written around it."""
    own = result[c.start].entry if c.start in result else None
    if not c.is_container or own is None:
        return False
    outer = [result[k.start].entry for k in c.containers if k.start in result]
    return any(e is not None and e.country != own.country for e in outer)


def _one_sense_per_name(result: dict[int, Resolved]) -> None:
    """A name means one place throughout a document: where the same key was resolved to different entries
    ("Union, Punjab" with no cue, then "Bathinda city (Punjab)"), the best-scored reading of the same level
    is taken for the mentions written without containers of their own."""
    best: dict[str, Resolved] = {}
    for r in result.values():
        if r.entry is not None and (r.candidate.key not in best or r.score > best[r.candidate.key].score):
            best[r.candidate.key] = r
    for start, r in list(result.items()):
        top = best.get(r.candidate.key)
        if (
            top is not None
            and r.entry is not None
            and top.entry is not None
            and top.entry.id != r.entry.id
            and top.entry.level == r.entry.level  # "Campeche to X, Campeche": a town and its state
            and not r.candidate.containers
        ):
            result[start] = Resolved(r.candidate, top.entry, r.score)


def _resolve_pass(
    doc: _Doc,
    order: list[Candidate],
    evidence: Counter[str],
    anchors: list[tuple[int, Entry]],
    before: dict[int, Resolved],
) -> dict[int, Resolved]:
    known = {k: r.entry for k, r in before.items() if r.candidate.is_container and r.entry is not None}
    out: dict[int, Resolved] = {}
    for c in order:
        others = [e for start, e in anchors if start != c.start]  # a name is not its own evidence
        r = _resolve(doc, c, evidence, others, known)
        out[c.start] = r
        if c.is_container and r.entry is not None:
            known[c.start] = r.entry
    return out
