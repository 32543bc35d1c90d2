"""A date's role and precision in its sentence: an event date, a "since" start, or a bare date; and
when uncertainty ("Around 9 May 2020 (as reported)") widens it to a week.

The words around a date ("police said on Thursday", "scheduled for Sunday", "the 2008 Mumbai attacks",
"the toll rose to 23 on Monday") decide what it dates; kept apart from the resolvers, which only say
which days the words name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from warledger.extract.date_relative import FOR_A_PLAN_BEFORE, POSSESSIVE_AFTER
from warledger.extract.date_values import COUNT_WORDS, DateValue, Role

# An event named by its year ("the 2004 bombing of a ferry", "the 2008 Mumbai attacks", "a 1999 massacre"):
# the year dates that event, which is history in a later report (a year alone before other nouns, "the 2010
# budget", dates nothing that happened).
YEAR_NAMED_EVENT = re.compile(
    r"(?:[A-Z][\w'-]*\s+|[a-z]+\s+){0,2}?"
    r"(?:bombings?|attacks?|massacres?|(?:air\s*)?strikes?|raids?|killings?|war|offensive|uprising|riots?|clashes"
    r"|fighting|siege|coup|invasion|assault|blasts?|ambush|kidnappings?|abductions?|hijacking|shootings?"
    r"|explosions?|violence|genocide|insurgency|rebellion|revolt|takeover|crackdown|protests?)\b"
)


WEEK_BEFORE = re.compile(
    r"\b(?:around|as reported on|on or around|on or about|in the week of|reportedly on)\s*$", re.IGNORECASE
)
WEEK_AFTER = re.compile(r"^\s*\(as reported\)", re.IGNORECASE)
SINCE_BEFORE = re.compile(r"\bsince\s*(?:the\s+)?(?:early\s+|late\s+)?$", re.IGNORECASE)
# A state that lasted up to the event, told in a relative clause on a place or people ("the roundabout, where
# thousands of demonstrators had been camping since Tuesday"): how long they had been there, no event's day.
STATE_SINCE_BEFORE = re.compile(
    r",\s+(?:where|who)\s+[^.;,]{0,100}?\bhad\s+been\s+[a-z]+ing\b(?:\s+[a-z]+){0,3}?\s+since\s+$",
    re.IGNORECASE,
)
EVENT_BEFORE = re.compile(
    r"\b(?:on|around|in|from|until|between|by|last|early|late|during|before dawn on|as reported on|dated|"
    r"at dawn on|(?:on\s+|in\s+|during\s+)?the\s+(?:night|evening|morning|afternoon|early\s+hours)\s+of)\s*"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# A weekday written before the full date it names ("at dawn on Friday, February 14"): the words before the
# weekday say what the date is.
WEEKDAY_BEFORE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*(?:the\s+)?$", re.IGNORECASE
)
# A day someone spoke on, right after the verb ("police said on Thursday", "told reporters on Thursday",
# "said in a statement late on Monday", "said on state television late on Saturday", "said in Islamabad on
# Friday" (where it was said), "told Radio Uganda in Gulu today that" (the town the speaker told it in), "a
# finding the ministry rejected on Tuesday", "the report, published on Tuesday", "the radio had said earlier
# Monday", "telephoned AFP on Monday to say"): the day of the report, which dates an event only as a last
# resort.
SPOKEN_BEFORE = re.compile(
    r"\b(?:said|says|announced|added|confirmed|stated|claimed|rejected|denied|dismissed|disputed|condemned"
    r"|published|(?:said|announced)\s+in\s+a\s+statement"
    r"|(?:said|announced|stated|confirmed|told\s+\w+)\s+(?:on|in|at|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:television|tv|radio|broadcast|address|news\s+conference|press\s+conference|briefing|interview)"
    r"|(?:said|announced|stated|confirmed)\s+in\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"|(?:said|announced|stated)\s+(?:at|during)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:funerals?|burials?|rally|rallies|meeting|gathering|ceremony|vigil|prayers)"
    r"|told(?:\s+[\w.'-]+){1,3}?(?:\s+(?:by\s+(?:tele|satellite\s+|mobile\s+)?phone|over\s+the\s+(?:tele)?phone))?"
    # "told the crowd at a funeral this morning": the gathering the speaker told it at
    r"(?:\s+(?:at|during)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:funerals?|burials?|rally|rallies|meeting|gathering|ceremony|vigil|prayers|conference|briefing))?"
    r"(?:\s+in\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
    r"|(?:tele)?phoned(?:\s+[\w.'-]+){1,3}?"
    r"|(?:statement|communiqu[eé]|address|broadcast)\s+(?:read|broadcast|issued|published|posted|released|aired)"
    r"(?:\s+[\w.'-]+){0,4}?)\s+(?:late\s+|early\s+|earlier\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# "Local authorities reported on 24 March that ...": the day a report was made, when "that" opens what it
# said (not "Other fighting reported on Tuesday:", the day of the fighting)
REPORTED_BEFORE = re.compile(r"\breported\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.IGNORECASE)
THAT_AFTER = re.compile(r"\s*,?\s*that\b", re.IGNORECASE)
# A relative day opening the sentence, then who spoke of the dead they had counted ("On Sunday, local
# officials said they had counted 22 bodies"): the day they counted and spoke, not the event's (but "On
# Wednesday, the prosecutor's office said troops had killed two suspected raiders" tells that day's event)
OPENING_DAY_BEFORE = re.compile(r"^\s*(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
SPOKEN_BY_AFTER = re.compile(
    r"\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){1,4}?(?:said|says|told\s+[\w.'-]+|announced|reported)\s+"
    r"(?:that\s+)?(?:they|it|he|she|(?:its|their|his|her)\s+[\w-]+)\s+(?:had|have|has)\s+"
    r"(?:so\s+far\s+)?(?:counted|recovered|collected|registered|recorded|received|buried)\b",
    re.IGNORECASE,
)
# A relative day right before a reporting verb ("Officials on Tuesday raised the death toll from Sunday's
# bombing", "police on Monday said", "villagers who reached the town this week say"): when it was said, not
# when it happened.
SPOKEN_AFTER = re.compile(
    r"\s*,?\s*(?:said|says|say|told|announced|confirmed|raised|revised|updated|reported|denied|condemned|"
    r"blamed|vowed|claimed|released|published|demanded|urged|appealed|pledged|promised|called\s+(?:for|on)|"
    r"put\s+the)\b",
    re.IGNORECASE,
)
# "Port Said", "Abu Said": a capitalised "Said" after a capitalised word ends a name, it is no verb of speech
# ("killed ... in Port Said on Wednesday night" dates the killing, not a statement).
SAID_IN_A_NAME = re.compile(r"\b([A-Z][\w'’-]*)\s+Said\b")


def without_said_names(text: str) -> str:
    """`text` with the "Said" ending a name made another word of the same length (offsets kept)."""
    return SAID_IN_A_NAME.sub(lambda m: m.group(0)[:-4] + "Saad", text)


# "On the eve of Monday's ballot": the day before the day it names.
EVE_BEFORE = re.compile(r"\bthe\s+eve\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "on the eve of the Rome peace talks, which opened on Monday": the occasion named first and its day told in
# the relative clause right after its name (no other clause between); the event is the day before that day.
EVE_NAMED_BEFORE = re.compile(
    r"\bthe\s+eve\s+of\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+,?\s+(?:which|that)\s+(?:[\w'’-]+\s+){1,4}?on\s+$",
    re.IGNORECASE,
)
AS_OF_BEFORE = re.compile(r"\b(?:by|as of|as at)\s+(?:the\s+)?(?:end of\s+)?$", re.IGNORECASE)
# A day right after a toll's new figure ("the death toll rose to 23 on Monday from 17", "the toll stood at 40
# on Friday"): when the count stood, as after "by", not the day of the event it counts.
TOLL_STOOD_BEFORE = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|mounted|went\s+up|stood|reached)\s+(?:to|at)?\s*"
    rf"(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?(?:\d[\d,]*|{COUNT_WORDS})\s+"
    r"(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# A weekday in a clause a modal puts ahead of the report ("said it would present the cases to the court on
# Friday", "the minister will visit the town on Monday"): the coming such day, planned, not a day of the
# events reported (the weekday rule reads it as the latest one before publication). Words only, no
# punctuation or conjunction between the modal and the day, so "would come back, and on Friday they shot"
# stays the shooting's day.
WEEKDAY_NAME = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|plans?\s+to|intends?\s+to)\s+"
    r"(?:(?!(?:and|but|after|when|because|before|until|who|which|that)\b)[\w'-]+\s+){1,8}?"
    r"(?:on\s+|by\s+|next\s+|this\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
# "the bodies of the dead were flown to Manila on Tuesday", "the remains were repatriated on Monday": the
# day the dead were moved, after the event.
BODIES_MOVED_BEFORE = re.compile(
    r"\b(?:bod(?:y|ies)|remains|coffins?|corpses?)\b[^.;]{0,60}?\b(?:were|was)\s+(?:\w+\s+)?"
    r"(?:flown|airlifted|repatriated|transported|driven|taken|brought|handed\s+over)\b[^.;,]{0,40}?"
    r"\s(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# Bodies the sea or a river gave back ("counted 15 bodies, some of them washed up on the shore on Friday
# morning", "the bodies were washed ashore on Monday"): the day the dead were found, after the event.
BODIES_WASHED_UP_BEFORE = re.compile(
    r"\b(?:bod(?:y|ies)|remains|corpses?|them)\b[^.;]{0,40}?\b(?:(?:were|was|had\s+been)\s+)?washed\s+"
    r"(?:up|ashore)\b[^.;,]{0,40}?\s(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# A burial told in passing, in a count or about the people who buried the dead ("38 people had been buried
# in a common grave on Wednesday", "the priest, who helped to bury them on Sunday"): the day the dead were
# buried, after the event. Not a burial the story tells as its own scene ("The dead were buried on Tuesday,
# where mourners chanted ..."), whose day the funerals keep as an occasion of their own (a funeral may turn
# into a protest); nor the rubble ("buried under the rubble on Monday"); no comma between, so "buried on
# Thursday, three days after gunmen attacked on Monday" keeps Monday the attack's.
BURIED_BEFORE = re.compile(
    r"\b(?:(?:had|have|has)\s+been\s+buried|(?:to|who|had)\s+(?:\w+\s+)?bur(?:y|ied))\b"
    r"(?!\s+(?:under|beneath|alive|in\s+(?:the\s+)?rubble|by\b))"
    r"[^.;,]{0,50}?\s(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# What a crowd or a source demands back, with the day the people were taken ("to demand ... the release of
# opposition activists arrested last week", "calling for the return of the students seized on Friday"): the
# grievance's day, an earlier event's, not the day of what the sentence tells (the march).
RELEASE_DEMANDED_BEFORE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|seek(?:s|ing)?|urg(?:e|es|ed|ing))\b[^.;]{0,60}?"
    r"\b(?:release|freedom|return)\s+of\b[^.;,]{0,50}?\s(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# The death or arrest a crowd is angry over, with its day ("The protesters, angry over the death of a young
# jobless man at the weekend, marched ...", "protesting the killing of a student on Sunday"): the grievance's
# day, an earlier event's, not the day of what the crowd did.
GRIEVANCE_BEFORE = re.compile(
    r"\b(?:angry|angered|enraged|incensed|outraged|furious|protesting(?:\s+against)?|in\s+protest\s+(?:at|over|against))"
    r"\s+(?:(?:over|at|by|about)\s+)?(?:the\s+)?(?:death|deaths|killing|killings|shooting|murder|arrest|detention"
    r"|suicide)\s+of\b[^.;,]{0,50}?\s(?:late\s+|early\s+)?(?:on\s+|at\s+|over\s+)?$",
    re.IGNORECASE,
)
# The day a source went to the scene, in a clause about that source ("UN observers who visited the site on
# Wednesday morning", "church leaders who visited the area on Sunday said", "Our members who visited the area
# on Sunday and Monday have compiled"): when the source looked, after the event, not the day of what it found.
# Only visiting or inspecting in a relative clause: "gunmen who reached the village on Friday opened
# fire" (the doers' arrival) keeps its day.
VISITED_BEFORE = re.compile(
    r"\bwho\s+(?:had\s+|have\s+|has\s+)?(?:visited|inspected)\b[^.;,]{0,50}?\s"
    r"(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# "May" is a month only when capitalised or beside a number; "may" alone is the verb.
MODAL_MAY = re.compile(r"^may$")


def role_and_precision(text: str, start: int, end: int, value: DateValue) -> DateValue:
    """The value with its role (event/since/bare) and the precision its qualifiers give it."""
    before = text[max(0, start - 24) : start]
    if weekday := WEEKDAY_BEFORE.search(before):
        before = text[max(0, start - 24 - len(weekday.group(0))) : start - len(weekday.group(0))]
    after = text[end : end + 16]
    precision = value.precision
    if precision == "day" and (WEEK_BEFORE.search(before) or WEEK_AFTER.match(after)):
        precision = "week"
    role: Role = "event"
    since_inside = text[start:end].lower().startswith("since")  # "since Tuesday" as one mention
    if STATE_SINCE_BEFORE.search(text[max(0, start - 140) : start] + ("since " if since_inside else "")):
        role = "bare"  # "where demonstrators had been camping since Tuesday": how long a state lasted
    elif SINCE_BEFORE.search(before) or text[start:end].lower().startswith("since"):
        role = "since"
    elif (
        BODIES_MOVED_BEFORE.search(text[max(0, start - 120) : start])
        or BURIED_BEFORE.search(text[max(0, start - 70) : start])
        or BODIES_WASHED_UP_BEFORE.search(text[max(0, start - 100) : start])
    ):
        role = "bare"  # "the bodies were flown to Manila on Tuesday": when the dead were moved, not an event
    elif VISITED_BEFORE.search(text[max(0, start - 80) : start]):
        role = "bare"  # "observers who visited the site on Wednesday": when a source looked, not the event
    elif RELEASE_DEMANDED_BEFORE.search(text[max(0, start - 160) : start]):
        role = "bare"  # "demand the release of activists arrested last week": the grievance's day
    elif GRIEVANCE_BEFORE.search(text[max(0, start - 120) : start]):
        role = "bare"  # "angry over the death of a jobless man at the weekend": the grievance's day
    elif AS_OF_BEFORE.search(before) or TOLL_STOOD_BEFORE.search(text[max(0, start - 50) : start]):
        role = "bare"  # "pulled 61 bodies from the rubble by March 24th": when a count stood, not an event
    elif (
        SPOKEN_BEFORE.search(without_said_names(text[max(0, start - 60) : start]))
        or (value.relative and SPOKEN_AFTER.match(text, end))
        or (value.relative and OPENING_DAY_BEFORE.match(text[:start]) and SPOKEN_BY_AFTER.match(text, end))
        or (REPORTED_BEFORE.search(before) and THAT_AFTER.match(text, end))
    ):
        role = "bare"  # "..., a spokesman said on Thursday": when it was said, not when it happened
    elif (
        value.relative
        and FOR_A_PLAN_BEFORE.search(text[max(0, start - 60) : start])
        and not POSSESSIVE_AFTER.match(text, end)
    ):
        role = "bare"  # "called a general strike for Monday": a plan's day, no event's
    elif (
        value.relative
        and WEEKDAY_NAME.search(text, start, end)
        and FUTURE_BEFORE.search(text[max(0, start - 90) : start])
    ):
        role = "bare"  # "said it would present the cases ... on Friday": planned, no event's day
    elif not (
        value.relative
        or EVENT_BEFORE.search(before)
        or re.match(r"(?i)(?:on|in|since|between|from)\b", text[start:end])
        or re.match(r"(?i)(?:the|an?)\s+\d", text[start:end])
    ):
        role = "bare"
    if (
        precision == "day"
        and value.start == value.end
        and (EVE_BEFORE.search(before) or EVE_NAMED_BEFORE.search(text[max(0, start - 100) : start]))
    ):
        eve = value.start - timedelta(days=1)
        return replace(value, start=eve, end=eve, precision=precision, role=role)
    return replace(value, precision=precision, role=role)


def same_occasion(a: DateValue, b: DateValue) -> bool:
    """Two dates that can name one incident: the same range, or a night and the small hours of the day it
    ran into ("overnight" in Wednesday's paper and "in the early hours of Wednesday")."""
    return (a.start, a.end) == (b.start, b.end) or runs_into(a, b) or runs_into(b, a)


def runs_into(night: DateValue, day: DateValue) -> bool:
    """`night` is a night whose next day is the single day `day`, named by its small hours ("late on Sunday"
    and "until the early hours of Monday"; not "on Monday", which may be another event)."""
    return (
        night.night
        and day.small_hours
        and day.precision == "day"
        and day.start == day.end == night.end + timedelta(days=1)
    )


def since_range(value: DateValue, published: date | None) -> DateValue:
    """ "Since Thursday": from that day to the day before publication (or the day itself)."""
    if published is None or value.role != "since":
        return value
    end = max(value.start, published - timedelta(days=1))
    return replace(value, end=end)
