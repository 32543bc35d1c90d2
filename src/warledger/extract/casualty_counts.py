"""Casualty figures of one sentence, before their context is weighed: numeric, zero, singular, ordinal,
split and coded figures.

Coordinated numbers are summed ("3 soldiers and 2 civilians were killed" is 5), a total and its
breakdown is the total, "a man was shot dead" is one and "a third person has died" a toll of three; ACLED's
own coding lines decide. `Found` carries each figure with its offsets in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from warledger.extract.casualty_cues import CasualtyFigure, cue_rules, victim_noun
from warledger.extract.casualty_kinds import (
    chained,
    counts_speakers,
    counts_the_doers,
    counts_things,
    figure_kind,
    found_alive,
    gapped_kind,
    is_subset,
    killed_along_with,
    one_more_person,
    one_person_before,
    persons_joined,
    unnumbered_company,
)
from warledger.extract.casualty_quantities import Quantity, quantities_in, value_of_words
from warledger.extract.models import Count


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


def numeric_figures(text: str) -> list[Found]:
    """Figures built from explicit quantities, coordinated ones summed."""
    quantities = quantities_in(text)
    masked = without_subclauses(text)
    # a number of things ("from one family", "two vehicles") is no part of a chain of counted people either
    things = [counts_things(text, q) for q in quantities]
    kinds = [
        (None, False) if thing or counts_speakers(text, q) or found_alive(text, q) else figure_kind(masked, q)
        for q, thing in zip(quantities, things, strict=True)
    ]
    kinds = [
        ("killed", False) if kind[0] is None and killed_along_with(text, q) is not None else kind
        for q, kind in zip(quantities, kinds, strict=True)
    ]
    kinds = [
        (None, False) if counts_the_doers(masked, q, nxt) else kind
        for q, nxt, kind in zip(quantities, [*quantities[1:], None][: len(quantities)], kinds, strict=True)
    ]
    for k in range(1, len(quantities)):
        if kinds[k][0] is None and (
            gapped := gapped_kind(masked, quantities[k - 1], quantities[k], kinds[k - 1][0])
        ):
            kinds[k] = (gapped, False)  # "three died at the scene and two others in hospital"
    subsets = [is_subset(text, q) for q in quantities]
    found: list[Found] = []
    i = 0
    while i < len(quantities):
        j = i
        while (
            j + 1 < len(quantities)
            and not subsets[j + 1]
            and not things[j]
            and not things[j + 1]
            and chained(text, quantities[j], quantities[j + 1])
            and kinds[j + 1][0] in (None, kinds[i][0] or kinds[j + 1][0])
        ):
            j += 1
        group = _without_breakdown(text, quantities[i : j + 1])
        kind = next((k for k, _ in kinds[i : j + 1] if k), None)
        if kind is not None:
            extra = (
                one_more_person(text, group[-1])
                + one_person_before(text, group[0])
                + (killed_along_with(text, group[0]) or 0 if kind == "killed" else 0)
            )
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


ALSO_DIED = re.compile(r"(?<!\bwho )(?<!\bthat )\balso\s+(?:died|succumbed)$", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:and|while|but)\s|\.\s|\sand\s+$")


def singular_figures(text: str, taken: list[Found]) -> list[Found]:
    """ "A man was shot dead", "killed a civilian": one victim, where no number was given for that kind;
    "beat two men ..., killing both": two. Not a question or no one in particular ("He did not say whether
    anyone had been killed"): the words ask about a death, they report none."""
    found = []
    rules = cue_rules()
    for kind, rule in rules.singular.items():
        if any(f.figure.kind == kind for f in taken):
            # "12 policemen were killed; a teacher caught in the crossfire also died": one more of the dead
            # after the number, in a clause of its own
            last = max(f.end for f in taken if f.figure.kind == kind)
            more = rule.search(text, last) if kind == "killed" else None
            if more and ALSO_DIED.search(more.group(0)) and CLAUSE_BREAK.search(text[last : more.start()]):
                found.append(Found(more.start(), more.end(), CasualtyFigure(kind, Count(min=1, max=1))))  # type: ignore[arg-type]
            continue
        pair = rules.pair_object[kind].search(text) if kind in rules.pair_object else None
        if pair:
            found.append(Found(pair.start(), pair.end(), CasualtyFigure(kind, Count(min=2, max=2))))  # type: ignore[arg-type]
            continue
        match = rule.search(text) or rules.singular_object[kind].search(text) or coupled_persons(text, kind)
        if match and rules.singular_question.search(match.group(0)):
            match = None
        if match:
            # "killed a commander and his wife": two; "A woman and a teenage boy ... died": two
            count = 1 + one_more_person(text, match.end()) + persons_joined(match.group(0))
            company = unnumbered_company(text, match.end())  # "and members of his family": at least 2 more
            nth = nth_victim(match.group(0)) if kind == "killed" else None
            figure = CasualtyFigure(
                kind,  # type: ignore[arg-type]
                Count(min=count + company, max=count + company, approximate=bool(company)),
            )
            if nth is not None:
                figure = replace(figure, count=Count(min=nth, max=nth), updated=True)
            found.append(Found(match.start(), match.end(), figure))
    return found


def coupled_persons(text: str, kind: str) -> re.Match[str] | None:
    """ "A woman and her son were shot dead", "A policeman and a soldier were killed": two single persons
    joined by "and" as the subject of a plural verb (`coupled` in casualty_cues.py); not a single person
    beside a plural ("A man and children were killed" names no second single person)."""
    match = cue_rules().coupled[kind].search(text)
    return match if match is not None and persons_joined(match.group(0)) else None


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
