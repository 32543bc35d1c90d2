"""Candidates related to each other: containers ("X (Y, Z)", "X, Y"), lists sharing their containers, bare
names before a container, and `candidates(doc)`, the list the resolver works on.

Separate from runs.py (one run at a time) because these rules read the positions of several candidates at
once: which name is written as the unit of which, which names a list shares, which name is a byline or a wire
agency.
"""

from __future__ import annotations

import re
from functools import cache

from warledger.extract.date_values import date_words
from warledger.extract.gazetteer import (
    country_names,
    data_lines,
    name_key,
)
from warledger.extract.places.runs import (
    Candidate,
    _candidate,
    _capitalised_runs,
    _is_cap,
    _run_step,
    _split_type_suffix,
    _type_after,
)
from warledger.extract.places.view import _Doc
from warledger.extract.places.words import FACILITY_WORDS, NOT_PLACE_WORDS, lexicon

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

LOOSE_FILLERS = frozenset(
    {
        "the",
        "rural",
        "countryside",
        "outskirts",
        "of",
        "southern",
        "northern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "city",
    }
)
# "in the municipality of Chilapa", "in the district of Y": after "in", the unit's type word before its name
# (not after "near": "near the village of Katari" is beside it, not inside it)
UNIT_FILLERS = frozenset(
    {"municipality", "district", "province", "governorate", "county", "department", "commune", "region"}
)


def _attach_containers(doc: _Doc, cands: list[Candidate]) -> None:
    """Mark "X (Y, Z)" and "X, Y" (strict) and "X in Y", "X of Y" (loose) structures: Y and Z contain X."""
    by_start = {c.start: c for c in cands}
    aliases = {c.start: alias for c in cands if (alias := _other_name(doc, c, by_start)) is not None}
    lists = _enumerations(doc, cands, by_start)
    listed = {id(m) for members in lists for m in members[:-1]}
    capitals = _capitals_named(doc, cands, by_start)
    for c in list(cands):
        if id(c) in listed:
            continue
        if c.is_container:
            if not c.containers and c.end < len(doc) and doc[c.end].text == "(":
                _strict_containers(
                    doc, c, c.end, by_start
                )  # "a rally near Congress in Buenos Aires (Buenos Aires)"
            continue
        if c.start in capitals:
            continue  # "the capital of Socotra, Hadibu": Socotra contains Hadibu, not the other way round
        pos = aliases[c.start].end + 1 if c.start in aliases else c.end
        while pos - c.end < 3 and (size := _type_after(doc, pos)[1] or _is_facility_word(doc, pos)):
            pos += size  # "Shahpur sector area (Poonch district, J&K)": every type word, then the containers
        if _region_town_of(doc, c, pos, by_start):
            continue
        if pos + 1 < len(doc) and doc[pos].text == "," and doc.lowers[pos + 1] == "in":
            _loose_container(doc, c, pos + 1, by_start)  # "El Paraíso, in the municipality of Chilapa"
        elif pos < len(doc) and doc[pos].text in {"(", ","}:
            _strict_containers(doc, c, pos, by_start)
        else:
            _loose_container(doc, c, pos, by_start)
    for members in lists:
        last = members[-1]
        for m in members[:-1]:
            m.containers = list(last.containers)
            m.strict = last.strict
            for k in last.containers:
                k.contained.append(m)
    for start, seat in capitals.items():
        unit = by_start[start]
        seat.containers.append(unit)
        seat.strength = max(seat.strength, 2)  # its position says it is a place
        unit.contained.append(seat)
        unit.is_container = True


def _region_town_of(doc: _Doc, c: Candidate, pos: int, by_start: dict[int, Candidate]) -> bool:
    """ "the southern Kashmir town of Anantnag": the name after "town of" is the settlement, which the name
    before it contains (read as "X of Y", the town would contain the region and the region be the place).
    Only after "the" and compass words, and not before a unit word: "Khetolai village of Pokhran", "the
    Morghan Qichi village of Daman district" name the village first, inside the unit after "of"."""
    if pos == c.end or pos + 1 >= len(doc) or doc.lowers[pos] != "of":
        return False
    if doc.lowers[pos - 1] not in _region_town_words() or not _after_the(doc, c.start):
        return False
    town = by_start.get(pos + 1)
    if town is None or town is c or _type_after(doc, town.end)[1]:
        return False
    town.containers.append(c)
    c.contained.append(town)
    c.is_container = True
    return True


COMPASS_ADJECTIVE = re.compile(r"^(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?$")


def _after_the(doc: _Doc, start: int) -> bool:
    """Whether "the" comes right before the name, but for compass words ("the southern Kashmir")."""
    i = start - 1
    while i >= 0 and COMPASS_ADJECTIVE.match(doc.lowers[i]):
        i -= 1
    return i >= 0 and doc.lowers[i] == "the"


@cache
def _region_town_words() -> frozenset[str]:
    return frozenset(data_lines("region_town_words.txt"))


# "the capital of", "the provincial capital city of", "the state capital of": before a unit's name
CAPITAL_OF_BEFORE = re.compile(r"\bcapital(?:\s+(?:city|town))?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _capitals_named(
    doc: _Doc, cands: list[Candidate], by_start: dict[int, Candidate]
) -> dict[int, Candidate]:
    """ "the capital of Tigray, Mekelle": the name after the comma is the unit's capital, which the unit
    contains; read as "X, Y" it would make the capital the unit's container and the unit the place."""
    found: dict[int, Candidate] = {}
    for c in cands:
        before = doc.text[max(0, doc[c.start].idx - 40) : doc[c.start].idx]
        if c.end + 1 >= len(doc) or doc[c.end].text != "," or not CAPITAL_OF_BEFORE.search(before):
            continue
        seat = by_start.get(c.end + 1)
        if seat is not None and seat.key not in country_names().names:
            found[c.start] = seat
    return found


def _other_name(doc: _Doc, c: Candidate, by_start: dict[int, Candidate]) -> Candidate | None:
    """ "Nahri Sarah (Girishk) district": a name in parentheses between a name and its unit word is the unit's
    other name (often its centre town), not its container; it is marked as a place of its own."""
    other = by_start.get(c.end + 1) if c.end + 1 < len(doc) and doc[c.end].text == "(" else None
    if other is None or other.end >= len(doc) or doc[other.end].text != ")":
        return None
    if _type_after(doc, other.end + 1)[0] not in ("district", "region"):
        return None
    other.strength, other.cued = 2, True
    return other


POLICE_POSTS = frozenset({"station", "post", "outpost", "chowki"})


def _is_facility_word(doc: _Doc, i: int) -> int:
    """How many tokens of a facility word start at `i`: "X market", and "X police station", which names the
    station's area, not the police (alone, "Kabul police" is the force)."""
    if i + 1 < len(doc) and doc.lowers[i] == "police" and doc.lowers[i + 1] in POLICE_POSTS:
        return 2
    return int(i < len(doc) and doc.lowers[i] in FACILITY_WORDS)


def _enumerations(doc: _Doc, cands: list[Candidate], by_start: dict[int, Candidate]) -> list[list[Candidate]]:
    """Lists of places that share the containers written after the last one: "A, B and C (K, L)", "A and B
    in K district". Their members are not each other's containers (as "A, B" alone would make them)."""
    found: list[list[Candidate]] = []
    taken: set[int] = set()
    n = len(doc)
    for c in sorted(cands, key=lambda c: c.start):
        if c.start in taken:
            continue
        members, pos = [c], c.end
        while pos + 1 < n and doc[pos].text == "," and (nxt := by_start.get(pos + 1)) is not None:
            members.append(nxt)
            pos = nxt.end
        if not (pos + 1 < n and doc[pos].lower_ in {"and", "or"}):
            continue
        last = by_start.get(pos + 1)
        if last is None:
            continue
        after = last.end + _type_after(doc, last.end)[1]
        if after < n and (doc[after].text == "(" or doc[after].lower_ == "in"):
            found.append([*members, last])
            taken |= {m.start for m in members} | {last.start}
    return found


def _strict_containers(doc: _Doc, c: Candidate, pos: int, by_start: dict[int, Candidate]) -> None:
    in_paren = doc[pos].text == "("
    typed = in_paren and pos > c.end  # "Ramgarh police station (Kaimur, Bihar)"
    if in_paren and _is_byline(doc, pos + 1):
        return  # "BAGHDAD (AP) —": the agency that filed the story, not Andhra Pradesh
    pos += 1
    while pos < len(doc):
        nxt = by_start.get(pos) or _bare_candidate(doc, pos, by_start)
        if nxt is None or nxt is c:
            break
        if c.containers and not c.containers[-1].containers:
            c.containers[-1].containers.append(nxt)  # "X, Y, Z": Z also contains Y
            c.containers[-1].strict = True
            nxt.units_inside.append(c.containers[-1])
        c.containers.append(nxt)
        nxt.contained.append(c)
        nxt.is_container = True
        nxt.strength = max(nxt.strength, 2)  # its position says it is a place
        pos = nxt.end + _type_after(doc, nxt.end)[1]
        if pos < len(doc) and doc[pos].text == "," and (in_paren or len(c.containers) < 3):
            pos += 1
            continue
        break
    c.strict = bool(c.containers)
    if any(k.key in country_names().names for k in c.containers):
        c.strength = max(c.strength, 1)  # "GARISSA, Kenya -": a name written with its country is a place
    if c.containers and (typed or (c.start > 0 and doc[c.start - 1].text == "(")):
        # "Ramgarh police station (Kaimur, Bihar)", "the tribal region (At Taffah, Al Bayda)": a name written
        # with a type or facility word and its units in brackets, or opening a bracketed list of units, is a
        # place (not any name before brackets: an organisation's, a person's)
        c.strength = max(c.strength, 1)


def _is_byline(doc: _Doc, pos: int) -> bool:
    """A wire agency's name in parentheses followed by a dash: "(AP) —", "(Reuters) -"."""
    return (
        pos + 2 < len(doc)
        and doc[pos].text in _wire_agencies()
        and doc[pos + 1].text == ")"
        and doc[pos + 2].text in {"-", "—", "–", "--"}
    )


@cache
def _wire_agencies() -> frozenset[str]:
    return frozenset(date_words()["wire_agencies"])


def _loose_container(doc: _Doc, c: Candidate, pos: int, by_start: dict[int, Candidate]) -> None:
    if pos >= len(doc) or doc[pos].lower_ not in {"in", "of", "near"} or c.key in country_names().names:
        return  # "the system in Lebanon in Sidon": a country is not inside a town
    fillers = LOOSE_FILLERS | UNIT_FILLERS if doc[pos].lower_ == "in" else LOOSE_FILLERS
    pos += 1
    while pos < len(doc) and pos not in by_start and doc[pos].lower_ in fillers:
        pos += 1  # "near X in the east of Y"; but the compass word of "X in North Darfur" is Y's own
    nxt = by_start.get(pos)
    if nxt is not None and nxt is not c:
        c.containers.append(nxt)
        nxt.contained.append(c)
        nxt.is_container = True
        nxt.strength = max(nxt.strength, 1)


def _bare_candidate(doc: _Doc, pos: int, known: dict[int, Candidate]) -> Candidate | None:
    """A container the first pass skipped (e.g. "TN" in "(Tiruppur, TN)"): any capitalised run."""
    if pos >= len(doc) or not _is_cap(doc[pos]):
        return None
    end = pos + 1
    while end < len(doc):
        step = _run_step(doc, end) or (1 if doc[end].text == "&" else 0)
        if not step:
            break
        end += step
    end, level = _split_type_suffix(doc, pos, end)
    key = name_key(doc[pos:end].text)
    stopped = key in lexicon().stoplist and not _closing_compass_unit(doc, end, key)
    if not key or stopped or set(doc.lowers[pos:end]) & NOT_PLACE_WORDS:
        return None  # "the Ring Bridge, Police and Military forces": a list goes on, not a container
    cand = Candidate(
        pos, end, key, level_hint=level or _type_after(doc, end)[0], strength=2, is_container=True
    )
    known[pos] = cand
    return cand


def _noun_forms(key: str) -> tuple[str, ...]:
    """The names reports write for a unit GeoNames gives as an adjective (Russia's krais): "Krasnodarskiy"
    is written "Krasnodar", "Khabarovskiy" "Khabarovsk", "Primorskiy" "Primorsky"."""
    if not key.endswith("skiy") or " " in key or len(key) < 8:
        return ()
    return (key[: -len("skiy")], key[: -len("iy")], key[: -len("iy")] + "y")


SAINT_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sto": "santo", "sta": "santa"}
# First-level units named by a compass word alone (Sri Lanka's, Zambia's, Ghana's Western; Uganda's
# Eastern; Kenya's Central; Lebanon's North and South; Cameroon's East and West): stop words in running text
# ("western Ukraine"), unit names where ACLED closes its bracket with them ("Colombo (Colombo, Western)",
# "Tripoli (Tripoli, North)").
COMPASS_UNITS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"}
)


def _closing_compass_unit(doc: _Doc, end: int, key: str) -> bool:
    """Whether a compass adjective closes a bracket of units, as a first-level unit's name."""
    return key in COMPASS_UNITS and end < len(doc) and doc[end].text == ")"


def candidates(doc: _Doc) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Every run of the document that may name a place, containers attached; and all capitalised runs."""
    ner = {i for ent in doc.ents if ent.label_ in PLACE_LABELS for i in range(ent.start, ent.end)}
    runs = _capitalised_runs(doc)
    found = [c for s, e in runs if (c := _candidate(doc, s, e, ner)) is not None]
    known = {c.start: c for c in found}
    _attach_containers(doc, found)
    extra = {id(k): k for c in found for k in c.containers if known.get(k.start) is not k}
    return sorted(found + list(extra.values()), key=lambda c: c.start), runs
