"""Quantities in casualty text: numbers in digits or words, ranges and ACLED's vague-quantity conventions.

A casualty figure starts from a quantity ("92", "about 350", "twenty-three", "18 to 21", "dozens"); this
module finds them and their values from `data/extract/numbers.json`, and leaves out the numbers that are
dates, ages, times, sums of money or measures. It knows nothing of casualty cues, so every other casualty
module can build on it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

MODIFIERS = (
    "at least",
    "at most",
    "no more than",
    "not more than",
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
    """Every quantity in `text`, in order (numbers inside units like "82mm" or dates like "9/5" excluded);
    a new list each time, of the remembered answer (`_quantities`)."""
    return list(_quantities(text))


@lru_cache(maxsize=1024)
def _quantities(text: str) -> tuple[Quantity, ...]:
    """`quantities_in`, kept: the figure rules and the later-deaths rule read the same sentence's quantities
    one after another (a pure function of the text; `Quantity` is frozen)."""
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
    return tuple(found)


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
# what may follow an age: a stop, a coordination, a relative, or the person's own verb ("a girl of eight died
# when ...", "a woman aged 60 had been")
AGE_END = re.compile(
    r"^\s*(?:[,.;:)]|and\b|or\b|who\b|was\b|were\b|died\b|dies\b|had\b|has\b|is\b|succumbed\b|$)",
    re.IGNORECASE,
)


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
