"""The table of date patterns, most specific first, each with its resolver, and its folded twins.

The rules join the absolute and relative resolvers; folding and a literal index let a sentence skip the
patterns it cannot match (folding.py, literals.py).
"""

from __future__ import annotations

import re
from functools import cache

from warledger.extract.date_relative import (
    resolve_ago,
    resolve_day_of_month,
    resolve_night_into,
    resolve_offset,
    resolve_past_span,
    resolve_period,
    resolve_period_start,
    resolve_weekday,
    resolve_weekend,
)
from warledger.extract.date_roles import YEAR_NAMED_EVENT
from warledger.extract.date_values import (
    COUNT_WORDS,
    Resolver,
    _alternation,
    date_words,
    resolve_day_month_year,
    resolve_day_range,
    resolve_holiday,
    resolve_iso,
    resolve_month_of_year,
    resolve_month_year,
    resolve_numeric,
    resolve_year,
)
from warledger.extract.folding import fold_pattern
from warledger.extract.literals import LiteralIndex, required_literals


@cache
def date_rules() -> tuple[tuple[re.Pattern[str], Resolver], ...]:
    """The date patterns, most specific first, each with the function resolving it."""
    words = date_words()
    month = rf"(?:{_alternation(list(words['months']))})\.?"
    weekday = _alternation(list(words["weekdays"]))
    part = _alternation(words["parts_of_day"])
    offsets = _alternation(list(words["day_offsets"]))
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    flags = re.IGNORECASE
    rules: list[tuple[str, Resolver]] = [
        (rf"\b(?P<y>{year})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", resolve_iso),
        (rf"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>{year}|\d\d)\b", resolve_numeric),
        (
            rf"\b(?:between\s+|from\s+)?(?P<d1>{day})(?:\s+(?P<m1>{month}))?\s*(?:-|–|to|and|until)\s*(?P<d2>{day})\s+"
            rf"(?:of\s+)?(?P<m>{month}),?(?:\s+(?P<y>{year}))?\b",
            resolve_day_range,
        ),
        (rf"\b(?P<d>{day})\s+(?:of\s+)?(?P<m>{month}),?(?:\s+(?P<y>{year}))?\b", resolve_day_month_year),
        (
            rf"\b(?P<m>{month})\s+(?P<d>{day})\b(?!\s*(?:mm|km|%))(?:,?\s+(?P<y>{year}))?",
            resolve_day_month_year,
        ),
        (rf"\b(?:early|mid|late|mid-)?\s*(?P<m>{month})\s+(?P<y>{year})\b", resolve_month_year),
        (rf"\b(?P<m>{month})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", resolve_month_of_year),
        (
            rf"\b(?:in|during|since|by)\s+(?:early\s+|mid-?|late\s+)?(?P<m>{month})(?!\s*\d)\b",
            resolve_month_year,
        ),
        (rf"\b(?:in|during|since|by)\s+(?P<y>{year})\b", resolve_year),
        (rf"\b(?:the|a|an)\s+(?P<y>{year})\s+(?={YEAR_NAMED_EVENT.pattern})", resolve_year),
        (
            rf"\b(?:overnight|(?:in|during|over)\s+the\s+night)\s+(?:in)?to\s+(?P<wd>{weekday})\b",
            resolve_night_into,
        ),
        (
            rf"\b(?P<wd>{weekday})(?:\s+(?:{part}))?(?:,?\s+(?:the\s+)?(?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b)?",
            resolve_weekday,
        ),
        (rf"\b(?P<w>{offsets})\b", resolve_offset),
        (rf"\b(?P<h>{_alternation(list(words['holidays']))})\b", resolve_holiday),
        (rf"\b(?P<n>{COUNT_WORDS}|\d+)\s+(?P<u>hours|days?|weeks?|fortnights?)\s+ago\b", resolve_ago),
        (
            r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+"
            rf"(?P<n>{COUNT_WORDS}|\d+)\s+(?P<u>hours|days|weeks)\b",
            resolve_past_span,
        ),
        (
            r"\b(?:(?:at|over|during|on)\s+the|this(?:\s+past)?|last|past)\s+weekend\b(?!\s+of\b)",
            resolve_weekend,
        ),
        (r"\b(?:earlier\s+|later\s+)?(?P<which>last|this|past)\s+(?P<u>week|month|year)\b", resolve_period),
        (
            r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<u>week|month|year)\b",
            resolve_period_start,
        ),
        (r"\bon\s+the\s+(?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b", resolve_day_of_month),
    ]
    compiled = [(re.compile(p, flags), f) for p, f in rules]
    return tuple(compiled)


@cache
def folded_date_rules() -> tuple[re.Pattern[str] | None, ...]:
    """Each date pattern's case-sensitive twin for lowered text (folding.py), a quick test that skips the
    patterns that find nothing in a sentence (most of them in most sentences)."""
    return tuple(fold_pattern(pattern) for pattern, _ in date_rules())


@cache
def date_rule_index() -> LiteralIndex:
    """The words each folded date rule cannot match without ("ago", a month's name...), found in one scan."""
    return LiteralIndex([required_literals(f) if f is not None else None for f in folded_date_rules()])
