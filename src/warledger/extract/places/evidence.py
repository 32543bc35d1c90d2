"""Country evidence: which countries the document's words point to, as votes (`Evidence`).

Votes come from cue words (data/places/country_cues.csv), country names and demonyms, first-level unit names,
the country most of the names share (`joint_name_country`), the country of a road's two ends, and the outlet's
home country. Kept apart because the resolver weighs every reading against these votes but computes them once
per document, before any name is resolved.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from warledger.extract.gazetteer import (
    KIND_ALTERNATE,
    Entry,
    country_names,
    data_rows,
    gazetteer,
    name_key,
)
from warledger.extract.mentions import Mention
from warledger.extract.places.candidates import _is_byline
from warledger.extract.places.front_lines import FrontLine
from warledger.extract.places.runs import (
    Candidate,
    _a_persons_name,
    _addressed_as_government,
    _country_name_start,
    _is_cap,
    _names_a_people,
    _speaking_as_government,
)
from warledger.extract.places.view import _Doc
from warledger.extract.places.words import WAY_WORDS, lexicon

COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest"}
)

CURRENCY_WORDS = frozenset(
    {"dollar", "dollars", "pound", "pounds", "euro", "euros", "rupee", "rupees", "dinar"}
)


class Evidence(Counter[str]):
    """Votes for countries (alpha-2 -> weight), with votes for first-level units beside them."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: Counter[tuple[str, str]] = Counter()
        self.joint: str | None = None  # the country most of the names share, when nothing else says
        self.home: str | None = None  # the home country of the report's outlet (outlets.py)
        self.fronts: tuple[FrontLine, ...] = ()  # the lines of contact the report is about (front_lines.py)


@cache
def _cues() -> dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]]:
    """Country cues by their first word: [(words, alpha2, admin1 names)]."""
    out: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = {}
    for row in data_rows("country_cues.csv"):
        words = tuple(row["cue"].lower().replace("-", " - ").replace("'s", " 's").split())
        admins = tuple(filter(None, (row.get("admin1") or "").split("|")))
        out.setdefault(words[0], []).append((words, row["alpha2"], admins))
    return out


def _cue_votes(doc: _Doc) -> Evidence:
    votes = Evidence()
    cues = _cues()
    lowers = doc.lowers
    said: set[tuple[str, ...]] = set()
    for i, low in enumerate(lowers):
        for words, code, admins in cues.get(low, ()):
            if words not in said and tuple(lowers[i : i + len(words)]) == words:
                said.add(words)  # "suspected Maoists ... the Maoists launched": one cue, said twice
                votes[code] += 1
                for admin1 in admins:
                    votes.regions[(code, admin1)] += 1
    return votes


# "French-speaking teachers", "the English-language press", "Arabic speakers": a language, not a
# country's people
LANGUAGE_AFTER = re.compile(r"^(?:-|\s)(?:speaking|speakers?|language|medium)\b", re.IGNORECASE)


def _names_a_language(doc: _Doc, i: int) -> bool:
    """Whether the word at token i names a language ("French-speaking teachers" in Bamenda say nothing of
    France)."""
    tok = doc.toks[i]
    end = tok.idx + len(tok.text)
    return LANGUAGE_AFTER.match(doc.text[end : end + 12]) is not None


def _demonym_at(doc: _Doc, i: int, demonyms: dict[str, str]) -> str | None:
    """The country of a demonym starting at token i: one word ("Syrian") or two ("South African", "Sri
    Lankan": the second word alone names another people or none)."""
    tok = doc.toks[i]
    if i + 1 < len(doc.toks) and (doc.toks[i + 1].is_title or doc.toks[i + 1].is_upper):
        pair = demonyms.get(name_key(f"{tok.text} {doc.toks[i + 1].text}"))
        if pair:
            return pair
    return demonyms.get(tok.lower_) or demonyms.get(name_key(tok.text))


def _qualifies_a_people(doc: _Doc, i: int) -> bool:
    """Whether the word at token i follows a people's own name inside the sentence ("a town of Cakchiquel
    Indian farmers", "Kekchi Indian villagers"): the demonym then says what kind of people they are (here the
    Americas' Indians), not which country the text is about, which made a Guatemalan town's report Indian. The
    name before it is no demonym, country or place the gazetteer knows."""
    if i == 0 or doc.toks[i - 1].is_sent_start or not doc.toks[i - 1].is_title:
        return False
    names = country_names()
    prev = name_key(doc.toks[i - 1].text)
    return (
        prev not in names.demonyms
        and prev not in names.names
        and not _demonym_at(doc, i - 1, names.demonyms)
        and not gazetteer().lookup(prev)
    )


def country_evidence(
    doc: _Doc, cands: list[Candidate], runs: list[tuple[int, int]]
) -> tuple[Evidence, list[Mention]]:
    """Countries the document points to and its country mentions.

    Country names weigh 3, first-level names 2 (also inside organisation names: "Luhansk People's Militia"),
    demonyms and cue names 1.
    """
    names = country_names()
    votes = _cue_votes(doc)
    mentions: list[Mention] = []
    for c in cands:
        if c.key in names.names:
            if c.is_container and _region_entries(c.key):
                continue  # "Kagara (Rafi LGA, Niger)": Niger the state, as likely as Niger the country
            if c.end < len(doc) and doc[c.end].lower_ in CURRENCY_WORDS:
                continue  # "the US dollar exchange rate" says nothing about where
            start = _country_name_start(doc, c.start, c.end)
            text = doc[start : c.end]
            country = names.names[name_key(text.text)]
            votes[country] += 3
            mentions.append(Mention("country", text.start_char, text.end_char, text.text, country))
    demonymed: set[str] = set()
    for i, tok in enumerate(doc.toks):
        if (
            (tok.is_title or tok.is_upper)
            and not _names_a_language(doc, i)
            and not _qualifies_a_people(doc, i)
        ):
            code = _demonym_at(doc, i, names.demonyms)
            if code and code not in demonymed:
                demonymed.add(code)  # "a Palestinian ... the Palestinian attacker": one cue, said twice
                votes[code] += 1
    for start, end in runs:  # "Nepal rebels", "Congo militias": a country's name used as a demonym
        code = names.names.get(name_key(doc[start:end].text)) if _names_a_people(doc, start, end) else None
        if code and code not in demonymed:
            demonymed.add(code)
            votes[code] += 1
    seen: set[str] = set()
    for c in cands:
        # "Zulia state", "Kandahar province": the unit word says which reading, whatever towns elsewhere
        # share the name; the unit's country counts as for an unambiguous first-level name
        regions = _region_entries(c.key) if c.level_hint == "region" and c.key not in names.names else ()
        if len({e.country for e in regions}) == 1 and c.key not in seen:
            seen.add(c.key)
            votes[regions[0].country] += 2
            for e in regions:
                votes.regions[(e.country, e.admin1)] += 1
    for start, end in runs:
        if start > 0 and doc[start - 1].text == "(" and _is_byline(doc, start):
            continue
        if _addressed_as_government(doc, start, end) or _speaking_as_government(doc, start, end):
            continue  # "called on Moscow to", "what Tehran called": the government, no unit the events lie in
        # "Vladimir Kalamanov": a man; his first name is no oblast (the whole run may still name a unit)
        keys = (
            {name_key(doc[start:end].text)}
            if _a_persons_name(doc, start, end)
            else _run_keys(doc, start, end)
        )
        for key in keys:
            if key in seen or key in names.names:
                continue
            seen.add(key)
            code = _region_country(key)
            if code:
                votes[code] += 2
                for e in _region_entries(key):
                    votes.regions[(e.country, e.admin1)] += 1
    road = _road_country(doc, runs)
    if road:
        votes[road] += 1
    return votes, mentions


ROAD_END_MIN_POPULATION = 1000


def _road_country(doc: _Doc, runs: list[tuple[int, int]]) -> str | None:
    """The country of the towns a road is named after ("the Sidon-Tyr highway", "the Khulna-Jessore
    highway"): the road is not one place (see `_names_a_way`), but its two ends say where the report is,
    when every end the gazetteer knows points to one country. Weighs as a demonym."""
    found: set[str] = set()
    for start, end in runs:
        if end >= len(doc) or doc.lowers[end] not in WAY_WORDS or "-" not in doc.lowers[start:end]:
            continue
        parts = " ".join(doc.lowers[start:end]).split(" - ")
        found |= {code for part in parts if (code := _town_country(name_key(part)))}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def _town_country(key: str) -> str | None:
    """The country of the town this key names, if its biggest namesake outweighs every namesake in
    another country tenfold (Sidon is Lebanese; Sidon, Mississippi is a village)."""
    towns = [e for e in gazetteer().lookup(key) if e.level == "city"] if key else []
    if not towns:
        return None
    best = max(towns, key=lambda e: e.population)
    rivals = max((e.population for e in towns if e.country != best.country), default=0)
    ok = best.population >= ROAD_END_MIN_POPULATION and rivals * 10 <= best.population
    return best.country if ok else None


def joint_name_country(cands: list[Candidate]) -> str | None:
    """With no other country evidence: the country in which most of the note's distinct names exist.

    Each distinct candidate name that something marks as a place (strength 1 or more: "Banks" at the start
    of a sentence does not vote) votes once for every country having a place of that name; a country
    that at least two names share, strictly ahead of every other, is returned ("Tripoli ... Gemmayze":
    both are Lebanese, only one is Libyan) and its places get JOINT_BONUS when scored, so several names
    decide jointly where population alone would pick the biggest namesake. A tie-breaker, not evidence:
    it never penalises other countries.
    """
    stop = lexicon().stoplist
    tally: Counter[str] = Counter()
    spreads: list[set[str]] = []
    for key in {c.key for c in cands if c.key and c.key not in stop and c.strength >= 1}:
        countries = {e.country for e in gazetteer().lookup(key) if e.kind != KIND_ALTERNATE}
        tally.update(countries)
        spreads.append(countries)
    ranked = tally.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    code = ranked[0][0]
    if not any(code in countries and len(countries) > 1 for countries in spreads):
        return None  # no name is ambiguous between the winner and elsewhere: nothing to decide
    return code


@lru_cache(maxsize=65536)
def _region_country(key: str) -> str | None:
    """The country of a first-level name, if only one country has it and no bigger place elsewhere does."""
    regions = _region_entries(key)
    if len({e.country for e in regions}) != 1 or _only_compass(key):
        return None  # "South-West" is Cameroon's only by the gazetteer's chance: Somalia has one too
    code = regions[0].country
    here = max(
        (e.population for e in gazetteer().lookup(key) if e.country == code and e.level == "city"), default=0
    )
    elsewhere = max(
        (e.population for e in gazetteer().lookup(key) if e.country != code and e.kind != KIND_ALTERNATE),
        default=0,
    )
    return code if elsewhere * 10 <= max(here, 1) or elsewhere == 0 else None


def _run_keys(doc: _Doc, start: int, end: int) -> set[str]:
    """The whole run's key and each capitalised word's, for evidence."""
    keys = {name_key(doc[start:end].text)}
    if end - start > 1:
        keys |= {name_key(t.text) for t in doc[start:end] if len(t.text) > 3 and _is_cap(t)}
    stop = lexicon().stoplist
    return {k for k in keys if k and k not in stop}


def _foreign_district(entry: Entry, regions: Counter[tuple[str, str]]) -> bool:
    """A district (a municipality, a second-level unit) in a country none of the document's first-level
    units lie in ("the Catatumbo region" in a report on Norte de Santander, Colombia, is not a Venezuelan
    municipality of that name): a unit is named for where it lies, and the text names none of that country."""
    return entry.level == "district" and all(country != entry.country for country, _ in regions)


@lru_cache(maxsize=65536)
def _region_entries(key: str) -> tuple[Entry, ...]:
    """First-level units with this key, by their gazetteer name or an alias of ours."""
    found = list(gazetteer().regions(key))
    for cc, admin1 in country_names().admin_aliases.get(key, ()):
        entry = gazetteer().admin1_entry(cc, admin1)
        if entry is not None:
            found.append(entry)
    return tuple(found)


def _only_compass(key: str) -> bool:
    return all(w in COMPASS_WORDS for w in key.split())
