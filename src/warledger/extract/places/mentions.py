"""Place mentions: the `Place` made of each resolved candidate, and the `warledger_places` spaCy component.

Builds the name shown to the reader (the written name, or the gazetteer's where the text misspells it), the
precision and point (a facility's settlement, a name the gazetteer lacks at its container's point), and the
roles the incident grouper reads (containers, datelines, facilities, parts of towns). Kept apart from the
resolver because naming and roles are about what the text says of a place, not which place it is.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import cast

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc
from unidecode import unidecode

from warledger.extract.gazetteer import ARTICLES as KEY_ARTICLES
from warledger.extract.gazetteer import (
    KIND_ADMIN_SHORT,
    KIND_PRIMARY,
    Entry,
    country_names,
    gazetteer,
    name_key,
)
from warledger.extract.mentions import Mention, add_mentions
from warledger.extract.models import Place, PlacePrecision
from warledger.extract.outlets import home_country
from warledger.extract.places.candidates import candidates
from warledger.extract.places.city_zones import zone_point
from warledger.extract.places.evidence import country_evidence, joint_name_country
from warledger.extract.places.front_lines import active_lines
from warledger.extract.places.resolution import KIND_MISSPELT, NEAR_SPELLING, Resolved, _resolve, resolve_all
from warledger.extract.places.runs import Candidate, _coded_to, _type_after
from warledger.extract.places.view import _Doc
from warledger.extract.places.words import FACILITY_WORDS, lexicon

# Facilities that monitors and coders place incidents at by their own names ("near Butovka-Donetskaya Mine",
# "the Donetsk Filtration Station"), even where no gazetteer has them.
FACILITY_NAMED_RE = re.compile(
    r"\b(?:mine|mines|airport|airfield|airbase|station|dam|quarry)$", re.IGNORECASE
)


def _place(doc: _Doc, r: Resolved, by_start: dict[int, Resolved], evidence: Counter[str]) -> Place | None:
    """The Place of a candidate, named as the text names it.

    Resolved: at its gazetteer entry. A facility ("Donetsk Filtration Station"): at the settlement its name
    contains. Otherwise at its container's point with the container's precision ("Hadba (Tripoli)"), or, if
    something marks it as a place, named without a point (the gazetteer does not know every village).
    """
    c = r.candidate
    text = doc[c.start : c.end].text
    if r.entry is not None:
        numbered = c.key.split()[-1].isdigit() and not name_key(r.entry.name).split()[-1].isdigit()
        geonames_id = None if numbered else r.entry.geonames_id  # "Zolote-5" is beside Zolote, not it
        return _at(_entry_name(text, r.entry), r.entry, c.qualifier, geonames_id)
    if c.is_container or c.strength == 0 or c.key in country_names().names:
        return None
    if c.facility:
        for k in c.containers:
            kr = by_start.get(k.start)
            if kr is not None and kr.entry is not None:
                return _at(text, kr.entry, c.qualifier, None)
        inner = _facility_settlement(doc, c, evidence)
        if inner is not None:
            return _at(text, inner, c.qualifier, None)
        if not (c.cued and FACILITY_NAMED_RE.search(text)):
            return None
        # "near Butovka-Donetskaya Mine": a named mine, station or airport the gazetteer lacks is still
        # the place the text gives, named without a point
        return Place(name=text, precision="city", qualifier=c.qualifier)
    for k in c.containers:
        kr = by_start.get(k.start)
        if kr is not None and kr.entry is not None:
            return _at(text, kr.entry, c.qualifier, None)
    if c.cued and any(t.text == "-" for t in doc.toks[c.start : c.end]):
        inner = _facility_settlement(doc, c, evidence)  # "Belgrade-Stari Grad": a quarter of Belgrade
        if inner is not None:
            return _at(text, inner, c.qualifier, None)
    # a cue marks it as a place; an "X of Y" whose Y is unknown too may be words of a title ("Collective
    # against Impunity and Stigmatisation of Communities"), which no point supports; an unknown name
    # before "hospital" names the hospital after a person ("at Ibn Sina hospital"), where the wounded
    # were taken rather than where anything happened
    if c.cued and len(c.key) >= 4 and not _names_a_hospital(doc, c):
        return Place(name=text, precision=_written_precision(c), qualifier=c.qualifier)
    return None


def _written_precision(c: Candidate) -> PlacePrecision:
    """How wide a name the gazetteer lacks is, from the word the text types it with: "Shabwa province" is a
    region, so a town the incident names inside it still says more (`incident_place`); else a town."""
    if c.level_hint == "region":
        return "region"
    return "district" if c.level_hint == "district" else "city"


HOSPITAL_WORDS = frozenset({"hospital", "clinic", "infirmary"})


def _names_a_hospital(doc: _Doc, c: Candidate) -> bool:
    """ "Ibn al-Nafis hospital", "Kenyatta clinic": the name is the hospital's own."""
    return c.end < len(doc) and doc.lowers[c.end] in HOSPITAL_WORDS


def _entry_name(text: str, entry: Entry) -> str:
    """The words of the text, or the gazetteer's full name when the text shortens it ("Acapulco" for
    Acapulco de Juarez) or drops its article ("Durayhimi" for Ad Durayhimi). Other gazetteer spellings
    were measured and lose: coders keep the report's spelling more often than not."""
    if entry.kind == KIND_MISSPELT and _consonants(name_key(text)) != _consonants(name_key(entry.name)):
        return unidecode(entry.name)  # "Patzuaro" is a slip for Patzcuaro: the coder writes the right name
    full = unidecode(entry.name).lower()
    written = unidecode(text).lower()
    if entry.level == "city" and full.startswith(written + " ") and full[len(written) + 1 :] != "town":
        return entry.name  # not "Buthidaung Town": GeoNames' "Town" is a type word, no part of the name
    words = unidecode(entry.name).split()
    if _drops_article(text, words) and entry.kind == KIND_PRIMARY and _names_a_unit(entry):
        return f"{words[0]} {text}"  # the name with its article: "Ad Durayhimi" for "Durayhimi"
    if text.isupper() and len(text) > 4 and name_key(text) == name_key(entry.name):
        return entry.name  # a wire dateline's capitals ("PESHAWAR, Pakistan -"): the name as it is written
    if text.isupper() and len(text) > 4:
        return _title_cased(
            text
        )  # "FALLUJA, Iraq -" for Al Fallujah: the report's spelling, not its capitals
    return text


# words a place name keeps in lower case inside it ("Mocimboa da Praia", "Rio de Janeiro")
NAME_PARTICLES = frozenset({"da", "de", "del", "do", "dos", "das", "la", "el", "al", "of", "and", "y", "e"})


def _title_cased(text: str) -> str:
    """A name written in capitals, in the case a report writes it in running text."""
    words = text.lower().split(" ")
    return " ".join(
        w if k and w in NAME_PARTICLES else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
        for k, w in enumerate(words)
    )


# letters transliterations write either way: the retroflex flap of Indian names ("Dantewada", "Dantewara"),
# and v or w ("Dewas", "Devas")
TRANSLITERATED_ALIKE = str.maketrans({"r": "d", "v": "w"})


def _consonants(key: str) -> str:
    """A key without its vowels: "keran wa menjan" and "kuran wa munjan" are one name transliterated twice."""
    return re.sub(r"[aeiouy ]", "", key).translate(TRANSLITERATED_ALIKE)


def _names_a_unit(entry: Entry) -> bool:
    """Whether the entry is a district or region, or a town sharing its name with one of its country's units
    ("Al Hudaydah", city and governorate, "Muhafazat al Hudaydah" without GeoNames' affix): unit names keep
    their article in coders' tables, while a town's name is as often written without it ("Ajaylat",
    "Darbasiyah")."""
    if entry.level != "city":
        return True
    return any(
        e.level != "city" and e.country == entry.country and e.kind in (KIND_PRIMARY, KIND_ADMIN_SHORT)
        for e in gazetteer().lookup(name_key(entry.name))
    )


def _drops_article(text: str, words: list[str]) -> bool:
    """Whether `text` is the name `words` without its leading article."""
    return (
        len(words) > 1
        and words[0].lower() in KEY_ARTICLES
        and " ".join(words[1:]).lower() == unidecode(text).lower()
    )


def _only_country(key: str) -> str | None:
    """The one country whose places have this name or a close spelling, if only one has (a hint, not a
    point). Sharing consonants is not enough: "Tsrancha" is no spelling of Sea Ranch, California."""
    close = tuple(
        e for e in gazetteer().lookup_skeleton(key) if fuzz.ratio(key, name_key(e.name)) >= NEAR_SPELLING
    )
    found = {e.country for e in gazetteer().lookup(key) + close}
    return found.pop() if len(found) == 1 else None


def _at(name: str, e: Entry, qualifier: str | None, geonames_id: int | None) -> Place:
    lat, lon = zone_point(e, qualifier) or (e.lat, e.lon)  # "the West Zone of Rio de Janeiro"
    return Place(
        name=name,
        country=e.country,
        lat=lat,
        lon=lon,
        geonames_id=geonames_id,
        precision=cast(PlacePrecision, e.level),
        qualifier=qualifier,
    )


def _facility_settlement(doc: _Doc, c: Candidate, evidence: Counter[str]) -> Entry | None:
    """The settlement a facility's name starts with: "Donetsk" in "Donetsk Airport"."""
    words = [t for t in doc[c.start : c.end]]
    for size in range(len(words) - 1, 0, -1):
        part = doc[c.start : c.start + size]
        if part[-1].lower_ in FACILITY_WORDS:
            continue
        sub = Candidate(part.start, part.end, name_key(part.text), strength=1)
        if len(sub.key) < 4 or sub.key in lexicon().stoplist:
            continue
        found = _resolve(doc, sub, evidence, [], {})
        if found.entry is not None and (not evidence or evidence.get(found.entry.country)):
            return found.entry
    return None


def place_mentions(doc: Doc) -> tuple[list[Mention], dict[int, str]]:
    """Place and country mentions of `doc` in text order, and the role of some place mentions by start offset:
    "container" (the Y of "X (Y)", "X in Y") or "facility" (a square, a road, a base)."""
    view = _Doc(doc)
    cands, runs = candidates(view)
    evidence, country_mentions = country_evidence(view, cands, runs)
    if not evidence:
        evidence.joint = joint_name_country(cands)
    evidence.home = home_country(doc)
    evidence.fronts = active_lines(view.text, doc._.published)
    doc._.place_countries = dict(evidence)
    resolved = resolve_all(view, cands, evidence)
    by_start = {r.candidate.start: r for r in resolved}
    out: list[Mention] = list(country_mentions)
    roles: dict[int, str] = {}
    parents: dict[int, int] = {}
    units: dict[int, tuple[str, str]] = {}
    facility_containers = {k.start for r in resolved if r.candidate.facility for k in r.candidate.containers}
    countries = country_names().names
    places = {
        r.candidate.start: place
        for r in resolved
        if r.candidate.key not in countries
        and not _clock_zone(view, r.candidate)
        and (place := _place(view, r, by_start, evidence)) is not None
    }
    places.update(_unknown_containers(view, resolved, places))
    for r in resolved:
        place = places.get(r.candidate.start)
        if place is not None:
            span = view[r.candidate.start : r.candidate.end]
            out.append(Mention("place", span.start_char, span.end_char, span.text, place))
            c = r.candidate
            if (
                c.is_container
                and not (c.start in facility_containers and all(h.facility for h in c.contained))
                and (not c.contained or any(h.start in places for h in c.contained))
            ):  # "the al Alam square in Tyr": Tyr contains no place of the text, so it is the place
                roles[span.start_char] = "container"
            elif c.facility:
                roles[span.start_char] = "facility"
            elif r.entry is None:
                roles[span.start_char] = "derived"
            unit = r.entry or _container_entry(c, by_start)
            if unit is not None:  # a village the gazetteer lacks lies in the unit of its container
                units[span.start_char] = (unit.country, unit.admin1)
            if _is_dateline(view, c):
                roles[span.start_char] = "dateline"
            if _coded_to(view, c.start):
                roles[span.start_char] = "coded"
            parent = _settlement_of(c, by_start, view) or _possessed_by_town(view, c, resolved)
            if parent is not None:
                parents[span.start_char] = view[parent.start : parent.end].start_char
    doc._.place_parents = parents
    doc._.place_units = units
    return sorted(out, key=lambda m: m.start), roles


# "at about 2300 Moscow time", "0600 Kabul time": a clock's time zone, named after a capital, is no place of
# the event (monitored and translated reports give times so)
CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]?\d{2}\s*(?:hours?\s+|hrs\s+)?$", re.IGNORECASE)
ZONE_AFTER = re.compile(r"^\s*time\b", re.IGNORECASE)


def _clock_zone(view: _Doc, c: Candidate) -> bool:
    """Whether a candidate names the time zone of a clock time ("2300 Moscow time"), not a place."""
    span = view[c.start : c.end]
    text = view.text
    return bool(
        ZONE_AFTER.match(text[span.end_char : span.end_char + 12])
        and CLOCK_BEFORE.search(text[max(0, span.start_char - 20) : span.start_char])
    )


LOCATIVE_LINKS = frozenset({"in", "near", "at", "outside", "inside"})


def _unknown_containers(doc: _Doc, resolved: list[Resolved], places: dict[int, Place]) -> dict[int, Place]:
    """Unknown towns written only as where other unknown things lie ("blocked the Sa'a roundabout in el
    Mina"): the town is then the most specific place the text gives, so it is named, without a point."""
    countries = country_names().names
    return {
        c.start: Place(name=doc[c.start : c.end].text, precision="city", qualifier=c.qualifier)
        for r in resolved
        if r.entry is None
        and (c := r.candidate).is_container
        and c.contained
        and c.strength > 0
        and len(c.key) >= 4
        and c.key not in countries
        and c.start not in places
        and c.start > 0
        and doc.lowers[c.start - 1] in LOCATIVE_LINKS  # not "Forum against Marginalisation of Minorities"
        and not any(h.start in places for h in c.contained)
    }


def _container_entry(c: Candidate, by_start: dict[int, Resolved]) -> Entry | None:
    """The first resolved container of `c` ("Jamui" of "Barhat forest area (Jamui, Bihar)")."""
    for k in c.containers:
        kr = by_start.get(k.start)
        if kr is not None and kr.entry is not None:
            return kr.entry
    return None


# What follows the town of a dated dateline written in title case: ", April 20, 2000) -" (a rights group's
# press release opens "(Moscow, April 20, 2000) -"), ", September 10:", ", 3 May (AFP) -".
DATED_DATELINE_TAIL = re.compile(
    r"(?:,\s*[A-Z][A-Za-z.' ]{1,30})?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+\d{4})?\s*\)?\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|[-—–:])"
)


def _is_dateline(doc: _Doc, c: Candidate) -> bool:
    """ "KABUL (Reuters) -", "ALEPPO, Syria —": where the story was filed, not where it happened; in title
    case only with its filing date after it ("(Beirut, May 3, 2015) -", "Imphal, September 10:"), since a
    title-case town opening a line is as often a sentence's subject."""
    before = doc[c.start - 1].text if c.start > 0 else ""
    prior = doc[c.start - 2].text if c.start > 1 else ""
    opened = before == "(" and (c.start == 1 or prior.strip() == "" or "\n" in prior)
    at_line_start = c.start == 0 or "\n" in before or before.strip() == ""
    capitals = all(t.is_upper or not t.is_alpha for t in doc.toks[c.start : c.end])
    nxt = doc[c.end].text if c.end < len(doc) else ""
    if at_line_start and capitals and nxt in {"(", "-", "—", "–", ","}:
        return True
    if not (at_line_start or opened) or c.end >= len(doc):
        return False
    tail = doc.text[doc[c.end].idx : doc[c.end].idx + 60]
    return DATED_DATELINE_TAIL.match(tail) is not None


# a container written with a unit's type word after it ("Pokrovskyi raion", "Maru LGA") is a unit, not a
# town, even when the gazetteer resolves its name to the unit's seat (Pokrovsk)
UNIT_LEVELS = frozenset({"district", "region"})


def _typed_as_unit(view: _Doc, k: Candidate) -> bool:
    """Whether a unit's type word follows the name ("Pokrovskyi raion", "Maru LGA"); not one before it
    ("the Bondhere district of Mogadishu" types Bondhere, and Mogadishu stays the town)."""
    return _type_after(view, k.end)[0] in UNIT_LEVELS


def _settlement_of(c: Candidate, by_start: dict[int, Resolved], view: _Doc) -> Candidate | None:
    """The place an "X area of Y city", "X in Y" is part of: Y, if Y resolved (`_settlement` decides)."""
    if c.is_container:
        return None
    if c.strict:
        return _town_of_comma_chain(c, by_start, view)
    own = by_start.get(c.start)
    for k in c.containers:
        kr = by_start.get(k.start)
        if kr is None or kr.entry is None:
            continue
        if own is not None and own.entry is not None and _typed_as_unit(view, k):
            continue  # "Selydove town of Pokrovskyi raion": a known town in a unit named for its seat
        if kr.entry.level == "city" or c.level_hint != "district":
            return k  # but "Keran wa Menjan district of Badakhshan" is a district of its own
    return None


def _town_of_comma_chain(c: Candidate, by_start: dict[int, Resolved], view: _Doc) -> Candidate | None:
    """The town of "in La Concordia parish, San Cristobal, Tachira state", "in Caracoli, Malambo, Atlantico
    department": a name the gazetteer lacks, written before a known town that the chain then puts in its
    province, is a part of that town (a parish, a quarter, a hamlet of its municipality), which coders code as
    the town. Not a name the text calls a village or town (a settlement of its own), and only in a comma
    chain of three: in brackets ("Menakuru village (Nellore, AP)") the units follow a village coders often
    know, and "X, Y" alone may be a list."""
    own = by_start.get(c.start)
    if own is None or not c.containers or c.level_hint == "city":
        return None  # "Bhikhampur village, Bilslanda, Pilibhit": a village is a settlement of its own
    if own.entry is not None and c.level_hint != "point":
        return None  # a known name is a part of the town only when the text says so ("Barangay Basak, ...")
    town = c.containers[0]
    tr = by_start.get(town.start)
    if tr is None or tr.entry is None or tr.entry.level != "city" or town.level_hint is not None:
        return None
    if town.start < 1 or view[town.start - 1].text != "," or not town.containers:
        return None
    unit = by_start.get(town.containers[0].start)
    if unit is None or unit.entry is None or unit.entry.level == "city":
        return None
    return town


# "the city's northern Saltivskyi district", "the capital's Mayo neighbourhood": a part of the town the
# report has just named, written with a possessive that refers back to it.
TOWN_POSSESSIVE_BEFORE = re.compile(r"\b(?:city|town|capital)['’]s\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)


def _possessed_by_town(view: _Doc, c: Candidate, resolved: list[Resolved]) -> Candidate | None:
    """The town a "the city's X district" is part of: the nearest town named before it (`_settlement`
    keeps X when it lies beyond the town's reach)."""
    start_char = view[c.start : c.end].start_char
    if c.is_container or not TOWN_POSSESSIVE_BEFORE.search(view.text, max(0, start_char - 60), start_char):
        return None
    towns = [
        r.candidate for r in resolved if r.candidate.start < c.start and r.entry and r.entry.level == "city"
    ]
    return towns[-1] if towns else None


@Language.factory("warledger_places", default_config={})
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """spaCy factory: `nlp.add_pipe("warledger_places")` after "ner"."""
    return PlacesComponent()


class PlacesComponent:
    """Adds `place` and `country` mentions to `doc._.mentions` (and marks container places)."""

    def __call__(self, doc: Doc) -> Doc:
        found, roles = place_mentions(doc)
        add_mentions(doc, found)
        doc._.place_roles = roles
        return doc


for _ext in ("place_roles", "place_countries", "place_parents", "place_units"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
