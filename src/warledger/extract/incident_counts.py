"""The killed and injured counts of an incident, from the figures of its units.

Figures of one sentence add up; figures of different sentences span a range (sources disagree), unless
a short coder's note counts new victims sentence by sentence or a news sentence says its victims are others
("Two soldiers were also killed"); a toll update or a closing tally wins, but the bodies a witness saw
("reporters saw two bodies") are some of the dead, never fewer than a count in words ("several");
a vague count ("dozens") gives way to a stated number it does not contradict; a total ACLED splits among
several coded events is shared out. A later sentence counting one side of a coordinated figure ("Ten
soldiers and 15 bandits" ... "the bodies of 15 bandits") or one victim told of ("A teacher was hacked to
death") is part of the toll, not another source's; a party's claim of its enemy's dead does not widen a
count by someone who is no party (see `without_partisan_claims`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from warledger.extract.casualty_counts import DEMOGRAPHIC_NOUN
from warledger.extract.casualty_cues import CasualtyFigure, clause_after, cue_rules, names_as_words, side_of
from warledger.extract.casualty_quantities import number_words
from warledger.extract.incident_units import Group, Unit, attribution_pattern, cue_pattern, incident_cues
from warledger.extract.models import Count


def killed_counts(group: Group) -> set[tuple[int, int]]:
    return {(f.count.min, f.count.max) for u in group.units for f in u.figures() if f.count.max > 0}


def combined_count(
    units: Sequence[Unit], kind: str, tallies: Sequence[Unit] = (), additive: bool = False
) -> Count | None:
    """Figures of one kind: summed within a sentence; across sentences spanned (sources disagreeing)
    or, in a short note, added up when a sentence counts other victims. A toll update wins, and so
    does a closing tally ("3 fatalities.")."""
    updates = without_partial_tallies(
        [(u, count) for u in units if (count := update_of(u, kind, tallies)) is not None], kind
    )
    adjusted: dict[int, Count] = {}
    if updates and (beside := side_update_beside_sides(units, updates[-1], kind)) is not None:
        return beside
    if updates and (folded := folded_side_update(units, updates[-1], kind)) is not None:
        units, adjusted = folded
        updates = []
    if updates:
        return with_later_source(with_later_victims(updates[-1], units, kind), updates[-1][0], units, kind)
    per_unit = [(u, adjusted.get(id(u)) or own_total(u, kind, units)) for u in units if u.figures(kind)]
    counts = [(u, c) for u, c in per_unit if c is not None and c.max > 0] or [
        (u, c) for u, c in per_unit if c is not None
    ]
    counts = without_partisan_claims(without_partial_sightings(counts, kind))
    if not counts:
        return None
    body = [(u, c) for u, c in counts if not u.headline]
    if additive and body:
        total = added_up(body)
        heads = [c for u, c in counts if u.headline]
        return Count(
            min=min([total.min] + [c.min for c in heads]),
            max=max([total.max] + [c.max for c in heads]),
            approximate=total.approximate or any(c.approximate for c in heads),
        )
    counts = without_vague_counts(without_breakdowns(without_restated_parts(counts, kind), kind), kind)
    counts, outdated = without_superseded(counts)
    counts = [(u, c) for u, c in counts if not counts_on_from(u, c, outdated, counts, kind)]
    extra = [(u, c) for u, c in counts[1:] if counts_other_victims(u, kind)]
    body_total = added_up(body) if body else None
    base = [(u, c) for u, c in counts if (u, c) not in extra and not restated(u, c, extra, kind, body_total)]
    total = sides_total(base, kind)
    return Count(
        min=total.min + sum(c.min for _, c in extra),
        max=total.max + sum(c.max for _, c in extra),
        approximate=any(c.approximate for _, c in counts),
    )


def folded_side_update(
    units: Sequence[Unit], update: tuple[Unit, Count], kind: str
) -> tuple[list[Unit], dict[int, Count]] | None:
    """A toll update of one side's dead ("raising the police death toll to eight", "raising the number of
    security personnel killed to 36") after a sentence that counted that side beside another ("six policemen
    were killed ..., while 14 insurgents were killed"): it brings that side's part of the sentence up to
    date (22), not the whole toll down to one side's (8). Returns the units without the update and without
    the earlier counts of that side alone, and the sentences' updated sums; None for an update of the whole
    toll or of a side no earlier sentence counted beside another."""
    unit, count = update
    side = updated_side(unit)
    if side is None:
        return None
    heads = [
        u
        for u in units
        if u.start < unit.start and counts_sides_together(u, kind) and side in side_counts(u, kind)
    ]
    if not heads:
        return None
    adjusted: dict[int, Count] = {}
    for head in heads:
        part, total = side_counts(head, kind)[side], own_total(head, kind, units)
        if total is not None and part.max < count.max:
            adjusted[id(head)] = Count(
                min=total.min - part.min + count.min,
                max=total.max - part.max + count.max,
                approximate=total.approximate or count.approximate,
            )
    kept = [
        u
        for u in units
        if u is not unit
        and not (u.start < unit.start and not counts_sides_together(u, kind) and unit_side(u, kind) == side)
    ]
    return kept, adjusted


def side_update_beside_sides(units: Sequence[Unit], update: tuple[Unit, Count], kind: str) -> Count | None:
    """A toll update of one side's dead that no sentence counted beside another, while other sentences count
    other sides, one side each ("three officers were killed" ... "bringing the number of civilians killed to
    two" ... "the bodies of six rebels"): the update is that side's count and the earlier counts of that side
    give way; each side's counts span and the sides add up (11), and a count naming no side told before them
    ("At least eleven people died") is their sum told first, spanned with it. None unless the update names a
    side, no sentence counts sides together and another known side is counted."""
    unit, count = update
    side = updated_side(unit)
    if side is None:
        return None
    sided: dict[str, list[tuple[Unit, Count]]] = {side: [(unit, count)]}
    generic: list[tuple[Unit, Count]] = []
    for u in units:
        if u is unit or (total := own_total(u, kind, units)) is None or total.max <= 0:
            continue
        if counts_sides_together(u, kind):
            return None
        told = unit_side(u, kind)
        if told is None:
            generic.append((u, total))
        elif told != side or u.start > unit.start:
            sided.setdefault(told, []).append((u, total))
    if len(sided) < 2 or any(
        u.start > min(v.start for pairs in sided.values() for v, _ in pairs) for u, _ in generic
    ):
        return None
    spans = [spanned(pairs) for pairs in sided.values()]
    total = Count(
        min=sum(c.min for c in spans),
        max=sum(c.max for c in spans),
        approximate=any(c.approximate for c in spans),
    )
    return spanned([*generic, (unit, total)])


# the dead of one side whose count an update brings up to date: "the police death toll", "the number of
# security personnel killed"
SIDE_TOLL = re.compile(
    r"\b(?:number\s+of|the|its|their)\s+((?:[\w'’-]+\s+){1,3}?)(?:killed|dead|(?:death\s+|casualty\s+)?toll)\b"
    r"(?=\s+(?:to|at|(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|reached|stood|stands|now\s+stands))\b)",
    re.IGNORECASE,
)


def updated_side(unit: Unit) -> str | None:
    """The one side whose toll the unit's update names, if it names one."""
    sides = set()
    for match in SIDE_TOLL.finditer(unit.text):
        words = [re.sub(r"['’]s?$", "", w).lower() for w in match.group(1).split()]
        found = side_of(" ".join(words)) or next((s for w in words if (s := side_of(w)) is not None), None)
        if found is not None:
            sides.add(found)
    return sides.pop() if len(sides) == 1 else None


def with_later_source(count: Count, update: Unit, units: Sequence[Unit], kind: str) -> Count:
    """A toll update widened by another source's higher count told after it ("bringing the toll to 17", then
    "Rescue workers said they had carried at least 20 bodies from the park"): sources that disagree span a
    range, as they do without an update; no count of other victims, no headline, no update of its own."""
    later = [
        f.count
        for u in units
        if u.start > update.start
        and not u.headline
        and attribution_pattern().search(u.text)
        and not counts_other_victims(u, kind)
        and not any(f.updated for f in u.figures(kind))
        and not superseded(u)
        for f in u.figures(kind)
        if f.count.max > count.max or (0 < f.count.max < count.min and verified_lower(u, f))
    ]
    if not later:
        return count
    return Count(
        min=min([count.min] + [c.min for c in later]),
        max=max([count.max] + [c.max for c in later]),
        approximate=count.approximate,
    )


def verified_lower(unit: Unit, figure: CasualtyFigure) -> bool:
    """A lower count told after a toll update as what another source has verified ("the United Nations had
    so far confirmed 14 deaths in the strike"): that source's own, more cautious count of the same dead,
    which spans with the update as sources that disagree do; not an earlier count told again ("Police had
    initially put the toll at 48", "said earlier that 17 people had died") nor a part of the dead ("14
    children")."""
    return (
        side_of(figure.victim_group) is None
        and VERIFIED.search(unit.text) is not None
        and EARLIER.search(unit.text) is None
    )


# "had confirmed 14 deaths", "has verified", "documented": a count the source checked itself
VERIFIED = re.compile(
    r"\b(?:confirmed|verified|documented|(?:recovered|counted|collected) (?:\w+ ){0,2}?bodies)\b",
    re.IGNORECASE,
)
# a count told as made before the latest
EARLIER = re.compile(r"\b(?:earlier|initially|at first|originally|previously)\b", re.IGNORECASE)


def without_partial_tallies(updates: list[tuple[Unit, Count]], kind: str) -> list[tuple[Unit, Count]]:
    """A bare count after an explicit toll update ("toll ... rises to three", "A third person has died")
    that counts fewer ("One woman was killed at the scene") tells some of those dead, not the latest
    toll: only a sentence that says it updates the toll lowers it."""
    kept: list[tuple[Unit, Count]] = []
    for unit, count in updates:
        stated = [c.max for u, c in kept if any(f.updated for f in u.figures(kind))]
        explicit = any(f.updated for f in unit.figures(kind))
        if explicit or not stated or count.max >= max(stated):
            kept.append((unit, count))
    return kept


def superseded(unit: Unit) -> bool:
    """A sentence giving its count as one made before the latest ("police initially put the toll at
    seven")."""
    return bool(cue_pattern("superseded").search(unit.text))


def without_superseded(
    counts: list[tuple[Unit, Count]],
) -> tuple[list[tuple[Unit, Count]], list[tuple[Unit, Count]]]:
    """A news report's counts without those it gives as outdated ("Rodriguez had initially reported eight
    gunmen dead" under a lead's 12) when a count not so marked is higher: ACLED codes the latest toll, and an
    early count is no other source's. Returns the counts kept and those dropped."""
    current = [c.max for u, c in counts if not superseded(u)]
    if not current:
        return counts, []
    top = max(current)
    outdated = [(u, c) for u, c in counts if superseded(u) and c.max < top]
    return [pair for pair in counts if pair not in outdated], outdated


def counts_on_from(
    unit: Unit, count: Count, outdated: list[tuple[Unit, Count]], counts: list[tuple[Unit, Count]], kind: str
) -> bool:
    """Victims counted as "more" right after an outdated count ("initially reported eight gunmen dead" ...
    "four more bodies had been found") that bring it no higher than the latest count: they are in that
    count already, not added to it."""
    if not counts_other_victims(unit, kind):
        return False
    before = [c for u, c in outdated if u.start < unit.start]
    if before:
        top = max(c.max for u, c in counts if u is not unit)
        return before[-1].max + count.max <= top
    return reconciles(unit, count, counts)


def reconciles(unit: Unit, count: Count, counts: list[tuple[Unit, Count]]) -> bool:
    """Victims counted as "more" that bring an earlier source's count exactly to another source's ("found
    nine bodies" ... "at least 12 had died" ... "the bodies of three more fighters had been taken away":
    9 and 3 are the 12): they are in the higher count already, and the two sources agree."""
    if not MORE_OF_THEM.search(unit.text):
        return False  # "also", "another": other victims (a side the body adds), not more of the same count
    earlier = [c for u, c in counts if u.start < unit.start and not u.headline]
    others = {c.max for u, c in counts if u is not unit and not u.headline}
    return count.max > 0 and any(c.max + count.max in others for c in earlier)


# "three more fighters", "two more bodies" (not "more than")
MORE_OF_THEM = re.compile(r"\b(?:\w+\s+)more\s+(?!than\b)\w+", re.IGNORECASE)


def sides_total(counts: list[tuple[Unit, Count]], kind: str) -> Count:
    """Each side's figures spanned and the sides added up (see `by_side`); a headline that names no side
    ("38 dead") over a body that counts two ("killing 35 of the insurgents" ... "Three government soldiers
    were killed") is the sides' sum told first, so it spans with that sum, and so does a sentence that
    counts several sides at once (`counts_sides_together`)."""
    heads = [
        (u, c)
        for u, c in counts
        if (u.headline and unit_side(u, kind) is None) or counts_sides_together(u, kind)
    ]
    body = [(u, c) for u, c in counts if (u, c) not in heads]
    sides = by_side(body, kind) if heads and body else []
    if len(sides) < 2 and (completed := completed_sides(heads, body, kind)):
        return spanned([*heads, *completed])
    if len(sides) < 2:
        sides, heads = by_side(counts, kind), []
    spans = [spanned(side) for side in sides if side]  # none left: every count was restated or added
    total = Count(
        min=sum(c.min for c in spans),
        max=sum(c.max for c in spans),
        approximate=any(c.approximate for c in spans),
    )
    return spanned([*heads, (body[0][0], total)]) if heads else total


def completed_sides(
    heads: list[tuple[Unit, Count]], body: list[tuple[Unit, Count]], kind: str
) -> list[tuple[Unit, Count]]:
    """Counts of one side only, each with the other sides' dead that a sentence counting the sides together
    gives ("26 of the assailants and two soldiers were killed" ... residents "had counted more than 30
    bodies of attackers": 28 and 32): the one-sided counts are other sources' figures of that side, so
    each, with the other sides' dead as told, is the event's toll, spanned with the sentence's own sum,
    not a lower count of all the dead. Empty unless every such count is of one known side that the
    sentences counting sides together also count, beside other sides. A one-sided count that equals such a
    sentence's sum is that sum ("23 killed in jihadist assault" over "nine soldiers and 14 attackers"), and
    one whose source denies losses is its whole toll (`DENIES_LOSSES`): both stay as they are."""
    sides = {unit_side(u, kind) for u, _ in body}
    if len(sides) != 1 or None in sides:
        return []
    side = sides.pop()
    told: dict[str, list[Count]] = {}
    for unit, _ in heads:
        for noun_side, count in side_counts(unit, kind).items():
            told.setdefault(noun_side, []).append(count)
    if side not in told or len(told) < 2:
        return []
    others = [spanned([(heads[0][0], c) for c in counts]) for s, counts in told.items() if s != side]
    sums = {(c.min, c.max) for _, c in heads}
    return [
        (unit, count)
        if (count.min, count.max) in sums or DENIES_LOSSES.search(unit.text)
        else (
            unit,
            Count(
                min=count.min + sum(c.min for c in others),
                max=count.max + sum(c.max for c in others),
                approximate=count.approximate or any(c.approximate for c in others),
            ),
        )
        for unit, count in body
    ]


# A source that denies losses ("denied that any of his men were killed and claimed that 30 soldiers had
# died"): its one-sided count is its whole toll, not one side's beside the others' as told elsewhere.
DENIES_LOSSES = re.compile(
    r"\bden(?:ied|ies|ying)\b[^.;]{0,40}?\b(?:killed|died|dead|losses|casualties)\b"
    r"|\bno(?:ne of)? (?:\w+ ){0,3}?(?:were|was|had been) killed\b",
    re.IGNORECASE,
)


def side_counts(unit: Unit, kind: str) -> dict[str, Count]:
    """The dead a sentence counts for each known side ("26 of the assailants and two soldiers": armed 26,
    state 2); parts of a side's figure ("among them three children") are no side of their own."""
    found: dict[str, Count] = {}
    for m in unit.of("casualty"):
        if m.value.kind != kind or m.value.subset:
            continue
        for count, noun in m.value.parts or ((m.value.count, m.value.victim_group),):
            side = "own" if noun in OWN_SIDE_WORDS else side_of(noun) if noun is not None else None
            if side is None:
                continue
            had = found.get(side)
            found[side] = (
                count
                if had is None
                else Count(
                    min=had.min + count.min,
                    max=had.max + count.max,
                    approximate=had.approximate or count.approximate,
                )
            )
    return found


# "only two of its own men", "three of their own": the number's noun is the speaker's side
OWN_SIDE_WORDS = frozenset({"its", "their", "his", "our"})


def counts_sides_together(unit: Unit, kind: str) -> bool:
    """A sentence whose figures count two known sides ("its fighters had killed more than 30 soldiers ... only
    two of its own men had died": soldiers and the speaker's own): one source's sum of the sides. Beside
    sentences that count one side each ("Five soldiers were killed" ... "the bodies of 13 rebels were
    found"), it is another source's total, spanned with theirs (18-32), as a headline's is, instead of
    leaving the sides unknown and the one-sided counts spanned as if they disagreed (5-32). A figure of one
    side with parts of it ("six civilians ..., among them ... three children") counts one side."""
    sides = {
        "own" if noun in OWN_SIDE_WORDS else side_of(noun)
        for m in unit.of("casualty")
        if m.value.kind == kind and not m.value.subset
        for noun in ([n for _, n in m.value.parts] or [m.value.victim_group])
        if noun is not None
    }
    return len(sides - {None}) >= 2


# "at least two attackers were believed to have been killed": a guess, not a count
HEDGED = re.compile(r"\b(?:believed|feared|thought|presumed)\s+(?:to\s+)?(?:have\s+been|be)\b", re.IGNORECASE)


def with_later_victims(update: tuple[Unit, Count], units: Sequence[Unit], kind: str) -> Count:
    """A tally or toll update, plus the victims counted after it as others ("Five officers died at the
    scene. Two more died in hospital on Thursday" is 7) or as another side's dead; a hedged guess ("believed
    to have been killed") adds nothing."""
    last, count = update
    later = [
        c
        for u in units
        if u.start > last.start
        and u.figures(kind)
        and (counts_other_victims(u, kind) or counts_the_other_side(last, u, kind))
        and not HEDGED.search(u.text)
        and not told_back(last, u, units)
        and (c := summed(u.figures(kind))) is not None
    ]
    if not later or breaks_down(update, later, units, kind):
        return count
    return Count(
        min=count.min + sum(c.min for c in later),
        max=count.max + sum(c.max for c in later),
        approximate=count.approximate or any(c.approximate for c in later),
    )


def counts_the_other_side(tally: Unit, unit: Unit, kind: str) -> bool:
    """A sentence after a tally of one known side's dead that counts another known side's ("Three
    servicemen ... were killed and five wounded." then "Two of the bandits were destroyed"): ACLED counts
    both sides of the event, so the fighters' dead add to the soldiers'."""
    side, tallied = unit_side(unit, kind), unit_side(tally, kind)
    return side is not None and tallied is not None and side != tallied


def breaks_down(update: tuple[Unit, Count], later: list[Count], units: Sequence[Unit], kind: str) -> bool:
    """Whether the victims counted as others after a toll update, with a count told after it that is no
    count of others, make up the updated toll exactly ("raising the toll to 15" ... "Twelve persons ...
    were killed on the spot" ... "three of them succumbed to their injuries during the night"): the
    account of how the toll came about, not victims beyond it."""
    last, count = update
    more = sum(c.max for c in later)
    return any(
        (c := summed(u.figures(kind))) is not None and c.max + more == count.max
        for u in units
        if u.start > last.start and not u.headline and u.figures(kind) and not counts_other_victims(u, kind)
    )


def told_back(update: Unit, unit: Unit, units: Sequence[Unit]) -> bool:
    """Whether the story went back, between a toll update and `unit`, to a day before the update's ("...
    taking the number of dead to nine" after deaths overnight, then "Police said the grenade was thrown ...
    on Saturday afternoon", "One policeman was also killed"): victims told in the account of the event
    itself are among those the updated toll counts, not more."""
    dates = update.own_event_dates()
    if not dates:
        return False
    then = dates[0].start  # the update's own day ("died overnight"), not an earlier count's it names
    return any(
        update.start < u.start <= unit.start and any(d.start < then for d in u.own_event_dates())
        for u in units
    )


def update_of(unit: Unit, kind: str, tallies: Sequence[Unit]) -> Count | None:
    """The count a toll update or a closing tally gives: a tally's figures together ("Eight men died at the
    scene and three more died later in hospital" is 11), an update's last figure."""
    updated = [f.count for f in unit.figures(kind) if f.updated]
    if updated:
        return updated[-1]  # "... several fatalities. Fatalities coded as 10": the coder's figure decides
    if unit in tallies and not is_sighting(unit):
        return summed(unit.figures(kind))
    return None


def restated(
    unit: Unit, count: Count, extra: list[tuple[Unit, Count]], kind: str, body_total: Count | None
) -> bool:
    """A headline figure the body gives again as other victims ("12 soldiers, five attackers killed" ...
    "All five attackers were also killed"): the body's figure counts them, once; and a headline that sums
    the body's figures of other victims ("8 soldiers, four attackers killed", 12) is that sum, told first."""
    if not unit.headline or not extra:
        return False
    if body_total is not None and (body_total.min, body_total.max) == (count.min, count.max):
        return True
    return any(
        (c.min, c.max) == (count.min, count.max) and unit_side(u, kind) == unit_side(unit, kind)
        for u, c in extra
    )


def without_partisan_claims(counts: list[tuple[Unit, Count]]) -> list[tuple[Unit, Count]]:
    """A party's claim of the dead it inflicted ("A rebel commander said his group had killed more than 30 of
    the enemy") is one side's count of its enemy's dead. Beside a count by someone who is no party (elders,
    a hospital, witnesses, monitors: "killed at least 28 people, elders and a hospital official said"), it
    does not widen the range: ACLED codes the most conservative credible figure, and a belligerent's count
    of its enemy's losses is the least credible one. Where every count comes from the parties ("the military
    said 48 rebels and 11 soldiers were killed" and the rebels' "70 soldiers ... for the loss of nine"),
    each is a source's figure and they span."""
    neutral = [(u, c) for u, c in counts if counted_by_no_party(u) and not claims_kills(u)]
    if not neutral:
        return counts
    return [(u, c) for u, c in counts if not claims_kills(u)]


def claims_kills(unit: Unit) -> bool:
    """A party to the fighting says how many it killed ("the army said it had killed 40 militants")."""
    return bool(cue_pattern("partisan_claim").search(unit.text))


@cache
def neutral_source_pattern() -> re.Pattern[str]:
    """Someone who is no party, named as giving the sentence's figure: "elders said", "according to
    witnesses", "said elder Abdi"."""
    who = "|".join(incident_cues()["neutral_count"])
    return re.compile(
        rf"\b(?:{who})\b[^.;]{{0,40}}?\b(?:said|says|told|counted|reported)\b"
        rf"|\b(?:said|says|according\s+to)\s+(?:an?\s+|the\s+)?(?:local\s+)?(?:{who})\b",
        re.IGNORECASE,
    )


def counted_by_no_party(unit: Unit) -> bool:
    return bool(neutral_source_pattern().search(unit.text))


# "Reporters saw two bodies", "a witness counted 12 bodies": the dead someone saw, some of them at least.
SIGHTING = re.compile(
    r"\b(?:saw|seen|see|sees|counted|counts|sighted)\s+(?:\w+\s+){0,4}?bod(?:y|ies)\b", re.IGNORECASE
)


def is_sighting(unit: Unit) -> bool:
    """A sentence counting the bodies someone saw: what one witness saw, not a closing count."""
    return bool(SIGHTING.search(unit.text))


# "He said he had helped pull 11 bodies from the rubble": the bodies one helper handled, his share.
SHARE = re.compile(
    r"\bhelp(?:ed|s|ing)?\s+(?:to\s+)?(?:pull|carry|bury|recover|remove|retrieve|dig|collect|lift)\w*\s+"
    r"(?:out\s+)?(?:\w+\s+){0,3}?bod(?:y|ies)\b",
    re.IGNORECASE,
)


def is_share(unit: Unit) -> bool:
    """A sentence counting the bodies one person helped to handle: part of the dead, not a count of them."""
    return bool(SHARE.search(unit.text))


def without_shares(counts: list[tuple[Unit, Count]]) -> list[tuple[Unit, Count]]:
    """A helper's share ("he had helped pull 11 bodies from the rubble") under another source's count of the
    dead (31 bodies at the hospital) is some of those dead, not a third source's lower toll: it does not
    lower the range. Alone, or above every other count, it stays."""
    most = max((c.max for u, c in counts if not is_share(u)), default=None)
    return [(u, c) for u, c in counts if not (is_share(u) and most is not None and c.max <= most)]


def without_partial_sightings(counts: list[tuple[Unit, Count]], kind: str) -> list[tuple[Unit, Count]]:
    """A sighting below a count in words ("Several civilians were killed ..." and then "Reporters saw two
    bodies") is some of those dead and does not contradict it: the vague count stands. (A stated number
    and a sighting are two sources' counts: "at least 92" and "observers counted more than 90 bodies".)"""
    counts = without_shares(counts)
    others = [c for u, c in counts if not is_sighting(u) and is_vague(u, kind)]
    stated = [c for u, c in counts if not is_sighting(u) and not is_vague(u, kind)]
    if not others or stated:
        return (
            counts  # beside a stated number ("four people had been killed"), a sighting is a source's count
        )
    least = min(c.min for c in others)
    return [(u, c) for u, c in counts if not (is_sighting(u) and c.max < least)]


def without_breakdowns(counts: list[tuple[Unit, Count]], kind: str) -> list[tuple[Unit, Count]]:
    """In a news report, a later sentence counting only children or women, fewer than an earlier count of
    the dead, counts some of them ("killing 12 members of one family" ... "pulled the bodies of five
    children from the rubble"): a part of the toll, not another source's toll; unless it says they are
    others ("Two children were also killed")."""
    kept: list[tuple[Unit, Count]] = []
    for unit, count in counts:
        part = (
            any(c.max > count.max for _, c in kept)
            and (counts_only_a_part(unit, kind) or tells_one_victim(unit, kind))
            and not counts_other_victims(unit, kind)
        )
        if not part:
            kept.append((unit, count))
    return kept


def without_restated_parts(counts: list[tuple[Unit, Count]], kind: str) -> list[tuple[Unit, Count]]:
    """A later sentence counting again one side of an earlier sentence's coordinated figure ("Ten soldiers
    and at least 15 bandits were killed" ... "The bodies of 15 bandits were recovered"): that part, told
    again, not another source's total of the dead; unless it says its victims are others. (A headline's
    parts the body tells one by one, "8 soldiers, four attackers killed" over "Eight soldiers were killed",
    are the body's own count: see `restated`.)"""
    kept: list[tuple[Unit, Count]] = []
    for unit, count in counts:
        side = unit_side(unit, kind)
        part = (
            side is not None
            and not counts_other_victims(unit, kind)
            and any(
                (p.min, p.max) == (count.min, count.max) and side_of(noun) == side
                for earlier, _ in kept
                if not earlier.headline
                for f in earlier.figures(kind)
                for p, noun in f.parts
            )
        )
        if not part:
            kept.append((unit, count))
    return kept


# "A 35-year-old teacher was hacked to death", "he was shot dead": one person, told without a number
ONE_PERSON_TOLD = re.compile(r"^(?:an?|the|he|she)\b", re.IGNORECASE)


def tells_one_victim(unit: Unit, kind: str) -> bool:
    """Every figure of the sentence is one person told of ("A 35-year-old teacher was hacked to death in
    front of his house" after "killed at least three"): after a larger count, one of those dead described,
    not a toll of one."""
    mentions = [m for m in unit.of("casualty") if m.value.kind == kind and not m.value.subset]
    return bool(mentions) and all(m.value.count.max == 1 and ONE_PERSON_TOLD.match(m.text) for m in mentions)


def counts_only_a_part(unit: Unit, kind: str) -> bool:
    """Every figure of the sentence counts children, women or men, some of a speaker's own people ("lying
    beneath the bodies of two of her neighbours") or one household ("the house next door, where a family
    of five died"): a part of a toll, never its tally."""
    figures = unit.figures(kind)
    households = {
        id(m.value) for m in unit.of("casualty") if A_HOUSEHOLD.search(unit.text[: m.start - unit.start])
    }
    return bool(figures) and all(
        id(f) in households
        or (f.victim_group and (DEMOGRAPHIC_NOUN.match(f.victim_group) or f.victim_group in POSSESSIVES))
        for f in figures
    )


# "a family of five", "a household of seven": the number counts one household, named just before it
A_HOUSEHOLD = re.compile(r"\b(?:famil(?:y|ies)|household)\s+of\s+$", re.IGNORECASE)


# "two of her neighbours", "three of their sons": the number's noun is a possessive (see `victim_noun`)
POSSESSIVES = frozenset({"her", "his", "their", "my", "our"})


def spanned(counts: list[tuple[Unit, Count]]) -> Count:
    return Count(
        min=min(c.min for _, c in counts),
        max=max(c.max for _, c in counts),
        approximate=any(c.approximate for _, c in counts),
    )


def by_side(counts: list[tuple[Unit, Count]], kind: str) -> list[list[tuple[Unit, Count]]]:
    """The counts grouped by the side their victims belong to, when every sentence counts one known side
    and there are several ("Five soldiers were killed" ... "12 militants were killed": each side's figures
    span, the sides add up, as ACLED counts an event's dead); otherwise one group."""
    sides = [unit_side(u, kind) for u, _ in counts]
    if None in sides or len(set(sides)) < 2:
        return [counts]
    groups: dict[str | None, list[tuple[Unit, Count]]] = {}
    for side, pair in zip(sides, counts, strict=True):
        groups.setdefault(side, []).append(pair)
    return list(groups.values())


def unit_side(unit: Unit, kind: str) -> str | None:
    """The one side a sentence's figures of this kind count, if they all count the same known side (a
    figure coordinating several sides, "Ten soldiers and 15 bandits", counts none alone)."""
    sides = {
        side_of(noun)
        for m in unit.of("casualty")
        if m.value.kind == kind
        for noun in ([n for _, n in m.value.parts] or [m.value.victim_group])
    }
    return sides.pop() if len(sides) == 1 else None


# an ordinal that counts on from the victims already told ("a fourth victim ... died in hospital")
COUNTING_ON = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:victim|person|man|woman|child)"
)
# "another", "also", "two more", "a fourth victim"
OTHER_VICTIMS_BESIDE = re.compile(
    rf"\b(?:another|other|additional|further|also|{COUNTING_ON})\b|\bmore\b(?!\s+than)", re.IGNORECASE
)


def counts_other_victims(unit: Unit, kind: str) -> bool:
    """A news sentence whose figure counts victims besides those already counted: "Two soldiers were also
    killed", "another 12 people", "three other people were wounded" (added, not another source's count).
    Only the sentence's first figure of the kind is asked: in "Eight men died at the scene and three more
    died later", the three are more than the eight, and the sentence as a whole restates the toll."""
    first = next((m for m in unit.of("casualty") if m.value.kind == kind), None)
    if first is None:
        return False
    if first.value.from_injured:
        return True  # "Three of the wounded later died": dead besides those counted dead before
    start, end = first.start - unit.start, first.end - unit.start
    reach = end + words_to_cue(unit.text, end, kind)
    # a cue word must start inside the figure's reach, but is read in the whole text: a reach that ends
    # inside "wounding more than 60" must not leave "more" without its "than"
    return any(m.start() < reach for m in OTHER_VICTIMS_BESIDE.finditer(unit.text, max(0, start - 10)))


def words_to_cue(text: str, end: int, kind: str) -> int:
    """How far past a number its own words run: up to its casualty cue ("Two Mozambican soldiers were also
    killed" reaches "also" however long the noun phrase), or 25 characters when no cue follows it."""
    cue = cue_rules().after.get(kind)
    following = names_as_words(clause_after(text, end))
    match = cue.match(following) if cue is not None else None
    return max(25, match.end()) if match else 25


def without_vague_counts(counts: list[tuple[Unit, Count]], kind: str) -> list[tuple[Unit, Count]]:
    """A count in words only ("Dozens killed", coded 12) gives way to a number another sentence states
    that it does not contradict ("at least 31"): the range then spans what sources say, not a convention."""
    vague = [
        (u, c)
        for i, (u, c) in enumerate(counts)
        if c.approximate and is_vague(u, kind) and not (i and counts_other_victims(u, kind))
    ]  # "Dozens of attackers were also killed" counts others: it is added, not replaced
    stated = [(u, c) for u, c in counts if (u, c) not in vague]
    most_stated = max((s.max for _, s in stated), default=0)
    if not vague or not stated or any(least_meant(u, c, kind) > most_stated for u, c in vague):
        return counts
    return stated


def least_meant(unit: Unit, count: Count, kind: str) -> int:
    """The fewest the unit's vague words for this kind can mean, or their coded value if that is fewer:
    "several dead" (coded 10, at least 3) is not contradicted by "four people had been killed"; "dozens
    killed" (coded 12) is by "seven", and keeps giving way to "14" as it always has."""
    least = number_words().vague_least
    texts = [m.text.casefold() for m in unit.of("casualty") if m.value.kind == kind]
    found = [n for word, n in least.items() for t in texts if re.search(rf"\b{re.escape(word)}\b", t)]
    return min(max(found, default=count.min), count.min)


def is_vague(unit: Unit, kind: str) -> bool:
    """The unit's figures of this kind are vague quantities in words ("dozens", "several"), not a number
    written out ("about twenty" is a source's count, which spans a range with another's). Only the figures
    the unit counts are read: not a series' total in a clause after its own ("killed dozens, the worst of a
    series of attacks that have left over a hundred dead" is vague)."""
    counted = {id(f) for f in unit.figures(kind)}
    mentions = [m for m in unit.of("casualty") if m.value.kind == kind and id(m.value) in counted]
    return (
        bool(mentions)
        and not any(ch.isdigit() for m in mentions for ch in m.text)
        and all(vague_quantity_pattern().search(m.text) for m in mentions)
    )


@cache
def vague_quantity_pattern() -> re.Pattern[str]:
    """A vague quantity word of numbers.json ("several", "dozens", "scores of")."""
    words = sorted(number_words().vague, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


TOLL = re.compile(r"\b(?:death|casualty|fatality)?\s?toll\b", re.IGNORECASE)


OTHER_VICTIMS = re.compile(
    rf"\b(?:other|another|also|additional|further|more|as well|{COUNTING_ON})\b", re.IGNORECASE
)


def added_up(counts: list[tuple[Unit, Count]]) -> Count:
    """A note's figures summed: a sentence's figure counts new victims when it differs from those
    before it or says so ("2 other policemen"); the same number again is a restatement, and a figure
    someone else gives ("the group said it had killed 15") widens the range instead."""
    total = counts[0][1]
    seen = {(total.min, total.max)}
    for unit, count in counts[1:]:
        if attribution_pattern().search(unit.text) and not (
            OTHER_VICTIMS.search(unit.text) or died_later(unit)
        ):
            # "The group said it had killed 15": another source's count of the same victims
            total = Count(
                min=min(total.min, count.min),
                max=max(total.max, count.max),
                approximate=total.approximate or count.approximate,
            )
        elif (count.min, count.max) not in seen or OTHER_VICTIMS.search(unit.text) or died_later(unit):
            total = Count(
                min=total.min + count.min,
                max=total.max + count.max,
                approximate=total.approximate or count.approximate,
            )
        seen.add((count.min, count.max))
    return total


def died_later(unit: Unit) -> bool:
    """The sentence counts hurt people who died afterwards ("Two of the wounded later died")."""
    return any(f.from_injured for f in unit.figures("killed"))


def less_later_deaths(injured: Count | None, units: Sequence[Unit]) -> Count | None:
    """The injured without those who died afterwards, whom the killed count ("wounded eight, two of whom
    later died": 6 injured)."""
    moved = sum(f.count.min for u in units for f in u.figures("killed") if f.from_injured)
    if injured is None or not moved:
        return injured
    return Count(
        min=max(0, injured.min - moved), max=max(0, injured.max - moved), approximate=injured.approximate
    )


def shared(count: Count | None, parts: int) -> Count | None:
    """One event's share of a figure split among `parts` coded events: rounded down, and up to one more
    when it does not divide evenly (ACLED gives the remainder to some of the events, and the note does not
    say which: 10 among 3 is 4, 3 and 3)."""
    if count is None or parts <= 1:
        return count
    return Count(min=count.min // parts, max=-(-count.max // parts), approximate=True)


# "the bodies of two others": bodies besides those already counted
BODIES_OF_OTHERS = re.compile(r"\b(?:bodies|corpses|remains)\s+of\s+$", re.IGNORECASE)
OTHERS_AFTER = re.compile(r"^\s+(?:\w+\s+)?others\b", re.IGNORECASE)


def own_total(unit: Unit, kind: str, units: Sequence[Unit]) -> Count | None:
    """The sentence's figures summed; but a count of the bodies of others that, with the bodies an earlier
    sentence counted, makes up the sentence's own count of the dead ("U.N. police recovered three bodies"
    ... "The CNRT said five of its supporters had been killed and that the bodies of two others had been
    carried away": the two are the five's other bodies, 5, not 7)."""
    figures = headline_story(unit, unit.figures(kind))
    earlier = [summed(u.figures(kind)) for u in units if u.start < unit.start and is_body_count(u)]
    seen = {c.max for c in earlier if c is not None}
    rest = [f for f in figures if is_bodies_of_others(unit, f)]
    whole = [f for f in figures if f not in rest]
    if rest and whole and any(b + f.count.max == w.count.max for b in seen for f in rest for w in whole):
        figures = whole
    return summed(without_vague_bodies(unit, figures))


def headline_story(unit: Unit, figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """A headline's figures of its first story: a headline of two joined by ";" ("Pakistani shelling kills
    three villagers in Poonch, India says; Pakistan reports two dead", "Rocket kills woman in Sderot;
    Israel strikes back") tells another event, or the other side's, after it, whose dead are not the lead's
    (when the first story counts none, the headline's figures are all kept)."""
    cut = unit.text.find(";")
    if not unit.headline or cut < 0:
        return figures
    first = [f for f in figures if (at := figure_offset(unit, f)) is not None and at < cut]
    return first or figures


def figure_offset(unit: Unit, figure: CasualtyFigure) -> int | None:
    """Where in the sentence the figure is written."""
    mention = next((m for m in unit.of("casualty") if m.value is figure), None)
    return None if mention is None else mention.start - unit.start


def without_vague_bodies(unit: Unit, figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """A sentence's stated count without the bodies it mentions in words only ("their own count was 32,
    because several bodies were recovered from the bush later"): bodies found are of the dead the number
    already counts, not a convention's ten more."""
    worded = [
        f for f in figures if f.victim_group == "bodies" and f.count.approximate and not has_digits(unit, f)
    ]
    stated = [f for f in figures if has_digits(unit, f)]
    return [f for f in figures if f not in worded] if worded and stated else figures


def has_digits(unit: Unit, figure: CasualtyFigure) -> bool:
    """The figure is written with a number ("32", "at least 14"), not only in words ("several")."""
    mention = next((m for m in unit.of("casualty") if m.value is figure), None)
    return mention is not None and any(ch.isdigit() for ch in mention.text)


def is_body_count(unit: Unit) -> bool:
    """A sentence counting bodies found, recovered or seen ("police recovered three bodies")."""
    return bool(re.search(r"\bbod(?:y|ies)\b", unit.text, re.IGNORECASE))


def is_bodies_of_others(unit: Unit, figure: CasualtyFigure) -> bool:
    """A figure written "the bodies of two others"."""
    mention = next((m for m in unit.of("casualty") if m.value is figure), None)
    if mention is None:
        return False
    start, end = mention.start - unit.start, mention.end - unit.start
    return bool(BODIES_OF_OTHERS.search(unit.text[:start]) and OTHERS_AFTER.match(unit.text[end:]))


def summed(figures: list[CasualtyFigure]) -> Count | None:
    """A sentence's figures added up, a number told twice once; the hurt who died afterwards always count
    ("killed 2 and wounded 5, two of whom later died" is 4)."""
    distinct = list(
        {
            (f.count.min, f.count.max, f.count.approximate): f.count for f in figures if not f.from_injured
        }.values()
    ) + [f.count for f in figures if f.from_injured]
    if not distinct:
        return None
    return Count(
        min=sum(c.min for c in distinct),
        max=sum(c.max for c in distinct),
        approximate=any(c.approximate for c in distinct),
    )
