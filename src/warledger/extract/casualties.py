"""Casualty figures: how many were killed, injured, missing or arrested, as a coder would count them.

A figure is a quantity ("92", "about 350", "twenty-three", "18 to 21", "dozens") tied to a casualty cue
that follows it ("92 people were killed", "1 fatality") or precedes it ("killing 57", "wounded ten
others", "the toll rose to 40"). Working on the sentence text with regular expressions built from data
files (`data/extract/numbers.json`, `casualty_cues.json`) keeps it fast enough to run on every sentence
that holds a cue word, and predictable: each rule is a line of data a reader can check. ACLED's
conventions for vague counts (several/many 10, dozens 12, hundreds 100) come from the number data and
are marked approximate. Coordinated figures are summed ("3 soldiers and 2 civilians were killed" is 5),
subsets ("including 3 children") are kept apart, and totals over a period ("since Thursday",
"so far this year") are flagged cumulative so incidents can keep them apart from single events.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.background import told_of_the_arrested
from warledger.extract.folding import Folded
from warledger.extract.mentions import Mention, add_mentions
from warledger.extract.models import Count
from warledger.extract.sentences import sentence_texts

CasualtyKind = Literal["killed", "injured", "missing", "arrested"]
KINDS: tuple[CasualtyKind, ...] = ("killed", "injured", "missing", "arrested")
MENTION_KIND = "casualty"
SOURCE_KIND = "figure_source"
SOURCE_STOPWORDS = frozenset(
    {"he", "she", "they", "it", "we", "police", "reports", "media", "sources", "this", "it was"}
)
# How far (characters) a cue may sit from its number, before or after it, within a sentence.
AFTER_WINDOW = 90
BEFORE_WINDOW = 70
# Words allowed between a number and a following cue ("92 [people] [were] killed").
MAX_GAP_WORDS = 7
# Words of a relative clause between a counted noun and its cue ("two men who tried to intervene were shot").
MAX_RELATIVE_WORDS = 6
# Words after "from" naming where the counted come from ("from the 3rd brigade", "from both sides").
MAX_ORIGIN_WORDS = 3
MODIFIERS = (
    "at least",
    "at most",
    "more than",
    "over",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "up to",
    "as many as",
    "fewer than",
    "less than",
    "an estimated",
    "estimated",
    "another",
    "a further",
    "a total of",
    "close to",
    "upwards of",
    "just over",
    "just under",
    "no fewer than",
    "no less than",
    "in excess of",
    "an additional",
    "additional",
    "a reported",
)
APPROXIMATE_MODIFIERS = frozenset(
    {
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "nearly",
        "almost",
        "an estimated",
        "estimated",
        "close to",
        "up to",
        "as many as",
    }
)


def data_json(name: str) -> dict[str, Any]:
    """One JSON data file of `warledger/data/extract/`."""
    text = resources.files("warledger").joinpath("data", "extract", name).read_text(encoding="utf-8")
    return dict(json.loads(text))


@dataclass(frozen=True)
class NumberWords:
    """The number vocabulary: word values and ACLED's vague-quantity conventions."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    dozen: int
    vague: dict[str, int]
    # the fewest each vague word can mean ("several" >= 3): what a stated figure must not fall below
    vague_least: dict[str, int]


@cache
def number_words() -> NumberWords:
    raw = data_json("numbers.json")
    return NumberWords(
        raw["units"], raw["tens"], raw["scales"], raw["dozen"], raw["vague"], raw["vague_least"]
    )


@dataclass(frozen=True)
class Quantity:
    """A number in the text with its range: "18 to 21" is 18..21, "dozens" is 12 (approximate)."""

    start: int
    end: int
    text: str
    min: int
    max: int
    approximate: bool


@dataclass(frozen=True)
class CasualtyFigure:
    """A casualty figure: what happened to how many, and how the text qualifies it."""

    kind: CasualtyKind
    count: Count
    cumulative: bool = False
    updated: bool = False
    subset: bool = False
    victim_group: str | None = None
    source: str | None = None
    split: int = 1
    # the coordinated parts summed into the count ("Ten soldiers and at least 15 bandits"): each part's count
    # and noun, so a later sentence counting one part again is told apart from another source's total
    parts: tuple[tuple[Count, str | None], ...] = ()


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def quantity_pattern() -> re.Pattern[str]:
    """One regular expression for every quantity form, modifiers and ranges included."""
    nw = number_words()
    word = _alternation([*nw.units, *nw.tens, *nw.scales, "dozen"])
    word_number = (
        rf"(?:(?:a|an)\s+(?:dozen|hundred|thousand)|half\s+a\s+dozen|"
        rf"(?:{word})(?:(?:\s+|-)(?:and\s+)?(?:{word}))*)"
    )
    digits = r"(?<![\w.,/:$€£])(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w/:%]|[.,]\d)"
    vague = _alternation(list(nw.vague))
    core = rf"(?:{digits}|\b{word_number}\b|\b(?:{vague})\b)"
    modifier = _alternation(list(MODIFIERS))
    ranged = rf"{core}(?:\s*(?:-|–|to|or|,?\s*if not|,?\s*possibly|and up to)\s*{core})?"
    between = rf"\bbetween\s+{core}\s+(?:and|to)\s+{core}"
    return re.compile(rf"(?:\b(?P<mod>{modifier})\s+)?(?P<core>{between}|{ranged})", re.IGNORECASE)


def value_of_words(text: str) -> int | None:
    """The value of a number written in words ("twenty-three", "one hundred and five", "a dozen")."""
    nw = number_words()
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current, seen = max(current, 1), True
        elif word == "half":
            current, seen = -1, True
        elif word == "dozen":
            current = nw.dozen // 2 if current == -1 else max(current, 1) * nw.dozen
            seen = True
        elif word in nw.units or word in nw.tens:
            current += nw.units.get(word, 0) + nw.tens.get(word, 0)
            seen = True
        elif word in nw.scales:
            scale = nw.scales[word]
            if scale >= 1000:
                total += max(current, 1) * scale
                current = 0
            else:
                current = max(current, 1) * scale
            seen = True
        else:
            return None
    return total + current if seen else None


def value_of_core(text: str) -> tuple[int, bool] | None:
    """The value of one quantity core and whether it is a convention (vague) rather than a count."""
    cleaned = text.strip().lower()
    vague = number_words().vague
    if cleaned in vague:
        return vague[cleaned], True
    if re.fullmatch(r"[\d,]+", cleaned):
        return int(cleaned.replace(",", "")), False
    words = value_of_words(cleaned)
    return (words, False) if words is not None else None


RANGE_SPLIT = re.compile(
    r"(?<=\d)\s*[-–]\s*(?=\d)|\s*(?:\bto\b|\bor\b|,?\s*\bif not\b|,?\s*\bpossibly\b|\band up to\b)\s*",
    re.IGNORECASE,
)


def quantity_from_match(match: re.Match[str]) -> Quantity | None:
    """A `Quantity` from a match of `quantity_pattern`, or None when it does not parse."""
    core = match.group("core")
    if core.lower().startswith("between"):
        core = re.sub(r"\s+(?:and|to)\s+", " to ", core[len("between") :], flags=re.IGNORECASE)
    parts = [p for p in RANGE_SPLIT.split(core) if p.strip()]
    values = [value_of_core(p) for p in parts[:2]]
    if not values or any(v is None for v in values):
        first = value_of_core(match.group("core"))
        if first is None:
            return None
        values = [first]
    numbers = [v[0] for v in values if v is not None]
    vague = any(v[1] for v in values if v is not None)
    modifier = (match.group("mod") or "").lower()
    return Quantity(
        match.start(),
        match.end(),
        match.group(0),
        min(numbers),
        max(numbers),
        vague or modifier in APPROXIMATE_MODIFIERS,
    )


def quantities_in(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order (numbers inside units like "82mm" or dates like "9/5" excluded)."""
    found = []
    for match in quantity_pattern().finditer(text):
        quantity = quantity_from_match(match)
        if (
            quantity is not None
            and not is_date_or_measure(text, quantity)
            and not negated(text, quantity)
            and not asked(text, quantity)
        ):
            found.append(quantity)
    return found


def asked(text: str, quantity: Quantity) -> bool:
    """ "How many people were killed": the question a report leaves open, not a count ("many" is coded 10
    only where a source says many died)."""
    return bool(re.search(r"\bhow\s+$", text[max(0, quantity.start - 5) : quantity.start], re.IGNORECASE))


def negated(text: str, quantity: Quantity) -> bool:
    """ "No one", "not one": a zero, which the zero rules read."""
    return bool(
        re.search(r"\b(?:no|not)\s+$", text[max(0, quantity.start - 5) : quantity.start], re.IGNORECASE)
    )


MEASURE_AFTER = re.compile(
    r"^\s*(?:mm|km|kms|kilomet\w*|meters|metres|miles|percent|per cent|%|years?|year-old|-year|am|pm|"
    r"a\.m|p\.m|hours?|minutes?|days?|weeks?|months?|o'clock|kg|tons?|tonnes?|dollars?|usd|euros?|calibre|caliber|"
    r"rupees?|naira|shillings?|dinars?|riyals?|pounds sterling|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
    r"jun|jul|aug|sep|sept|oct|nov|dec)(?![a-z])",  # "3 am", not "three American soldiers"
    re.IGNORECASE,
)
# a sum of money, not a count: "compensation of Rs 10 lakh for each person killed", "$5,000 per family"
CURRENCY_BEFORE = re.compile(r"(?:\b(?:rs|inr|usd|kes|ksh|ngn|pkr|npr|lkr)\.?|[$€£₹₦])\s*$", re.IGNORECASE)
MONTH_BEFORE = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$",
    re.IGNORECASE,
)


# an age written after the person: "a child of nine", "a boy of 12 and his father", "a woman aged 60"
AGE_BEFORE = re.compile(
    r"\b(?:(?:child|boy|girl|son|daughter|baby|man|woman|youth|teenager)\s+of|aged)\s+$", re.IGNORECASE
)
# how many children a parent has: "a mother of three was killed", "a father of five"
PARENT_BEFORE = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather)\s+of\s+$", re.IGNORECASE)
AGE_END = re.compile(r"^\s*(?:[,.;:)]|and\b|or\b|who\b|was\b|were\b|$)", re.IGNORECASE)


def is_date_or_measure(text: str, quantity: Quantity) -> bool:
    """True for numbers that are dates, years, ages, times or measures rather than counts."""
    if quantity.min == quantity.max and 1900 <= quantity.min <= 2100 and quantity.text.strip().isdigit():
        return True
    after = text[quantity.end : quantity.end + 16]
    before = text[max(0, quantity.start - 12) : quantity.start]
    age = AGE_BEFORE.search(text[max(0, quantity.start - 24) : quantity.start]) and AGE_END.match(after)
    brood = PARENT_BEFORE.search(text[max(0, quantity.start - 24) : quantity.start]) and AGE_END.match(after)
    return bool(
        MEASURE_AFTER.match(after)
        or MONTH_BEFORE.search(before)
        or CURRENCY_BEFORE.search(before)
        or age
        or brood
    )


@dataclass(frozen=True)
class CueRules:
    """The compiled cue rules of `casualty_cues.json`."""

    after: dict[str, re.Pattern[str]]
    before: dict[str, re.Pattern[str]]
    toll: re.Pattern[str]
    subset_before: re.Pattern[str]
    subset_after: re.Pattern[str]
    zero: dict[str, re.Pattern[str]]
    singular: dict[str, re.Pattern[str]]
    singular_object: dict[str, re.Pattern[str]]
    singular_question: re.Pattern[str]
    pair_object: dict[str, re.Pattern[str]]
    coded: re.Pattern[str]
    split: re.Pattern[str]
    cumulative: re.Pattern[str]
    ranking: re.Pattern[str]
    update: re.Pattern[str]
    sources: tuple[re.Pattern[str], ...]
    trigger: re.Pattern[str]


# "a day after", "a number of": an article that does not begin a person (and "a baby who died", told as
# the cause of a protest, or "rumours that a worker had died", are not deaths of this event)
NOT_A_PERSON = r"(?!(?:day|week|month|year|few|number|lot|total|couple|dozen|series|wave)\b)"


NOT_BACKGROUND = r"(?<!who )(?<!that )(?<!had )"


# "residents put the number at more than 400": the toll cue's own phrase, with no other casualty word
PUT_AT = r"put (?:the|their|its) (?:number|figure) at"


@cache
def cue_rules() -> CueRules:
    raw = data_json("casualty_cues.json")
    blockers = "|".join(raw["gap_blockers"])
    aux = "|".join(sorted(raw["auxiliaries"], key=len, reverse=True))
    gap = rf"(?:(?!(?:{blockers})\b|\d)[\w'’/().-]+\s+){{0,{MAX_GAP_WORDS}}}?"
    # "Two men who tried to intervene were shot dead": a relative clause without a cue of its own
    any_cue = "|".join(c for cues in raw["after"].values() for c in cues)
    clause_word = rf"(?!(?:{any_cue})\b|\d)[\w'’-]+\s+"
    relative = rf"(?:(?:who|that)\s+(?:{clause_word}){{0,{MAX_RELATIVE_WORDS}}}?(?=(?:{aux})\s))?"
    # "Several fighters from both sides were killed", "4 soldiers from the 3rd brigade were killed": where the
    # counted come from, right before their verb ("from" stops the gap, as in "fled from the fighting")
    origin_word = rf"(?!(?:{blockers}|where|when|whose)\b|\d+\b)[\w'’-]+\s+"
    origin = (
        rf"(?:from\s+(?:both|either|each|all|the|their|its|his|her)\s+"
        rf"(?:{origin_word}){{0,{MAX_ORIGIN_WORDS}}}?(?=(?:{aux})\s))?"
    )
    after = {
        kind: re.compile(
            rf"^\s*{gap}{origin}{relative}(?:(?:{aux})\s+)*(?:{'|'.join(cues)})\b", re.IGNORECASE
        )
        for kind, cues in raw["after"].items()
    }
    before = {
        kind: re.compile(
            rf"\b(?:{'|'.join(cues)})\s+(?:(?:a total of|the|an?|all(?: of)?(?: the)?)\s+)?$", re.IGNORECASE
        )
        for kind, cues in raw["before"].items()
    }
    subject = r"\b(?:an?|one|another|he|she|the victim|the man|the woman|the boy|the girl)\s+"
    singular = {
        kind: re.compile(
            rf"{subject}(?:(?:[\w'’-]+\s+){{0,7}}?(?:(?:who|whom|which|that)\s+(?:[\w'’-]+\s+){{1,9}}?)?"
            rf"|(?:[\w'’-]+\s+){{1,3}}?(?:who|that)\b[^.;]{{0,150}}?,\s*)"
            rf"(?:was|has been|had been|got)\s+(?:\w+\s+){{0,2}}?(?:{'|'.join(cues)})\b"
            + (
                rf"|{subject}{NOT_A_PERSON}(?:[\w'’-]+\s+){{0,9}}?{NOT_BACKGROUND}(?:died|succumbed)\b"
                # "A fourth victim, a 60-year-old rubber tapper, died in hospital": a person set apart
                rf"|{subject}{NOT_A_PERSON}(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+,\s+(?:an?|the|his|her)\s+[^,;.]{{1,60}},"
                rf"\s+(?:later\s+)?(?:died|succumbed)\b"
                if kind == "killed"
                else ""
            ),
            re.IGNORECASE,
        )
        for kind, cues in raw["singular"].items()
    }
    every_cue = [
        c
        for cues in (*raw["after"].values(), *raw["before"].values(), *raw["singular"].values())
        for c in cues
    ] + ["body", "corpse", "death", "coded as", "lost"]
    return CueRules(
        after=after,
        before=before,
        toll=re.compile(raw["toll"], re.IGNORECASE),
        subset_before=re.compile(raw["subset_before"], re.IGNORECASE),
        subset_after=re.compile(raw["subset_after"], re.IGNORECASE),
        zero={kind: re.compile(p, re.IGNORECASE) for kind, p in raw["zero"].items()},
        singular=singular,
        singular_object={kind: re.compile(p, re.IGNORECASE) for kind, p in raw["singular_object"].items()},
        singular_question=re.compile(raw["singular_question"], re.IGNORECASE),
        pair_object={kind: re.compile(p, re.IGNORECASE) for kind, p in raw["pair_object"].items()},
        coded=re.compile(raw["coded"], re.IGNORECASE),
        split=re.compile(raw["split"], re.IGNORECASE),
        cumulative=re.compile(raw["cumulative"], re.IGNORECASE),
        ranking=re.compile(raw["ranking"], re.IGNORECASE),
        update=re.compile(raw["update"], re.IGNORECASE),
        sources=tuple(re.compile(p) for p in raw["source"]),
        trigger=re.compile(
            rf"\b(?:{'|'.join(every_cue)}|toll|fatalit|casualt|no one|nobody|{PUT_AT})", re.IGNORECASE
        ),
    )


@lru_cache(maxsize=1024)
def has_casualty_cue(text: str) -> bool:
    """The cheap trigger: does `text` hold any casualty cue word at all? (Asked twice of every sentence, by
    the figures and by the sources; over lower-cased text when that is exact, see folding.py.)"""
    return bool(folded_trigger().search(text))


@cache
def folded_trigger() -> Folded:
    return Folded(cue_rules().trigger)


# Sentence punctuation, not the full stops of "U.S." or "U.N." (a capital before each), nor decimals
CLAUSE_END = re.compile(r"[;:!?\n]|\s—\s|(?<!\b[A-Z])\.(?=\s|$|[A-Z])")


def clause_after(text: str, end: int) -> str:
    """The text after a quantity up to the end of its clause (sentence punctuation), bounded."""
    window = text[end : end + AFTER_WINDOW]
    stop = CLAUSE_END.search(window)
    return window[: stop.start()] if stop else window


def clause_before(text: str, start: int) -> str:
    window = text[max(0, start - BEFORE_WINDOW) : start]
    stops = list(re.finditer(r"[.;:!?\n]", window))
    return window[stops[-1].end() :] if stops else window


# "were kidnapped and killed": the second verb is what became of them
THEN_KILLED = re.compile(
    r"\s+and\s+(?:later\s+|then\s+|subsequently\s+)?(?:killed|murdered|executed|beheaded|shot dead)\b",
    re.IGNORECASE,
)


# A proper name of several words and its acronym ("the Revolutionary Armed Forces of Colombia (FARC)",
# "Abu Sayyaf"): one word of the gap between a number and its cue, however long the name.
NAME_RUN = re.compile(
    r"\b[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’.-]*)+(?:\s+\([A-Z][\w.-]*\))?"
    r"|\([A-Z]{2,}[\w.-]*\)"
)


def names_as_words(text: str) -> str:
    """`text` with each proper name of several words made one word of the same length (offsets kept)."""
    return NAME_RUN.sub(lambda m: "N" * len(m.group(0)), text)


# ", most of them women and children,", ", among them 29 children,": an aside on who the counted were, set
# off by commas between the counted noun and its verb ("62 people, most of them women, were killed").
ASIDE_ON_THE_COUNTED = re.compile(
    r",\s+(?:(?:most|many|all|some|several|half|(?:at\s+least\s+)?\d+|one|two|three|four|five|six)\s+of\s+"
    r"(?:them|whom)|among\s+them|including)\b[^,;.:!?]*,"
)


def kind_after(text: str, quantity: Quantity) -> CasualtyKind | None:
    """The cue kind following a quantity in its clause, read past an aside on who the counted were."""
    following = ASIDE_ON_THE_COUNTED.sub("", names_as_words(clause_after(text, quantity.end)), count=1)
    hits = [(m.end(), kind) for kind, rule in cue_rules().after.items() if (m := rule.match(following))]
    if not hits:
        return None
    end, kind = min(hits)
    if kind == "missing" and THEN_KILLED.match(following, end):
        return "killed"
    return kind  # type: ignore[return-value]


# A count of the dead that grew, however long its subject: "The number of people killed in the bombing of a
# market in the city rose to 31".
ROSE_TO = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|soared|soars)\s+to\s*$",
    re.IGNORECASE,
)
DEAD_SUBJECT = re.compile(
    r"\b(?:number of (?:people |those |civilians |persons )?(?:killed|dead|deaths|fatalities|victims)|"
    r"(?:death|casualty|fatality) toll|toll)\b",
    re.IGNORECASE,
)


def kind_before(text: str, quantity: Quantity) -> tuple[CasualtyKind | None, bool]:
    """The cue kind preceding a quantity, and whether it is a toll update ("the toll rose to 40", "the
    toll now stands at 40")."""
    preceding = clause_before(text, quantity.start)
    if cue_rules().toll.search(preceding):
        # "the toll rose to 40" updates the count; "it put the death toll at 43" is one more source's count
        return "killed", bool(cue_rules().update.search(preceding))
    if ROSE_TO.search(preceding) and DEAD_SUBJECT.search(text, 0, quantity.start):
        return "killed", True  # "the number of people killed in Saturday's bombing rose to 31"
    person = one_person_before_pattern().search(preceding)
    # "killed a policeman and two civilians": the verb before the first person counts the others too
    heads = [preceding] if person is None else [preceding, preceding[: person.start() + 1]]
    for head in heads:
        for kind, rule in cue_rules().before.items():
            if rule.search(head):
                return kind, False  # type: ignore[return-value]
    if LOST_BEFORE.search(preceding) and side_of(victim_noun(text, quantity)) is not None:
        return "killed", False  # "the army had lost 20 soldiers": its dead, not "lost 100 cows"
    return None, False


# "had lost 20 soldiers", "lost at least 12 fighters": a side's own dead, when the noun names a side
LOST_BEFORE = re.compile(
    r"\blost\s+(?:(?:at least|more than|over|about|around|nearly|almost|some)\s+)?$", re.IGNORECASE
)


def is_subset(text: str, quantity: Quantity) -> bool:
    """Whether the number counts part of a figure ("including 3 children", "3 of them children"); not when
    a killing verb takes it as its object ("fighting with jihadists, killing 40 of them": the 40 is the
    toll, a part of the jihadists)."""
    preceding = clause_before(text, quantity.start)
    following = text[quantity.end : quantity.end + 60]
    if cue_rules().subset_before.search(preceding):
        return True
    return bool(cue_rules().subset_after.match(following)) and kind_before(text, quantity)[0] is None


@cache
def side_patterns() -> dict[str, re.Pattern[str]]:
    return {
        side: re.compile(rf"(?:{pattern})", re.IGNORECASE)
        for side, pattern in data_json("casualty_cues.json")["sides"].items()
    }


def side_of(noun: str | None) -> str | None:
    """The side a counted noun belongs to ("soldiers": state, "militants": armed, "villagers": civilian);
    None for a generic noun ("people") that may count anyone."""
    if not noun:
        return None
    return next((side for side, rule in side_patterns().items() if rule.fullmatch(noun)), None)


def victim_noun(text: str, quantity: Quantity) -> str | None:
    """The noun counted ("children" in "3 children"), lower-cased, if one follows the number; the head of
    a compound when the first word names no side and one of the next two does ("three government
    soldiers", "15 Abu Sayyaf bandits": soldiers, bandits)."""
    match = re.match(
        r"^\s*(?:of\s+)?(?:(?:the|them|whom|[a-z-]+ed|pro-\w+|anti-\w+|local|young|other)\s+)?([A-Za-z-]+)"
        r"(?:\s+([A-Za-z-]+))?(?:\s+([A-Za-z-]+))?",
        text[quantity.end : quantity.end + 60],
    )
    if match is None:
        return None
    first = match.group(1).lower()
    if side_of(first) is not None:
        return first
    head = next((w.lower() for w in match.groups()[1:] if w and side_of(w.lower()) is not None), None)
    return head or first


def source_name(raw: str) -> str | None:
    """A cleaned source name ("The Local Coordination Committees" -> "Local Coordination Committees")."""
    name = re.sub(r"^(?:[Tt]he)\s+", "", raw).strip().rstrip(".")
    name = re.sub(r"(?:\s+(?:of|for|and|on|the|in))+$", "", name)
    return name if len(name) > 2 and name.lower() not in SOURCE_STOPWORDS else None


def source_of(sentence: str) -> str | None:
    """Who the figure is attributed to in its sentence ("according to X", "X documented")."""
    for rule in cue_rules().sources:
        for match in rule.finditer(sentence):
            name = source_name(match.group("src"))
            if name:
                return name
    return None


# "two reservists who had been detained there": a relative clause on the counted, after their noun; it says
# what had become of them before, while the verb before the number says what was done to them.
RELATIVE_AFTER_COUNTED = re.compile(r"^(?:\s+[\w'’-]+){0,4}?,?\s+(?:who|whom|that)\s", re.IGNORECASE)


def figure_kind(text: str, quantity: Quantity) -> tuple[CasualtyKind | None, bool]:
    """The casualty kind of a quantity (None if it counts something else) and whether it is an update."""
    before, updated = kind_before(text, quantity)
    if updated:
        return before, True
    after = kind_after(text, quantity)
    if before and after and after != before and _coordinated(clause_after(text, quantity.end)):
        return before, False  # "killed 4 soldiers and wounded 6": the verb before counts the 4
    if (
        before
        and after
        and after != before
        and RELATIVE_AFTER_COUNTED.match(clause_after(text, quantity.end))
    ):
        return before, False  # "beat to death two soldiers who had been detained": the verb before decides
    if not (after or before) and lists_the_dead(text, quantity):
        return "killed", False
    return after or before, False


@cache
def name_list_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = data_json("casualty_cues.json")["name_list"]
    return tuple(re.compile(raw[key], re.IGNORECASE) for key in ("before", "after", "dead"))  # type: ignore[return-value]


def lists_the_dead(text: str, quantity: Quantity) -> bool:
    """A list of the dead by name ("The parish priest, who buried the dead, compiled a list of 34 names"):
    the names are a count of the dead as the one who listed them has it (data: casualty_cues name_list)."""
    before, after, dead = name_list_patterns()
    return (
        bool(before.search(text[: quantity.start]))
        and bool(after.match(text[quantity.end :]))
        and bool(dead.search(text))
    )


def _coordinated(following: str) -> bool:
    """Whether the words after a number go on to a second verb phrase ("soldiers and wounded ...")."""
    return bool(re.match(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:and|,)\s", following + " "))


VERB_BETWEEN = re.compile(r"\b(?:was|were|is|are|has|have|had|been|being)\b", re.IGNORECASE)


@cache
def one_more_person_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in data_json("casualty_cues.json")["person_nouns"])
    return re.compile(
        rf"^\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+\s+(?:and|as well as)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+)?"
        rf"(?:{nouns})\b",
        re.IGNORECASE,
    )


@cache
def one_person_before_pattern() -> re.Pattern[str]:
    """One or more single persons listed before a counted group: "a man, his wife and their ..."."""
    return re.compile(
        rf"(?:^|[^\w,])\s*(?:{single_person()}\s*(?:,|and|as well as)\s+){{1,4}}(?:(?:his|her|their)\s+)?$",
        re.IGNORECASE,
    )


@cache
def single_person() -> str:
    nouns = "|".join(re.escape(n) for n in data_json("casualty_cues.json")["person_nouns"])
    return rf"(?:an?|one|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b"


def one_person_before(text: str, first: Quantity) -> int:
    """How many single persons are named before the counted ones: "a policeman and two civilians died" is
    three, "a man, his wife and their three children" five."""
    before = text[max(0, first.start - 80) : first.start]
    match = one_person_before_pattern().search(before)
    if match is None or has_casualty_cue(match.group(0)):
        return 0
    return len(re.findall(single_person(), match.group(0), re.IGNORECASE))


def persons_joined(words: str) -> int:
    """How many single persons a one-victim phrase adds by "and" ("A 60-year-old woman and a teenage boy
    selling candles died": one more; "A soldier escorting a journalist was killed": none)."""
    return len(re.findall(rf"\b(?:and|as well as)\s+{single_person()}", words, re.IGNORECASE))


def one_more_person(text: str, last: Quantity | int) -> int:
    """1 when the counted people are followed by one more person: "four patients and a nurse" is five,
    "two police officers and a 9-year-old girl" three,
    "a commander and his wife" two (not when a verb comes between: "12 people were killed and a nurse was
    injured"). `last` is the counted quantity or the offset where the first person's noun begins."""
    end = last if isinstance(last, int) else last.end
    match = one_more_person_pattern().match(text[end : end + 60])
    if match is None or has_casualty_cue(match.group(0)) or VERB_BETWEEN.search(match.group(0)):
        return 0
    return 1


@cache
def clause_verb_pattern() -> re.Pattern[str]:
    """A verb that gives the number before it a clause of its own (casualty_cues.json `clause_verbs`)."""
    verbs = "|".join(re.escape(v) for v in data_json("casualty_cues.json")["clause_verbs"])
    return re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE)


def chained(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether two quantities are coordinated parts of one figure ("3 soldiers and 2 civilians")."""
    between = text[first.end : second.start]
    if has_casualty_cue(between) or clause_verb_pattern().search(between):
        return False  # "Thousands of people fled and 12 were killed": two clauses, not 1,012
    return bool(
        re.fullmatch(
            r"\s*(?:[\w'’-]+(?:\s+|(?=,))){0,3}?(?:of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+(?:\s+|(?=,))){1,3}?)?"
            r"(?:,\s*|and\s+|as well as\s+|,\s*and\s+)(?:another\s+)?",
            between,
            re.IGNORECASE,
        )
    )


@dataclass(frozen=True)
class Found:
    """A figure found in a sentence before it becomes a Mention."""

    start: int
    end: int
    figure: CasualtyFigure


INCLUDING_CLAUSE = re.compile(
    r",\s*(?:including|among them|of whom|among whom|[\w-]+\s+of\s+(?:them|whom)\b)[^,.;]{0,60},"
    r"|[\"“”]|\s\((?-i:[A-Z][A-Za-z-]{1,11})\)",
    re.IGNORECASE,
)


def without_subclauses(text: str) -> str:
    """`text` with ", including 3 children,", ", five of them children,", quote marks and an acronym in
    brackets ("Police Force (CRPF)") blanked (same length), so cues link across."""
    return INCLUDING_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)


PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\b", re.IGNORECASE)
# "two militants shot and killed a male civilian", "2 unidentified gunmen on a motorbike shot dead a cleric":
# the number counts the doers of a verb in the active voice (not "Two soldiers were shot dead a day after")
DOERS_OF_ONE = re.compile(
    r"\s+(?:(?!(?:was|were|is|are|been|being|be)\b)[\w'’-]+\s+){1,6}?"
    r"(?:shot and killed|shot dead|stabbed to death|killed|murdered|executed|assassinated|beheaded|lynched)"
    r"\s+(?:an?|one)\s+(?!(?:number|few|dozen|total|handful|couple|day|week|month|year|while|moment)\b)",
    re.IGNORECASE,
)


def counts_the_doers(text: str, quantity: Quantity, following: Quantity | None) -> bool:
    """Whether a number counts who or what did the harm: its verb goes on to count victims of its own ("Two
    car bombs killed 70", "three gunmen wounded five"), so it is no toll, as "Two soldiers killed in blast"
    is. Only a verb in the active voice within a few words of both numbers. A number a verb before it
    counts ("Police arrested three men who killed a trader") counts those it was done to, whatever they
    did."""
    if DOERS_OF_ONE.match(text, quantity.end) and not kind_before(text, quantity)[0]:
        return True  # "two militants shot and killed a male civilian": one dead, two shooters
    if following is None:
        return False
    between = text[quantity.end : following.start]
    if len(between.split()) > MAX_GAP_WORDS + 2 or PASSIVE.search(between) or kind_before(text, quantity)[0]:
        return False
    return any(rule.search(between) for rule in cue_rules().before.values())


# Nouns a number may count that are never people: "stopped two vehicles and executed the passengers"
THINGS = re.compile(
    r"\s+(?:(?!(?:at|in|on|near|from|of|by|with|to|for|and|or|inside|outside)\b)[\w-]+\s+)?"
    r"(?:vehicles?|cars?|buses|minibuses|trucks?|lorries|motorcycles?|motorbikes?|boats?|vans?|jeeps?|"
    r"trains?|carriages?|wagons?|coaches|planes?|aircraft|helicopters?|roofs?|walls?|rooms?|floors?|"
    r"houses?|homes?|shops?|buildings?|huts?|villages?|towns?|schools?|churches|mosques?|rockets?|missiles?|"
    r"shells?|bombs?|drones?|grenades?|tanks?|checkpoints?|positions?|hours?|days?|weeks?|months?|years?|"
    r"times|km|kilometres?|kilometers?|miles?|metres?|meters?|operations?|attacks?|raids?|strikes?|incidents?|"
    r"events?|clashes|explosions?|blasts?)\b",
    re.IGNORECASE,
)


def counts_things(text: str, quantity: Quantity) -> bool:
    """Whether a number counts things, not people ("two vehicles", "three rockets"): no casualty figure."""
    return THINGS.match(text, quantity.end) is not None


# A number whose verb comes next says what people believe or said: "many believe deaths can be caused by
# sorcery", "dozens said they had been beaten" count the believers or the speakers, not victims.
SPEAKERS = re.compile(
    r"(?:\s+(?:people|residents|villagers|locals|others|witnesses))?\s+"
    r"(?:believe[sd]?|think|thought|say|said|told|blame[sd]?|hope[sd]?)\b"
    r"(?!\s+to\b)",
    re.IGNORECASE,
)


def counts_speakers(text: str, quantity: Quantity) -> bool:
    """Whether a number is the subject of a verb of belief or speech ("many believe"): no casualty figure."""
    return SPEAKERS.match(text, quantity.end) is not None


@cache
def found_alive_pattern() -> re.Pattern[str]:
    return re.compile(data_json("casualty_cues.json")["found_alive"]["pattern"], re.IGNORECASE)


def found_alive(text: str, quantity: Quantity) -> bool:
    """Whether the people the number counts were found alive ("saying that several people reported dead had
    been found alive"): no dead, whatever cue word stands between (data: casualty_cues found_alive)."""
    return bool(found_alive_pattern().match(text[quantity.end :]))


def numeric_figures(text: str) -> list[Found]:
    """Figures built from explicit quantities, coordinated ones summed."""
    quantities = quantities_in(text)
    masked = without_subclauses(text)
    kinds = [
        (None, False)
        if counts_things(text, q) or counts_speakers(text, q) or found_alive(text, q)
        else figure_kind(masked, q)
        for q in quantities
    ]
    kinds = [
        (None, False) if counts_the_doers(masked, q, nxt) else kind
        for q, nxt, kind in zip(quantities, [*quantities[1:], None][: len(quantities)], kinds, strict=True)
    ]
    subsets = [is_subset(text, q) for q in quantities]
    found: list[Found] = []
    i = 0
    while i < len(quantities):
        j = i
        while (
            j + 1 < len(quantities)
            and not subsets[j + 1]
            and chained(text, quantities[j], quantities[j + 1])
            and kinds[j + 1][0] in (None, kinds[i][0] or kinds[j + 1][0])
        ):
            j += 1
        group = _without_breakdown(text, quantities[i : j + 1])
        kind = next((k for k, _ in kinds[i : j + 1] if k), None)
        if kind is not None:
            extra = one_more_person(text, group[-1]) + one_person_before(text, group[0])
            count = Count(
                min=sum(q.min for q in group) + extra,
                max=sum(q.max for q in group) + extra,
                approximate=any(q.approximate for q in group),
            )
            parts = (
                tuple((Count(min=q.min, max=q.max), victim_noun(text, q)) for q in group)
                if len(group) > 1
                else ()
            )
            figure = CasualtyFigure(
                kind,
                count,
                updated=kinds[i][1],
                subset=subsets[i],
                victim_group=victim_noun(text, group[-1]),
                parts=parts,
            )
            found.append(Found(group[0].start, group[-1].end, figure))
        i = j + 1
    return found


DEMOGRAPHIC_NOUN = re.compile(
    r"^\s*(?:(?:[\w-]+\s+)?(?:women|men|children|boys|girls|minors|infants|babies|adults))\b"
)


def _without_breakdown(text: str, group: list[Quantity]) -> list[Quantity]:
    """A chain whose first number is the sum of the rest, the rest counting women, men or children, gives
    a total and then its parts ("killed 5 villagers, 3 women and 2 men"): the total alone, not 10; but "3
    soldiers, 2 civilians and 1 child" are three groups."""
    if (
        len(group) >= 3
        and group[0].min == sum(q.min for q in group[1:])
        and all(DEMOGRAPHIC_NOUN.match(text[q.end : q.end + 30]) for q in group[1:])
    ):
        return group[:1]
    return group


def zero_figures(text: str) -> list[Found]:
    """ "No fatalities", "no one was hurt": a figure of 0."""
    return [
        Found(m.start(), m.end(), CasualtyFigure(kind, Count(min=0, max=0)))  # type: ignore[arg-type]
        for kind, rule in cue_rules().zero.items()
        for m in rule.finditer(text)
    ]


def singular_figures(text: str, taken: list[Found]) -> list[Found]:
    """ "A man was shot dead", "killed a civilian": one victim, where no number was given for that kind;
    "beat two men ..., killing both": two. Not a question or no one in particular ("He did not say whether
    anyone had been killed"): the words ask about a death, they report none."""
    found = []
    rules = cue_rules()
    for kind, rule in rules.singular.items():
        if any(f.figure.kind == kind for f in taken):
            continue
        pair = rules.pair_object[kind].search(text) if kind in rules.pair_object else None
        if pair:
            found.append(Found(pair.start(), pair.end(), CasualtyFigure(kind, Count(min=2, max=2))))  # type: ignore[arg-type]
            continue
        match = rule.search(text) or rules.singular_object[kind].search(text)
        if match and rules.singular_question.search(match.group(0)):
            match = None
        if match:
            # "killed a commander and his wife": two; "A woman and a teenage boy ... died": two
            count = 1 + one_more_person(text, match.end()) + persons_joined(match.group(0))
            nth = nth_victim(match.group(0)) if kind == "killed" else None
            figure = CasualtyFigure(kind, Count(min=count, max=count))  # type: ignore[arg-type]
            if nth is not None:
                figure = replace(figure, count=Count(min=nth, max=nth), updated=True)
            found.append(Found(match.start(), match.end(), figure))
    return found


# "A third person has died", "a fourth victim died in hospital": the ordinal counts the dead so far
NTH_VICTIM = re.compile(
    r"^\s*an?\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:person|victim)\b",
    re.IGNORECASE,
)
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def nth_victim(words: str) -> int | None:
    """The toll an ordinal victim brings the count to ("A third person has died of wounds" is a toll of
    three, as "bringing the toll to three" is), or None for any other singular figure. Only a person or a
    victim: "a second man died overnight" after "a man died" counts men, not the dead."""
    match = NTH_VICTIM.match(words)
    return ORDINALS.index(match.group(1).lower()) + 2 if match else None


# "One villager was killed ..., and a second man died in hospital": a victim numbered after the count before
# it, dying in the same sentence, is one more of the dead (the count goes on to the ordinal).
NEXT_VICTIM = re.compile(
    r"\ban?\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:died|dies|succumbed|was\s+(?:also\s+)?killed|was\s+shot\s+dead)\b",
    re.IGNORECASE,
)


def with_next_victim(text: str, found: Found) -> Found:
    """The killed figure counted on by a later ordinal victim of the sentence, when the ordinal is the next
    number ("One villager was killed ..., and a second man died in hospital" is two); any other figure as
    it is (the ordinal is no count of its own then: "a second man" alone is one man)."""
    count = found.figure.count
    if found.figure.kind != "killed" or count.min != count.max:
        return found
    match = NEXT_VICTIM.search(text, found.end)
    if match is None or ORDINALS.index(match.group(1).lower()) + 2 != count.min + 1:
        return found
    return replace(found, figure=replace(found.figure, count=Count(min=count.min + 1, max=count.max + 1)))


def split_figures(text: str) -> list[Found]:
    """ "Fatalities split between 3 events": a marker (count 0) telling incidents to divide their figure."""
    found = []
    for match in cue_rules().split.finditer(text):
        raw = match.group("n").lower()
        parts = int(raw) if raw.isdigit() else value_of_words(raw) or 1
        marker = CasualtyFigure("killed", Count(min=0, max=0), split=max(1, parts))
        found.append(Found(match.start(), match.end(), marker))
    return found


def coded_figures(text: str) -> list[Found]:
    """ACLED's own coding line ("Fatalities coded as 10", "split across 2 events (3)"): it decides."""
    found = []
    for match in cue_rules().coded.finditer(text):
        number = int(match.group("n") or match.group("m") or match.group("r"))
        found.append(
            Found(
                match.start(),
                match.end(),
                CasualtyFigure("killed", Count(min=number, max=number), updated=True),
            )
        )
    return found


# ", as anti-government demonstrations spread across the Amhara region": a clause on the circumstances, whose
# "across" says where the unrest spread, not over which places a figure is totalled.
AS_CLAUSE = re.compile(r",\s+as\s+[^,;.]*")


def is_cumulative(sentence: str) -> bool:
    """Whether the sentence totals a period ("since Thursday", "so far this year") or many places ("across
    Iraq"); a period that only ranks the event ("the deadliest attack since the war began") does not make
    it a total."""
    rules = cue_rules()
    return bool(summary_pattern().search(AS_CLAUSE.sub(" ", sentence))) or any(
        not rules.ranking.search(sentence, 0, match.start()) for match in rules.cumulative.finditer(sentence)
    )


def totals_a_period(sentence: str) -> bool:
    """Whether the sentence speaks of a period ("Violence has swept the region for two weeks since ..."),
    not of many places: a period that only ranks the event does not count."""
    rules = cue_rules()
    return any(
        not rules.ranking.search(sentence, 0, match.start()) for match in rules.cumulative.finditer(sentence)
    )


@cache
def summary_pattern() -> re.Pattern[str]:
    """A total over many places ("killed at least 25 people across Iraq", "in a wave of bombings")."""
    return re.compile(str(data_json("casualty_cues.json")["summary"]))


@cache
def alternative_pattern() -> re.Pattern[str]:
    """The words before a later figure that make it another source's count ("while Y put the toll at")."""
    return re.compile(str(data_json("casualty_cues.json")["alternative"]), re.IGNORECASE)


@cache
def grievance_pattern() -> re.Pattern[str]:
    """The words before a figure that make it a crowd's grievance ("torched it after a man was killed")."""
    return re.compile(str(data_json("casualty_cues.json")["grievance"]), re.IGNORECASE)


def with_alternatives(sentence: str, found: list[Found]) -> list[Found]:
    """Figures of one kind that two sources give for the same dead, merged into one range: "the coalition
    said more than 1,300 people died, while the Observatory put the toll at 136" is 136-1,300, not 1,436;
    "doctors said they had received 31 bodies, and a rights group said 39 people had been killed" is 31-39.
    Not figures of two sides ("Police said three civilians were killed, and the army said it had killed two
    militants"): those are other dead, and add up."""
    merged: list[Found] = []
    for f in sorted(found, key=lambda f: f.start):
        earlier = next(
            (m for m in reversed(merged) if m.figure.kind == f.figure.kind and not m.figure.subset), None
        )
        if (
            earlier is None
            or f.figure.subset
            or not alternative_pattern().search(sentence, earlier.end, f.start)
            or other_sides(earlier.figure, f.figure)
        ):
            merged.append(f)
            continue
        a, b = earlier.figure.count, f.figure.count
        span = Count(min=min(a.min, b.min), max=max(a.max, b.max), approximate=a.approximate or b.approximate)
        merged[merged.index(earlier)] = Found(earlier.start, f.end, replace(earlier.figure, count=span))
    return merged


def other_sides(a: CasualtyFigure, b: CasualtyFigure) -> bool:
    """Two figures counting nouns of two different sides ("three civilians", "two militants")."""
    side_a, side_b = side_of(a.victim_group), side_of(b.victim_group)
    return side_a is not None and side_b is not None and side_a != side_b


def not_grievances(sentence: str, found: list[Found]) -> list[Found]:
    """Figures that are not the cause a crowd acted over: "protesters torched a police station after a
    civilian was killed" reports a riot; the killing before it is another event, counted there. Nor what
    the people arrested had done (`arrest_background`)."""
    return [
        f
        for f in found
        if not grievance_pattern().search(sentence, 0, f.start) and not arrest_background(sentence, f)
    ]


def arrest_background(sentence: str, figure: Found) -> bool:
    """A figure told of the people arrested (background.py): not the arrest's dead."""
    return told_of_the_arrested(sentence, figure.start, figure.end)


PART_OF_THEM = re.compile(r"^\s+(?:of them|of whom|of those)\b", re.IGNORECASE)


def lone_part_counted(sentence: str, figure: Found, found: list[Found]) -> Found:
    """ "Beat three supporters, leaving one of them dead", "ambushed a vehicle, killing 1 of them": a part of
    people the sentence counted for something else, or did not count, is the only figure of its kind, so it
    is the count, not a subset."""
    if (
        not figure.figure.subset
        or not PART_OF_THEM.match(sentence[figure.end : figure.end + 20])
        or len(sentence[: figure.start].split()) < 3  # "Two of them were killed": of those counted before
        or any(f.figure.kind == figure.figure.kind and not f.figure.subset for f in found)
    ):
        return figure
    return replace(figure, figure=replace(figure.figure, subset=False))


def casualty_figures(sentence: str) -> list[Found]:
    """Every casualty figure of one sentence, with offsets into it, in text order."""
    if not has_casualty_cue(sentence):
        return []
    coded = coded_figures(sentence)
    numeric = [f for f in numeric_figures(sentence) if not any(c.start <= f.start < c.end for c in coded)]
    numeric = not_grievances(sentence, with_alternatives(sentence, numeric)) + coded
    zeros = [z for z in zero_figures(sentence) if not any(f.figure.kind == z.figure.kind for f in numeric)]
    found = numeric + zeros
    found += not_grievances(sentence, singular_figures(sentence, found))
    found = [lone_part_counted(sentence, f, found) for f in found]
    found = [with_next_victim(sentence, f) for f in found]
    # "split across 2 events (4)" gives the share itself: the 4 is not divided again
    shares = [c for c in coded if "split" in sentence[c.start : c.end].lower()]
    found += [
        s for s in split_figures(sentence) if not any(c.start <= s.end and s.start <= c.end for c in shares)
    ]
    cumulative = is_cumulative(sentence)
    source = source_of(sentence)
    return sorted(
        (
            Found(
                f.start,
                f.end,
                replace(f.figure, cumulative=cumulative and not f.figure.subset, source=source),
            )
            for f in found
        ),
        key=lambda f: f.start,
    )


def source_mentions(text: str, base: int = 0) -> list[Mention]:
    """Who a sentence attributes casualty figures to ("the LCC documented the deaths"), as mentions."""
    if not has_casualty_cue(text):
        return []
    found = []
    for rule in cue_rules().sources:
        for match in rule.finditer(text):
            name = source_name(match.group("src"))
            if name:
                start, end = match.span("src")
                found.append(Mention(SOURCE_KIND, base + start, base + end, text[start:end], name))
    return found


def casualty_mentions(text: str, base: int = 0) -> list[Mention]:
    """Casualty mentions of one sentence `text` whose first character is at `base` in the document."""
    return [
        Mention(MENTION_KIND, base + f.start, base + f.end, text[f.start : f.end], f.figure)
        for f in casualty_figures(text)
    ]


class CasualtyComponent:
    """Adds a `casualty` Mention (value: CasualtyFigure) per figure, sentence by sentence."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        found: list[Mention] = []
        for start, text in sentence_texts(doc):
            found += casualty_mentions(text, start)
            found += source_mentions(text, start)
        add_mentions(doc, found)
        return doc


@Language.factory("warledger_casualties")
def make_casualty_component(nlp: Language, name: str) -> CasualtyComponent:
    return CasualtyComponent(nlp, name)
