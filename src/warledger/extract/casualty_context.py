"""Casualty figures weighed in their sentence: totals over a period or places, other sources' counts,
grievances, arrest background and parts of those counted.

A figure "since Thursday" or "across Iraq" is cumulative; two sources' figures for the same dead merge into
a range; the killing a crowd rioted over, or what the arrested had done, is not this event's toll. These
read the sentence around figures already found, so they sit after the figure builders.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from warledger.extract.background import told_of_the_arrested
from warledger.extract.casualty_counts import Found
from warledger.extract.casualty_cues import CasualtyFigure, cue_rules, side_of
from warledger.extract.casualty_quantities import data_json, quantities_in
from warledger.extract.date_roles import STATE_SINCE_BEFORE
from warledger.extract.models import Count

# ", as anti-government demonstrations spread across the Amhara region": a clause on the circumstances, whose
# "across" says where the unrest spread, not over which places a figure is totalled.
AS_CLAUSE = re.compile(r",\s+as\s+[^,;.]*")


def is_cumulative(sentence: str) -> bool:
    """Whether the sentence totals a period ("since Thursday", "so far this year") or many places ("across
    Iraq"); a period that only ranks the event ("the deadliest attack since the war began") does not make
    it a total, nor one that says how long a state had lasted ("the roundabout, where demonstrators had been
    camping since Tuesday", `STATE_SINCE_BEFORE`)."""
    rules = cue_rules()
    return bool(summary_pattern().search(AS_CLAUSE.sub(" ", sentence))) or any(
        not rules.ranking.search(sentence, 0, match.start()) and not lasting_state(sentence, match)
        for match in rules.cumulative.finditer(sentence)
    )


def lasting_state(sentence: str, match: re.Match[str]) -> bool:
    """Whether a cumulative cue is the "since" of a state told in a relative clause ("..., where thousands
    had been camping since Tuesday"): how long the state lasted, no period the figure totals."""
    if not match.group(0).lower().startswith("since"):
        return False
    before = sentence[max(0, match.start() - 140) : match.start()] + "since "
    return STATE_SINCE_BEFORE.search(before) is not None or SOURCE_SINCE_BEFORE.search(before) is not None


# "A civil society group, which has documented the killings in the territory since they began, said at least
# 42 people had been killed": how long the source has done its work, in a relative clause on it
SOURCE_SINCE_BEFORE = re.compile(
    r",\s+(?:which|who)\s+(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|ing)\b[^.;,]{0,80}?\s+since\s+$",
    re.IGNORECASE,
)


def totals_a_period(sentence: str) -> bool:
    """Whether the sentence speaks of a period ("Violence has swept the region for two weeks since ..."),
    not of many places: a period that only ranks the event does not count."""
    rules = cue_rules()
    return any(
        not rules.ranking.search(sentence, 0, match.start()) and not lasting_state(sentence, match)
        for match in rules.cumulative.finditer(sentence)
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
            or f.figure.updated
            or not alternative_pattern().search(sentence, earlier.end, f.start)
            or other_sides(earlier.figure, f.figure)
            or MORE_VICTIMS.search(sentence, earlier.end, min(len(sentence), f.end + 6))
        ):
            merged.append(f)
            continue
        a, b = earlier.figure.count, f.figure.count
        span = Count(min=min(a.min, b.min), max=max(a.max, b.max), approximate=a.approximate or b.approximate)
        merged[merged.index(earlier)] = Found(earlier.start, f.end, replace(earlier.figure, count=span))
    return merged


# "and the police said two more bodies were found", "the bodies of two others": victims besides the first
# figure's, which add to it (but "more than 200" is another source's count)
MORE_VICTIMS = re.compile(r"\b(?:more(?!\s+than)|others?|another|also|further|additional)\b", re.IGNORECASE)


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


def part_of_counted(sentence: str, figure: Found, found: list[Found]) -> Found:
    """ "killed 2 fishermen ..., beheading one of them": a part of people the sentence has already counted
    for the same harm, after a verb of its own, is some of them (a subset), not more dead; unlike "fighting
    with jihadists, killing 40 of them", where no earlier figure of the kind counts the "them"."""
    if figure.figure.subset or not PART_OF_THEM.match(sentence[figure.end : figure.end + 20]):
        return figure
    if not any(
        f.end <= figure.start and f.figure.kind == figure.figure.kind and not f.figure.subset for f in found
    ):
        return figure
    return replace(figure, figure=replace(figure.figure, subset=True))


@cache
def later_died_pattern() -> re.Pattern[str]:
    return re.compile(str(data_json("casualty_cues.json")["later_died"]), re.IGNORECASE)


def later_deaths(sentence: str, found: list[Found]) -> list[Found]:
    """People hurt who died afterwards ("wounded eight, two of whom later died", "Three of the wounded later
    died in hospital", "Two of them died later"): a killed figure taken from the injured (`from_injured`),
    in place of any figure read at the same number. When the figure they are a part of counts the dead
    ("killed seven people, two of whom later died in hospital"), or the sentence gives the toll that counts
    them ("put the number of dead at 14 and said two of the wounded had died", "Three of the wounded died
    overnight, taking the number of dead to nine"), they are a part of it, no more dead."""
    out = list(found)
    for quantity in quantities_in(sentence):
        match = later_died_pattern().match(sentence[quantity.end :])
        if match is None:
            continue
        out = [f for f in out if not f.start <= quantity.start < f.end]
        before = [f for f in out if f.end <= quantity.start and not f.figure.subset]
        of_the_dead = not match.group("wounded") and bool(before) and before[-1].figure.kind == "killed"
        of_the_dead = of_the_dead or any(is_toll(sentence, f) for f in out)
        count = Count(min=quantity.min, max=quantity.max, approximate=quantity.approximate)
        figure = CasualtyFigure("killed", count, subset=of_the_dead, from_injured=not of_the_dead)
        out.append(Found(quantity.start, quantity.end, figure))
    return sorted(out, key=lambda f: f.start)


def is_toll(sentence: str, found: Found) -> bool:
    """A figure of the dead that is a toll ("the number of dead at 14", "taking the toll to nine")."""
    figure = found.figure
    return figure.kind == "killed" and (
        figure.updated or bool(cue_rules().toll.search(sentence[: found.start]))
    )
