"""The casualty cue rules and what they share: the figure type, the cue trigger, clause windows, sides.

`casualty_cues.json` compiles here into `CueRules` (cues after and before a number, tolls, subsets, zero
and singular figures, coded lines, sources); `CasualtyFigure` is what the readers build. The clause
windows, proper-name folding and the side of a counted noun are the small helpers every reader of a
number asks, kept apart from the readers so they form one chain (quantities -> cues -> kinds -> counts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from warledger.extract.casualty_quantities import Quantity, data_json
from warledger.extract.folding import Folded
from warledger.extract.models import Count

CasualtyKind = Literal["killed", "injured", "missing", "arrested"]
KINDS: tuple[CasualtyKind, ...] = ("killed", "injured", "missing", "arrested")
# How far (characters) a cue may sit from its number, before or after it, within a sentence.
AFTER_WINDOW = 90
BEFORE_WINDOW = 70
# Words allowed between a number and a following cue ("92 [people] [were] killed").
MAX_GAP_WORDS = 7
# Words of a relative clause between a counted noun and its cue ("two men who tried to intervene were shot").
MAX_RELATIVE_WORDS = 6
# Words after "from" naming where the counted come from ("from the 3rd brigade", "from both sides").
MAX_ORIGIN_WORDS = 3


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
    # people told as hurt who died afterwards ("wounded eight, two of whom later died"): killed, and taken out
    # of the injured
    from_injured: bool = False


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
    # two single persons joined by "and", subject of a plural verb ("A woman and her son were shot dead")
    coupled: dict[str, re.Pattern[str]]
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
# the words of one clause between "a ..." and "died": "A mob set fire to a police station after a man died"
# is the man who died, not a station that did
CLAUSE_WORDS = r"(?:(?!(?:after|because|following)\b)[\w'’-]+\s+)"


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
    # "Three citizens were martyred", but not "Seven of our men were martyred": the word a side uses of its
    # own dead, counted only where no first person stands between the number and it
    not_own_gap = rf"(?:(?!(?:{blockers}|our|my|we)\b|\d)[\w'’/().-]+\s+){{0,{MAX_GAP_WORDS}}}?"
    not_own = raw.get("after_not_own", {})
    after = {
        kind: re.compile(
            rf"^\s*(?:{gap}{origin}{relative}(?:(?:{aux})\s+)*(?:{'|'.join(cues)})"
            + (rf"|{not_own_gap}(?:(?:{aux})\s+)*(?:{'|'.join(not_own[kind])})" if kind in not_own else "")
            + r")\b",
            re.IGNORECASE,
        )
        for kind, cues in raw["after"].items()
    }
    # "killed a family of five": the household's members are the count, as "killed five" is
    household = r"(?:an?|the|his|her|their)\s+(?:entire\s+|whole\s+)?(?:family|household)\s+of"
    before = {
        kind: re.compile(
            rf"\b(?:{'|'.join(cues)})\s+(?:(?:a total of|the|an?|all(?: of)?(?: the)?|{household})\s+)?$",
            re.IGNORECASE,
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
                rf"|{subject}{NOT_A_PERSON}{CLAUSE_WORDS}{{0,12}}?{NOT_BACKGROUND}(?:died|succumbed)\b"
                # "A fourth victim, a 60-year-old rubber tapper, died in hospital": a person set apart
                # "A local resident, a man aged 50 who was driving home past the checkpoint ..., also died"
                rf"|{subject}{NOT_A_PERSON}(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+,\s+(?:an?|the|his|her)\s+[^,;.]{{1,100}},"
                rf"\s+(?:later\s+|also\s+)?(?:died|succumbed)\b"
                if kind == "killed"
                else ""
            ),
            re.IGNORECASE,
        )
        for kind, cues in raw["singular"].items()
    }
    coupled = {
        kind: re.compile(
            rf"{subject}{NOT_A_PERSON}(?:[\w'’-]+\s+){{0,4}}?and\s+(?:an?|one|the|his|her|their)\s+"
            rf"(?:[\w'’-]+\s+){{0,3}}?(?:were|have\s+been|had\s+been)\s+(?:\w+\s+){{0,2}}?(?:{'|'.join(cues)})\b",
            re.IGNORECASE,
        )
        for kind, cues in raw["singular"].items()
    }
    every_cue = [
        c
        for cues in (
            *raw["after"].values(),
            *raw.get("after_not_own", {}).values(),
            *raw["before"].values(),
            *raw["singular"].values(),
        )
        for c in cues
    ] + ["body", "corpse", "death", "coded as", "lost", "true figure", "real figure", "actual figure"]
    return CueRules(
        after=after,
        before=before,
        toll=re.compile(raw["toll"], re.IGNORECASE),
        subset_before=re.compile(raw["subset_before"], re.IGNORECASE),
        subset_after=re.compile(raw["subset_after"], re.IGNORECASE),
        zero={kind: re.compile(p, re.IGNORECASE) for kind, p in raw["zero"].items()},
        singular=singular,
        coupled=coupled,
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


# a run of blanks this long is an aside blanked out (`casualty_counts.without_subclauses`), no written words
BLANKED_ASIDE = re.compile(r" {8,}")


def clause_after(text: str, end: int) -> str:
    """The text after a quantity up to the end of its clause (sentence punctuation), bounded. An aside
    blanked out on who the counted were takes none of the reach: "Nine civilians, among them six children
    who were playing in a lane between the houses, were killed" links the nine to its verb."""
    window = text[end : end + AFTER_WINDOW]
    blanked = sum(len(m.group(0)) for m in BLANKED_ASIDE.finditer(window))
    if blanked:
        window = text[end : end + AFTER_WINDOW + blanked]
    stop = CLAUSE_END.search(window)
    return window[: stop.start()] if stop else window


def clause_before(text: str, start: int) -> str:
    window = text[max(0, start - BEFORE_WINDOW) : start]
    stops = list(re.finditer(r"[.;:!?\n]", window))
    return window[stops[-1].end() :] if stops else window


# A proper name of several words and its acronym ("the Revolutionary Armed Forces of Colombia (FARC)",
# "Abu Sayyaf"): one word of the gap between a number and its cue, however long the name.
NAME_RUN = re.compile(
    r"\b[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’.-]*)+(?:\s+\([A-Z][\w.-]*\))?"
    r"|\([A-Z]{2,}[\w.-]*\)"
)


def names_as_words(text: str) -> str:
    """`text` with each proper name of several words made one word of the same length (offsets kept)."""
    return NAME_RUN.sub(lambda m: "N" * len(m.group(0)), text)


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
    words = [w.lower() for w in match.groups()[1:] if w]
    if any(w in PREPOSITIONS for w in words):
        # "Eleven dead in rebel attack": a side word after a preposition names no one counted
        words = words[: next(i for i, w in enumerate(words) if w in PREPOSITIONS)]
    head = next((w for w in words if side_of(w) is not None), None)
    return head or sided_phrase(text, quantity) or first


PREPOSITIONS = frozenset(
    {"in", "at", "on", "by", "from", "after", "during", "near", "as", "for", "with", "when"}
)


@cache
def side_phrase_patterns() -> dict[str, re.Pattern[str]]:
    return {
        name: re.compile(pattern, re.IGNORECASE)
        for name, pattern in data_json("casualty_cues.json")["side_phrases"].items()
    }


def sided_phrase(text: str, quantity: Quantity) -> str | None:
    """The noun with a side that a number's own noun does not name but its phrase does: "14 members of the
    security forces" (the security forces), "their own losses were 17 dead" (the speaker's own side, or
    the speaker's noun when it names one), "the attackers retreated ..., leaving behind 56 dead" (the
    attackers'). So a report's figures for two sides add up instead of spanning as if they were sources
    that disagree (`by_side` wants every figure's side known)."""
    rules = side_phrase_patterns()
    member = rules["member_of"].match(text, quantity.end)
    if member is not None:
        noun = member.group("noun").lower()
        words = noun.split()
        return next((n for n in (noun, *words) if side_of(n) is not None), None)
    before = text[max(0, quantity.start - 120) : quantity.start]
    own = rules["own_losses"].search(before)
    if own is not None:
        sided = [w for w in own.group("speaker").lower().split() if side_of(w) is not None]
        return sided[-1] if sided else f"own {own.group('noun').lower()}"
    left = rules["left_behind"].search(before)
    if left is not None and side_of(left.group("noun").lower()) is not None:
        return left.group("noun").lower()
    return None
