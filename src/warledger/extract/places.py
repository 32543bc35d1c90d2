"""The `warledger_places` spaCy component: places named in a report, resolved offline to GeoNames entries.

Why rules and a gazetteer rather than NER alone: the small English model labels unfamiliar village names as
PERSON or ORG as often as GPE, so candidates are capitalised runs of tokens that something marks as a place
(an NER place label, a locative preposition such as "in/near/west of", a place-type word such as "village" or
"district", or a position as the container of another place: "X (Y, Z)", "X, Y"). Each candidate is looked up
in the gazetteer (O(1) indexed keys, see gazetteer.py) and disambiguated by the document's country evidence
(country names, demonyms, first-level names), by the containers written beside it, by the level a type word
asks for, by nearby places, then by population. Qualifiers ("west of", "eastern", "near") stay on the Place.
A name the gazetteer lacks but whose container it knows ("Hadba (Tripoli)") keeps its own name at the
container's point and precision, so the reader sees both the words and how precise the point is.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from warledger.extract.gazetteer import (
    KIND_ALTERNATE,
    Entry,
    country_names,
    data_lines,
    data_rows,
    gazetteer,
    km,
    name_key,
    short_admin_key,
)
from warledger.extract.mentions import Mention, add_mentions, mentions_of
from warledger.extract.models import Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words that put a place after them ("in Aleppo", "near Petrivske", "shelled Ftireh").
LOCATIVE = frozenset({
    "in", "at", "near", "of", "from", "to", "around", "outside", "towards", "toward", "into", "inside", "within",
    "between", "across", "via", "through", "along", "across", "nearby", "and", "entering", "reached", "entered",
})
STRONG_LOCATIVE = frozenset({"in", "at", "near", "around", "outside", "inside", "towards", "toward", "into"})
# Lower-case words allowed inside a capitalised name: "Jacona de Plancarte", "Ras al Ain", "Deir ez-Zor".
PARTICLES = frozenset({
    "al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ez", "es", "ed", "ibn", "bin", "bani", "beni", "abu",
    "de", "del", "da", "do", "dos", "das", "la", "las", "los", "le", "les", "di", "du", "van", "von", "-", "e", "y",
    "i", "sur", "upon", "am",
})
# Words that make a capitalised run an organisation or a person's title, not a place.
NOT_PLACE_WORDS = frozenset({
    "forces", "force", "army", "militia", "militias", "police", "brigade", "brigades", "battalion", "regiment",
    "division", "resistance", "party", "council", "people", "peoples", "movement", "front", "group", "union",
    "committee", "ministry", "government", "president", "minister", "governor", "university", "company",
    "corporation", "association", "federation", "organization", "organisation", "agency", "news", "times",
    "coalition", "alliance", "guard", "guards", "command", "republic", "state", "emirate", "caliphate",
    "militants", "rebels", "mr", "mrs", "ms", "dr", "general", "colonel", "commander", "court", "tribe", "clan",
    "sheikh", "imam", "gang", "cartel", "network", "authority", "authorities", "service", "services",
})
# Facility words: the run names a place inside a settlement; its settlement is the place we resolve.
FACILITY_WORDS = frozenset({
    "square", "street", "road", "avenue", "bridge", "hospital", "school", "mosque", "church", "market", "bazar",
    "bazaar", "station", "base", "airport", "checkpoint", "office", "prison", "jail", "stadium", "park", "hotel",
    "junction", "roundabout", "crossing", "port", "highway", "building", "complex", "camp", "colonia", "barangay",
    "neighborhood", "neighbourhood", "hill", "hills", "mountain", "mountains", "forest", "frontline", "front",
})
PRECISION_RANK = {"point": 4, "city": 3, "district": 2, "region": 1, "country": 0}
MIN_SCORE = 1.0


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class PlaceLexicon:
    """The data files this component reads, parsed once."""

    qualifiers: tuple[tuple[str, ...], ...]  # token tuples, longest first
    types_after: dict[tuple[str, ...], str]
    types_before: dict[tuple[str, ...], str]
    stoplist: frozenset[str]


@cache
def lexicon() -> PlaceLexicon:
    """Qualifiers, place-type words and the stoplist from data/places/."""
    quals = sorted({tuple(q.lower().replace("-", " - ").split()) for q in data_lines("qualifiers.txt")},
                   key=len, reverse=True)
    after: dict[tuple[str, ...], str] = {}
    before: dict[tuple[str, ...], str] = {}
    for row in data_rows("place_types.csv"):
        words = tuple(row["word"].lower().replace("-", " - ").split())
        (after if row["position"] == "after" else before)[words] = row["level"]
    stop = frozenset(name_key(w) for w in data_lines("stoplist.txt"))
    return PlaceLexicon(tuple(quals), after, before, stop)


# ---------------------------------------------------------------- candidates


@dataclass
class Candidate:
    """A run of tokens that may name a place, with what its context says about it."""

    start: int  # token index
    end: int
    key: str
    level_hint: str | None = None
    strength: int = 1  # 2: something marks it as a place; 1: only a preposition or position does
    qualifier: str | None = None
    containers: list[Candidate] = field(default_factory=list)
    is_container: bool = False
    facility: bool = False


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or (t[0].isdigit() is False and t[:1] in "'’" and t[1:2].isupper()))


def _capitalised_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, with particles and attached hyphens inside them."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not _is_cap(doc[i]) or doc[i].is_punct or doc[i].like_num:
            i += 1
            continue
        j = i + 1
        while j < n:
            tok = doc[j]
            if _is_cap(tok) and not tok.is_punct and not tok.like_num:
                j += 1
            elif (tok.lower_ in PARTICLES and j + 1 < n and (_is_cap(doc[j + 1]) or doc[j + 1].text == "-")
                  and (tok.text != "-" or not doc[j - 1].whitespace_)):
                j += 1
            elif tok.text == "-" and not doc[j - 1].whitespace_ and j + 1 < n and doc[j + 1].lower_ in PARTICLES:
                j += 1
            else:
                break
        while j > i and (doc[j - 1].lower_ in PARTICLES):
            j -= 1
        runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _trim_run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading stop words ("The", "On") and trailing possessives from a run."""
    while start < end and doc[start].is_stop:
        start += 1
    while end > start and doc[end - 1].text in {"'s", "’s", "'"}:
        end -= 1
    return start, end


def _words_before(doc: Doc, i: int, count: int) -> tuple[str, ...]:
    lo = max(doc[i].sent.start if doc.has_annotation("SENT_START") else 0, i - count)
    return tuple(t.lower_ for t in doc[lo:i])


def _qualifier_before(doc: Doc, i: int) -> str | None:
    """The longest qualifier phrase that ends just before token `i`, chained once ("southern countryside of")."""
    lex = lexicon()
    found: list[str] = []
    pos = i
    for _ in range(2):
        while pos > 0 and doc[pos - 1].lower_ in {"the", "a"}:
            pos -= 1
        for q in lex.qualifiers:
            if pos - len(q) >= 0 and tuple(t.lower_ for t in doc[pos - len(q):pos]) == q:
                found.insert(0, doc[pos - len(q):pos].text)
                pos -= len(q)
                break
        else:
            break
    return " ".join(found) if found else None


def _type_after(doc: Doc, end: int) -> tuple[str | None, int]:
    """A place-type word right after a run ("Haifa city", "Biu LGA"): its level and how many tokens."""
    lex = lexicon()
    for size in (3, 2, 1):
        words = tuple(t.lower_ for t in doc[end:end + size])
        if len(words) == size and words in lex.types_after:
            return lex.types_after[words], size
    return None, 0


def _type_before(doc: Doc, start: int) -> str | None:
    lex = lexicon()
    for size in (2, 3):
        words = _words_before(doc, start, size)
        if len(words) == size and words in lex.types_before:
            return lex.types_before[words]
    return None


def _split_type_suffix(doc: Doc, start: int, end: int) -> tuple[int, str | None]:
    """A capitalised type word inside the run ("Karen State", "Mutraw District"): cut it off."""
    lex = lexicon()
    for size in (2, 1):
        if end - size > start:
            words = tuple(t.lower_ for t in doc[end - size:end])
            if words in lex.types_after:
                return end - size, lex.types_after[words]
    return end, None


def _candidate(doc: Doc, start: int, end: int, ner: set[int]) -> Candidate | None:
    start, end = _trim_run(doc, start, end)
    if start >= end:
        return None
    lowers = {t.lower_ for t in doc[start:end]}
    if lowers & NOT_PLACE_WORDS:
        return None
    cut, inner_level = _split_type_suffix(doc, start, end)
    level, _ = _type_after(doc, end)
    level = inner_level or level or _type_before(doc, start)
    facility = bool(lowers & FACILITY_WORDS)
    key = name_key(doc[start:cut].text)
    if not key or key in lexicon().stoplist:
        return None
    prev = doc[start - 1].lower_ if start > 0 else ""
    strength = 1
    if level or any(i in ner for i in range(start, end)):
        strength = 2
    elif prev in STRONG_LOCATIVE:
        strength = 2
    elif prev not in LOCATIVE and _qualifier_before(doc, start) is None and not _after_verb(doc, start):
        return None
    return Candidate(start, cut, key, level, strength, _qualifier_before(doc, start), facility=facility)


def _after_verb(doc: Doc, start: int) -> bool:
    """A run that is the object of a verb ("shelled Ftireh") may be a place; checked against the gazetteer."""
    return start > 0 and doc[start - 1].pos_ == "VERB" and doc[start - 1].lower_.endswith("ed")


def _attach_containers(doc: Doc, cands: list[Candidate]) -> None:
    """Mark "X (Y, Z)" and "X, Y" structures: Y and Z contain X."""
    by_start = {c.start: c for c in cands}
    for c in cands:
        if c.is_container:
            continue
        pos = c.end
        level, size = _type_after(doc, pos)
        pos += size
        in_paren = pos < len(doc) and doc[pos].text == "("
        if not in_paren and not (pos < len(doc) and doc[pos].text == ","):
            continue
        pos += 1
        while pos < len(doc):
            nxt = by_start.get(pos) or _bare_candidate(doc, pos, by_start)
            if nxt is None:
                break
            c.containers.append(nxt)
            nxt.is_container = True
            pos = nxt.end
            _, size = _type_after(doc, pos)
            pos += size
            if pos < len(doc) and doc[pos].text == "," and (in_paren or len(c.containers) < 3):
                pos += 1
                continue
            break


def _bare_candidate(doc: Doc, pos: int, known: dict[int, Candidate]) -> Candidate | None:
    """A container the first pass skipped (e.g. "TN" in "(Tiruppur, TN)"): any capitalised run."""
    if pos >= len(doc) or not _is_cap(doc[pos]):
        return None
    end = pos + 1
    while end < len(doc) and (_is_cap(doc[end]) or doc[end].text == "&") and not doc[end].is_punct:
        end += 1
    key = name_key(doc[pos:end].text)
    if not key:
        return None
    cand = Candidate(pos, end, key, strength=2, is_container=True)
    known[pos] = cand
    return cand


def candidates(doc: Doc) -> list[Candidate]:
    """Every run of the document that may name a place, containers attached."""
    ner = {i for ent in doc.ents if ent.label_ in PLACE_LABELS for i in range(ent.start, ent.end)}
    found = [c for s, e in _capitalised_runs(doc) if (c := _candidate(doc, s, e, ner)) is not None]
    _attach_containers(doc, found)
    extra = [c for c in _all_containers(found) if c not in found]
    return sorted(found + extra, key=lambda c: c.start)


def _all_containers(cands: Iterable[Candidate]) -> list[Candidate]:
    return [k for c in cands for k in c.containers]


# ---------------------------------------------------------------- country evidence


def country_evidence(doc: Doc, cands: list[Candidate]) -> tuple[Counter[str], list[Mention]]:
    """Countries the document points to (names 3, first-level names 2, demonyms 1) and country mentions."""
    names = country_names()
    votes: Counter[str] = Counter()
    mentions: list[Mention] = []
    for c in cands:
        text = doc[c.start:c.end]
        if c.key in names.names:
            votes[names.names[c.key]] += 3
            mentions.append(Mention("country", text.start_char, text.end_char, text.text, names.names[c.key]))
    for tok in doc:
        if tok.is_title or tok.is_upper:
            code = names.demonyms.get(name_key(tok.text))
            if code:
                votes[code] += 1
    for c in cands:
        regions = {e.country for e in _region_entries(c.key)}
        if len(regions) == 1 and c.key not in names.names:
            votes[next(iter(regions))] += 2
    return votes, mentions


def _region_entries(key: str) -> list[Entry]:
    """First-level units with this key, by their gazetteer name or an alias of ours."""
    found = [e for e in gazetteer().lookup(key) if e.level == "region" and e.kind != KIND_ALTERNATE]
    for cc, admin1 in country_names().admin_aliases.get(key, ()):
        entry = gazetteer().admin1_entry(cc, admin1)
        if entry is not None:
            found.append(entry)
    return found


# ---------------------------------------------------------------- resolving


@dataclass(frozen=True)
class Resolved:
    """A candidate with the entry chosen for it and the score that chose it."""

    candidate: Candidate
    entry: Entry | None
    score: float


def _admin_keys(entry: Entry) -> set[str]:
    keys = set()
    for name in (entry.admin1, entry.admin2):
        if name:
            k = name_key(name)
            keys |= {k, short_admin_key(k)}
    if entry.level != "city":
        k = name_key(entry.name)
        keys |= {k, short_admin_key(k)}
    return keys


def _container_match(entry: Entry, container: Candidate) -> bool:
    names = country_names()
    if container.key in names.names:
        return names.names[container.key] == entry.country
    if container.key in _admin_keys(entry) - {name_key(entry.name)} or (
            entry.level != "city" and container.key in _admin_keys(entry) and entry.level == "district"):
        return True
    for cc, admin1 in names.admin_aliases.get(container.key, ()):
        if cc == entry.country and admin1 == entry.admin1:
            return True
    return False


def _entries(cand: Candidate, evidence: Counter[str]) -> tuple[Entry, ...]:
    gaz = gazetteer()
    found = gaz.lookup(cand.key)
    if not found and len(cand.key) >= 5:
        found = tuple(replace(e, kind=3) for e in gaz.lookup_skeleton(cand.key) if evidence.get(e.country))
    return found


def _score(entry: Entry, cand: Candidate, evidence: Counter[str], anchors: list[Entry], text: str) -> float:
    total = sum(evidence.values())
    score = {0: 1.0, 1: 0.2, 2: 0.8, 3: -0.5}.get(entry.kind, 0.0)
    if total:
        share = evidence.get(entry.country, 0) / total
        score += 3.0 * share - (1.5 if share == 0 else 0.0)
    if cand.containers:
        matches = sum(_container_match(entry, k) for k in cand.containers)
        score += 4.0 * matches - (1.0 if not matches else 0.0)
    if cand.level_hint:
        if cand.level_hint == entry.level or (cand.level_hint == "point" and entry.level == "city"):
            score += 1.5
    elif entry.level == "city" and not cand.is_container:
        score += 0.5
    if cand.is_container and entry.level != "city":
        score += 1.0
    if name_key(entry.name) == cand.key and entry.name.lower() == text.lower():
        score += 0.3
    score += math.log10(entry.population + 1) / 2.0
    if anchors and any(a.country == entry.country and km((a.lat, a.lon), (entry.lat, entry.lon)) < 60
                       for a in anchors if a is not entry):
        score += 1.0
    return score


def _resolve(doc: Doc, cand: Candidate, evidence: Counter[str], anchors: list[Entry]) -> Resolved:
    text = doc[cand.start:cand.end].text
    best: Entry | None = None
    best_score = -math.inf
    for entry in _entries(cand, evidence):
        s = _score(entry, cand, evidence, anchors, text)
        if s > best_score:
            best, best_score = entry, s
    needed = MIN_SCORE if cand.strength >= 2 else MIN_SCORE + 1.5
    if best is None or best_score < needed:
        return Resolved(cand, None, best_score)
    return Resolved(cand, best, best_score)


def resolve_all(doc: Doc, cands: list[Candidate], evidence: Counter[str]) -> list[Resolved]:
    """Resolve candidates twice: the second pass uses the first pass's unambiguous places as anchors."""
    first = [_resolve(doc, c, evidence, []) for c in cands]
    anchors = [r.entry for r in first if r.entry is not None and r.score >= 4.0]
    if not anchors:
        return first
    return [_resolve(doc, c, evidence, anchors) for c in cands]


# ---------------------------------------------------------------- places and mentions


def _precision(entry: Entry) -> str:
    return {"city": "city", "district": "district", "region": "region"}.get(entry.level, "city")


def _place(doc: Doc, r: Resolved, by_start: dict[int, Resolved]) -> Place | None:
    c = r.candidate
    text = doc[c.start:c.end].text
    if r.entry is not None:
        e = r.entry
        same = name_key(e.name) == c.key
        name = e.name if same and e.level == "city" else (text if e.level != "city" or not same else e.name)
        if e.kind != 0 and e.level == "city":
            name = e.name
        return Place(name=_plain(name), country=e.country, lat=e.lat, lon=e.lon, geonames_id=e.geonames_id,
                     precision=_precision(e), qualifier=c.qualifier)  # type: ignore[arg-type]
    if c.facility or c.is_container or c.key in country_names().names:
        return None
    for k in c.containers:
        kr = by_start.get(k.start)
        if kr is not None and kr.entry is not None:
            e = kr.entry
            return Place(name=text, country=e.country, lat=e.lat, lon=e.lon, geonames_id=None,
                         precision=_precision(e), qualifier=c.qualifier)  # type: ignore[arg-type]
    return None


def _plain(name: str) -> str:
    return name


def place_mentions(doc: Doc) -> list[Mention]:
    """Place and country mentions of `doc`, in text order."""
    cands = candidates(doc)
    evidence, country_mentions = country_evidence(doc, cands)
    resolved = resolve_all(doc, cands, evidence)
    by_start = {r.candidate.start: r for r in resolved}
    out: list[Mention] = list(country_mentions)
    for r in resolved:
        if r.candidate.key in country_names().names:
            continue
        place = _place(doc, r, by_start)
        if place is not None:
            span = doc[r.candidate.start:r.candidate.end]
            out.append(Mention("place", span.start_char, span.end_char, span.text, place))
    return sorted(out, key=lambda m: m.start)


@Language.factory("warledger_places", default_config={})
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """spaCy factory: `nlp.add_pipe("warledger_places")` after "ner"."""
    return PlacesComponent()


class PlacesComponent:
    """Adds `place` and `country` mentions to `doc._.mentions`."""

    def __call__(self, doc: Doc) -> Doc:
        add_mentions(doc, place_mentions(doc))
        return doc


# ---------------------------------------------------------------- for the incident grouper


def document_country(doc: Doc) -> str | None:
    """The document's dominant country: from its places, then its country names."""
    votes: Counter[str] = Counter()
    for m in mentions_of(doc, "place"):
        if m.value.country:
            votes[m.value.country] += 2 if m.value.precision != "region" else 1
    for m in mentions_of(doc, "country"):
        votes[m.value] += 1
    return votes.most_common(1)[0][0] if votes else None


def _sentence_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    span: Span | None = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return start_char, end_char
    return span[0].sent.start_char, span[-1].sent.end_char


def main_place(doc: Doc) -> Place | None:
    """The place the document is most about: the most often named, ties to the first."""
    places = mentions_of(doc, "place")
    if not places:
        return None
    counts = Counter(name_key(m.value.name) for m in places)
    return max(places, key=lambda m: (counts[name_key(m.value.name)], -m.start)).value  # type: ignore[no-any-return]


def place_for(doc: Doc, start_char: int, end_char: int) -> Place | None:
    """The best place for an incident whose evidence spans [start_char, end_char).

    The most specific place named in the incident's own sentences (first if tied), else the document's main
    place, else its country; the country is filled from the document when the place lacks one.
    """
    lo, hi = _sentence_bounds(doc, start_char, end_char)
    local = [m for m in mentions_of(doc, "place") if lo <= m.start and m.end <= hi]
    chosen: Place | None = None
    if local:
        chosen = max(local, key=lambda m: (PRECISION_RANK.get(m.value.precision, 0), -m.start)).value
    else:
        chosen = main_place(doc)
    country = document_country(doc)
    if chosen is None:
        return Place(name=_country_name(country), country=country, precision="country") if country else None
    if chosen.country is None and country:
        chosen = chosen.model_copy(update={"country": country})
    return chosen


def _country_name(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return getattr(found, "common_name", None) or getattr(found, "name", code) if found else code
