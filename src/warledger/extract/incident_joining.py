"""Whether one sentence joins the incident just before it: the pairwise tests of incident grouping.

`joins` decides for an anchor near the current incident (no date of its own that differs, no
conflicting count, no other weapon, country or later strike); `elaborates`, `tells_the_same_day`,
`continues` and `across_total` decide for sentences that say more about the incident without being
anchors of their own. Each compares one unit with one incident; walking the document and choosing
which incident a unit goes to is `incident_grouping`'s.
"""

from __future__ import annotations

import re
from datetime import timedelta

from warledger.extract.date_roles import same_occasion
from warledger.extract.date_values import DateValue
from warledger.extract.event_cues import signals_in
from warledger.extract.event_rules import rule_type
from warledger.extract.incident_anchors import MAX_UNIT_GAP, TIME_OPENING
from warledger.extract.incident_evidence import state_account_pattern
from warledger.extract.incident_places import (
    DocPlaces,
    event_places,
    in_another_country,
    names_only_its_places,
    other_places,
)
from warledger.extract.incident_recounts import (
    DIED_LATER_DAYS,
    counted_later,
    died_later,
    killed_conflict,
    restates,
    verified_so_far,
)
from warledger.extract.incident_units import (
    Group,
    Unit,
    attribution_pattern,
    back_reference_pattern,
    cue_pattern,
    definite_reference_pattern,
    sets_background,
)

RESUME_GAP = 4  # background sentences a story may tell before it goes on with the same day's incident


def resumes(group: Group, unit: Unit, gap: int) -> bool:
    """A news sentence that goes on with the incident after a few sentences of background ("Ingushetia
    has long been the quieter neighbour of Chechnya. ..." then "Witnesses said armed men set up checkpoints
    ... at around 11 p.m. on Monday" after a lead dated Monday): its own day is the incident's day."""
    if gap > RESUME_GAP:
        return False
    own, current = unit.own_event_dates(), group.date()
    return (
        bool(own)
        and current is not None
        and current.precision == "day"
        and own[0].precision == "day"
        and same_occasion(own[0], current)
    )


def tells_the_same_day(group: Group, unit: Unit, gap: int, places: DocPlaces) -> bool:
    """A sentence with no event word of its own that goes back, after some background, to the incident's
    day at its place ("According to survivors, several hundred rebels entered Homoine at dawn on Saturday"
    after the lead's Saturday attack on Homoine): the story goes on with that incident. Not state forces'
    own statement ("The interior ministry said its forces had come under fire in Srbica on Wednesday")."""
    return (
        not unit.historical
        and not unit.figures()
        and not state_account_pattern().match(unit.text)  # the accused side's version, not the story's
        and resumes(group, unit, gap)
        and names_only_its_places(group, unit, places)
    )


QUOTE_MARKS = ('"', "\u201c")  # a sentence opening a witness's or an official's words: their count


def counts_it_later(group: Group, unit: Unit, gap: int, places: DocPlaces) -> bool:
    """A source's count of the incident's dead told a few sentences after the account, past the sentences
    that set the scene or quote a witness ("When our staff reached the compound ..." "We do not yet know how
    many died." then "The United Nations mission has confirmed 48 deaths."): releases and reports tell the
    event first and the disagreeing figures of their sources after it. With no event word, day or place of
    its own that differs, the count is the incident's (sources disagree, the range widens)."""
    return (
        MAX_UNIT_GAP < gap <= RESUME_GAP
        and not group.cumulative()
        and not unit.cumulative()
        and not unit.has_event_cue()
        and any(f.count.max > 0 for f in unit.figures())
        and (bool(attribution_pattern().search(unit.text)) or unit.text.lstrip().startswith(QUOTE_MARKS))
        and joins(group, unit, 0, places=places)
    )


def tells_another_account(unit: Unit) -> bool:
    """A sentence that introduces another source's version of the incident just told ("Peasants who reached
    Huanta on Wednesday gave a different account."): the same event told again, whatever day the sources
    arrived or spoke on, so it and the version it opens join the incident, and their count is another
    source's (the range widens), not a second incident's."""
    return bool(cue_pattern("another_account").search(unit.text))


def continues(unit: Unit, gap: int) -> bool:
    return gap <= 2 * MAX_UNIT_GAP and refers_back(unit)


def dates_an_attack_of_a_total(group: Group, unit: Unit) -> bool:
    """A sentence giving its own day after a total over a period ("... made this the bloodiest week of the
    year" then "The deadliest attack came on Monday, when a car bomb ..."): one attack of the total, an
    incident of its own, however it names it as known."""
    return group.cumulative() and any(d.precision == "day" for d in unit.own_event_dates())


def refers_back(unit: Unit) -> bool:
    """A sentence about the incident just reported, with no count of its own: it opens on the event ("The
    attack was launched at dawn") or, undated, names it as known ("... while the shelling continued")."""
    if unit.figures():
        return False
    if back_reference_pattern().match(unit.text):
        return True
    undated = all(d.precision != "day" for d in unit.event_dates())  # "this year" is no date of its own
    return undated and bool(definite_reference_pattern().search(unit.text))


def joins(
    group: Group, unit: Unit, gap: int, short_note: bool = False, places: DocPlaces | None = None
) -> bool:
    """Whether `unit` continues the incident of `group` (in a short note, a new figure adds to it); in a
    news report, not a sentence that turns to other places ("Protests also took place in Abuja")."""
    if gap > MAX_UNIT_GAP or group.cumulative():
        return False
    if not short_note and ELSEWHERE.search(unit.text) and other_places(group, unit, places or DocPlaces()):
        return False
    if not short_note and (another_event_also(unit) or OTHER_ATTACK.search(unit.text)):
        return False
    if not short_note and kills_in_pursuit(unit):
        return False
    if not short_note and (other_weapon(group, unit) or later_strike(group, unit)):
        return False
    if not short_note and in_another_country(group, unit, places or DocPlaces()):
        return False
    if restates(group, unit):
        return True  # "So far we know 15 people died": the incident's own 15, however the witness puts it
    if unit.cumulative() and not verified_so_far(unit):
        return False
    own_dates = unit.own_event_dates()
    own, current = (own_dates[0] if own_dates else None), group.date()
    if (
        own is not None
        and current is not None
        and not (
            same_occasion(own, current)
            or narrows(own, current)
            or into_the_next_day(own, current)
            or died_later(unit, own, current)
            or counted_later(group, unit)
            or mourned_event_told(group, unit, own, current)
        )
    ):
        return False
    if own is not None and current is None and not dates_reported_event(group, unit, own, places):
        return False  # a newly dated sentence reports its own event
    return short_note or not killed_conflict(group, unit, places)


def mourning_date(group: Group) -> bool:
    """Whether the incident's date is the day of a sentence about mourning its victims ("Thousands joined
    funeral processions in Anantnag on Monday for the victims of a grenade attack"): the funerals' day,
    not the attack's, which the story tells later."""
    dated = next((u for u in group.units if u.event_dates()), None)
    if dated is None or not cue_pattern("mourning").search(dated.text):
        return False
    # "thousands marched through Juliaca carrying the coffins of the people killed on 9 January": a march
    # with its dead is a protest of its own day, not funerals that date the killing
    return MARCHED.search(dated.text) is None


# (but a march whose purpose is the burial, "mourners marched through the villages today to bury protesters
# who were killed ...", is the funeral procession: it dates the killing as funerals do)
MARCHED = re.compile(
    r"\b(?:marched|protested|demonstrated|rallied)\b(?![^,;:.]{0,80}?\bto\s+(?:bury|mourn)\b)", re.IGNORECASE
)


def mourned_event_told(group: Group, unit: Unit, own: DateValue, current: DateValue) -> bool:
    """A sentence naming the incident's weapon as known ("Police said the grenade was thrown ... on Saturday
    afternoon") on a day shortly before the funerals the incident is dated by: the mourned event itself."""
    return (
        mourning_date(group)
        and bool(THE_WEAPON.search(unit.text) or refers_back(unit))
        and 0 < (current.start - own.start).days <= DIED_LATER_DAYS
    )


REMOTE_TYPES = frozenset(
    {
        "air_drone_strike",
        "shelling_artillery_missile_attack",
        "remote_explosive_landmine_ied",
        "suicide_bomb",
        "grenade",
    }
)


THE_WEAPON = re.compile(
    r"\bthe\s+(?:\w+\s+)?(?:missiles?|rockets?|shells?|strikes?|bombs?|blasts?|explosions?|grenades?|mines?)\b",
    re.IGNORECASE,
)


def other_weapon(group: Group, unit: Unit) -> bool:
    """A news sentence without a count of its own whose strong cues name another kind of strike than the
    incident's ("NATO warplanes struck tanks outside the city overnight" after "forces fired Grad rockets
    into the city, killing eight"): a second event, as coders code it, not more of the first."""
    if unit.figures() or THE_WEAPON.search(unit.text):
        return False  # "when the missile struck": the incident's own weapon, named as known
    lead = next((u for u in group.units if not u.headline), None)
    if lead is None:
        return False
    mine, theirs = rule_type(signals_in(unit.text)), rule_type(signals_in(lead.text))
    return mine in REMOTE_TYPES and theirs in REMOTE_TYPES and mine != theirs


def fighting_elsewhere(group: Group, unit: Unit) -> bool:
    """A news sentence counting the dead of fighting at a place the incident's sentences do not name ("The
    Observatory said 13 pro-government fighters and nine jihadists were killed in clashes near the village
    of Umm Jalal the same day" after "warplanes struck a busy market in the town of ..."), while the
    incident's lead tells a strike from afar: a battle of its own, as coders code it, not more dead of the
    strike, even when the gazetteer does not know the place."""
    match = KILLED_IN_FIGHTING_AT.search(unit.text)
    if match is None or not unit.figures():
        return False
    lead = next((u for u in group.units if not u.headline), None)
    if lead is None or rule_type(signals_in(lead.text)) not in REMOTE_TYPES:
        return False
    return not any(match.group(1) in u.text for u in group.units)


# "were killed in clashes near the village of Umm Jalal", "died in fighting around Kafr Nabl"
KILLED_IN_FIGHTING_AT = re.compile(
    r"\b(?:killed|died|dead)\s+in\s+(?:(?:heavy|fierce|renewed)\s+)?(?:clashes|fighting|battles?|gun\s?battles?)\s+"
    r"(?:near|in|around|at|outside)\s+(?:the\s+(?:village|town|city|area)\s+of\s+)?"
    r"([A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)*)"
)


# "About three hours later, ...", "Hours later, ...", "Later that day, ...": the story moves on in time
LATER_OPENING = re.compile(
    r"^(?:(?:about|some|around|barely|just|only)\s+)?"
    r"(?:(?:an?|one|two|three|four|five|six|several|a few)\s+)?(?:hours?|minutes?)\s+later\b"
    r"|^later\s+(?:that|the same)\s+(?:day|night|evening|afternoon)\b",
    re.IGNORECASE,
)


def later_strike(group: Group, unit: Unit) -> bool:
    """A news sentence opening later in time whose strong cues name a strike from afar while the incident's
    lead names none or another ("A crowd beat two soldiers to death ..." then "About three hours later,
    helicopter gunships fired rockets at the police station"): a reprisal, a second event."""
    if not LATER_OPENING.match(unit.text.lstrip()) or THE_WEAPON.search(unit.text):
        return False
    lead = next((u for u in group.units if not u.headline), None)
    mine = rule_type(signals_in(unit.text))
    return lead is not None and mine in REMOTE_TYPES and rule_type(signals_in(lead.text)) != mine


def into_the_next_day(own: DateValue, current: DateValue) -> bool:
    """Two days, the incident's and the next ("the names of 21 people killed in Assinovskaya on 3 and 4
    March" after "on the night of 3 March"): the incident told with the morning it
    ran into, not another event."""
    return (
        own.precision == current.precision == "day"
        and current.start == current.end == own.start
        and own.end == own.start + timedelta(days=1)
    )


def narrows(own: DateValue, current: DateValue) -> bool:
    """A day inside the incident's week or month ("last week" and then "arrived in the village on
    Thursday"), or the night that runs into it ("over the weekend" and then "entered the town on Friday
    night"): the same event, told more precisely, not another one."""
    first = current.start - timedelta(days=1) if own.night else current.start
    return (
        own.precision == "day"
        and current.precision in ("week", "month")
        and current.role != "since"
        and first <= own.start <= own.end <= current.end
    )


# the dash that closes a dateline, right after its filing date ("JUBA, 24 May 2017 - ", "May 3 (AP) -- ")
DATELINE_DASH = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|[-—–])\s")


def dates_reported_event(group: Group, unit: Unit, own: DateValue, places: DocPlaces | None = None) -> bool:
    """A sentence giving the day of an incident so far dated only by when it was reported ("Gunmen killed
    five people in Kadawa, police said on Sunday." then "The attackers stormed the village on Saturday
    night", "The victim was beaten on Tuesday night in a district of the state"): a day no later than the
    report's, no place outside the incident's (or its region's), about the same doers or event or naming
    no doers and no count of its own, or the first count of an incident its lead only named ("condemns the
    killing of civilians in an attack on Lasu", then "armed men attacked the village on the night of 20 May,
    killing eight civilians"). A dateline's filing date ("JUBA, 24 May 2017 - The Mission condemns
    the killing of civilians ...") is when it was reported too."""
    said = [
        m.value
        for u in group.units
        for m in u.of("date")
        if m.value.role == "bare" and (m.value.relative or DATELINE_DASH.match(u.text, m.end - u.start))
    ]
    if not said or own.start > said[0].start:
        return False
    known = {m.text.casefold() for u in group.units for m in u.of("place")}
    inside = all(m.text.casefold() in known for m in event_places(unit)) or (
        places is not None and not other_places(group, unit, places, unplaced_inside=True)
    )
    no_doers = not unit.figures() and not any(m.value.agent for m in unit.of("actor"))
    first_count = bool(unit.figures()) and not group.has_figure()  # a lead that only named the killing
    return inside and bool(SAME_PERPETRATORS.match(unit.text) or refers_back(unit) or no_doers or first_count)


def across_total(
    groups: list[Group], owner: list[int | None], unit: Unit, i: int, places: DocPlaces
) -> int | None:
    """The incident before a running total that a news sentence after the total goes on with ("... had
    been killed since Monday." between the fighting and "The hospital said it had treated 170 wounded"):
    the total is an aside, not the end of the story."""
    if len(groups) < 2 or not groups[-1].cumulative() or unit.cumulative():
        return None
    before = len(groups) - 2
    last = max(j for j, o in enumerate(owner[:i]) if o == before)
    gap = sum(1 for j in range(last + 1, i) if owner[j] != len(groups) - 1)
    return before if joins(groups[before], unit, gap, False, places) else None


def elaborates(group: Group, unit: Unit, places: DocPlaces) -> bool:
    """A sentence right after an incident's that says more about it without a count, a day or another
    place of its own ("The bombers targeted Yazidis in the villages of Qahtaniyah and Jazeera, west of
    Mosul" after a lead that names no place), or says who claimed it ("The Pakistani Taliban claimed
    responsibility"), or gives its day inside the week the lead dated it to by who came then ("about forty
    armed men entered the hamlet on Tuesday night" after "killed earlier this week", no event word of its
    own): its places, targets and actors are the incident's. Not one that turns to other events ("Protests
    also took place in Abuja")."""
    return (
        not unit.headline
        and not unit.historical
        and not unit.figures()
        and (not unit.event_dates() or gives_the_day(group, unit, places) or tells_the_day(group, unit))
        and not ELSEWHERE.search(unit.text)
        and not sets_background(unit.text)
        and not other_places(group, unit, places)
        and (
            unit.has_event_cue()
            or unit.has_casualty_cue()
            or refers_back(unit)
            or bool(cue_pattern("claim").search(unit.text))
            or bool(SAME_PERPETRATORS.match(unit.text) or SAME_VICTIMS.match(unit.text))
            or (tells_the_day(group, unit) and bool(unit.of("actor")))
        )
    )


def stays_with_the_lead(group: Group, unit: Unit, places: DocPlaces) -> bool:
    """A news sentence right after the lead incident's, with no count, no other day and no other place of
    its own, that tells more of it in words no cue lists ("Police evacuated about 200 people from the
    barracks", "\"Bor is in the hands of the forces of Riek Machar.\"", "He said troops were clearing mines
    ..."): the story of the event it opened on goes on until another event, day or place comes; a coder
    reading the report counts it as the lead's. Only for the lead's incident: after a second incident the
    story may have turned to background, which keeps needing a cue."""
    current = group.date()
    body = [u for u in group.units if not u.headline]
    opening = body[0] if body else None
    if (
        opening is not None
        and not opening.has_event_cue()
        and len(body) > 1
        and TIME_OPENING.match(body[1].text)
    ):
        # "Nothing prepared the town for last Friday." then "At about 9 a.m. gunmen ... sealed off the
        # hotel": the day is set by the first, the event opened by the second
        opening = body[1]
    return (
        opening is not None
        and opening.has_event_cue()  # an event opened it, not a scene set ("It was a Monday, ...")
        and not group.cumulative()  # nor a running total, which no sentence joins (`joins`)
        and not unit.headline
        and not unit.historical
        and not unit.figures()
        and all(current is not None and same_occasion(d, current) for d in unit.own_event_dates())
        and not ELSEWHERE.search(unit.text)
        and not OTHER_ATTACK.search(unit.text)
        and not sets_background(unit.text)
        and not other_places(group, unit, places, unplaced_inside=True, skip=destinations(unit))
    )


# Where the fighters or people of the event went ("withdrew eastward toward Mullaittivu", "fled to the hills
# of X"): a place named as where they went after it, not where it happened.
DESTINATION_BEFORE = re.compile(
    r"\b(?:withdr(?:ew|awn)|retreated|fled|pulled\s+(?:back|out)|escaped|headed|heading)\b[^.;,]{0,30}?"
    r"\b(?:to|toward|towards|into|for)\s+(?:the\s+)?(?:(?:town|city|village|district|region|area)\s+of\s+)?$",
    re.IGNORECASE,
)


def destinations(unit: Unit) -> frozenset[int]:
    """The starts of the unit's places named as where someone went (`DESTINATION_BEFORE`)."""
    return frozenset(
        m.start
        for m in unit.of("place")
        if DESTINATION_BEFORE.search(unit.text[max(0, m.start - unit.start - 60) : m.start - unit.start])
    )


def tells_the_day(group: Group, unit: Unit) -> bool:
    """A sentence giving the day inside the incident's week ("The fighters entered the town on Friday
    night" after "insurgents beheaded 12 people over the weekend")."""
    dates, current = unit.own_event_dates(), group.date()
    return bool(dates) and current is not None and narrows(dates[0], current)


def gives_the_day(group: Group, unit: Unit, places: DocPlaces) -> bool:
    """A sentence naming the incident as known and giving its day ("The strike hit a compound in the
    district late on Saturday") after a lead dated only by when it was reported."""
    dates = unit.own_event_dates()
    return bool(dates) and group.date() is None and dates_reported_event(group, unit, dates[0], places)


# "In the earlier blast", "in a separate attack", "another bombing": a sentence on another event.
# forces that went after the attackers once the attack was over: "soldiers who pursued the attackers"
PURSUIT = re.compile(
    r"\b(?:pursued|pursuing|chased|chasing|tracked\s+down|went\s+after|followed)\s+(?:the\s+)?"
    r"(?:attackers|assailants|gunmen|raiders|militants|rebels|insurgents|fighters|perpetrators|kidnappers)\b",
    re.IGNORECASE,
)


def kills_in_pursuit(unit: Unit) -> bool:
    """A news sentence counting dead of a pursuit of the attackers ("Two of the assailants were killed by
    FARDC soldiers who pursued the attackers towards the forest"): the forces' clash with the attackers after
    the attack, which ACLED codes as an event of its own (a battle), not more dead of the attack."""
    return bool(unit.figures()) and bool(PURSUIT.search(unit.text))


OTHER_ATTACK = re.compile(
    r"\b(?:another|separate|earlier|previous)\s+(?:\w+\s+)?"
    r"(?:attack|strike|raid|incident|bombing|blast|clash|explosion|ambush)",
    re.IGNORECASE,
)
# an opening that only says who tells it ("Police said the mob had also ...", "A witness told AFP that the
# gunmen ...") leaves the sentence opening on the doers
SAME_PERPETRATORS = re.compile(
    r"^\s*(?:[\w'-]+(?:\s+[\w'-]+){0,5}\s+(?:said|says|say|told\s+[\w'-]+)\s+(?:that\s+)?)?"
    r"(?:(?:the|these|those)\s+"
    # "About 30 armed rebels, some of them wearing army uniforms, blocked the road": how many did it
    r"|(?:(?:about|some|around|nearly|roughly|more\s+than|at\s+least|up\s+to)\s+)?(?:\d+|a\s+dozen|dozens\s+of)"
    r"\s+(?:(?:heavily\s+)?(?:armed|masked|uniformed|hooded)\s+)?)"
    r"(?:attackers|assailants|gunmen|militants|bombers|raiders|fighters|rebels|guerrillas|"
    r"militiamen|insurgents|soldiers|troops|men|mob)\b",
    re.IGNORECASE,
)


# "The three, all members of the student group, were asleep ...": a sentence opening on a number the story
# has counted (those taken, killed or held), which goes on about them
SAME_VICTIMS = re.compile(
    r"^\s*(?:the|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b"
    r"(?!\s+(?:days?|hours?|weeks?|months?|years?|times?|of)\b)",
    re.IGNORECASE,
)


def another_event_also(unit: Unit) -> bool:
    """A news sentence reporting one more event, without a count, not opening on the incident's own doers
    or event ("Gunmen also attacked several police checkpoints north of the capital" after a car bomb; but
    "The attackers also burned several houses" is the same raid)."""
    return (
        bool(ELSEWHERE.search(unit.text))
        and unit.has_event_cue()
        and not unit.figures()
        and not SAME_PERPETRATORS.match(unit.text)
        and not back_reference_pattern().match(unit.text)
    )


ELSEWHERE = re.compile(r"\b(?:also|elsewhere|separately|meanwhile|in a separate)\b", re.IGNORECASE)
