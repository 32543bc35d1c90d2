"""The `warledger_places` spaCy component: places named in a report, resolved offline to GeoNames entries.

Why rules and a gazetteer rather than NER alone: the small English model labels unfamiliar village names as
PERSON or ORG as often as GPE, so candidates are capitalised runs of tokens that something marks as a place
(an NER place label, a locative preposition such as "in/near/west of", a place-type word such as "village" or
"district", or a position as the container of another place: "X (Y, Z)", "X, Y"). Each candidate is looked up
in the gazetteer (O(1) indexed keys, see gazetteer.py) and disambiguated by the document's country evidence
(country names, demonyms, first-level names), by the containers written beside it, by the level a type word
asks for, by nearby places, then by population. Qualifiers ("west of", "eastern", "near") stay on the Place. A
name the gazetteer lacks but whose container it knows ("Hadba (Tripoli)") keeps its own name at the
container's point and precision, so the reader sees both the words and how precise the point is. A list ("A, B
and C (K, L)") shares the containers written after it; a name before a road or crossing word ("the X highway")
is a place; another spelling (the consonant skeleton) is believed only inside the regions and near the
districts the text names; a name keeps one reading per level throughout a document. Country evidence includes
cues (data/places/country_cues.csv: armed groups and missions, one vote per country they act in) and first-
level aliases (admin_aliases.csv: English names, Burkina's provinces, the DRC's 2015 provinces). A name that
matches nothing inside a unit the text names ("Patzuaro, Michoacan") is looked for among that unit's towns by
near spelling (rapidfuzz), when one clearly wins. The home country of the report's outlet (outlets.py: "An-
Nahar" is Lebanese) is the weakest evidence: a bonus for namesakes in that country and a country for a place
the gazetteer lacks, below anything the text itself says. Token attributes are read with one `Doc.to_array`
call: no spaCy Token objects per word.

`place_for` (used by the incident grouper) reads the roles the component leaves on the Doc: containers,
facilities and datelines are not incident places when a better one is named; a named part of a town is placed
at the town, and a name the gazetteer lacks inside a province is reported as the province; a region gives way
to a place named inside it; places in the document's country come before a name read in another. A name made
only of compass words ("North-West") is a region only where the text points. A report naming only a country is
placed at its capital (precision "country"). Measured with scripts/measure_places.py.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any, cast, overload

import pycountry
from rapidfuzz import fuzz, process
from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_STOP,
    IS_TITLE,
    IS_UPPER,
    LENGTH,
    LIKE_NUM,
    POS,
    SENT_START,
    SPACY,
)
from spacy.language import Language
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc
from unidecode import unidecode

from warledger.extract.dates import date_words
from warledger.extract.gazetteer import ARTICLES as KEY_ARTICLES
from warledger.extract.gazetteer import (
    KIND_ALTERNATE,
    KIND_PRIMARY,
    Entry,
    capital,
    country_names,
    data_lines,
    data_rows,
    gazetteer,
    km,
    name_key,
    short_admin_key,
)
from warledger.extract.mentions import Mention, add_mentions, mentions_of
from warledger.extract.models import Place, PlacePrecision
from warledger.extract.outlets import home_country
from warledger.extract.sentences import doc_text

TOKEN_ATTRS = [IDX, LENGTH, SPACY, IS_ALPHA, IS_PUNCT, LIKE_NUM, IS_STOP, IS_TITLE, IS_UPPER, POS]
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words that put a place after them ("in Aleppo", "near Petrivske", "shelled Ftireh").
LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "of",
        "from",
        "to",
        "around",
        "outside",
        "towards",
        "toward",
        "into",
        "inside",
        "within",
        "between",
        "across",
        "via",
        "through",
        "along",
        "nearby",
        "and",
        "entering",
        "reached",
        "entered",
    }
)
# "a missile strike on Kramatorsk", "the assault on Mosul": after these nouns, "on" names a place.
ON_NOUNS = frozenset(
    {
        "attack",
        "attacks",
        "strike",
        "strikes",
        "assault",
        "offensive",
        "raid",
        "raids",
        "bombing",
        "bombings",
        "shelling",
        "bombardment",
        "airstrike",
        "airstrikes",
        "assaults",
        "shells",
        "rockets",
        "missiles",
        "mortars",
        "advance",
        "march",
    }
)
# Past tenses not ending in -ed whose object may be a place ("air strikes hit Saraqib").
IRREGULAR_OBJECT_VERBS = frozenset({"hit", "struck", "overran", "took", "retook"})
STRONG_LOCATIVE = frozenset({"in", "at", "near", "around", "outside", "inside", "towards", "toward", "into"})
# ACLED coders write where they coded an event whose text names no usable place: "[coded to Athens-Central
# Athens]", "[coded to Baku with GP2]". The name after it is the event's place, whatever else the note names.
CODED_TO = ("coded", "to")
# Lower-case words allowed inside a capitalised name: "Jacona de Plancarte", "Ras al Ain", "Qala i Naw".
PARTICLES = frozenset(
    {
        "al",
        "el",
        "ad",
        "ar",
        "ash",
        "az",
        "ez",
        "es",
        "ed",
        "ibn",
        "bin",
        "bani",
        "beni",
        "abu",
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "la",
        "las",
        "los",
        "le",
        "les",
        "di",
        "du",
        "van",
        "von",
        "-",
        "y",
        "e",
        "ki",
        "ka",
        "ke",
        "i",
        "wa",
    }
)
# Words that make a capitalised run an organisation or a person's title, not a place.
NOT_PLACE_WORDS = frozenset(
    {
        "forces",
        "force",
        "army",
        "militia",
        "militias",
        "police",
        "brigade",
        "brigades",
        "battalion",
        "regiment",
        "division",
        "resistance",
        "party",
        "council",
        "people",
        "peoples",
        "movement",
        "group",
        "union",
        "committee",
        "ministry",
        "government",
        "president",
        "minister",
        "governor",
        "company",
        "corporation",
        "association",
        "federation",
        "organization",
        "organisation",
        "agency",
        "news",
        "times",
        "coalition",
        "alliance",
        "guard",
        "guards",
        "command",
        "republic",
        "state",
        "emirate",
        "caliphate",
        "militants",
        "rebels",
        "mr",
        "mrs",
        "ms",
        "dr",
        "general",
        "colonel",
        "commander",
        "court",
        "tribe",
        "clan",
        "gang",
        "cartel",
        "network",
        "authority",
        "authorities",
        "service",
        "services",
        "mp",
        "mla",
        "senator",
        "deputy",
        "spokesman",
        "spokesperson",
        "ambassador",
        "operation",
    }
)
# Facility words: the run names a place inside a settlement; its settlement is the place we resolve.
FACILITY_WORDS = frozenset(
    {
        "square",
        "street",
        "road",
        "avenue",
        "bridge",
        "hospital",
        "school",
        "mosque",
        "church",
        "market",
        "bazar",
        "bazaar",
        "station",
        "base",
        "airport",
        "checkpoint",
        "office",
        "prison",
        "jail",
        "stadium",
        "park",
        "hotel",
        "junction",
        "roundabout",
        "crossing",
        "port",
        "highway",
        "building",
        "complex",
        "camp",
        "colonia",
        "barangay",
        "neighborhood",
        "neighbourhood",
        "hill",
        "hills",
        "mountain",
        "mountains",
        "forest",
        "frontline",
        "front",
        "airbase",
        "mine",
        "plant",
        "factory",
        "farm",
        "dam",
        "river",
        "valley",
        "beach",
        "island",
        "sector",
        "zone",
        "field",
        "oilfield",
        "refinery",
        "terminal",
        "university",
        "college",
        "prefecture",
    }
)
# Facilities that monitors and coders place incidents at by their own names ("near Butovka-Donetskaya Mine",
# "the Donetsk Filtration Station"), even where no gazetteer has them.
FACILITY_NAMED_RE = re.compile(
    r"\b(?:mine|mines|airport|airfield|airbase|station|dam|quarry)$", re.IGNORECASE
)
# "the Van Governor's Office", "Diyarbakir Governorship": the words before name the province governed.
GOVERNOR_WORDS = frozenset({"governor", "governors", "governorship"})
WAY_WORDS = frozenset(
    {"highway", "road", "intersection", "junction", "roundabout", "crossing", "checkpoint", "refugee", "camp"}
)
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ez"})
# Arabic articles glued to the next word by a hyphen inside a name: "Jisr al-Shughur", "Deir ez-Zor".
HYPHENED_ARTICLES = KEY_ARTICLES | {"ez", "esh", "et"}
LOOSE_ARTICLES = frozenset({"al", "el", "ad", "ar", "ash", "az", "ez"})  # not "at", "as", "an": English words
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
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest"}
)
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
CALENDAR_WORDS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
CURRENCY_WORDS = frozenset(
    {"dollar", "dollars", "pound", "pounds", "euro", "euros", "rupee", "rupees", "dinar"}
)
DESTINATION_WORDS = frozenset({"toward", "towards"})  # "an advance toward Mopti": where a movement heads
NEAR_KM = 60.0
ANCHOR_KM = 60.0  # a confident place this close to a reading supports it
KM_PER_LATITUDE_DEGREE = 111.0  # a floor: along any great circle a degree of latitude is 111.19 km
MAX_ANCHORS = 30  # confident places that pull ambiguous names towards them (bounded for long documents)
SKELETON_SHARE = 0.3  # another spelling is believed only in a country with this share of the evidence
UNKNOWN_UNIT_KM = 250.0  # how far from a written unit's point a town with no unit in the gazetteer may lie
SETTLEMENT_KM = 25.0  # how far a named part of a town may lie from the town's point
NEAR_SPELLING = 88  # rapidfuzz ratio above which another spelling is the same name
UNIT_SPELLING = 84  # rapidfuzz ratio above which a name inside a known unit is a slip for one of its names
UNIT_MARGIN = 6  # how far ahead of any other name of the unit that one must be
WELL_KNOWN = 200_000  # population of a place taken without any cue in the text
VILLAGE_MAX = 5000  # population under which a place outside the document's regions is not believed
PRECISION_RANK = {"point": 4, "city": 3, "district": 2, "region": 1, "country": 0}
MIN_SCORE = 1.0
STRONG_EVIDENCE = 3  # country votes beyond which a small place in an unnamed country is not believed
JOINT_BONUS = 1.5  # for places in the country most of the names share (joint_name_country)
HOME_BONUS = 1.5  # for places in the home country of the report's outlet: Tripoli in An-Nahar is Lebanon's
HOME_VOTE = 0.5  # the outlet's country in document_country: below one place, above the text's cues alone
KIND_SKELETON = 3  # an entry found by another spelling (the consonant skeleton), not by a name it has
KIND_MISSPELT = 4  # an entry of a known unit whose name the text nearly spells (named as the gazetteer does)


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
    quals = sorted(
        {tuple(q.lower().replace("-", " - ").split()) for q in data_lines("qualifiers.txt")},
        key=len,
        reverse=True,
    )
    after: dict[tuple[str, ...], str] = {}
    before: dict[tuple[str, ...], str] = {}
    for row in data_rows("place_types.csv"):
        words = tuple(row["word"].lower().replace("-", " - ").split())
        (after if row["position"] == "after" else before)[words] = row["level"]
    stop = frozenset(name_key(w) for w in data_lines("stoplist.txt"))
    return PlaceLexicon(tuple(quals), after, before, stop)


# ---------------------------------------------------------------- a cheap view of the tokens


class _Tok:
    """The few token attributes the rules read, copied once per document (spaCy's Token is costly to make)."""

    __slots__ = (
        "i",
        "idx",
        "is_alpha",
        "is_punct",
        "is_sent_start",
        "is_stop",
        "is_title",
        "is_upper",
        "like_num",
        "lower_",
        "pos_",
        "sent_start",
        "text",
        "whitespace_",
    )

    def __init__(self, row: tuple[int, ...], i: int, text: str, sent_start: int) -> None:
        idx, length, space, alpha, punct, num, stop, title, upper, pos = row
        self.i, self.idx = i, idx
        self.text = text[idx : idx + length]
        self.lower_ = self.text.lower()
        self.whitespace_ = " " if space else ""
        self.pos_ = "VERB" if pos == VERB else ""  # the only part of speech the rules ask about
        self.is_alpha, self.is_punct, self.like_num = bool(alpha), bool(punct), bool(num)
        self.is_stop, self.is_title, self.is_upper = bool(stop), bool(title), bool(upper)
        self.is_sent_start = i == sent_start
        self.sent_start = sent_start


class _Span:
    """A slice of a `_Doc`: tokens, text and character offsets."""

    def __init__(self, view: _Doc, start: int, end: int) -> None:
        self.view, self.start, self.end = view, start, end

    def __iter__(self) -> Iterator[_Tok]:
        return iter(self.view.toks[self.start : self.end])

    def __getitem__(self, i: int) -> _Tok:
        return self.view.toks[self.start : self.end][i]

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    @property
    def start_char(self) -> int:
        return self.view.toks[self.start].idx if self.end > self.start else 0

    @property
    def end_char(self) -> int:
        last = self.view.toks[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        return self.view.text[self.start_char : self.end_char] if self.end > self.start else ""


class _Doc:
    """The document as the candidate rules read it."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.text, self.ents = doc, doc_text(doc), doc.ents
        sentences = doc.has_annotation("SENT_START")
        # one vectorised read of the attributes: making a spaCy Token per word cost a third of the component
        rows = doc.to_array(TOKEN_ATTRS).tolist() if len(doc) else []
        starts = doc.to_array([SENT_START]).tolist() if sentences and len(doc) else []
        toks: list[_Tok] = []
        start = 0
        for i, row in enumerate(rows):
            if starts and starts[i] == 1:
                start = i
            toks.append(_Tok(tuple(row), i, self.text, start))
        self.toks = toks
        self.lowers = [t.lower_ for t in toks]

    def __len__(self) -> int:
        return len(self.toks)

    @overload
    def __getitem__(self, i: int) -> _Tok: ...
    @overload
    def __getitem__(self, i: slice) -> _Span: ...
    def __getitem__(self, i: int | slice) -> _Tok | _Span:
        if isinstance(i, slice):
            return _Span(
                self, max(0, i.start or 0), min(len(self.toks), len(self.toks) if i.stop is None else i.stop)
            )
        return self.toks[i]


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
    strict: bool = False  # containers written as "X (Y, Z)" or "X, Y", not "X in Y"
    cued: bool = False  # a locative word, a qualifier or a place-type word says it is a place
    contained: list[Candidate] = field(default_factory=list)  # the places this one is written to contain


def _is_cap(tok: _Tok) -> bool:
    """A capitalised word, also behind an apostrophe ("'Adan") or a French elision ("d'Ivoire" of "Côte
    d'Ivoire", "l'Artibonite"): without it, the country named "Côte d'Ivoire" was read as a place "Côte"."""
    t = tok.text
    elided = t[:1] in ("d", "l") and t[1:2] in ("'", "’") and t[2:3].isupper()
    quoted = t[:1] in "'’" and t[1:2].isupper()
    return bool(t) and (t[0].isupper() or elided or quoted)


def _capitalised_runs(doc: _Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, with particles and attached hyphens inside them."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not _is_cap(doc[i]) or doc[i].is_punct or doc[i].like_num:
            i += 1
            continue
        j = i + 1
        while j < n:
            step = _run_step(doc, j)
            if not step:
                break
            j += step
        runs.append((_article_start(doc, i), j))
        i = j
    return runs


def _run_step(doc: _Doc, j: int) -> int:
    """How many tokens from `j` continue a capitalised run (0: the run ends before `j`)."""
    tok, n = doc[j], len(doc)
    if _is_cap(tok) and not tok.is_punct and not tok.like_num:
        return 1
    if (
        tok.text == "-"
        and not doc[j - 1].whitespace_
        and not tok.whitespace_
        and j + 1 < n
        and doc[j + 1].is_alpha
    ):
        return 2  # "Port-au-Prince", "Acha-Kaindy", "Jisr-ash-Shugur"
    if (
        tok.text == "/"
        and not doc[j - 1].whitespace_
        and not tok.whitespace_
        and j + 1 < n
        and _is_cap(doc[j + 1])
    ):
        return 2  # "Yamaltu/Deba LGA": a unit named after two places is one name
    if (
        tok.lower_ in HYPHENED_ARTICLES
        and j + 2 < n
        and doc[j + 1].text == "-"
        and not tok.whitespace_
        and not doc[j + 1].whitespace_
        and _is_cap(doc[j + 2])
    ):
        return 3  # "Maarat al-Numan", "Deir ez-Zor", "Ras al-Ain"
    k = j
    while k < n and doc[k].lower_ in PARTICLES and doc[k].text != "-":
        k += 1
    if k > j and k < n and _is_cap(doc[k]) and not doc[k].is_punct and k - j <= 2:
        return k - j + 1  # "Martinez de la Torre", "Ras al Ain"
    return 0


def _article_start(doc: _Doc, i: int) -> int:
    """Take a lower-case Arabic article into the run: "al-Hasakeh", "al Khalsiyeh"."""
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and doc[i - 2].lower_ in ARTICLES:
        return i - 2
    if i >= 1 and doc[i - 1].text in LOOSE_ARTICLES:
        return i - 1
    return i


def _trim_run(doc: _Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading stop words ("The", "On") and trailing possessives; keep articles ("At Tadawin")."""
    while start < end and (
        (
            doc[start].is_stop
            and not _is_article(doc, start, end)
            and not _bracketed_names_word(doc, start, end)
        )
        or (end - start > 1 and doc[start].lower_.rstrip(".") in CALENDAR_WORDS)
    ):
        start += 1
    while end > start and doc[end - 1].text in {"'s", "’s", "'"}:
        end -= 1
    return start, end


# Words that open a phrase before a name, never the name itself ("Near Taw", "From Kyiv").
FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "on", "in", "at", "of", "and", "or", "to", "from", "near", "by", "for", "with", "into"}
)


def _bracketed_names_word(doc: _Doc, i: int, end: int) -> bool:
    """A capitalised stop word inside a sentence opening a name ACLED writes with its units in brackets
    ("raided Done Taw village (Salingyi, Sagaing)"): the name's first word, not a word to drop."""
    if (
        end - i < 2
        or doc[i].is_sent_start
        or not doc[i].text[:1].isupper()
        or doc[i].lower_ in FUNCTION_WORDS
    ):
        return False
    _, size = _type_after(doc, end)
    return end + size < len(doc) and doc[end + size].text == "("


def _is_article(doc: _Doc, i: int, end: int) -> bool:
    return (
        doc[i].lower_ in ARTICLES
        and i + 1 < end
        and not doc[i].is_sent_start
        and (doc[i + 1].text == "-" or _is_cap(doc[i + 1]))
    )


def _words_before(doc: _Doc, i: int, count: int) -> tuple[str, ...]:
    lo = max(doc[i].sent_start, i - count)
    return tuple(doc.lowers[lo:i])


def _qualifier_before(doc: _Doc, i: int) -> str | None:
    """The longest qualifier phrase ending just before token `i`, chained once ("southern countryside of")."""
    by_last = _qualifiers_by_last_word()
    toks = doc.toks
    found: list[str] = []
    pos = i
    for _ in range(2):
        while pos > 0 and toks[pos - 1].lower_ in {"the", "a"}:
            pos -= 1
        if pos == 0:
            break
        for q in by_last.get(toks[pos - 1].lower_, ()):
            if pos - len(q) >= 0 and tuple(doc.lowers[pos - len(q) : pos]) == q:
                found.insert(0, doc[pos - len(q) : pos].text)
                pos -= len(q)
                break
        else:
            break
    return " ".join(found) if found else None


@cache
def _qualifiers_by_last_word() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for q in lexicon().qualifiers:  # longest first
        out.setdefault(q[-1], []).append(q)
    return out


def _type_after(doc: _Doc, end: int) -> tuple[str | None, int]:
    """A place-type word right after a run ("Haifa city", "Biu LGA"): its level and how many tokens."""
    lex = lexicon()
    for size in (3, 2, 1):
        words = tuple(doc.lowers[end : end + size])
        if len(words) == size and words in lex.types_after:
            return lex.types_after[words], size
    return None, 0


def _type_before(doc: _Doc, start: int) -> str | None:
    lex = lexicon()
    for size in (2, 3):
        words = _words_before(doc, start, size)
        if len(words) == size and words in lex.types_before:
            return lex.types_before[words]
    return None


def _split_type_suffix(doc: _Doc, start: int, end: int) -> tuple[int, str | None]:
    """A capitalised type word inside the run ("Karen State", "Mutraw District"): cut it off."""
    lex = lexicon()
    for size in (2, 1):
        if end - size > start:
            words = tuple(doc.lowers[end - size : end])
            if words in lex.types_after:
                return end - size, lex.types_after[words]
    return end, None


# "Islamist", "Maoists", "Jihadist": followers of a doctrine (checked with the gazetteer: _doctrine_word).
# Groups of people a place name can describe as a demonym does ("Amhara youths", "Darfur refugees").
GROUP_NOUNS = frozenset(
    {
        "youths",
        "militia",
        "militias",
        "militiamen",
        "militants",
        "fighters",
        "herders",
        "herdsmen",
        "pastoralists",
        "nationalists",
        "separatists",
        "insurgents",
        "rebels",
        "refugees",
        "migrants",
        "politicians",
        "elders",
        "communities",
    }
)
DOCTRINE_SUFFIX = re.compile(r"..ists?$")
# "U.N.-backed talks", "Saudi-led forces": a name made into a modifier describes something else.
MODIFIER_SUFFIX = re.compile(
    r"-(?:backed|led|based|held|controlled|run|linked|affiliated|allied|aligned|born|style|made|owned|"
    r"funded|sponsored|brokered|bound|occupied|administered)$"
)


def _candidate(doc: _Doc, start: int, end: int, ner: set[int]) -> Candidate | None:
    start, end = _trim_run(doc, start, end)
    if start >= end:
        return None
    if start > 1 and doc.lowers[start - 1] in ("of", "the"):
        start = _country_name_start(doc, start, end)  # "the Republic of Korea" is no Korea village
    office = next((i for i in range(start + 1, end) if doc.lowers[i] in GOVERNOR_WORDS), None)
    if office is not None:
        end = office  # "Van Governor's Office": the province its governor heads
    lowers = set(doc.lowers[start:end])
    if lowers & NOT_PLACE_WORDS and name_key(doc[start:end].text) not in country_names().names:
        return None  # but "Dominican Republic", "Congo Republic" are countries
    if MODIFIER_SUFFIX.search(doc.lowers[end - 1]):
        return None
    if _names_a_people(doc, start, end) or _addressed_as_government(doc, start, end):
        return None
    cut, inner_level = _split_type_suffix(doc, start, end)
    inner_level = inner_level or ("region" if office is not None else None)
    if cut < end and gazetteer().lookup(name_key(doc[start:end].text)):
        cut, inner_level = end, None  # "Cape Town", "Mexico City": the type word is part of the name
    level, _ = _type_after(doc, end)
    level = inner_level or level or _type_before(doc, start)
    facility = bool(lowers & FACILITY_WORDS) and not _town_named_by_facility_word(doc, start, end)
    key = name_key(doc[start:cut].text)
    if not key or key in lexicon().stoplist or key in country_names().demonyms or _doctrine_word(key):
        return None
    if cut - start == 1 and doc[start].is_upper and len(doc[start].text) <= 4 and start not in ner:
        return None  # an acronym ("AAS", "GNA"), not a place, unless the model says so
    prev = doc[start - 1].lower_ if start > 0 else ""
    qualifier = _qualifier_before(doc, start)
    cued = (
        bool(level)
        or prev in STRONG_LOCATIVE
        or qualifier is not None
        or _names_a_way(doc, start, cut)
        or _coded_to(doc, start)
    )
    strength = 2 if cued or any(i in ner for i in range(start, end)) else 1
    if (
        strength == 1
        and prev not in LOCATIVE
        and not _after_verb(doc, start)
        and not _attacked_on(doc, start)
    ):
        strength = 0  # no cue at all: only a well-known place ("Aleppo is burning") will do
    return Candidate(start, cut, key, level, strength, qualifier, facility=facility, cued=cued)


def _coded_to(doc: _Doc, start: int) -> bool:
    """The name at `start` follows a coder's "coded to": the place the event was coded at."""
    return start >= 2 and tuple(doc.lowers[start - 2 : start]) == CODED_TO


def _names_a_people(doc: _Doc, start: int, end: int) -> bool:
    """ "Amhara youths", "Tigray forces", "Kuki militants": a region's name right before a group of people,
    not after "in"/"at", names who they are (an ethnic group, a region's forces), not where the event was; so
    does the first of two names sharing the group ("leaders of Dogon and Fulani communities")."""
    prev = doc.lowers[start - 1] if start > 0 else ""
    if end >= len(doc) or prev in STRONG_LOCATIVE:
        return False
    shared = end + 2 < len(doc) and doc.lowers[end] == "and" and _is_cap(doc[end + 1])
    return doc.lowers[end + 2 if shared else end] in GROUP_NOUNS


def _a_persons_name(doc: _Doc, start: int, end: int) -> bool:
    """A run of two or more words the model reads as one person's name ("Vladimir Kalamanov"), with no
    place-type word in it ("Rakhine State" is sometimes read as a person): its first name alone is no
    first-level unit the text points to, whatever oblast shares it."""
    types = lexicon().types_after
    return (
        end - start > 1
        and not any((w,) in types for w in doc.lowers[start:end])
        and any(e.label_ == "PERSON" and e.start <= start and end <= e.end for e in doc.ents)
    )


@cache
def _appeals() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in data_lines("appeals.txt"))


def _addressed_as_government(doc: _Doc, start: int, end: int) -> bool:
    """ "Called on Moscow to allow observers in", "urged Kabul to": a name a speaker appeals to, to do
    something, is its government (metonymy), not a place the report's events happened in."""
    if end >= len(doc) or doc.lowers[end] != "to":
        return False
    return any(start >= len(a) and tuple(doc.lowers[start - len(a) : start]) == a for a in _appeals())


def _doctrine_word(key: str) -> bool:
    """ "Islamist insurgents", "Maoist rebels", "Salafist fighters": a one-word name of a doctrine's
    followers describes people as a demonym does; it is no place (unless the gazetteer knows the name)."""
    return " " not in key and DOCTRINE_SUFFIX.search(key) is not None and not gazetteer().lookup(key)


def _attacked_on(doc: _Doc, start: int) -> bool:
    return start > 1 and doc.lowers[start - 1] == "on" and doc.lowers[start - 2] in ON_NOUNS


def _names_a_way(doc: _Doc, start: int, end: int) -> bool:
    """A name right before a lower-case road or crossing word ("the Saadnayel highway", "the Bebnine
    intersection", "Tulkarm refugee camp") is the place the road or crossing is named after; a road
    between two places ("the Quba-Baku highway") is not one place."""
    return (
        end < len(doc)
        and not _is_cap(doc[end])
        and doc.lowers[end] in WAY_WORDS
        and "-" not in doc.lowers[start:end]
    )


def _after_verb(doc: _Doc, start: int) -> bool:
    """A run that is the object of a verb ("shelled Ftireh") may be a place; checked against the gazetteer."""
    return (
        start > 0
        and doc[start - 1].pos_ == "VERB"
        and (doc[start - 1].lower_.endswith("ed") or doc[start - 1].lower_ in IRREGULAR_OBJECT_VERBS)
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


def _town_named_by_facility_word(doc: _Doc, start: int, end: int) -> bool:
    """Whether the name opens on a facility word that is part of a town's name the gazetteer knows ("Port
    Said", "Port Harcourt"): the town, not a port in it."""
    return (
        end - start > 1
        and doc.lowers[start] in FACILITY_WORDS
        and bool(gazetteer().lookup(name_key(doc[start:end].text)))
    )


def _is_facility_word(doc: _Doc, i: int) -> int:
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
# First-level units named by a compass adjective alone (Sri Lanka's, Zambia's, Ghana's Western; Uganda's
# Eastern; Kenya's Central): stop words in running text ("western Ukraine"), unit names where ACLED closes
# its bracket with them ("Colombo (Colombo, Western)").
COMPASS_UNITS = frozenset({"northern", "southern", "eastern", "western", "central"})


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


# ---------------------------------------------------------------- country evidence


class Evidence(Counter[str]):
    """Votes for countries (alpha-2 -> weight), with votes for first-level units beside them."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: Counter[tuple[str, str]] = Counter()
        self.joint: str | None = None  # the country most of the names share, when nothing else says
        self.home: str | None = None  # the home country of the report's outlet (outlets.py)


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
    for tok in doc.toks:
        if tok.is_title or tok.is_upper:
            code = names.demonyms.get(tok.lower_) or names.demonyms.get(name_key(tok.text))
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
        if _addressed_as_government(doc, start, end):
            continue  # "called on Moscow to": the government, no first-level unit the events lie in
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


def _country_name_start(doc: _Doc, start: int, end: int) -> int:
    """Where the longest country name ending with the name at [start, end) begins: "Republic of Congo" is
    not Congo ("of" and "the" break capitalised runs, so the name is read back from its last word)."""
    names = country_names().names
    for back in range(min(start, 5), 0, -1):
        if _is_cap(doc[start - back]) and name_key(doc[start - back : end].text) in names:
            return start - back
    return start


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


# ---------------------------------------------------------------- resolving


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
            keys |= {k, short_admin_key(k), *_saint_spelt_out(k), *_noun_forms(k)}
    return frozenset(keys)


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
    region is wide; its point is one town of it)."""
    if entry.level != "city" or (resolved is not None and resolved.country != entry.country):
        return False
    if name_key(entry.name) == container.key:
        return any(r.country == entry.country for r in _region_entries(container.key))
    return (
        resolved is not None
        and resolved.level != "city"
        and not entry.admin1
        and km((resolved.lat, resolved.lon), (entry.lat, entry.lon)) < UNKNOWN_UNIT_KM
    )


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
        found = gaz.lookup(" ".join(words[1:]))
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
    return found


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
    matches = sum(_container_match(entry, k) for k in cand.containers)
    if total:
        share = evidence.get(entry.country, 0) / total
        against = 0.0 if share or (matches and cand.strict) else 4.0 if total >= 2 else 1.5
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
    score += math.log10(entry.population + 1) / 2.0
    if anchors and _near_an_anchor(entry, anchors):
        score += 1.0
    return score


def _other_heads(cand: Candidate) -> list[Candidate]:
    """The places written inside a container under another name. ACLED writes a town's district or
    province of its own name after it ("Colombo (Colombo, Western)", "Saint Petersburg (Saint Petersburg)"):
    the town's namesake entries then "contain" one another (a Brazilian Colombo district holds the Brazilian
    town, two Florida entries share a state) and would vouch for the wrong country."""
    return [head for head in cand.contained if head.key != cand.key]


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
    districts = [r for k, r in known if r.level == "district" or k.level_hint == "district"]
    if districts:
        # a place written inside a district lies near it: a same-named place 100 km away is another one
        entries = tuple(
            e for e in entries if any(km((e.lat, e.lon), (r.lat, r.lon)) <= NEAR_KM for r in districts)
        )
    if known and (cand.strict or any(r.level != "city" for _, r in known)):
        # "X (Y, Z)", "X in Y district" where we know Y or Z: an X elsewhere is another place; try other
        # spellings inside Y or Z, and if none is there, leave X to be placed at its container
        inside = [e for e in entries if any(_container_match(e, k, r) for k, r in known)]
        if not inside:  # "Mariupol, Zaporizhia": a big city of the container's country outweighs a slip
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
                if any(_container_match(e, k, r) for k, r in known) and _near_any(e, districts)
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
    if regions and not cand.containers:
        # the document names its first-level units (or its cues do): a village elsewhere is another village
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
    for entry in entries:
        s = _score(entry, cand, evidence, anchors, text)
        if s > best_score:
            best, best_score = entry, s
    needed = MIN_SCORE if cand.strength >= 2 else MIN_SCORE + 1.5
    if (
        cand.strength == 0
        and best is not None
        and (best.population < WELL_KNOWN or best.kind != KIND_PRIMARY)
    ):
        return Resolved(cand, None, best_score)
    if best is None or best_score < needed or _against_evidence(best, evidence, cand.level_hint == "point"):
        return Resolved(cand, None, best_score)
    if _only_compass(cand.key) and not evidence.get(best.country):
        return Resolved(cand, None, best_score)  # "North-West" is a region of half the world's countries
    return Resolved(cand, best, best_score)


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
    """A first-level unit's towns and districts (as gazetteer rows: `Entry(*row)`, made only for the names
    that come close) with their keys, computed once: rapidfuzz's `process` compares a name with all of
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
            e = Entry(*rows[i])
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


def _only_compass(key: str) -> bool:
    return all(w in COMPASS_WORDS for w in key.split())


def _better_supported(entry: Entry, others: tuple[Entry, ...], evidence: Counter[str]) -> bool:
    """Whether the text points to `entry`'s country more than to any of the `others`' countries."""
    return evidence.get(entry.country, 0) > max((evidence.get(e.country, 0) for e in others), default=0)


def _against_evidence(entry: Entry, evidence: Counter[str], town_part: bool = False) -> bool:
    """A small place in a country nothing in the text points to, while the text points firmly elsewhere
    ("Daman district, Kandahar" is Afghan; India's Daman is another place): left unresolved. A part of a
    town ("the Carrefour quarter" of Duékoué) however large its namesake: Haiti's Carrefour is no quarter
    of a town in Côte d'Ivoire."""
    total = sum(evidence.values())
    small = entry.population < WELL_KNOWN or town_part
    if total >= STRONG_EVIDENCE and not evidence.get(entry.country) and small:
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


# ---------------------------------------------------------------- places and mentions


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
    if _drops_article(text, words) and entry.kind == KIND_PRIMARY:
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
    return Place(
        name=name,
        country=e.country,
        lat=e.lat,
        lon=e.lon,
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
        if r.candidate.key not in countries and (place := _place(view, r, by_start, evidence)) is not None
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
            parent = _settlement_of(c, by_start) or _possessed_by_town(view, c, resolved)
            if parent is not None:
                parents[span.start_char] = view[parent.start : parent.end].start_char
    doc._.place_parents = parents
    doc._.place_units = units
    return sorted(out, key=lambda m: m.start), roles


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


def _settlement_of(c: Candidate, by_start: dict[int, Resolved]) -> Candidate | None:
    """The place an "X area of Y city", "X in Y" is part of: Y, if Y resolved (`_settlement` decides)."""
    if c.strict or c.is_container:
        return None
    for k in c.containers:
        kr = by_start.get(k.start)
        if kr is None or kr.entry is None:
            continue
        if kr.entry.level == "city" or c.level_hint != "district":
            return k  # but "Keran wa Menjan district of Badakhshan" is a district of its own
    return None


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


# ---------------------------------------------------------------- for the incident grouper


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
    for m in located[1:]:
        # a village the gazetteer lacks lies in its container's unit ("Kadawa village in Zurmi LGA")
        unit = units.get(m.start) or units.get(parents.get(m.start, -1))
        if region is not None and unit == region and m.value.precision != "region":
            return _unknown_beside(doc, places, m) or m
    return first


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


# "Kawuri, near the town of Konduga", "Marla, about 50 kilometers (30 miles) south of the state capital Nyala"
BESIDE = re.compile(
    r"\s*,?\s*(?:(?:about|some|around|roughly|nearly|approximately)\s+)?"
    r"(?:(?P<distance>\d+(?:\.\d+)?)\s*(?P<unit>km|kms|kilometers?|kilometres?|miles?)\s*(?:\([^)]{1,30}\)\s*)?"
    r"(?P<direction>(?:north|south)(?:-?(?:east|west))?|east|west)\s+of|near|outside|close\s+to)"
    r"\s+(?:[\w-]+\s+){0,4}?$",
    re.IGNORECASE,
)
BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225}
BEARINGS |= {"west": 270, "northwest": 315}
KM_PER_MILE = 1.609344
EARTH_KM = 6371.0


def _beside(doc: Doc, first: Mention, located: Mention) -> re.Match[str] | None:
    """How the text places a town the gazetteer lacks beside the located place that follows it."""
    between = doc_text(doc)[first.end : located.start]
    return BESIDE.match(between) if 0 <= len(between) <= 90 else None


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
            and _beside(doc, m, after) is not None
        ):
            return _settlement(doc, m)
    return None


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


# a word after a name that makes it a part of a town: "the Carrefour quarter", "Nyalenda neighbourhood"
TOWN_PART_AFTER = re.compile(r"^\s+(?:quarter|neighbou?rhood|ward|suburb|slum|township)\b", re.IGNORECASE)


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


def main_place(doc: Doc) -> Place | None:
    """The place the document is most about: the most often named head place, ties to the first."""
    roles = doc._.place_roles or {}
    every = [m for m in mentions_of(doc, "place") if not _earlier_event(doc, m)]
    places = [m for m in _head_places(doc, every) if roles.get(m.start) != "dateline"]
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
    local = _not_where_spoken(doc, local)
    local = [m for m in local if not _destination(doc, m)]
    if local and all(_led_in_by(doc, m, THIS_TOWN_FROM, THIS_TOWN_WINDOW) for m in local):
        # "in this conservative town west of Baghdad": the town the story was filed from, not Baghdad
        filed = _dateline_town(doc)
        local = [filed] if filed is not None else local
    derived = {k for k, v in (doc._.place_roles or {}).items() if v == "derived"}
    country = document_country(doc)
    coded = [m for m in local if roles.get(m.start) == "coded"]
    if not local and (abroad := _abroad(doc, lo, hi, country)) is not None:
        return _country_place(abroad)  # "killed more than 100 of them in air strikes" "into Somalia"
    head = _most_specific(doc, _in_country(_head_places(doc, local), country), derived) if local else None
    head = coded[0] if coded else head
    chosen = _settlement(doc, head) if head is not None else _main_place_named_by(doc, hi)
    if head is not None and (capital := _dateline_capital(doc, head)) is not None:
        chosen = capital
    if chosen is not None and chosen.lat is None:
        chosen = _beside_point(chosen, doc, local) or _near_point(chosen, local)
    if chosen is not None and chosen.lat is None and head is not None:
        chosen = _town_of_part(doc, head, chosen) or chosen
    if chosen is None:
        return _country_place(country) if country else None
    if chosen.country is None:
        fill = country or _only_country(name_key(chosen.name))
        chosen = chosen.model_copy(update={"country": fill}) if fill else chosen
    return chosen


# "in this conservative Sunni town west of", "this border city, 30 km from": a place named as where the
# dateline's town lies, not where the event was
THIS_TOWN_FROM = re.compile(
    r"\bthis\s+(?:[\w'-]+\s+){0,4}?(?:town|city|village|port|capital|camp|neighbou?rhood|suburb)\s*,?\s+"
    r"(?:[\w'-]+\s+){0,5}?(?:of|from|near|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
THIS_TOWN_WINDOW = 90


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
    r"\b(?:told\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference)|(?:news|press)\s+"
    r"(?:conference|briefing)|speaking|briefing\s+(?:reporters|journalists))\s+in\s+(?:the\s+)?"
    r"(?:(?:city|town|capital|provincial\s+capital)\s+of\s+)?$",
    re.IGNORECASE,
)
SPOKEN_WINDOW = 60


def _not_where_spoken(doc: Doc, places: list[Mention]) -> list[Mention]:
    """The incident's places without those where a source spoke ("Police spokesman Mudumane told reporters
    in Pemba that the attack took place ... on the edge of Mueda"): the event happened in the others. All of
    them when every one is such a place."""
    kept = [m for m in places if not _led_in_by(doc, m, SPOKEN_IN, SPOKEN_WINDOW)]
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


# "in the provincial capital of Helmand", "in Indian Kashmir's main city": a region's town, named by its role
CAPITAL_BEFORE = re.compile(
    r"\b(?:(?:provincial|state|regional|district) capital|main city|largest city|capital city|capital) of "
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
CAPITAL_AFTER = re.compile(
    r"^['’]s\s+(?:(?:provincial|state|regional|district)\s+capital|main city|largest city|capital)\b",
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


def _doers_origin(doc: Doc, m: Mention) -> bool:
    """Whether a place is named as where the doers came from ("forces from Ethiopia's northern Tigray region
    took control of the town of Lalibela") or fired from ("rockets fired from the direction of Shyrokyne
    into Mariupol"): the event happened where they went, or where the fire landed."""
    return _led_in_by(doc, m, _doers_from(), 80) or _led_in_by(doc, m, FIRED_FROM, 80)


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
