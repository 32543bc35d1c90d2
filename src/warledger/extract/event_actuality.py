"""Whether a cue word found in a passage reports something that happened.

A cue counts only as an event of the passage when the words just before it do not make it a threat or a
plan, deny it, make it support for another event ("backed by air strikes"), what people fled or feared,
the series the event belongs to, the other event that dates it, what the event means to end, or the
version a report disputes (`actual`); a weapon among the arms a group carried (`carried`), a protest the
event led to (`sequel`) and a bystander's cry (`cried_out`) type nothing either. Separate from the cue
lexicon because these are clause tests over raw text, the same for every cue.
"""

from __future__ import annotations

import re

from warledger.extract.folding import Folded
from warledger.extract.literals import Guarded

# A cue preceded (within the window) by one of these words is a threat, plan or prediction ("arrested 12
# party workers ahead of a planned protest": the protest has not happened; the arrest is the event; so is
# one right after "ahead of the ...").
HYPOTHETICAL_RE = re.compile(
    r"\b(?:will|would|could|might|plans? to|planned to|planning to|threat(?:en(?:ed|s)?)? to|intends? to|"
    r"intended to|prepar(?:e|es|ed|ing) to|going to|(?:is|are) due to|false[- ]flag|fabricat\w*|"
    r"call(?:ed|ing|s)? for|urg(?:ed|ing|es) (?:\w+ )?to (?:join|stage|hold)|"
    r"(?:ahead of|before|prevent(?:ed|ing)?|to prevent) (?:an?|the|their|its) "
    r"(?:planned|scheduled|upcoming|proposed))\b"
    # a cue right after "ahead of the party's grand" is the event yet to come ("arrested 30 activists ahead of
    # the party's grand rally in Dhaka"): anchored at the cue, so an earlier "ahead of the vote, ..." is not
    r"|\bahead of (?:an?|the|their|its|his|her)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
HYPOTHETICAL_WINDOW = 40
# A cue right after one of these did not happen: "ended without agreement", "failed to reach a truce",
# "the force had not arrested anyone".
NEGATED_RE = re.compile(
    r"\b(?:without|no|never|an end to|halt to|cessation of|suspension of|failed to (?:reach|sign|agree on)|"
    r"did not (?:reach|sign|agree on))\s+(?:an?\s+|any\s+|the\s+)?$"
    r"|\b(?:had|has|have|did)\s+not\s+$"
    r"|\b(?:no one|nobody|none|no (?:people|persons|civilians))\s+(?:was|were|has been|have been|had been)\s+"
    r"(?:reported\s+)?(?:(?:injured|killed|wounded|hurt)\s+(?:or|and|nor)\s+)?$"
    # ACLED's boilerplate of harm denied: "Neither fatalities nor injuries reported", "No fatalities and/or
    # injuries reported", "with no report of fatalities nor injuries", "The report makes no mention of
    # fatalities or casualties": every harm word the denial coordinates is denied, not only the first
    r"|\b(?:no|neither)\s+(?:reports?\s+of\s+|mention\s+of\s+)?(?:any\s+)?"
    r"(?:fatalities|casualties|injuries|deaths|victims)\s+(?:and/or|or|nor|and)\s+$"
    r"|\bno\s+(?:reports?|mention)\s+of\s+(?:any\s+)?$|\bneither\s+$",
    re.IGNORECASE,
)
# A cue right after "who had" is what the people a clause describes did before, not the event: "accused the
# villagers of sheltering people who had fought in the city" (the crowd_clash cue skips such a clause too).
EARLIER_DEED_RE = re.compile(r"\bwho\s+had\s+$", re.IGNORECASE)
# A cue right after one of these supports the event rather than being it: "troops backed by coalition air
# strikes recaptured the village" is a recapture, not an air strike.
SUPPORT_RE = re.compile(
    r"\b(?:(?:backed|supported|covered|aided|assisted) by"
    r"|(?:with|under) (?:the )?(?:support|backing|cover|help) of)\s+(?:[\w.'-]+\s+){0,4}$",
    re.IGNORECASE,
)
# A cue right after one of these is what people fled, not the event: "families who had fled fighting nearby".
FLED_RE = re.compile(
    r"\b(?:fled|flee|fleeing|escaped|escaping|displaced by|uprooted by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A cue right after one of these is what people feared or hoped for, not what happened: "fled, fearing a
# battle", "hoped a ceasefire could be signed".
FEARED_RE = re.compile(
    r"\b(?:fear(?:s|ed|ing)?(?:\s+of)?|hop(?:e|es|ed|ing)(?:\s+that)?|for\s+fear\s+of|afraid\s+of|brac(?:ed|ing)\s+for)\s+"
    r"(?:an?\s+|the\s+|more\s+|further\s+|new\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# A cue right after one of these names the series the event belongs to, not the event: "a drone strike
# killed three fighters, in the latest exchange of fire across the border". "A series of" (a spate, a
# wave) names the series only after a preposition ("killed in a series of attacks"); as the subject of
# its sentence it is the event ("a series of air strikes hit the market").
SERIES_RE = re.compile(
    r"(?:\b(?:the latest|the recent|the ongoing|the continuing)"
    r"|\b(?:in|of|amid|during|from|after|with)\s+(?:a series of|a spate of|a wave of))"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A weapon named among the arms a group carried ("the attackers, armed with guns, grenades and machetes,
# entered the site") says what they had, not how the event was done: such a cue does not type the event.
CARRIED_RE = re.compile(
    r"\barmed\s+with\s+(?:(?:an?\s+|some\s+)?[\w-]+(?:\s+[\w-]+)?(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,5}"
    r"(?:an?\s+|some\s+)?$",
    re.IGNORECASE,
)
CARRIED_WINDOW = 80


# A cue in what a bystander cried out is their word for the event, not the report's: it does not type it.
CRIED_OUT_RE = re.compile(
    r"\b(?:shout(?:ed|ing|s)?|scream(?:ed|ing|s)?|yell(?:ed|ing|s)?|cried(?: out)?|crying(?: out)?)"
    r"\s+(?:[\w'-]+\s+){0,4}?that\s+(?:[\w'-]+\s+){0,4}$",
    re.IGNORECASE,
)
CRIED_OUT_WINDOW = 80
# A cue in a clause that dates the event by another one is that other event: "detained a mayor late on
# Tuesday, two days after a disputed vote that the opposition boycotted" is an arrest, no protest.
DAYS_AFTER_RE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?)|the\s+day|hours)\s+"
    r"(?:after|before)\s+[^.;:!?,]*$",
    re.IGNORECASE,
)
DAYS_AFTER_WINDOW = 120
# A cue in a purpose clause is what the event means to end, not the event: "signed a peace agreement,
# pledging to end a cycle of reprisal killings that has left hundreds dead" is an agreement.
PURPOSE_RE = re.compile(
    r"\b(?:to|aim(?:ed|ing|s)?\s+at|in\s+a\s+bid\s+to|in\s+an\s+effort\s+to)\s+(?:help\s+)?"
    r"(?:end|ending|stop|stopping|halt|halting|curb|curbing|prevent|preventing)\b[^.;:!?,]*$",
    re.IGNORECASE,
)
# Any of the six above but support, in one search (over lowered text when that is exact, folding.py):
# `actual` asks it of the words before every cue found.
NOT_ACTUAL = Folded(
    re.compile(
        "|".join(
            f"(?:{p.pattern})"
            for p in (HYPOTHETICAL_RE, NEGATED_RE, FLED_RE, FEARED_RE, SERIES_RE, EARLIER_DEED_RE)
        ),
        re.IGNORECASE,
    )
)
SUPPORTED = Folded(SUPPORT_RE)
# A cue that opens with a verb in the past after a support phrase is what the supported side did, the
# sentence's own verb: "troops supported by US advisers established a new base" (the supporters are
# "US advisers", the event the base). Past participles that qualify a weapon are no verb of their own
# ("backed by armed drones", "supported by guided missiles").
VERB_LED_RE = re.compile(
    r"(?!(?:armed|guided|unguided|improvised|unmanned|coordinated|suspected|alleged|combined|sustained|renewed"
    r"|repeated|concentrated|targeted|heavy)\b)(?:[a-z]+ed|built|set|took|retook|overran|began|fought|shot|struck)\b",
    re.IGNORECASE,
)
# A protest named in a clause of what the event led to is a later event of its own, not this one:
# "arrested a former prime minister ..., sparking nationwide protests" is an arrest ("sparked by" names a
# cause instead, TRIGGER_RE).
SEQUEL_RE = re.compile(
    r"\b(?:sparking|triggering|prompting|provoking|setting\s+off|leading\s+to|sparked|triggered|prompted|"
    r"provoked)(?!\s+by\b)\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
SEQUEL_WINDOW = 60


# "detained two activists who had taken part in protests": a protest the people an event befell took part
# in before it, told as who they are; the event is what was done to them (an arrest, an attack).
TAKEN_PART_RE = re.compile(
    r"\b(?:(?:who|that)\s+had|for\s+having|after\s+having)\s+(?:[\w'-]+\s+){0,2}?(?:taken\s+part|"
    r"participated|joined|organi[sz]ed|led|staged|held|attended)\s+(?:in\s+)?(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)


# A strike, bomb or shell that "targeted", "hit" or "attacked" a position, base or patrol is the doer of the
# clash cue's target branch ("air strikes targeted militant positions", "a roadside bomb targeted an army
# patrol"): the words name what the weapon hit, not two sides fighting, so they are no clash. Not when the
# weapon is the support of the doers ("soldiers backed by drones attacked rebel bases": SUPPORTED_BY_RE).
STRIKE_VERB_RE = re.compile(r"(?:attacked|targeted|stormed|raided)\b", re.IGNORECASE)
WEAPON_DOER_RE = re.compile(
    r"\b(?:air ?strikes?|air-strikes?|airstrikes?|air ?raids?|aircraft|war ?planes?|jets?|bombers?|"
    r"drones?|uavs?|"
    r"helicopters?|gunships?|ieds?|bombs?|explosive devices?|explosives|landmines?|mines|rockets?|missiles?|"
    r"shells|mortars?|mortar (?:rounds?|shells?)|artillery(?: fire)?|shelling)\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
SUPPORTED_BY_RE = re.compile(r"\b(?:by|with|using)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
WEAPON_DOER_WINDOW = 60

# The clause tests run before each cue match, skipped where their key words are missing (literals.Guarded).
DAYS_AFTER_GUARD = Guarded(DAYS_AFTER_RE)
PURPOSE_GUARD = Guarded(PURPOSE_RE)
CRIED_OUT_GUARD = Guarded(CRIED_OUT_RE)


def actual(text: str, match: re.Match[str]) -> bool:
    """False when the words just before a cue make it hypothetical, deny it happened, make it support for
    the event ("backed by air strikes"), what people fled ("fled fighting nearby"), the other event
    that dates it ("two days after a vote the opposition boycotted") or what it is meant to end ("pledging
    to end a cycle of reprisal killings")."""
    before = text[max(0, match.start() - HYPOTHETICAL_WINDOW) : match.start()]
    if NOT_ACTUAL.search(before):
        return False
    if SUPPORTED.search(before) and not VERB_LED_RE.match(text, match.start()):
        return False
    clause = text[max(0, match.start() - DAYS_AFTER_WINDOW) : match.start()]
    if DISPUTED_RE.search(clause):
        return False
    return not (dated_by_another(text, clause, match.start()) or PURPOSE_GUARD.search(clause))


# "disputing an army account that the dead were rebels killed in a clash": the version a report disputes.
DISPUTED_RE = re.compile(
    r"\b(?:disput\w*|reject\w*|contradict\w*|den(?:y|ied|ying))\s+(?:an?|the|its|their)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:account|version|claim|statement)s?\s+that\b[^.;]*$",
    re.IGNORECASE,
)


# "the day before" at the end of the words before a cue that opens with a verb: an adverb of time closing
# the clause before ("the police killing of a teenager the day before set cars on fire"), not the
# preposition that dates the event by another one.
TIME_ADVERB_END_RE = re.compile(r"\b(?:after|before)\s*$", re.IGNORECASE)


def dated_by_another(text: str, clause: str, start: int) -> bool:
    """Whether the cue at `start` sits in a clause dating the event by another ("two days after a vote
    the opposition boycotted"); not when "the day before" only closes the clause before a verb-led cue."""
    if not DAYS_AFTER_GUARD.search(clause):
        return False
    return not (TIME_ADVERB_END_RE.search(clause) and VERB_LED_RE.match(text, start))


def carried(text: str, start: int) -> bool:
    """A weapon cue inside the list of arms someone carried ("armed with guns, grenades and machetes")."""
    return CARRIED_RE.search(text[max(0, start - CARRIED_WINDOW) : start]) is not None


def sequel(text: str, start: int) -> bool:
    """A cue in a clause telling what the event led to ("..., sparking protests"): a later event."""
    return SEQUEL_RE.search(text[max(0, start - SEQUEL_WINDOW) : start]) is not None


def taken_part(text: str, start: int) -> bool:
    """A protest cue in a clause telling that the event's objects had taken part in it: an earlier event."""
    return TAKEN_PART_RE.search(text[max(0, start - SEQUEL_WINDOW) : start]) is not None


def cried_out(text: str, match: re.Match[str]) -> bool:
    """A cue in what a bystander cried out: it names the event (the sentence is about it) but does not
    type it ("a woman shouted from a balcony that he was being kidnapped" as agents took a mayor away)."""
    return CRIED_OUT_GUARD.search(text[max(0, match.start() - CRIED_OUT_WINDOW) : match.start()]) is not None


def struck_by_weapon(text: str, match: re.Match[str]) -> bool:
    """A clash cue's "targeted/attacked ... positions" whose doer is a weapon ("air strikes targeted
    militant positions"): what the strike hit, no fight (ACLED codes the strike)."""
    if not STRIKE_VERB_RE.match(text, match.start()):
        return False
    before = text[max(0, match.start() - WEAPON_DOER_WINDOW) : match.start()]
    doer = WEAPON_DOER_RE.search(before)
    return doer is not None and not SUPPORTED_BY_RE.search(before[: doer.start()])
