"""Capitalised runs of tokens and the candidate place names they make.

A run of capitalised words ("Jisr al-Shughur", "Deir ez-Zor") is trimmed of function words and articles, its
qualifier ("west of", "near") and place-type word ("district of", "village") read, and kept as a `Candidate`
when something marks it as a place (an NER label, a locative, a type word) and nothing marks it as an
organisation, a people, a person or a road. Separate from candidates.py, which relates the names to each other
(containers, lists); this module only decides, one run at a time, whether a run names a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from warledger.extract.date_values import date_words
from warledger.extract.gazetteer import (
    country_names,
    data_lines,
    gazetteer,
    name_key,
)
from warledger.extract.places.view import _Doc, _Tok
from warledger.extract.places.words import (
    ARTICLES,
    CALENDAR_WORDS,
    CODED_TO,
    FACILITY_WORDS,
    GOVERNOR_WORDS,
    HYPHENED_ARTICLES,
    IRREGULAR_OBJECT_VERBS,
    LOCATIVE,
    LOOSE_ARTICLES,
    NOT_PLACE_WORDS,
    ON_NOUNS,
    PARTICLES,
    STRONG_LOCATIVE,
    WAY_WORDS,
    lexicon,
    struck_target,
)


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
    # the containers written inside this one in a list of units ("X (Y, Z)": Z holds the unit Y); they vouch
    # for a reading of Z as a unit as `contained` does, but play no part in which name is the place
    units_inside: list[Candidate] = field(default_factory=list)
    struck: bool = False  # written as where a projectile went ("fired a rocket into Sderot"): `struck_target`


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
            step = _run_step(doc, j) or _joined_unit_end(doc, i, j) - j
            if not step:
                break
            j += step
        runs.append((_article_start(doc, i), j))
        i = j
    return runs


def _joined_unit_end(doc: _Doc, i: int, j: int) -> int:
    """Where a run ends when "and" joins it to the next capitalised word and the whole is one first- or
    second-level unit the gazetteer knows ("Sistan and Baluchestan", "Kohgiluyeh and Boyer-Ahmad"): the unit,
    not two places (its halves are no units, so the bracket's container was lost). `j` otherwise."""
    n = len(doc)
    if not (j + 1 < n and doc.lowers[j] == "and" and _is_cap(doc[j + 1]) and not doc[j + 1].is_punct):
        return j
    k = j + 2
    while k < n and (step := _run_step(doc, k)):
        k += step
    key = name_key(doc[i:k].text)
    if any(e.level != "city" and name_key(e.name) == key for e in gazetteer().lookup(key)):
        return k
    return j


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


@cache
def _sector_words() -> frozenset[str]:
    return frozenset(data_lines("sector_words.txt"))


# A city whose parts reports name ("West Beirut", "West Mosul") is a large one: below this, the name left
# after a compass word is more likely another place's ("East Rand" is no Rand, "East Bank" no Bank).
SECTOR_CITY_MIN_POPULATION = 100_000


def _without_sector_words(doc: _Doc, start: int, end: int) -> int:
    """Where the name of a city starts after the words that say which part of it ("Moslem West Beirut" is
    Beirut's west, "Christian East Beirut" its east): only when the gazetteer knows a large city of that
    name and not the whole name ("West Bank", "North Kivu" stay whole)."""
    first = start
    while first < end - 1 and doc.lowers[first] in _sector_words():
        first += 1
    whole = name_key(doc[start:end].text)
    if first == start or whole in country_names().names or gazetteer().lookup(whole):
        return start  # "South Africa", "West Bank"
    key = name_key(doc[first:end].text)
    city = any(
        e.level == "city" and e.population >= SECTOR_CITY_MIN_POPULATION and name_key(e.name) == key
        for e in gazetteer().lookup(key)
    )
    return first if city else start


@cache
def _descriptor_tails() -> frozenset[str]:
    return frozenset(data_lines("descriptor_tails.txt"))


# lower-case words after a run that say the run names a town (or its port): "the Hodeidah Red Sea port city"
TOWN_OR_PORT_WORDS = frozenset({"port", "seaport", "harbour", "harbor", "city", "town", "resort"})


def _town_before_descriptor(doc: _Doc, start: int, end: int) -> int:
    """Where a known town's name ends inside a run that goes on to name a geographic feature describing it
    ("the Hodeidah Red Sea port city", "the Basra Gulf port"): the whole run is no place any gazetteer knows,
    so without the cut the incident fell back on the country. Only when a lower-case town or port word follows
    the run, the feature's last word is one of descriptor_tails.txt and the words before the feature are a
    town the gazetteer knows; otherwise `end` (the run is kept whole)."""
    if (
        end - start < 2
        or end >= len(doc)
        or doc.lowers[end] not in TOWN_OR_PORT_WORDS
        or doc.lowers[end - 1] not in _descriptor_tails()
        or gazetteer().lookup(name_key(doc[start:end].text))
    ):
        return end
    for cut in range(end - 1, start, -1):
        if any(e.level == "city" for e in gazetteer().lookup(name_key(doc[start:cut].text))):
            return cut
    return end


def _describes_a_town(doc: _Doc, start: int, end: int) -> bool:
    """Whether a run is a geographic feature written as a word on the town or port that follows ("the Red Sea
    port city of Hodeidah", "the Gulf port of Basra"): a sea or a river, no place of the event, even where a
    unit shares its name (Sudan's Red Sea state, which placed Hodeidah in Sudan)."""
    return (
        end < len(doc)
        and doc.lowers[end] in TOWN_OR_PORT_WORDS
        and doc.lowers[end - 1] in _descriptor_tails()
    )


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


def _burmese_a(doc: _Doc, i: int) -> bool:
    """A lone capital "A" inside a sentence before another capitalised word: no article (an article inside a
    sentence is lowercase) but the first syllable of a name ("at A Nang Pa village (Hpakant township, ...)",
    Burmese and Kachin names often begin with it)."""
    return doc[i].text == "A" and not doc[i].is_sent_start and i + 1 < len(doc) and _is_cap(doc[i + 1])


def _bracketed_names_word(doc: _Doc, i: int, end: int) -> bool:
    """A capitalised stop word inside a sentence opening a name ACLED writes with its units in brackets
    ("raided Done Taw village (Salingyi, Sagaing)"): the name's first word, not a word to drop."""
    if (
        end - i < 2
        or doc[i].is_sent_start
        or not doc[i].text[:1].isupper()
        or (doc[i].lower_ in FUNCTION_WORDS and not _burmese_a(doc, i))
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


# the articles an appositive on a place opens with, and how many describing words may stand before its
# settlement word ("a farming settlement", "a small hilltop village", "a Cakchiquel Indian farming town")
APPOSITIVE_ARTICLES = frozenset({"a", "an"})
APPOSITIVE_WORDS = 3


@cache
def _appositive_goes_on() -> frozenset[str]:
    return frozenset(data_lines("appositive_after.txt")) | {",", ".", ";", ":", "(", "-", "—"}


def _appositive_level(doc: _Doc, end: int) -> str | None:
    """The level a comma-set appositive right after a run gives it ("attacked Olenguruone, a farming
    settlement about 30 kilometres south-west of Molo"): the name is that kind of place, as "the settlement of
    Olenguruone" says, even where nothing else marks it. Describing words before the settlement word are
    words, not function words ("a farmer in the village" says nothing of the name), and the word after it
    goes on about the place ("a village elder" is a person)."""
    lowers = doc.lowers
    if end + 2 >= len(lowers) or lowers[end] != "," or lowers[end + 1] not in APPOSITIVE_ARTICLES:
        return None
    types = lexicon().types_after
    for i in range(end + 2, min(end + 3 + APPOSITIVE_WORDS, len(lowers))):
        level = types.get((lowers[i],))
        if level in ("city", "district"):
            after = lowers[i + 1] if i + 1 < len(lowers) else "."
            return level if after in _appositive_goes_on() else None
        if not lowers[i].isalpha() or lowers[i] in _appositive_goes_on():
            return None
    return None


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
    start = _without_sector_words(doc, start, end)
    end = _country_named_city_end(doc, start, end)
    described = _town_before_descriptor(doc, start, end)
    if described == end and _describes_a_town(doc, start, end):
        return None  # "the Red Sea port city of Hodeidah": the sea, not Sudan's Red Sea state
    road_end = _first_road_end(doc, start, end)
    if road_end is not None:
        start, end = road_end
    if start > 1 and doc.lowers[start - 1] in ("of", "the"):
        start = _country_name_start(doc, start, end)  # "the Republic of Korea" is no Korea village
    office = next((i for i in range(start + 1, end) if doc.lowers[i] in GOVERNOR_WORDS), None)
    if office is not None:
        end = office  # "Van Governor's Office": the province its governor heads
    lowers = set(doc.lowers[start:end])
    if lowers & NOT_PLACE_WORDS and name_key(doc[start:end].text) not in country_names().names:
        return None  # but "Dominican Republic", "Congo Republic" are countries
    if _shares_an_organisations_name(doc, end):
        return None
    if MODIFIER_SUFFIX.search(doc.lowers[end - 1]) or _names_a_route(doc, start, end):
        return None
    if _names_a_people(doc, start, end) or _addressed_as_government(doc, start, end):
        return None
    if _speaking_as_government(doc, start, end):
        return None
    opened = lexicon().types_opening.get(doc.lowers[start]) if end - start > 1 else None
    if opened is not None:
        start += 1  # "Barangay Tumbagaan": the village Tumbagaan, as "the village of Tumbagaan" says
    cut, inner_level = _split_type_suffix(doc, start, end)
    inner_level = inner_level or opened
    inner_level = inner_level or ("region" if office is not None else None)
    if cut < end and gazetteer().lookup(name_key(doc[start:end].text)):
        cut, inner_level = end, None  # "Cape Town", "Mexico City": the type word is part of the name
    level, _ = _type_after(doc, end)
    level = inner_level or level or _type_before(doc, start) or _appositive_level(doc, end)
    if described < end:
        cut, level = described, "city"  # "the Hodeidah Red Sea port city": the town its feature describes
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
        or road_end is not None
        or prev in STRONG_LOCATIVE
        or qualifier is not None
        or _names_a_way(doc, start, cut)
        or _coded_to(doc, start)
        or _dateline_head(doc, start, cut)
    )
    strength = 2 if cued or any(i in ner for i in range(start, end)) else 1
    if (
        strength == 1
        and prev not in LOCATIVE
        and not _after_verb(doc, start)
        and not _attacked_on(doc, start)
    ):
        strength = 0  # no cue at all: only a well-known place ("Aleppo is burning") will do
    if not cued and _raided_by_armed_men(doc, start, cut):
        strength, cued = 2, True
    # "rockets fired from the Gaza Strip hit Ashkelon": where they landed (a word on the reading's country
    # only; it makes no name a place: "shells struck the Bab al-Kabir market" names a market)
    struck = struck_target(doc.text, doc[doc[start].sent_start].idx, doc[start].idx)
    return Candidate(start, cut, key, level, strength, qualifier, facility=facility, cued=cued, struck=struck)


# What follows a dateline's town in capitals: a dash or an agency's bracket ("KARLOVAC - ", "JOLO (AP) -"),
# or after a comma the day it was filed ("KARLOVAC, Sunday", "KARLOVAC, Sept 15 -")
DATELINE_CLOSERS = frozenset({"-", "—", "–", "--", "("})


@cache
def _filing_day_words() -> frozenset[str]:
    words = date_words()
    return frozenset([*words["weekdays"], *words["months"]])


def _dateline_head(doc: _Doc, start: int, end: int) -> bool:
    """A run in capitals opening a line and closed as a dateline is ("KARLOVAC, Sunday" under a British
    paper's "From Our Correspondent"): the town the story was filed from, named as a town, however small.
    A headline in capitals is closed by neither, and a slug closed so ("UPDATE -", "ANALYSIS -") names no
    town the gazetteer knows."""
    before = doc[start - 1].text if start > 0 else "\n"
    if ("\n" not in before and before.strip() != "") or end >= len(doc):
        return False
    if not all(t.is_upper or not t.is_alpha for t in doc.toks[start:end]):
        return False
    nxt = doc[end].text
    closed = nxt in DATELINE_CLOSERS or (
        nxt == "," and end + 1 < len(doc) and doc.lowers[end + 1].rstrip(".") in _filing_day_words()
    )
    return closed and bool(gazetteer().lookup(name_key(doc[start:end].text)))


def _coded_to(doc: _Doc, start: int) -> bool:
    """The name at `start` follows a coder's "coded to": the place the event was coded at."""
    return start >= 2 and tuple(doc.lowers[start - 2 : start]) == CODED_TO


def _names_a_people(doc: _Doc, start: int, end: int) -> bool:
    """ "Amhara youths", "Tigray forces", "Kuki militants": a region's name right before a group of people,
    not after "in"/"at", names who they are (an ethnic group, a region's forces), not where the event was; so
    does the first of two names sharing the group ("leaders of Dogon and Fulani communities"), and any name
    after "ethnic"."""
    prev = doc.lowers[start - 1] if start > 0 else ""
    if prev == "ethnic":
        return True  # "mostly ethnic Amhara women", "ethnic Uzbek residents": an ethnic group, never a place
    if end >= len(doc) or prev in STRONG_LOCATIVE:
        return False
    shared = end + 2 < len(doc) and doc.lowers[end] == "and" and _is_cap(doc[end + 1])
    noun = doc.lowers[end + 2 if shared else end]
    return noun in GROUP_NOUNS or _villages_of_a_people(doc, end) or _a_people_by_trade(doc, start, end, noun)


@cache
def _people_nouns() -> frozenset[str]:
    return frozenset(data_lines("people_nouns.txt"))


def _a_people_by_trade(doc: _Doc, start: int, end: int, noun: str) -> bool:
    """ "a town of Cakchiquel Indian farmers", "Kekchi farmers": a name before a noun for people by what
    they do or where they live names a people when its last word is a demonym ("Indian") or the gazetteer
    knows no place by it; a known place keeps its reading ("Zamfara farmers" are Zamfara's), as "in X"
    would."""
    if noun not in _people_nouns():
        return False
    if doc.lowers[end - 1] in country_names().demonyms:
        return True
    key = name_key(doc[start:end].text)
    return not gazetteer().lookup(key) and key not in country_names().names


# "the Ichen villages of Ananum, Gidan Adamu and Kwossa", "the Fulani settlements of": a plural settlement
# word, then "of" and the settlements' own names; the name before it says whose they are
PEOPLES_SETTLEMENTS = frozenset({"villages", "towns", "settlements", "communities", "hamlets"})


def _villages_of_a_people(doc: _Doc, end: int) -> bool:
    """Whether a name stands before "villages of" and the villages' names: a people's, not a place."""
    return (
        end + 2 < len(doc)
        and doc.lowers[end] in PEOPLES_SETTLEMENTS
        and doc.lowers[end + 1] == "of"
        and _is_cap(doc[end + 2])
    )


def _shares_an_organisations_name(doc: _Doc, end: int) -> bool:
    """ "The Jammu and Kashmir Liberation Front said ...": a name joined by "and" to a capitalised run that
    an organisation word ends or holds is the first half of the organisation's name, not a place."""
    if end + 2 >= len(doc) or doc.lowers[end] != "and" or not _is_cap(doc[end + 1]):
        return False
    i = end + 1
    while i < len(doc) and _is_cap(doc[i]):
        if doc.lowers[i] in NOT_PLACE_WORDS:
            return True
        i += 1
    return False


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


@cache
def _naming_verbs() -> frozenset[str]:
    return frozenset(data_lines("named_as.txt"))


def _speaking_as_government(doc: _Doc, start: int, end: int) -> bool:
    """ "Struck what Islamabad called militant hideouts", "what Moscow described as a base": a name between
    "what" and a verb of naming is a government whose words are reported (metonymy), not a place; read as a
    place it outranks the bracketed town the strike hit."""
    return (
        start > 0
        and end < len(doc)
        and doc.lowers[start - 1] == "what"
        and doc.lowers[end] in _naming_verbs()
    )


def _doctrine_word(key: str) -> bool:
    """ "Islamist insurgents", "Maoist rebels", "Salafist fighters": a one-word name of a doctrine's
    followers describes people as a demonym does; it is no place (unless the gazetteer knows the name)."""
    return " " not in key and DOCTRINE_SUFFIX.search(key) is not None and not gazetteer().lookup(key)


def _attacked_on(doc: _Doc, start: int) -> bool:
    return start > 1 and doc.lowers[start - 1] == "on" and doc.lowers[start - 2] in ON_NOUNS


# Verbs of armed men entering a settlement by force; their object, named right after them, is where it
# happened.
RAID_VERBS = frozenset({"attacked", "raided", "stormed", "invaded", "overran"})
# Words after such a name that go on about where or when (not a person's: "attacked Musa's house").
AFTER_RAIDED = frozenset(
    {"on", "in", "at", "near", "late", "early", "overnight", "last", "this", "village", "town", ",", ".", ";"}
    | {"killing", "and", "before", "where", "district", "area", "community"}
)
RAIDER_WINDOW = 6


@cache
def _raiders() -> frozenset[str]:
    return frozenset(data_lines("raiders.txt"))


def _raided_by_armed_men(doc: _Doc, start: int, end: int) -> bool:
    """ "Gunmen attacked Kadisau on Tuesday", "armed men stormed Kauru overnight": the name armed men raided
    is a settlement, as "the village of Kadisau" says, even when the gazetteer lacks it (the small model often
    reads an unfamiliar village as a person). Only with the raiders named just before the verb in its
    sentence, and a place or time word (or the sentence's end) right after the name."""
    if start < 2 or doc.lowers[start - 1] not in RAID_VERBS:
        return False
    if end < len(doc) and doc.lowers[end] not in AFTER_RAIDED:
        return False
    sentence_start = max(doc[start - 1].sent_start, start - 1 - RAIDER_WINDOW)
    return any(word in _raiders() for word in doc.lowers[sentence_start : start - 1])


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


def _names_a_route(doc: _Doc, start: int, end: int) -> bool:
    """A road between two places ("the Khulna-Jessore highway", "the Abeokuta-Ayetoro (Abeokuta South LGA,
    Ogun) road"): no place of its own; the units written beside it, or the village it runs by, are."""
    if "-" not in doc.lowers[start:end]:
        return False
    after = end
    if after < len(doc) and doc[after].text == "(":
        close = next((i for i in range(after, min(len(doc), after + 12)) if doc[i].text == ")"), None)
        after = close + 1 if close is not None else after
    return after < len(doc) and doc.lowers[after] in WAY_WORDS


def _after_verb(doc: _Doc, start: int) -> bool:
    """A run that is the object of a verb ("shelled Ftireh") may be a place; checked against the gazetteer."""
    return (
        start > 0
        and doc[start - 1].pos_ == "VERB"
        and (doc[start - 1].lower_.endswith("ed") or doc[start - 1].lower_ in IRREGULAR_OBJECT_VERBS)
    )


def _town_named_by_facility_word(doc: _Doc, start: int, end: int) -> bool:
    """Whether the name opens on a facility word that is part of a town's name the gazetteer knows ("Port
    Said", "Port Harcourt"): the town, not a port in it."""
    return (
        end - start > 1
        and doc.lowers[start] in FACILITY_WORDS
        and bool(gazetteer().lookup(name_key(doc[start:end].text)))
    )


def _first_road_end(doc: _Doc, start: int, end: int) -> tuple[int, int] | None:
    """The first end of a road named after two towns that the gazetteer knows as a town ("on the
    Tarmiyah-Mushahada road", "on the Kupiansk-Svatove road"): the pair is no one place (`_names_a_way`),
    but coders code such an event at a town on the road, and with no other place written the pair's
    words alone left the note at a country (the doers' Russia, for a Ukrainian road). None when the run
    is no such pair or neither end is a known town."""
    if end >= len(doc) or _is_cap(doc[end]) or doc.lowers[end] not in WAY_WORDS:
        return None
    cuts = [i for i in range(start, end) if doc.lowers[i] == "-"]
    if not cuts:
        return None
    bounds = [start, *cuts, end]
    for lo, hi in pairwise(bounds):
        lo = lo if lo == start else lo + 1
        key = name_key(doc[lo:hi].text) if hi > lo else ""
        if len(key) >= 4 and any(e.level == "city" for e in gazetteer().lookup(key)):
            return lo, hi
    return None


def _country_named_city_end(doc: _Doc, start: int, end: int) -> int:
    """Where a country's name written before a lowercase "city" ends: "Gaza city", "Kuwait city" and
    "Panama city" name the city the gazetteer files as "Gaza City" (its key), not the country, whose point
    (Palestine's is Jerusalem's) lies far from it. The run stops before "city", so it is read on here."""
    if end >= len(doc) or doc[end].text != "city":
        return end
    key = name_key(doc[start:end].text)
    if key not in country_names().names or not gazetteer().lookup(name_key(doc[start : end + 1].text)):
        return end
    return end + 1


def _country_name_start(doc: _Doc, start: int, end: int) -> int:
    """Where the longest country name ending with the name at [start, end) begins: "Republic of Congo" is
    not Congo ("of" and "the" break capitalised runs, so the name is read back from its last word)."""
    names = country_names().names
    for back in range(min(start, 5), 0, -1):
        if _is_cap(doc[start - back]) and name_key(doc[start - back : end].text) in names:
            return start - back
    return start
