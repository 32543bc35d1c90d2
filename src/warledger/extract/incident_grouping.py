"""Grouping a document's units into incidents, in one pass over the document.

`grouped_units` walks the units in order: an anchor joins the current incident or starts a new one
(`incident_joining` decides), or goes back to an earlier incident it names or recounts; a claim of
responsibility goes to the attack it claims, a closing tally to the incident it sums up; a headline
merges with the body's first matching incident, round-up totals give way to the attacks they sum, and
weapons named on their own go to the nearest incident. The tests that compare one unit with one
incident are in `incident_joining` and `incident_recounts`.
"""

from __future__ import annotations

import re
from functools import cache

from warledger.extract.casualty_context import AS_CLAUSE, summary_pattern
from warledger.extract.casualty_cues import side_of
from warledger.extract.date_roles import same_occasion
from warledger.extract.date_values import DateValue
from warledger.extract.incident_anchors import (
    MAX_UNIT_GAP,
    heading_between,
    heading_day,
    is_anchor,
    is_section_heading,
    quote_opening,
    reacts,
)
from warledger.extract.incident_counts import (
    counts_only_a_part,
    counts_other_victims,
    killed_counts,
    superseded,
    tells_one_victim,
    unit_side,
)
from warledger.extract.incident_joining import (
    across_total,
    continues,
    counts_it_later,
    dates_an_attack_of_a_total,
    elaborates,
    fighting_elsewhere,
    joins,
    resumes,
    stays_with_the_lead,
    tells_another_account,
    tells_the_same_day,
)
from warledger.extract.incident_places import DocPlaces, event_places, other_places
from warledger.extract.incident_recounts import recounts
from warledger.extract.incident_units import (
    Group,
    Unit,
    back_reference_pattern,
    cue_pattern,
    incident_cues,
    known_event_day,
)


def names_an_untold_event(group: Group, unit: Unit) -> bool:
    """A sentence opening on a known event and its day ("The killings took place on 22 January") when the
    incident before is dated days earlier and never names that event (no word sharing the noun's stem): the
    event the report is about, told after an earlier one, not more of that one."""
    day = known_event_day(unit)
    current = group.date()
    if day is None or current is None or current.precision != "day" or same_occasion(day, current):
        return False
    if (day.start - current.start).days <= 1:
        return False  # a day before the incident's: the event its lead follows up ("whose raid began Monday")
    match = KNOWN_NOUN.match(unit.text)
    if match is None:
        return False
    stem = match.group(1).lower()[:4]
    return not any(stem in u.text.lower() for u in group.units)


# the noun of a known event a sentence opens on ("The killings took place ...")
KNOWN_NOUN = re.compile(
    r"^\s*(?:the|this)\s+(?:[\w-]+\s+)?([\w-]+)\b[^.;:]{0,40}?\b(?:began|begun|started|took\s+place|happened|occurred|unfolded)\b",
    re.IGNORECASE,
)


def grouped_units(
    units: list[Unit], short_note: bool, places: DocPlaces | None = None, scenes: frozenset[int] = frozenset()
) -> list[Group]:
    """Anchor units grouped into incidents, weapons of other units attached to the nearest group; `places`
    says what the document's place mentions are (a dateline names no place of an incident); `scenes` are
    units that count as anchors, since they date the violence told next (`sets_the_scene`)."""
    places = places or DocPlaces()
    groups: list[Group] = []
    owner: list[int | None] = [None] * len(units)
    last_index = -100
    current = -1  # the incident the story is telling: the last one, or an earlier one it went back to
    asides: set[int] = set()  # groups opened by an aside on an earlier event (`compares_with_earlier`)
    told_of_lead = -1  # the last sentence kept as the lead's context (`stays_with_the_lead`)
    for i, unit in enumerate(units):
        if (
            groups
            and not short_note
            and (back := heading_day(groups, unit, i)) is not None
            and not fighting_elsewhere(groups[back], unit)
        ):
            current = back  # "Friday's attack" after a section of background: the story is back at Friday's
            groups[current].units.append(unit)
            owner[i] = current
            last_index = i
            continue
        if i > 0 and not short_note and not unit.headline and is_section_heading(unit) and not unit.figures():
            continue  # "Who fired": a section's heading is no sentence of an incident
        if groups and not short_note and current != 0 and reacts(unit):
            continue  # "The arrests drew swift condemnation" after a second arrest: about the lead's, not it
        if not is_anchor(unit, short_note, i) and i not in scenes:
            back = returns_to(groups, current, unit, places) if groups and not short_note else None
            if back is not None:
                current = back
            if back is not None or (
                groups
                and i > 0
                and owner[i - 1] == current
                and (
                    elaborates(groups[current], unit, places)
                    or (not short_note and tells_another_account(unit))
                )
            ):
                groups[current].units.append(unit)
                owner[i] = current
                last_index = i
            elif groups and not short_note and names_an_untold_event(groups[current], unit):
                # "The killings took place on 22 January" after an arrest on 17 January: the story turns to
                # the event it names, which the incident before never told
                groups.append(Group([unit]))
                current = len(groups) - 1
                owner[i] = current
                last_index = i
            elif (
                groups
                and not short_note
                and i - last_index - 1 <= MAX_UNIT_GAP
                and not heading_between(units, groups[current].units[-1], i)
                and known_event_day(unit) is not None
            ) or (
                groups
                and not short_note
                and not heading_between(units, groups[current].units[-1], i)
                and tells_the_same_day(groups[current], unit, i - last_index - 1, places)
            ):
                # "The raid, which began late on Monday, ..." a paragraph after the lead: its day
                groups[current].units.append(unit)
                owner[i] = current
                last_index = i
            elif (
                groups
                and not short_note
                and i > 0
                and (owner[i - 1] == current or told_of_lead == i - 1)
                and current == lead_index(groups)
                and stays_with_the_lead(groups[current], unit, places)
            ):
                # more of the lead's story in words no cue lists: its evidence, not its type, count or place
                # (and no owner, so the sentences after it join or open incidents as they did without it)
                groups[current].context.append(unit)
                told_of_lead = i
            continue
        if groups and not short_note and names_an_untold_event(groups[current], unit):
            groups.append(Group([unit]))  # a scene set by the event's name and day (see the branch above)
            current = len(groups) - 1
            owner[i] = current
            last_index = i
            continue
        gap = i - last_index - 1 - (0 if short_note else quote_opening(units, last_index, i))
        lead_told_on = told_of_lead > last_index and current == lead_index(groups)
        if not short_note and lead_told_on and only_counts(unit):
            # "A medic at the hospital in the nearby town of Abs said 41 bodies had been brought in" after the
            # lead's context: a count, with no event of its own, is as near the lead as that context
            gap = i - told_of_lead - 1
        near = (
            bool(groups)
            and not unit.headline
            and not groups[current].units[-1].headline
            and (short_note or not heading_between(units, groups[current].units[-1], i))
            and (short_note or not opens_list_item(units, i))
        )
        if (
            near
            and not short_note
            and (
                (compares_with_earlier(unit) and unit.figures()) or fighting_elsewhere(groups[current], unit)
            )
        ):
            # "The shelling came five days after a mortar round struck the market, killing five": the
            # aside's dead are the earlier event's, never more of the lead's, however well it would join; so
            # are the dead of fighting at a place the incident does not name, beside a strike from afar
            groups.append(Group([unit]))
            owner[i] = len(groups) - 1
            asides.add(len(groups) - 1)
            last_index = i
            continue
        aside = owner[i - 1] if i > 0 else None
        if near and not short_note and aside in asides and aside != current and goes_on_with_the_aside(unit):
            # "The army said two rebels were also killed in the fighting." right after an aside on an earlier
            # ambush: more of that event's dead, not of the incident the story is telling
            assert aside is not None
            groups[aside].units.append(unit)
            owner[i] = aside
            last_index = i
            continue
        if near and not short_note and (claimed := claimed_attack(groups, unit)) is not None:
            groups[claimed].units.append(unit)
            owner[i] = claimed
            last_index = i
            continue
        if near and not short_note and (back := goes_back_to(groups, current, unit, places)) is not None:
            current = back
            groups[current].units.append(unit)
        elif near and (closing_tally(unit, groups[current]) or unit.is_toll_update()) and gap <= MAX_UNIT_GAP:
            summed = lead_of_note(groups, current) if short_note and closing_tally(unit) else current
            groups[summed].units.append(unit)
            groups[summed].tallies.append(unit)
            current = summed
        elif near and (
            joins(groups[current], unit, gap, short_note, places)
            or (
                not short_note
                and resumes(groups[current], unit, gap)
                and joins(groups[current], unit, 0, places=places)
            )
            or (
                continues(unit, gap)
                and not dates_an_attack_of_a_total(groups[current], unit)
                and (short_note or not another_day_elsewhere(groups[current], unit, places))
            )
            or recounts(groups[current], unit, gap, short_note)
            or (not short_note and counts_it_later(groups[current], unit, gap, places))
            or (not short_note and gap <= MAX_UNIT_GAP and tells_another_account(unit))
            or (not short_note and gap == 0 and also_died_there(unit))
            or (not short_note and gap <= MAX_UNIT_GAP and outdated_count_of(groups[current], unit))
        ):
            groups[current].units.append(unit)
        elif (
            near
            and not short_note
            and current == len(groups) - 1
            and (before := across_total(groups, owner, unit, i, places)) is not None
        ):
            groups[before].units.append(unit)
            owner[i] = before
            last_index = i
            continue
        elif groups and not short_note and compares_with_earlier(unit):
            groups.append(Group([unit]))  # an aside: the story stays with the incident it was telling
            owner[i] = len(groups) - 1
            asides.add(len(groups) - 1)
            last_index = i
            continue
        else:
            groups.append(Group([unit]))
            current = len(groups) - 1
        owner[i] = current
        last_index = i
    attach_loose_weapons(units, owner, groups)
    groups = merge_headline(groups)
    if not short_note:
        items = frozenset(u.start for i, u in enumerate(units) if opens_list_item(units, i))
        groups = merge_retellings(groups, places, items)
    groups = without_round_up_totals(groups, news=not short_note)
    if units and owner[0] is None and units[0].headline and not short_note:
        with_plain_headline(units[0], groups)
    return groups


# "were also killed in the fighting", "also died in the ambush": more dead of an event just told, named
# as known by the kind of violence the aside told (a fight), with "also"
ALSO_IN_THE_FIGHT = re.compile(
    r"\balso\s+(?:been\s+)?(?:killed|died|wounded|injured)\s+in\s+the\s+"
    r"(?:fighting|clash(?:es)?|ambush|battle|gunfight|gun\s+battle|exchange(?:\s+of\s+fire)?|firefight|shootout)\b",
    re.IGNORECASE,
)


def goes_on_with_the_aside(unit: Unit) -> bool:
    """A sentence right after an aside on an earlier fight that adds that fight's other dead ("The army
    said two rebels were also killed in the fighting."), undated: it belongs to the aside's event."""
    return bool(ALSO_IN_THE_FIGHT.search(unit.text)) and not any(
        d.precision == "day" for d in unit.own_event_dates()
    )


# "A local resident, a man aged 50 who was driving home past the checkpoint, also died.": one more of the dead
# of the event just told, the sentence ending on its verb (no place, day or circumstance of another event)
ALSO_DIED_THERE = re.compile(r"\balso\s+(?:died|(?:was|were)\s+killed)\s*[.!]?\s*$", re.IGNORECASE)


def also_died_there(unit: Unit) -> bool:
    """A news sentence right after an incident that adds one more dead to it and says nothing else of where
    or when ("A local resident ... also died."): it belongs to the incident before, not to an event of its
    own."""
    return bool(ALSO_DIED_THERE.search(unit.text)) and not unit.own_event_dates()


BULLET = re.compile(r"^\s*[*\u2022\u25aa-](?:\s|$)")


def compares_with_earlier(unit: Unit) -> bool:
    """A news sentence that opens on the incident already told and measures the time since an earlier event
    ("The blast came a week after two bombs tore through a market in Potiskum, killing more than 40"): the
    rest is that earlier event, told as background: an incident of its own, but one the story does not go
    on with, so the sentences after it that tell more of the lead's event join the lead's, not it. (Not when
    the opening names the incident's place before the gap.)"""
    opening = back_reference_pattern().match(unit.text)
    if opening is None:
        return False
    gap = cue_pattern("gap_after").search(unit.text)
    if gap is None or re.search(r"[.;]", unit.text[opening.end() : gap.start()]):
        return False
    # "The attack in the village of Greysteel, near Londonderry, came eight days after": it names the
    # incident's place, which the sentence still gives
    return not any(m.start - unit.start < gap.start() for m in unit.of("place"))


def opens_list_item(units: list[Unit], i: int) -> bool:
    """A news sentence that opens an item of a bulleted round-up ("Other fighting reported on Tuesday:" then
    "* Separatists pounded government positions at Donetsk airport ..."): its items are events of their own,
    each coded on its own, not more of the lead's or of the item before. The list is a round-up when the line
    that introduces it (ending in a colon) speaks of other events ("Other fighting", "Elsewhere"); a flash
    update's bullets of details on one event are not."""
    if not (BULLET.match(units[i].text) or (i > 0 and units[i - 1].text.strip() in BARE_BULLETS)):
        return False
    for j in range(i - 1, -1, -1):
        text = units[j].text.strip()
        if text in BARE_BULLETS or BULLET.match(text):
            continue
        return text.endswith(":") and bool(ANOTHER_EVENT.search(text))
    return False


BARE_BULLETS = ("*", "-", "\u2022")


def returns_to(groups: list[Group], current: int, unit: Unit, places: DocPlaces) -> int | None:
    """The earlier incident a news sentence goes back to by naming it as known at its place ("al Shabaab
    said it carried out the raid on Mpeketoni" after a second attack in a nearby village): no day and no
    figure of its own, a place the current incident has not named but an earlier one has."""
    if unit.figures() or unit.own_event_dates():
        return None
    named = [
        m for m in places.named([unit]) if named_event_before().search(unit.text[: m.start - unit.start])
    ]
    if not named:
        return None
    mine = {m.text.casefold() for m in places.named(groups[current].units)}
    if not mine or any(m.text.casefold() in mine for m in places.named([unit])):
        return None
    for j in range(current - 1, -1, -1):
        theirs = {m.text.casefold() for m in places.named(groups[j].units)}
        if all(m.text.casefold() in theirs for m in named):
            return j
    return None


def goes_back_to(groups: list[Group], current: int, unit: Unit, places: DocPlaces) -> int | None:
    """The earlier incident a news sentence goes back to, naming it at its place or counting its dead."""
    back = returns_to(groups, current, unit, places)
    return back if back is not None else recounts_earlier(groups, current, unit)


def recounts_earlier(groups: list[Group], current: int, unit: Unit) -> int | None:
    """The earlier incident a news sentence counts again when the story has gone on to one with no figure
    and no day ("Snipers also fired from rooftops along the route." and then "a doctor said 15 people were
    killed", the lead's 15): no day or place of its own, every killed figure the earlier incident's own. (A
    dated one, "The violence began on Wednesday", may be the event the lead's figure counts; one dated after
    the earlier incident cannot be: "reinforcements only arrived on Friday morning, after the rebels had
    withdrawn" tells the aftermath of Thursday's assault, and "seven officers were killed" then is
    Thursday's seven.)"""
    mine = {(f.count.min, f.count.max) for f in unit.figures() if f.count.max > 0}
    later = groups[current]
    if not mine or later.has_figure():
        return None
    if unit.own_event_dates() or event_places(unit):
        return None
    return next(
        (
            j
            for j in range(current - 1, -1, -1)
            if mine <= killed_counts_and_parts(groups[j]) and dated_after(later, groups[j]) is not False
        ),
        None,
    )


def killed_counts_and_parts(group: Group) -> set[tuple[int, int]]:
    """The incident's killed counts and their coordinated parts: after "Seven policemen and four guerrillas
    were killed", "seven officers were killed" counts the incident's own seven again."""
    parts = {(c.min, c.max) for u in group.units for f in u.figures() for c, _ in f.parts if c.max > 0}
    return killed_counts(group) | parts


def outdated_count_of(group: Group, unit: Unit) -> bool:
    """A count the report gives as made before the latest ("Police had said on Monday that seven men were
    killed when ... fought ... near the bridge") right after an incident whose own count is higher and is
    given as a rising toll ("raising to nine the number of people killed in Saturday's fighting"): the same
    event counted earlier, however it retells the event, not another one; the count gives way to the toll
    (incident_counts.without_superseded)."""
    updated = [f.count.max for u in group.units for f in u.figures() if f.updated] or [
        f.count.max
        for u in group.units
        if not u.headline and INITIALLY.search(unit.text)
        for f in u.figures()
    ]
    if not superseded(unit) or not updated:
        return False
    counts = [f.count.max for f in unit.figures()]
    return bool(counts) and all(0 < c < max(updated) for c in counts)


# "initially reported", "at first said": a count the report gives as its source's first, which a later one
# replaced (not "had said", which may be any earlier statement)
INITIALLY = re.compile(r"\b(?:initially|at first|first reported)\b", re.IGNORECASE)


def dated_after(later: Group, earlier: Group) -> bool | None:
    """Whether `later` is dated after every day of `earlier` (None when it has no date: then it may be
    anything); False when it is dated and not after, as "The violence began on Wednesday" may be the day
    the earlier incident's figure counts."""
    when, then = later.date(), earlier.date()
    if when is None:
        return None
    return then is not None and when.start > then.end


def claimed_attack(groups: list[Group], unit: Unit) -> int | None:
    """The attack a claim of responsibility names when the report went on to the security forces' response
    ("Al Shabaab claimed responsibility for the attack" after "security forces ended the siege, killing
    four gunmen"): armed groups claim their own attacks, not operations against them; so does a sentence
    that only counts the wounded. The latest earlier incident that state forces did not do, if the last
    one is theirs; the sentence has no day of its own. Wounded counted as the forces' own ("Two soldiers
    were wounded." after "soldiers clashed with the raiders ... and killed seven of them") were hurt in
    the forces' operation and stay with it."""
    about_attack = bool(cue_pattern("claim").search(unit.text)) or (
        counts_only_wounded(unit) and not counts_state_wounded(unit)
    )
    if not about_attack or unit.own_event_dates():
        return None
    if not by_state_forces(groups[-1]):
        return None
    return next((j for j in range(len(groups) - 2, -1, -1) if not by_state_forces(groups[j])), None)


def counts_only_wounded(unit: Unit) -> bool:
    """A sentence that only counts the wounded ("The minister said 79 people had been wounded"): no event
    word, no killed figure; after the security forces' response, the attack's wounded."""
    return bool(unit.figures("injured")) and not unit.figures() and not unit.has_event_cue()


def counts_state_wounded(unit: Unit) -> bool:
    """Whether every wounded figure of the sentence counts state forces ("Two soldiers were wounded")."""
    figures = unit.figures("injured")
    return bool(figures) and all(side_of(f.victim_group) == "state" for f in figures)


def by_state_forces(group: Group) -> bool:
    """Whether state forces act in the incident's sentences (an actor of kind "state" in agent position)."""
    return any(
        actor.kind == "state"
        for u in group.units
        for m in u.of("actor")
        if m.value.agent
        for actor in m.value.actors
    )


def lead_of_note(groups: list[Group], current: int) -> int:
    """The incident a coder's closing tally sums up ("... Another member was attacked on 2 February 2020.
    1 fatality"): the note's lead, when the sentence before the tally told an earlier event as background;
    otherwise the incident before it."""
    lead, told = groups[0].date(), groups[current].date()
    if current != 0 and lead is not None and told is not None and told.end < lead.start:
        return 0
    return current


def closing_tally(unit: Unit, group: Group | None = None) -> bool:
    """A count that sums up the incident before it ("3 fatalities."); not one that counts victims besides
    those already counted ("A soldier was also killed in the exchange of fire"), which adds to them, nor
    one of children or women only ("Rescuers pulled the bodies of four children from the rubble"), nor
    one of the other side's dead than those `group` counted so far (see `counts_another_side`), nor one
    person described after the incident counted more (see `describes_one_of_the_dead`)."""
    return (
        unit.is_tally()
        and not counts_other_victims(unit, "killed")
        and not counts_only_a_part(unit, "killed")
        and not counts_some_of_a_group(unit)
        and not (group is not None and counts_another_side(group, unit))
        and not (group is not None and describes_one_of_the_dead(group, unit))
    )


def only_counts(unit: Unit) -> bool:
    """A sentence that counts the dead or hurt and tells no event of its own ("A local official said ... that
    the toll had risen to 46")."""
    return bool(unit.figures()) and not unit.has_event_cue()


def lead_index(groups: list[Group]) -> int | None:
    """The index of the lead's incident: the first group with a sentence of the body (a headline opens a
    group of its own until `merge_headline` joins it to the body's)."""
    return next((k for k, group in enumerate(groups) if any(not u.headline for u in group.units)), None)


def another_day_elsewhere(group: Group, unit: Unit, places: DocPlaces) -> bool:
    """A sentence that opens on a known kind of event ("The fighting erupted in Juba late on Sunday") but
    gives it a day of its own, not the incident's, and a place outside the incident's: the war's start told
    as background, another event, not more of the raid on Thursday in another county it follows."""
    days = [d for d in unit.own_event_dates() if d.precision == "day"]
    current = group.date()
    return (
        bool(days)
        and current is not None
        and not any(same_occasion(d, current) for d in days)
        and other_places(group, unit, places)
    )


def describes_one_of_the_dead(group: Group, unit: Unit) -> bool:
    """ "A woman died at the scene" after "a grenade ... killed two people": one of the dead told of, whom the
    incident's count already holds, not a closing tally that would bring its toll down to one (a coder's
    "1 fatality." is told by a number, not by a person)."""
    return tells_one_victim(unit, "killed") and any(
        f.count.max > 1 for u in group.units for f in u.figures("killed")
    )


# "Two of the assailants", "three of them": a number of a group the text has named
SOME_OF = re.compile(r"\s+of\s+(?:the|them|those|these|their)\b", re.IGNORECASE)


def counts_some_of_a_group(unit: Unit) -> bool:
    """A sentence whose every killed figure counts some of a group ("Two of the assailants were killed by
    soldiers who pursued the attackers"): some of those people, never a tally of all the incident's dead."""
    found = [m for m in unit.of("casualty") if m.value.kind == "killed"]
    return bool(found) and all(SOME_OF.match(unit.text, m.end - unit.start) for m in found)


def counts_another_side(group: Group, unit: Unit) -> bool:
    """A sentence counting the dead of one known side when every figure before it counted another:
    "ambushed a patrol, killing 2 soldiers. ... 3 separatists were killed in the exchange of fire" adds
    the fighters' dead to the soldiers' (ACLED counts both sides of an event), it does not sum them up."""
    side = unit_side(unit, "killed")
    earlier = {unit_side(u, "killed") for u in group.units if u.figures("killed")}
    return side is not None and bool(earlier) and None not in earlier and side not in earlier


def with_plain_headline(head: Unit, groups: list[Group]) -> None:
    """A headline that names an event with nothing concrete ("Afghan officials say air strike hit wedding
    party") is still about the report's first incident: it joins it (never an incident on its own)."""
    if not (head.has_event_cue() or head.has_casualty_cue()) or head.historical:
        return
    target = next((g for g in groups if not g.cumulative() and not g.units[0].headline), None)
    if target is not None and all(u.start > head.start for u in [*target.units, *target.context]):
        target.units.insert(0, head)


def without_round_up_totals(groups: list[Group], news: bool = True) -> list[Group]:
    """A round-up ("Attacks across Iraq killed 25 on Monday" and then each attack) codes each attack, not
    the total, as ACLED does: the total's headline and lead introduce its deadliest attack (the one the
    report leads on) and are no incident of their own."""
    kept: list[Group] = []
    for i, group in enumerate(groups):
        attacks = round_up_attacks(group, groups[i + 1 :], news)
        if not attacks:
            kept.append(group)
            continue
        deadliest = max(attacks, key=lambda g: max(c[1] for c in killed_counts(g)))
        deadliest.context = [*group.units, *group.context, *deadliest.context]
        deadliest.extra_weapons += group.extra_weapons
    return kept


def round_up_attacks(total: Group, after: list[Group], news: bool = True) -> list[Group]:
    """The single attacks with figures that follow a total over many places ("across Iraq", "in a wave of
    attacks"; in news also the round-up cues, "bomb attacks on churches in several Nigerian cities") on its
    day, up to the next total. A cue in a clause on the circumstances ("fought in Feni, killing three, as
    violence across the country marred the election") says where else there was unrest, not what the
    lead's figure totals (as in `is_cumulative`)."""
    first = next((u for u in total.units if not u.headline), total.units[0])
    summed = total.cumulative() and bool(summary_pattern().search(first.text))
    own_words = AS_CLAUSE.sub(" ", first.text)
    if not summed and not (news and first.figures() and cue_pattern("round_up").search(own_words)):
        return []
    when = total.date()
    if when is not None and (when.role == "since" or when.precision != "day"):
        return []  # a total over a period ("since Thursday") is an incident of its own
    attacks: list[Group] = []
    for group in after:
        if group.cumulative():
            break
        own = group.date()
        if killed_counts(group) and (own is None or when is None or same_occasion(own, when)):
            attacks.append(group)
    return attacks


@cache
def named_event_before() -> re.Pattern[str]:
    """ "the raid on Mpeketoni", "the bombing in the town of Kano": an event named as known, at its place
    (the pattern ends where the place name begins)."""
    nouns = "|".join(incident_cues()["back_reference"])
    return re.compile(
        rf"\b(?:the|this|that)\s+(?:{nouns})\s+(?:on|in|at|near)\s+"
        r"(?:the\s+(?:\w+\s+)?(?:town|village|city|camp|district)\s+of\s+)?$",
        re.IGNORECASE,
    )


def attach_loose_weapons(units: list[Unit], owner: list[int | None], groups: list[Group]) -> None:
    """Weapons named in sentences that are not anchors go to the nearest incident (earlier first)."""
    for i, unit in enumerate(units):
        if owner[i] is not None or not unit.of("weapon"):
            continue
        nearest = nearest_owner(owner, i)
        if nearest is not None:
            groups[nearest].extra_weapons += [m.value for m in unit.of("weapon")]


def nearest_owner(owner: list[int | None], i: int) -> int | None:
    for distance in range(1, MAX_UNIT_GAP + 2):
        for j in (i - distance, i + distance):
            if 0 <= j < len(owner) and owner[j] is not None:
                return owner[j]
    return None


def merge_headline(groups: list[Group]) -> list[Group]:
    """A headline incident is the same event as the body's first incident that fits it."""
    if len(groups) < 2 or not groups[0].units[0].headline:
        return groups
    head, body = groups[0], groups[1:]
    wants_figure = head.has_figure()
    # "Iraq violence kills 25" over "... killed at least 25 people across Iraq": the same count, first
    same = next((g for g in body if wants_figure and killed_counts(g) & killed_counts(head)), None)
    target = same or next(
        (g for g in body if not g.cumulative() and (g.has_figure() or not wants_figure)), None
    )
    if target is None and wants_figure:
        # "Two soldiers killed" over "Two soldiers were killed over the past 24 hours": the same count
        target = next((g for g in body if killed_counts(g) & killed_counts(head)), None)
    if target is None and wants_figure and not any(g.has_figure() and not g.cumulative() for g in body):
        # "Mob beats and burns two men to death" over a body that tells the killing without a count
        # ("after both men were dead"): the headline's count is the lead incident's; a war's total ("an
        # insurgency that has cost 17,000 lives") is no count of the event the headline names
        target = next((g for g in body if not g.cumulative()), None)
    if target is None:
        return groups
    # body sentences that had joined the headline's group tell the same event: they move with it
    target.units = sorted([*head.units, *target.units], key=lambda u: u.start)
    target.tallies += head.tallies
    target.extra_weapons += head.extra_weapons
    return body


# Words by which a sentence tells another event than the one before ("Gunmen also killed ...", "In a separate
# attack", "Elsewhere"), or a round-up's item ("BAGHDAD - "): no retelling of the lead.
ANOTHER_EVENT = re.compile(
    r"\b(?:also|(?<!one )another|(?<!each )other|separate(?:ly)?|elsewhere|second|third|new|earlier|later|"
    r"again|previous(?:ly)?)\b",
    re.IGNORECASE,
)
LIST_ITEM = re.compile(r"^\s*[A-Z][A-Z' .-]+ (?:-|\u2013|\u2014) ")


def merge_retellings(
    groups: list[Group], places: DocPlaces, items: frozenset[int] = frozenset()
) -> list[Group]:
    """Incidents that a news report's body tells again after its lead and background, with the detail the lead
    left out (the lead "Security forces fired ... on Saturday at thousands of mourners ..., killing one man",
    then Friday's shooting told as background, then "On Saturday, crowds marched from the mosque to the
    cemetery ..." and "security forces ... opened fire"): the lead's event, not another (see `retells`).
    Items of a round-up (`items`) are not."""
    if len(groups) < 2:
        return groups
    lead = groups[0]
    day = lead.date()
    if day is None or day.precision != "day" or lead.cumulative() or not killed_counts(lead):
        return groups
    kept = [lead]
    for group in groups[1:]:
        if retells(lead, group, day, places, items):
            lead.units = sorted([*lead.units, *group.units], key=lambda u: u.start)
            lead.tallies += group.tallies
            lead.extra_weapons += group.extra_weapons
        else:
            kept.append(group)
    return kept


OPENING_DAY = 24  # how far into a sentence a day it opens on may end ("On Saturday, crowds ...")


def opens_on_day(unit: Unit, day: DateValue) -> bool:
    """Whether a sentence opens on the day given ("On Saturday, crowds marched from the mosque ..."): a
    story that resumes the lead's day after background, to tell it in detail."""
    return any(
        m.value.start == day.start and m.value.precision == "day" and m.end - unit.start <= OPENING_DAY
        for m in unit.of("date")
    )


def retells(lead: Group, group: Group, day: DateValue, places: DocPlaces, items: frozenset[int]) -> bool:
    """Whether `group` tells the lead's event again: its first sentence opens on the lead's day, its sentences
    give no other day, count no dead but the lead's, name only places the lead names or places inside its
    regions, and tell no other event ("also", "another", "elsewhere", a round-up's item, "came a day after")
    and no side's claim ("claimed the attack ..., saying its fighters had killed dozens")."""
    if any(u.headline or u.historical for u in group.units) or group.cumulative():
        return False
    first = group.units[0]
    if ANOTHER_EVENT.search(first.text) or LIST_ITEM.match(first.text) or first.start in items:
        return False
    if cue_pattern("gap_after").search(first.text):
        return False  # "The killings came a day after eight people ... died in clashes": an earlier event
    if any(cue_pattern(key).search(u.text) for u in group.units for key in ("claim", "partisan_claim")):
        return False  # a side's claim of the attack and of the dead it inflicted is kept apart on purpose
    dates = [d for u in group.units for d in u.own_event_dates()]
    counts = killed_counts(group)
    if not opens_on_day(first, day) or (counts and not counts & killed_counts(lead)):
        return False
    if any(d.precision != "day" or d.start != day.start for d in dates):
        return False
    return not any(other_places(lead, u, places) for u in group.units)
