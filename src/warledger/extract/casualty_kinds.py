"""What a number counts: killed, injured, missing or arrested, from the cues before and after it.

The cue after a number ("92 people were killed") or before it ("killing 57", "the toll rose to 40"), a
subset ("including 3 children"), single persons named beside the counted ("a man, his wife and their three
children"), coordinated numbers, and the numbers that count no victims (the doers, things, speakers, those
found alive). Separate from the figure builders so each question about one number reads on its own.
"""

from __future__ import annotations

import re
from functools import cache

from warledger.extract.casualty_cues import (
    MAX_GAP_WORDS,
    CasualtyKind,
    clause_after,
    clause_before,
    cue_rules,
    has_casualty_cue,
    names_as_words,
    side_of,
    victim_noun,
)
from warledger.extract.casualty_quantities import Quantity, data_json

# "were kidnapped and killed": the second verb is what became of them
THEN_KILLED = re.compile(
    r"\s+and\s+(?:later\s+|then\s+|subsequently\s+)?(?:killed|murdered|executed|beheaded|shot dead)\b",
    re.IGNORECASE,
)


# ", most of them women and children,", ", among them 29 children,": an aside on who the counted were, set
# off by commas between the counted noun and its verb ("62 people, most of them women, were killed").
ASIDE_ON_THE_COUNTED = re.compile(
    r",\s+(?:(?:most|many|all|some|several|half|(?:at\s+least\s+)?\d+|one|two|three|four|five|six)\s+of\s+"
    r"(?:them|whom)|among\s+them|including)\b[^,;.:!?]*,"
)


def kind_after(text: str, quantity: Quantity) -> CasualtyKind | None:
    """The cue kind following a quantity in its clause, read past an aside on who the counted were."""
    following = ASIDE_ON_THE_COUNTED.sub("", names_as_words(clause_after(text, quantity.end)), count=1)
    hits = [(m.end(), kind) for kind, rule in cue_rules().after.items() if (m := rule.match(following))]
    if not hits:
        return None
    end, kind = min(hits)
    if kind == "missing" and THEN_KILLED.match(following, end):
        return "killed"
    return kind  # type: ignore[return-value]


# A count of the dead that grew, however long its subject: "The number of people killed in the bombing of a
# market in the city rose to 31".
ROSE_TO = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|soared|soars)\s+to\s*$",
    re.IGNORECASE,
)
DEAD_SUBJECT = re.compile(
    r"\b(?:number of (?:people |those |civilians |persons )?(?:killed|dead|deaths|fatalities|victims)|"
    r"(?:death|casualty|fatality) toll|toll)\b",
    re.IGNORECASE,
)


# The same update with its object after the figure: "..., raising to nine the number of people killed in
# Saturday's fighting", "bringing to 31 the death toll".
RAISING_TO = re.compile(
    r"\b(?:raising|bringing|taking|pushing|raised|brought|took|pushed)\s+to\s*$", re.IGNORECASE
)
DEAD_OBJECT_AFTER = re.compile(
    r"\s+the\s+(?:number\s+of\s+(?:people\s+|those\s+|civilians\s+|persons\s+)?(?:killed|dead|deaths|fatalities|"
    r"victims)|(?:death|casualty|fatality)\s+toll|toll)\b",
    re.IGNORECASE,
)


def kind_before(text: str, quantity: Quantity) -> tuple[CasualtyKind | None, bool]:
    """The cue kind preceding a quantity, and whether it is a toll update ("the toll rose to 40", "the
    toll now stands at 40")."""
    preceding = clause_before(text, quantity.start)
    if cue_rules().toll.search(preceding):
        # "the toll rose to 40" updates the count; "it put the death toll at 43" is one more source's count,
        # unless it says the count rose by later deaths ("..., saying that three of the injured had died")
        return "killed", bool(
            cue_rules().update.search(preceding) or RISE_BY_LATER_DEATHS.match(text, quantity.end)
        )
    if ROSE_TO.search(preceding) and DEAD_SUBJECT.search(text, 0, quantity.start):
        return "killed", True  # "the number of people killed in Saturday's bombing rose to 31"
    if RAISING_TO.search(preceding) and DEAD_OBJECT_AFTER.match(text, quantity.end):
        return "killed", True  # "raising to nine the number of people killed in Saturday's fighting"
    person = one_person_before_pattern().search(preceding)
    # "killed a policeman and two civilians": the verb before the first person counts the others too
    heads = [preceding] if person is None else [preceding, preceding[: person.start() + 1]]
    for head in heads:
        for kind, rule in cue_rules().before.items():
            if rule.search(head):
                return kind, False  # type: ignore[return-value]
    if LOST_BEFORE.search(preceding) and side_of(victim_noun(text, quantity)) is not None:
        return "killed", False  # "the army had lost 20 soldiers": its dead, not "lost 100 cows"
    if names_the_dead_told(text, quantity, preceding):
        return "killed", False
    return None, False


# a toll given with the later deaths that raised it: "put the number of dead at 12, saying that three of the
# injured had died in hospital overnight" is the toll as it rose, not another source's count beside the first
RISE_BY_LATER_DEATHS = re.compile(
    r"[^.;]{0,30}?,\s+(?:saying|adding|explaining|as)\s+(?:that\s+)?[^.;]{0,60}?\b(?:had\s+|have\s+)?"
    r"(?:died|succumbed)\b[^.;]{0,20}?\b(?:in\s+(?:the\s+)?hospital|overnight|of\s+(?:their|his|her)\s+"
    r"(?:wounds|injuries)|to\s+(?:their|his|her)\s+(?:wounds|injuries)|later|since)\b",
    re.IGNORECASE,
)


# "have spoken of up to 100", "its teams counted about 200": a source's figure with no noun of its own
SPOKE_OF_BEFORE = re.compile(
    r"\b(?:(?:spoken|spoke|speaks?|talked|talks?)\s+of|counted)\s+"
    r"(?:(?:up to|as many as|as high as|about|around|some|nearly|almost|more than|over)\s+)?$",
    re.IGNORECASE,
)
# the number ends its clause: no noun follows it
BARE_END = re.compile(r"^\s*(?:[.;:!?)]|,|$|\s(?:and|but|while)\b)", re.IGNORECASE)
# the sentence has spoken of the dead before the number ("at least 60 people died, and ...")
DEAD_BEFORE = re.compile(
    r"\b(?:died|dead|deaths?|killed|bodies|corpses|death toll|massacred)\b", re.IGNORECASE
)


def names_the_dead_told(text: str, quantity: Quantity, preceding: str) -> bool:
    """A bare number a source spoke of or counted, in a sentence already about the dead ("Officials said
    at least 60 people died, and some have spoken of up to 100"; "the Red Cross, which removed the bodies,
    said its teams counted about 200"): another source's count of those dead, though no noun follows it
    ("counted 200 houses" has one and is no count of the dead)."""
    return (
        SPOKE_OF_BEFORE.search(preceding) is not None
        and BARE_END.match(text[quantity.end :]) is not None
        and DEAD_BEFORE.search(text, 0, quantity.start) is not None
    )


# "had lost 20 soldiers", "lost at least 12 fighters", "had lost only four fighters": a side's own dead, when
# the noun names a side
LOST_BEFORE = re.compile(
    r"\blost\s+(?:(?:at least|more than|over|about|around|nearly|almost|some|only|just)\s+)?$", re.IGNORECASE
)


# Bodies told with what was done with them ("and that three bodies had been thrown into the pond") after a
# count of the dead in the same sentence: some of those dead, where they were left, not more of them.
BODIES_DISPOSED_AFTER = re.compile(
    r"^\s+(?:bod(?:y|ies)|corpses?)\s+(?:had\s+been|have\s+been|were|was)\s+(?:\w+\s+)?"
    r"(?:thrown|dumped|dragged|tossed|left|buried|burned|burnt|hidden)\b",
    re.IGNORECASE,
)
DEAD_COUNTED_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,3}?(?:had\s+been\s+|have\s+been\s+|were\s+)?(?:killed|dead|died)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)


MORE_OR_OTHER = re.compile(r"\b(?:more|other|another|further|also|additional)\b", re.IGNORECASE)


def is_subset(text: str, quantity: Quantity) -> bool:
    """Whether the number counts part of a figure ("including 3 children", "3 of them children"); not when
    a killing verb takes it as its object ("fighting with jihadists, killing 40 of them": the 40 is the
    toll, a part of the jihadists)."""
    preceding = clause_before(text, quantity.start)
    following = text[quantity.end : quantity.end + 60]
    if (
        BODIES_DISPOSED_AFTER.match(following)
        and not MORE_OR_OTHER.search(text, max(0, quantity.start - 12), quantity.end + 12)
        and DEAD_COUNTED_BEFORE.search(text, 0, quantity.start)
    ):
        return True  # "said 19 people had been killed, and that three bodies had been thrown into the pond"
    if cue_rules().subset_before.search(preceding) or cue_rules().subset_before.search(
        without_persons_before(preceding)
    ):
        return True
    return bool(cue_rules().subset_after.match(following)) and kind_before(text, quantity)[0] is None


# "two reservists who had been detained there": a relative clause on the counted, after their noun; it says
# what had become of them before, while the verb before the number says what was done to them.
RELATIVE_AFTER_COUNTED = re.compile(r"^(?:\s+[\w'’-]+){0,4}?,?\s+(?:who|whom|that)\s", re.IGNORECASE)


def figure_kind(text: str, quantity: Quantity) -> tuple[CasualtyKind | None, bool]:
    """The casualty kind of a quantity (None if it counts something else) and whether it is an update."""
    before, updated = kind_before(text, quantity)
    if updated:
        return before, True
    after = kind_after(text, quantity)
    if before and after and after != before and _coordinated(clause_after(text, quantity.end)):
        return before, False  # "killed 4 soldiers and wounded 6": the verb before counts the 4
    if (
        before
        and after
        and after != before
        and RELATIVE_AFTER_COUNTED.match(clause_after(text, quantity.end))
    ):
        return before, False  # "beat to death two soldiers who had been detained": the verb before decides
    if not (after or before) and lists_the_dead(text, quantity):
        return "killed", False
    return after or before, False


# "three people died at the scene and two others in hospital": the second figure's verb is left out (gapped)
# and is the first's. Only "others"/"more" right after the number, then a place or time phrase and no verb
# of its own to the end of the clause ("and hundreds of others fled" has its own).
GAPPED_AND = re.compile(r"\band\s+$", re.IGNORECASE)
GAPPED_REST = re.compile(
    r"^\s+(?:others|more)(?:\s+(?:later|also|then|subsequently))?"
    r"\s+(?:in|at|on|after|from|while|during|overnight)\b"
    r"(?:(?!\b(?:was|were|is|are|had|have|has|been|being|died|killed|wounded|injured|hurt|fled|escaped)\b).)*$",
    re.IGNORECASE,
)


def gapped_kind(
    text: str, previous: Quantity, quantity: Quantity, kind: CasualtyKind | None
) -> CasualtyKind | None:
    """The kind of a figure whose verb is gapped after "and": the previous figure's, in the same clause."""
    between = text[previous.end : quantity.start]
    if kind is None or not GAPPED_AND.search(between) or re.search(r"[.;:!?\n]", between):
        return None
    return kind if GAPPED_REST.match(clause_after(text, quantity.end)) else None


@cache
def name_list_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = data_json("casualty_cues.json")["name_list"]
    return tuple(re.compile(raw[key], re.IGNORECASE) for key in ("before", "after", "dead"))  # type: ignore[return-value]


def lists_the_dead(text: str, quantity: Quantity) -> bool:
    """A list of the dead by name ("The parish priest, who buried the dead, compiled a list of 34 names"):
    the names are a count of the dead as the one who listed them has it (data: casualty_cues name_list)."""
    before, after, dead = name_list_patterns()
    return (
        bool(before.search(text[: quantity.start]))
        and bool(after.match(text[quantity.end :]))
        and bool(dead.search(text))
    )


# Up to seven words before "and" or a comma that are no auxiliary: the counted noun and where and when
# ("killed 5 villagers in Bakura on Saturday and wounded eight"); an auxiliary makes them a clause of its own
# ("killed 2 and 5 people were wounded in the market and ...").
COORDINATED_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:and|,)\s"
    r"|^\s*(?:(?!(?:was|were|is|are|had|have|has|been|being|who|which|that)\b)[\w'’-]+\s+){4,7}?(?:and|,)\s",
    re.IGNORECASE,
)


def _coordinated(following: str) -> bool:
    """Whether the words after a number go on to a second verb phrase ("soldiers and wounded ...", "villagers
    in Bakura on Saturday and wounded ...")."""
    return bool(COORDINATED_AFTER.match(following + " "))


VERB_BETWEEN = re.compile(r"\b(?:was|were|is|are|has|have|had|been|being)\b", re.IGNORECASE)


@cache
def one_more_person_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in data_json("casualty_cues.json")["person_nouns"])
    return re.compile(
        rf"^\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+\s+(?:and|as well as)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+)?"
        rf"(?:{nouns})\b",
        re.IGNORECASE,
    )


@cache
def one_person_before_pattern() -> re.Pattern[str]:
    """One or more single persons listed before a counted group: "a man, his wife and their ..."."""
    return re.compile(
        rf"(?:^|[^\w,])\s*(?:{single_person()}\s*(?:,|and|as well as)\s+){{1,4}}(?:(?:his|her|their)\s+)?$",
        re.IGNORECASE,
    )


@cache
def single_person() -> str:
    nouns = "|".join(re.escape(n) for n in data_json("casualty_cues.json")["person_nouns"])
    return rf"(?:an?|one|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b"


def without_persons_before(preceding: str) -> str:
    """The words before a counted group without the single persons listed before it, so a part of the dead
    told after the verb is read as one ("killed, among them a woman and three children": the woman and
    the children are among the six, not more dead); `preceding` as it is when no person is listed."""
    match = one_person_before_pattern().search(preceding)
    if match is None or has_casualty_cue(match.group(0)):
        return preceding
    return preceding[: match.start()] + match.group(0)[: len(match.group(0)) - len(match.group(0).lstrip())]


def one_person_before(text: str, first: Quantity) -> int:
    """How many single persons are named before the counted ones: "a policeman and two civilians died" is
    three, "a man, his wife and their three children" five."""
    before = text[max(0, first.start - 80) : first.start]
    match = one_person_before_pattern().search(before)
    if match is None or has_casualty_cue(match.group(0)):
        return 0
    return len(re.findall(single_person(), match.group(0), re.IGNORECASE))


def persons_joined(words: str) -> int:
    """How many single persons a one-victim phrase adds by "and" ("A 60-year-old woman and a teenage boy
    selling candles died": one more; "A soldier escorting a journalist was killed": none)."""
    return len(re.findall(rf"\b(?:and|as well as)\s+{single_person()}", words, re.IGNORECASE))


@cache
def unnumbered_company_pattern() -> re.Pattern[str]:
    """A plural of people with no number joined after a single victim ("a local candidate and members of his
    family", "a chief and his relatives"): casualty_cues.json `unnumbered_company`."""
    plurals = "|".join(data_json("casualty_cues.json")["unnumbered_company"])
    return re.compile(
        rf"^\s+(?:[a-z'’-]+\s+){{0,2}}?[a-z'’-]+,?\s+(?:and|as well as|along with|together with)\s+"
        rf"(?:{plurals})\b",
        re.IGNORECASE,
    )


def unnumbered_company(text: str, end: int) -> int:
    """2 when a single victim is followed by an unnumbered plural of people ("killed a local candidate and
    members of his family": at least two more, so at least three dead, not one), else 0. A plural with a
    number of its own ("and two members of his family") is counted by the number; a verb between ("a man
    was killed and relatives were injured") makes it a clause of its own."""
    match = unnumbered_company_pattern().match(text[end : end + 80])
    if match is None or has_casualty_cue(match.group(0)) or VERB_BETWEEN.search(match.group(0)):
        return 0
    return 2


def one_more_person(text: str, last: Quantity | int) -> int:
    """1 when the counted people are followed by one more person: "four patients and a nurse" is five,
    "two police officers and a 9-year-old girl" three,
    "a commander and his wife" two (not when a verb comes between: "12 people were killed and a nurse was
    injured"). `last` is the counted quantity or the offset where the first person's noun begins."""
    end = last if isinstance(last, int) else last.end
    match = one_more_person_pattern().match(text[end : end + 60])
    if match is None or has_casualty_cue(match.group(0)) or VERB_BETWEEN.search(match.group(0)):
        return 0
    return 1


@cache
def clause_verb_pattern() -> re.Pattern[str]:
    """A verb that gives the number before it a clause of its own (casualty_cues.json `clause_verbs`)."""
    verbs = "|".join(re.escape(v) for v in data_json("casualty_cues.json")["clause_verbs"])
    return re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE)


def chained(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether two quantities are coordinated parts of one figure ("3 soldiers and 2 civilians")."""
    between = text[first.end : second.start]
    if has_casualty_cue(between) or clause_verb_pattern().search(between):
        return False  # "Thousands of people fled and 12 were killed": two clauses, not 1,012
    return bool(
        re.fullmatch(
            r"\s*(?:[\w'’-]+(?:\s+|(?=,))){0,3}?(?:of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+(?:\s+|(?=,))){1,3}?)?"
            # a counted noun coordinated within its own part: "12 policemen and soldiers and five rebels"
            r"(?:and\s+[\w'’-]+\s+(?=and\s))?"
            r"(?:,\s*|and\s+|as well as\s+|,\s*and\s+)(?:another\s+)?",
            between,
            re.IGNORECASE,
        )
    )


PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\b", re.IGNORECASE)
# "two militants shot and killed a male civilian", "2 unidentified gunmen on a motorbike shot dead a cleric":
# the number counts the doers of a verb in the active voice (not "Two soldiers were shot dead a day after")
DOERS_OF_ONE = re.compile(
    r"\s+(?:(?!(?:was|were|is|are|been|being|be)\b)[\w'’-]+\s+){1,6}?"
    r"(?:shot and killed|shot dead|stabbed to death|killed|murdered|executed|assassinated|beheaded|lynched)"
    r"\s+(?:an?|one)\s+(?!(?:number|few|dozen|total|handful|couple|day|week|month|year|while|moment)\b)",
    re.IGNORECASE,
)


def counts_the_doers(text: str, quantity: Quantity, following: Quantity | None) -> bool:
    """Whether a number counts who or what did the harm: its verb goes on to count victims of its own ("Two
    car bombs killed 70", "three gunmen wounded five"), so it is no toll, as "Two soldiers killed in blast"
    is. Only a verb in the active voice within a few words of both numbers. A number a verb before it
    counts ("Police arrested three men who killed a trader") counts those it was done to, whatever they
    did."""
    if DOERS_OF_ONE.match(text, quantity.end) and not kind_before(text, quantity)[0]:
        return True  # "two militants shot and killed a male civilian": one dead, two shooters
    if following is None:
        return False
    between = text[quantity.end : following.start]
    if len(between.split()) > MAX_GAP_WORDS + 2 or PASSIVE.search(between) or kind_before(text, quantity)[0]:
        return False
    return any(rule.search(between) for rule in cue_rules().before.values())


# Nouns a number may count that are never people: "stopped two vehicles and executed the passengers", "was hit
# by three bullets in the head and chest and died" (the bullets, not three dead); a
# family is a household, not one person ("three children from one family"), but "two family members" are two
THINGS = re.compile(
    r"\s+(?:(?!(?:at|in|on|near|from|of|by|with|to|for|and|or|inside|outside)\b)[\w-]+\s+)?"
    r"(?:vehicles?|cars?|buses|minibuses|trucks?|lorries|motorcycles?|motorbikes?|boats?|vans?|jeeps?|"
    r"trains?|carriages?|wagons?|coaches|planes?|aircraft|helicopters?|roofs?|walls?|rooms?|floors?|"
    r"houses?|homes?|shops?|buildings?|huts?|villages?|towns?|schools?|churches|mosques?|rockets?|missiles?|"
    r"shells?|bombs?|drones?|grenades?|bullets?|rounds|shots|projectiles?|tanks?|checkpoints?|positions?|"
    r"hours?|days?|weeks?|months?|years?|"
    r"times|km|kilometres?|kilometers?|miles?|metres?|meters?|operations?|attacks?|raids?|strikes?|incidents?|"
    r"events?|clashes|explosions?|blasts?|famil(?:y|ies)(?![\w-]|\s+members?\b))\b",
    re.IGNORECASE,
)


def counts_things(text: str, quantity: Quantity) -> bool:
    """Whether a number counts things, not people ("two vehicles", "three rockets"): no casualty figure."""
    return THINGS.match(text, quantity.end) is not None


# A number whose verb comes next says what people believe or said: "many believe deaths can be caused by
# sorcery", "dozens said they had been beaten" count the believers or the speakers, not victims.
SPEAKERS = re.compile(
    r"(?:\s+(?:people|residents|villagers|locals|others|witnesses))?\s+"
    r"(?:believe[sd]?|think|thought|say|said|told|blame[sd]?|hope[sd]?)\b"
    r"(?!\s+to\b)",
    re.IGNORECASE,
)


def counts_speakers(text: str, quantity: Quantity) -> bool:
    """Whether a number is the subject of a verb of belief or speech ("many believe"): no casualty figure."""
    return SPEAKERS.match(text, quantity.end) is not None


@cache
def found_alive_pattern() -> re.Pattern[str]:
    return re.compile(data_json("casualty_cues.json")["found_alive"]["pattern"], re.IGNORECASE)


def found_alive(text: str, quantity: Quantity) -> bool:
    """Whether the people the number counts were found alive ("saying that several people reported dead had
    been found alive"): no dead, whatever cue word stands between (data: casualty_cues found_alive)."""
    return bool(found_alive_pattern().match(text[quantity.end :]))


# "A soldier was killed along with two civilians", "He was shot dead at his home along with his wife and
# two of his sons": the people killed with the subject, after a killing verb and a few words, then
# "along/together with" and any single persons listed first; `was` tells a single subject, one more dead.
ALONG_WITH_KILLED = re.compile(
    r"\b(?P<aux>was|were)?\s*(?:killed|shot dead|murdered|executed|assassinated|died)\b"
    r"(?:\s+(?!and\b|but\b|while\b)[\w'’-]+){0,5}?,?\s+(?:along|together)\s+with\s+"
    r"(?:(?:his|her|their|an?)\s+[\w-]+\s*(?:,|and)\s+){0,3}$",
    re.IGNORECASE,
)


def killed_along_with(text: str, quantity: Quantity) -> int | None:
    """None when the number is no one killed along with the clause's subject; else how many more dead
    the subject adds: 1 for a single subject ("A soldier was killed along with two civilians": three), 0 for
    a counted or plural one ("Four civilians were killed along with two soldiers": the four are a figure
    of their own)."""
    clause = clause_before(text, quantity.start)
    match = ALONG_WITH_KILLED.search(clause)
    if match is None:
        return None
    if (match.group("aux") or "").lower() == "was":
        return 1
    return 1 if DIED_SINGLE.match(match.group(0)) and SINGLE_SUBJECT.search(clause[: match.start()]) else 0


# "The driver died along with four passengers", "his wife had died together with": a single subject of
# "died", which has no "was" to tell it: an article or a possessive, at most three words, and a last word
# that is no plural ("The two drivers died along with" counts its own two).
DIED_SINGLE = re.compile(r"\s*died\b", re.IGNORECASE)
SINGLE_SUBJECT = re.compile(
    r"(?:^|[,(]|\b(?:and|when|after|as|while|that|said|says))\s*(?:the|a|an|one|his|her|their|its)\s+"
    r"(?:(?!(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|both)\b)[\w'’-]+\s+){0,3}?"
    r"(?!(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|both)\b)[\w'’-]*[^\Ws]"
    r"(?:\s+(?:had|has))?\s*$",
    re.IGNORECASE,
)
