"""The units incidents are built from: a document's sentences (a line break always ends one) with the
mentions inside them, and the groups of units that report one incident.

A unit knows what it holds (figures, dates, event and casualty cue words, whether it opens on an event
already reported) but not which incident it belongs to: `incident_grouping.py` decides that. The cue words are
data (`data/extract/incident_cues.json`).
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, ParamSpec, TypeVar

from spacy.tokens import Doc

from warledger.extract.casualty_cues import CasualtyFigure
from warledger.extract.date_values import COUNT_WORDS, DateValue
from warledger.extract.event_actuality import actual
from warledger.extract.folding import Folded
from warledger.extract.mentions import Mention
from warledger.extract.sentences import doc_text, sentence_bounds

# A headline is a first line at most this long, without a full stop at its end.
HEADLINE_MAX_CHARS = 220


# A sentence whose dates all end this long before publication recalls history, not a new incident.
HISTORICAL_DAYS = 365


@cache
def incident_cues() -> dict[str, list[str]]:
    data = resources.files("warledger").joinpath("data", "extract", "incident_cues.json")
    return dict(json.loads(data.read_text(encoding="utf-8")))


# A mourned event lies at most this many days before the funerals that tell it.
MOURNED_DAYS = 7


def mourned_day(unit: Unit) -> DateValue:
    """The first event date of a sentence, or, when it tells the burial of the dead with the day they were
    killed ("Residents buried more of their dead on Thursday, three days after armed herdsmen attacked the
    villages in the early hours of Monday"), the day of the killing: the incident the story goes on with
    is Monday's, so a later sentence dated Monday tells it, not an earlier event."""
    days = unit.event_dates()
    first = days[0]
    if not cue_pattern("mourning").search(unit.text):
        return first
    earlier = [d for d in days if 0 < (first.start - d.start).days <= MOURNED_DAYS]
    return min(earlier, key=lambda d: d.start, default=first)


@cache
def cue_pattern(key: str) -> Folded:
    """Any of the cue data's `key` expressions, case-insensitive, on word boundaries (compiled once; run over
    lower-cased text when that is exact, see folding.py: use the matches' offsets, not their text)."""
    return Folded(re.compile(rf"\b(?:{'|'.join(incident_cues()[key])})\b", re.IGNORECASE))


def event_cue_pattern() -> Folded:
    return cue_pattern("event")


def casualty_cue_pattern() -> Folded:
    return cue_pattern("casualty")


def attribution_pattern() -> Folded:
    """Words by which a sentence gives someone's figure: "the group said it had killed 15"."""
    return cue_pattern("attribution")


def figurative_pattern() -> Folded:
    """Idioms whose event words report no event: "a shot in the arm", "a hit piece", "attack ads"."""
    return cue_pattern("figurative")


def literal(text: str) -> str:
    """The text with its idioms blanked out (offsets kept), so their event words are no cues."""
    pieces: list[str] = []
    end = 0
    for match in figurative_pattern().finditer(text):
        pieces += [text[end : match.start()], " " * (match.end() - match.start())]
        end = match.end()
    return "".join([*pieces, text[end:]]) if pieces else text


def background_pattern() -> Folded:
    """Words by which a sentence describes a place or a conflict over time, not an event: "the area has
    seen fighting between factions"."""
    return cue_pattern("background")


@cache
def superlative_before() -> re.Pattern[str]:
    """A superlative noun phrase ending where a background cue starts ("in the deadliest attack the town has
    seen this year", "the worst violence the region has witnessed since 2008"): the cue ranks the event
    told, it does not describe the setting."""
    words = "|".join(incident_cues()["superlative"])
    return re.compile(
        rf"\b(?:the|its|their)\s+(?:{words})\s+(?:[\w'-]+\s+){{0,4}}?(?:that\s+)?$", re.IGNORECASE
    )


def sets_background(text: str) -> bool:
    """Whether `text` describes a place or a conflict over time (`background_pattern`), not counting a cue
    that ranks the event told against the setting's past (`superlative_before`)."""
    return any(
        not superlative_before().search(text[max(0, m.start() - 80) : m.start()])
        for m in background_pattern().finditer(text)
    )


@cache
def back_reference_pattern() -> re.Pattern[str]:
    """A sentence opening on an event already reported: "The attack ...", "Sunday's strikes ...", or on
    its going on ("Sporadic shooting continued into the night")."""
    nouns = "|".join(incident_cues()["back_reference"])
    return re.compile(
        rf"^\s*(?:(?:the|this|that|these|those|\w+'s)\s+(?:\w+\s+)?(?:{nouns})\b"
        rf"|(?:\w+\s+)?(?:{nouns}|shooting|gunfire)\s+(?:continued|went\s+on)\b)",
        re.IGNORECASE,
    )


@cache
def definite_reference_pattern() -> re.Pattern[str]:
    """The event named as already known, anywhere in a sentence: "while the shelling continued",
    "shortly before the strike", "blamed al-Qaeda for the attacks"."""
    nouns = "|".join(incident_cues()["back_reference"])
    verbs = "continued|went on|lasted|ended|began|started"
    ranked = r"(?:deadliest|worst|bloodiest|biggest|largest|latest|most\s+\w+)"
    return re.compile(
        rf"\b(?:the|this|that)\s+(?:{nouns})\s+(?:{verbs})\b"
        rf"|\b(?:before|after|during|since|in|of|for|over|behind)\s+(?:the|this|that)\s+(?:{nouns})\b"
        rf"|\bthe\s+{ranked}\s+(?:\w+\s+)?(?:{nouns})\b",
        re.IGNORECASE,
    )


# "hours after", "a day before", "shortly after": the clause after it reports another event.
OTHER_EVENT_CLAUSE = re.compile(
    r"\b(?:(?:a\s+few\s+|several\s+|just\s+)?(?:hours|minutes|days|weeks)|a\s+day|a\s+week|"
    r"(?:one|two|three|four|five)\s+days|shortly|soon|moments)\s+(?:after|before)\b",
    re.IGNORECASE,
)


# ", the worst of a series of attacks that have left over a hundred dead": a clause naming the series the
# event belongs to, whose figures are the series' total, not the event's.
SERIES_CLAUSE = re.compile(
    r",\s+(?:the|its|their)\s+(?:worst|deadliest|bloodiest|latest|biggest|most\s+\w+)\s+(?:of|in)\s+"
    r"(?:a|the)\s+(?:\w+\s+)?(?:series|spate|wave|string|run)\s+of\b",
    re.IGNORECASE,
)


# "after a commander was killed ...", "following the arrest of ...": a clause on an earlier event.
# "the death toll from a Russian missile strike on the southern city on": a date follows in the phrase;
# not "raising the toll from 120 given by the police on": a figure after "from" is the old toll, and the
# day after it is when that figure was given
OLD_TOLL_WORDS = "|".join(w for w in COUNT_WORDS.split("|") if w != "a")  # "from a missile strike" is no toll
TOLL_OF_EVENT = re.compile(
    rf"\btoll\s+(?:from|of|in)\s+(?!(?:about\s+|some\s+|at\s+least\s+)?(?:\d|(?:{OLD_TOLL_WORDS})\b))"
    r"(?:the\s+|an?\s+)?[^,;:.]{0,80}?\s(?:on|late\s+on)\s+$",
    re.IGNORECASE,
)
# words telling what people found or did once an event was over: "ventured out ... to find bodies"
AFTERMATH_OF_DEAD = re.compile(
    r"\b(?:ventured out|returned|emerged|came out|calm returned|counted|collected|found|find|finding)\b"
    r"[^.;]*\b(?:bod(?:y|ies)|dead|corpses?)\b",
    re.IGNORECASE,
)
# "Ethiopia on Monday accused Eritrea of deliberately bombing civilians after two warplanes dropped bombs on
# the town on Friday": from the verb of accusing or condemning to the clause, what is accused names the event
# the clause tells; it is no other event of the sentence.
ACCUSATION = re.compile(
    r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing))\b[^.;:]*$",
    re.IGNORECASE,
)


def without_accusation(words: str) -> str:
    """`words` with a trailing accusation (see ACCUSATION) blanked, offsets kept."""
    found = ACCUSATION.search(words)
    return words if found is None else words[: found.start()] + " " * (len(words) - found.start())


# "imposed a dusk-to-dawn curfew across the state on Tuesday", "declared a state of emergency": what the
# authorities did once violence was over, the aftermath of the event an "after ..." clause tells.
EMERGENCY_MEASURE = re.compile(
    r"\b(?:impos\w*|declar\w*|extend\w*|order\w*|announc\w*)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:curfew|state\s+of\s+(?:emergency|siege)|emergency\s+rule|martial\s+law)\b",
    re.IGNORECASE,
)
# "died in hospital in Si Sa Ket on", "succumbed to his wounds early on": a victim dying of the wounds, the
# hospital's town and the day of the death just before a date.
LATER_DEATH = re.compile(
    r"\b(?:died|dies|succumbed)\s+(?:\w+\s+){0,2}?(?:(?:in|at)\s+(?:the\s+|a\s+)?(?:(?-i:[A-Z][\w'-]*)\s+){0,3}?hospital|of\s+(?:his|her|their)\s+"
    r"(?:wounds|injuries)|to\s+(?:his|her|their)\s+(?:wounds|injuries))"
    r"(?:\s+in\s+(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,2})?\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# The day one of the dead counted just before died, in an aside on them ("three police officers had died, one
# of them in hospital in Zugdidi on Wednesday afternoon", "four policemen had died, one of them on the
# operating table early Saturday"): that death's day, whatever the sentence told before; the count is the
# event's.
ONE_OF_THEM_DIED = re.compile(
    r"\b(?:died|dead),\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|most)\s+"
    r"of\s+(?:them|whom)\s+(?:(?:in|at)\s+(?:the\s+|a\s+)?(?:(?-i:[A-Z][\w'-]*)\s+){0,3}?hospital"
    r"|on\s+the\s+operating\s+table|on\s+the\s+way\s+to\s+(?:the\s+|a\s+)?hospital|in\s+(?:an|the)\s+ambulance)"
    r"(?:\s+in\s+(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,2})?\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# Where the clause a "day after/before" phrase opens ends: at a stop, a dash or a comma, but not at the
# comma of a list of nouns ("mobs armed with clubs, machetes and iron bars hunted down ...").
CLAUSE_STOP = re.compile(r"[;:.]|\s[-—–]\s|,(?!\s+(?:[\w'-]+\s+){1,2}and\s)")
# A casualty participle after a comma ("..., killing at least a dozen people").
CASUALTY_PARTICIPLE = re.compile(r",\s+(?:killing|leaving|wounding|injuring)\b", re.IGNORECASE)


def phrase_clause(rest: str) -> str:
    """The text of `rest` up to the end of the clause it opens (see `CLAUSE_STOP`), and on through the
    casualty participle that follows a clause telling violence ("three days after mobs ... hunted down
    shopkeepers in Pikine, killing at least a dozen": the dozen are that event's dead; not "a day before a
    by-election, leaving three people dead", whose dead are the sentence's own event's)."""
    stop = CLAUSE_STOP.search(rest)
    if stop is None:
        return rest
    clause = rest[: stop.start()]
    told = event_cue_pattern().search(clause) or casualty_cue_pattern().search(clause)
    if told and CASUALTY_PARTICIPLE.match(rest, stop.start()):
        after = CLAUSE_STOP.search(rest, stop.end())
        return rest if after is None else rest[: after.start()]
    return clause


CAUSE_CLAUSE = re.compile(
    r"\b(?:after|following|in (?:retaliation|response|revenge) for|in protest (?:at|against|over))\b[^,;:]*$",
    re.IGNORECASE,
)


# "pledging to end a cycle of killings that has left hundreds dead": up to the clause's end, what the event
# means to end, whose figures are not its own.
PURPOSE_CLAUSE = re.compile(
    r"\b(?:to|aim(?:ed|ing|s)?\s+at|in\s+a\s+bid\s+to|in\s+an\s+effort\s+to)\s+(?:help\s+)?"
    r"(?:end|ending|stop|stopping|halt|halting|curb|curbing|prevent|preventing)\b[^.;:!?,]*",
    re.IGNORECASE,
)


_P = ParamSpec("_P")
_R = TypeVar("_R")


def once_per_unit(method: Callable[_P, list[_R]]) -> Callable[_P, list[_R]]:
    """A `Unit` method computed once per unit and arguments, a copy of the list returned each time.

    For methods that read only the unit's text and mentions, which never change once a unit is made:
    the grouping rules ask a unit for its event dates and figures again and again (about 4 and 2 times
    per unit on the bench texts), and each answer runs several regular expressions over the sentence."""
    name = method.__name__

    @functools.wraps(method)
    def once(*args: _P.args, **kwargs: _P.kwargs) -> list[_R]:
        memo: dict[tuple[Any, ...], list[Any]] = args[0]._memo  # type: ignore[attr-defined]
        key = (name, *args[1:], *sorted(kwargs.items()))
        found = memo.get(key)
        if found is None:
            found = memo[key] = method(*args, **kwargs)
        return list(found)

    return once


@dataclass
class Unit:
    """One sentence of the document with the mentions inside it."""

    start: int
    end: int
    text: str
    mentions: list[Mention]
    headline: bool = False
    historical: bool = False
    # answers of `once_per_unit` methods (no part of what the unit is: not compared, not shown)
    _memo: dict[tuple[Any, ...], list[Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    @once_per_unit
    def figures(self, kind: str = "killed") -> list[CasualtyFigure]:
        """The unit's figures of this kind, but those of an earlier or later event it names after its own
        ("killing nine policemen, hours after a roadside bomb killed eight civilians": nine), those of the
        series it names after its own ("killed dozens, the worst of a series of attacks that have left over
        a hundred dead": dozens) and those of
        what it means to end ("pledging to end killings that have left hundreds dead": none)."""
        found = [
            m
            for m in self.of("casualty")
            if m.value.kind == kind and not m.value.subset and m.value.split == 1
        ]
        if not found:
            return []
        for other in (OTHER_EVENT_CLAUSE, SERIES_CLAUSE):
            clause = other.search(self.text)
            if clause is not None and any(m.start - self.start < clause.start() for m in found):
                found = [m for m in found if m.start - self.start < clause.start()]
        purposes = [p.span() for p in PURPOSE_CLAUSE.finditer(self.text)]
        return [m.value for m in found if not any(a <= m.start - self.start < b for a, b in purposes)]

    def split(self) -> int:
        """How many coded events share this unit's figures ("Fatalities split between 2 events")."""
        return max((m.value.split for m in self.of("casualty")), default=1)

    @once_per_unit
    def event_dates(self) -> list[DateValue]:
        """The unit's event dates, in text order; but a date counted "a day after" first when the unit's
        killed figure lies after it and the phrase counts from a violent event ("Mourners marched on
        Tuesday, a day after an air strike killed 25": the 25 are the day before's), or when the sentence
        reports dead found ("monitors on Thursday found the bodies of 11 men, a day after police swept
        through the area": found on Thursday, killed the day before). Not "on Saturday, a day before local
        elections, leaving four dead": the explicit day is the event's."""
        counts = [m.start for m in self.of("casualty") if m.value.kind == "killed"]
        dated = [
            m
            for m in self.of("date")
            if m.value.role != "bare"
            and not describes_a_name(self, m)
            and not self.dates_a_find(m, counts)
            and not self.dates_a_later_death(m)
        ]
        found = bool(FOUND_BODIES.search(self.text))
        shifted = [
            m
            for m in dated
            if m.value.shifted
            and (
                found
                or (counts and min(counts) > m.start and self.counts_from_event(m) and self.counted_in(m))
            )
        ]
        tolled = [
            m
            for m in dated
            if m not in shifted and (self.dates_the_tolls_event(m) or self.dates_an_after_clauses_event(m))
        ]
        return [m.value for m in shifted + tolled + [m for m in dated if m not in shifted + tolled]]

    def dates_a_later_death(self, mention: Mention) -> bool:
        """A date right after a victim's dying of the wounds, in a sentence that told the violence before it
        ("One villager was killed when a shell hit his house, and a second man died in hospital in Si Sa
        Ket on Saturday"): the day the victim died, not the day of the violence, which the sentence leaves
        undated; and a date in an aside on one of the dead just counted (`ONE_OF_THEM_DIED`)."""
        before = self.text[: mention.start - self.start]
        if ONE_OF_THEM_DIED.search(before):
            return True
        death = LATER_DEATH.search(before)
        return death is not None and bool(event_cue_pattern().search(literal(before[: death.start()])))

    def dates_a_find(self, mention: Mention, counts: list[int]) -> bool:
        """A date in a clause telling when one of the dead counted before it was found ("three people had
        been killed, one of them a man whose body was found in a stream on Monday morning"): when the body
        was found, not when they were killed."""
        if not counts or min(counts) > mention.start:
            return False
        clause = self.text[max(0, min(counts) - self.start) : mention.start - self.start]
        return FOUND_ONE_OF_THEM.search(clause) is not None

    def dates_an_after_clauses_event(self, mention: Mention) -> bool:
        """A date inside an "after ..." clause that tells the sentence's only event and holds its killed
        figures ("Anger was growing on Wednesday in the town after troops fired on protesters late on
        Monday, killing 13"): the day of the event counted, not the aftermath's day before the clause."""
        clause = CAUSE_CLAUSE.search(self.text[: mention.start - self.start])
        if clause is None or clause.start() == 0:
            return False
        words = literal(self.text[clause.start() : mention.start - self.start])
        told = bool(event_cue_pattern().search(words) or casualty_cue_pattern().search(words))
        return told and self.clause_tells_the_event(clause.start())

    def dates_the_tolls_event(self, mention: Mention) -> bool:
        """A date inside the noun phrase a toll is of ("pulled the last bodies out today, bringing the death
        toll from a missile strike on the city on Saturday evening to 13"): the day of the event counted,
        which comes before the day the toll was brought up to date."""
        return TOLL_OF_EVENT.search(self.text[: mention.start - self.start]) is not None

    def own_event_dates(self) -> list[DateValue]:
        """The event dates of the sentence's own event: not one inside a clause on its cause ("Hundreds
        marched through the old city after a commander was killed in a gunbattle on Wednesday": the
        march is not dated)."""
        causes = {id(m.value) for m in self.of("date") if self.in_cause_clause(m)}
        return [d for d in self.event_dates() if id(d) not in causes]

    def in_cause_clause(self, mention: Mention) -> bool:
        """Whether the date lies in an "after/following ..." clause that reports an earlier violent event,
        after the sentence's own words; not when those words tell no event ("Anger was growing on
        Wednesday in the town after troops fired on protesters late on Monday, killing 13": the clause is
        the sentence's event, the rest its aftermath)."""
        before = self.text[: mention.start - self.start]
        clause = CAUSE_CLAUSE.search(before)
        if clause is None or clause.start() == 0:
            return False
        words = literal(before[clause.start() :])
        if not (event_cue_pattern().search(words) or casualty_cue_pattern().search(words)):
            return False
        return not self.clause_tells_the_event(clause.start())

    def clause_tells_the_event(self, clause: int) -> bool:
        """Whether the "after ..." clause starting at `clause` (in the unit's text) is the sentence's event:
        the words before it tell none, and its killed figures all lie in it. With no killed figure at all,
        the words before it may find the dead ("Residents ventured out on Tuesday to find bodies still lying
        in some streets, after two days of fighting in which rebels who swept into the city at dawn on
        Saturday were driven back"): the aftermath of the clause's event, which dates the sentence."""
        own = without_accusation(literal(self.text[:clause]))
        if event_cue_pattern().search(own):
            return False
        counts = [m.start for m in self.of("casualty") if m.value.kind == "killed"]
        if not counts:
            return bool(AFTERMATH_OF_DEAD.search(own) or EMERGENCY_MEASURE.search(own))
        return not casualty_cue_pattern().search(own) and min(counts) > self.start + clause

    def cause_clause_start(self, mention: Mention) -> int:
        """Where the cause clause holding the date begins, in the unit's text (its start if none)."""
        clause = CAUSE_CLAUSE.search(self.text[: mention.start - self.start])
        return clause.start() if clause is not None else 0

    def counted_in(self, mention: Mention) -> bool:
        """Whether a killed figure lies in the clause the "day after/before" phrase opens ("a day after an
        air strike killed 25"), not in the sentence's own clause after it ("On April 16, three days before
        the shelling of Zenica, soldiers killed more than 100 people in Ahmici": the 100 are April 16's)."""
        rest = literal(self.text[mention.end - self.start :])
        clause_end = mention.end + len(phrase_clause(rest))
        return any(
            mention.end <= m.start < clause_end for m in self.of("casualty") if m.value.kind == "killed"
        )

    def counted_after_clause(self) -> tuple[int, int] | None:
        """Where, in the document, the clause lies that a "day after" phrase opens when that phrase dates the
        unit's event: its date is shifted from the sentence's day, counts from violence and the clause holds
        the killed figure ("patrolled the suburbs of Dakar on Thursday, three days after mobs ... hunted down
        shopkeepers in Pikine, killing at least a dozen"), as `event_dates` puts that day first."""
        counts = [m.start for m in self.of("casualty") if m.value.kind == "killed"]
        for m in self.of("date"):
            if (
                m.value.shifted
                and counts
                and min(counts) > m.start
                and self.counts_from_event(m)
                and self.counted_in(m)
            ):
                return m.end, m.end + len(phrase_clause(literal(self.text[m.end - self.start :])))
        return None

    def counts_from_event(self, mention: Mention) -> bool:
        """Whether the event a "day after/before" phrase counts from, up to the clause's end, is violence
        (an event or casualty word: "a day after warplanes struck the town"), not an occasion ("a day
        before local elections")."""
        clause = phrase_clause(literal(self.text[mention.end - self.start :]))
        return bool(event_cue_pattern().search(clause) or casualty_cue_pattern().search(clause))

    def cumulative(self) -> bool:
        return any(f.cumulative for f in self.figures())

    def has_event_cue(self) -> bool:
        """An event word that is neither denied nor planned ("talks ended without agreement"); asked about
        twice per unit on the bench texts, so answered once (`_event_cue_found`, kept in the memo)."""
        return bool(self._event_cue_found())

    @once_per_unit
    def _event_cue_found(self) -> list[bool]:
        """[True] when the unit has an actual event word, else [] (a list, as `once_per_unit` keeps)."""
        text = literal(self.text)
        return [True] if any(actual(text, m) for m in event_cue_pattern().finditer(text)) else []

    def has_casualty_cue(self) -> bool:
        return bool(casualty_cue_pattern().search(self.text))

    def is_toll_update(self) -> bool:
        """A rising toll ("the death toll had risen to 65"): the same incident, counted later."""
        figures = self.figures()
        return bool(figures) and all(f.updated for f in figures) and not self.cumulative()

    def is_tally(self) -> bool:
        """Only a count ("3 fatalities."): it sums up the incident before it. A sentence that reports
        who says so ("The group said it had killed 15 soldiers") is another source's figure, not a tally;
        one that names a weapon or a place ("in Baquba, a suicide bomber ... killing eight") is an event."""
        return (
            bool(self.figures())
            and not attribution_pattern().search(self.text)
            and not self.cumulative()
            and not self.has_event_cue()
            and not self.event_dates()
            and not self.of("weapon")
            and not self.of("place")
        )


@dataclass
class Group:
    """Units that report one incident, and weapons attached from units nearby."""

    units: list[Unit] = field(default_factory=list)
    extra_weapons: list[str] = field(default_factory=list)
    tallies: list[Unit] = field(default_factory=list)
    # Sentences that introduce the incident among others (a round-up's headline and lead, "Attacks across
    # Iraq killed 25 on Monday"): evidence and a date of last resort, but no figure, place or type of it.
    context: list[Unit] = field(default_factory=list)

    @property
    def last(self) -> Unit:
        return self.units[-1]

    def date(self) -> DateValue | None:
        """The day a sentence opening on the event gives it ("The attack began before dawn on Tuesday"),
        else the first event date of its sentences."""
        told = next((d for u in self.units if (d := known_event_day(u)) is not None), None)
        if told is not None:
            return told
        dated = next((u for u in self.units if u.event_dates()), None)
        return mourned_day(dated) if dated is not None else None

    def has_figure(self) -> bool:
        return any(f.count.max > 0 for u in self.units for f in u.figures())

    def cumulative(self) -> bool:
        """A total over a period: what its first report (after any headline) is. Later units join only as
        the same event, so one that restates the incident's own count "so far" does not make it a total."""
        first = next((u for u in self.units if not u.headline), self.units[0])
        return first.cumulative()


@cache
def known_event_start() -> re.Pattern[str]:
    """A sentence opening on the event already reported and saying when it began or took place ("The
    attack began before dawn on Tuesday", "The raid, which began late on Monday and lasted until dawn,
    ...", "The attack took place at about 11 a.m. on Monday"); the date follows the verb."""
    nouns = "|".join(incident_cues()["back_reference"])
    return re.compile(
        rf"^\s*(?:the|this)\s+(?:[\w-]+\s+)?(?:{nouns})\b[^.;:]{{0,40}}?\b(?:began|begun|started|took\s+place"
        r"|happened|occurred|unfolded|was\s+(?:launched|carried\s+out|staged))\b",
        re.IGNORECASE,
    )


KNOWN_EVENT_DAY_CHARS = 40  # how far after its verb the day of "The attack began ..." may be written


def known_event_day(unit: Unit) -> DateValue | None:
    """The day a sentence opening on the known event gives it (see `known_event_start`), with no figure of
    its own: the day of the event the story is telling, whatever day its lead was written about (the hunt
    on Wednesday for the gunmen whose raid "began late on Monday")."""
    if unit.headline or unit.figures():
        return None
    verb = known_event_start().match(unit.text)
    if verb is None:
        return None
    own = {id(d) for d in unit.own_event_dates()}
    return next(
        (
            m.value
            for m in unit.of("date")
            if id(m.value) in own
            and 0 <= m.start - unit.start - verb.end() <= KNOWN_EVENT_DAY_CHARS
            and m.value.precision == "day"
            and not m.value.shifted
        ),
        None,
    )


# the dead found, not killed then: "found the bodies of 11 men", "the body was discovered"
FOUND_BODIES = re.compile(
    r"\b(?:found|discovered|recovered|unearthed)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?bod(?:y|ies)\b"
    r"|\bbod(?:y|ies)\b(?:\s+[\w-]+){0,8}?\s+(?:were|was|had\s+been|have\s+been)\s+(?:found|discovered|recovered)",
    re.IGNORECASE,
)


# "... whose body was found in a stream on", "whose bodies were recovered on": one of the dead found later
FOUND_ONE_OF_THEM = re.compile(
    r"\bwhose\s+(?:[\w-]+\s+)?bod(?:y|ies)\s+(?:was|were|had\s+been)\s+(?:found|discovered|recovered|dumped)\b"
    r"[^,;.]*$",
    re.IGNORECASE,
)


def units_of(doc: Doc) -> list[Unit]:
    """The sentences of `doc` (line breaks end them) with their mentions; the first may be a headline."""
    found = doc._.mentions or []
    by_start = sorted(found, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    text = doc_text(doc)
    published = doc._.published
    units: list[Unit] = []
    for first, last in sentence_bounds(doc):
        for start, end in line_pieces(text, first, last):
            window = by_start[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
            inside = [m for m in window if m.end <= end]
            unit = Unit(start, end, text[start:end], inside)
            unit.historical = recalls_history(unit, published)
            units.append(unit)
    units = joined_first_line(joined_continuations(units, text), text)
    if len(units) > 1 and is_headline(units[0]):
        units[0].headline = True
    return units


# A dateline's first word(s) in capitals that the parser cut off from the rest of the place's name: "ADDIS"
# before "ABABA (Reuters) - ...", "DAR ES" before "SALAAM".
DATELINE_PIECE = re.compile(r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2}")


def joined_continuations(units: list[Unit], text: str) -> list[Unit]:
    """A piece the parser cut off before a comma or a semicolon joined to the one it continues, on the
    same line: "JUBA" and ", 24 May 2017 - The Mission condemns ..." are one sentence, its dateline kept;
    so is a dateline's first word in capitals cut off from the rest ("ADDIS" and "ABABA (Reuters) - ...")."""
    joined: list[Unit] = []
    for unit in units:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and (unit.text[:1] in ",;" or DATELINE_PIECE.fullmatch(prev.text))
            and "\n" not in text[prev.end : unit.start]
        ):
            merged = Unit(prev.start, unit.end, text[prev.start : unit.end], [*prev.mentions, *unit.mentions])
            merged.historical = prev.historical and unit.historical
            joined[-1] = merged
        else:
            joined.append(unit)
    return joined


def joined_first_line(units: list[Unit], text: str) -> list[Unit]:
    """The first line as one unit when the parser cut it ("Syria: Dozens killed as air strikes pound
    Douma" is one headline, not "Syria:" and a sentence of its own)."""
    line_end = text.find("\n", units[0].start) if units else -1
    first = [u for u in units if line_end != -1 and u.end <= line_end]
    if len(first) < 2 or not reads_as_headline(text[first[0].start : first[-1].end]):
        return units
    start, end = first[0].start, first[-1].end
    joined = Unit(start, end, text[start:end], [m for u in first for m in u.mentions])
    joined.historical = all(u.historical for u in first)
    return [joined, *units[len(first) :]]


HEADLINE_MAX_CHARS = 200
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def reads_as_headline(line: str) -> bool:
    """A short first line without a full stop at its end: a headline. A lead paragraph of two sentences
    ("A bomber struck a checkpoint in Baiji on Sunday, police said. An officer said he counted 14 bodies.")
    stays two sentences, whose figures are two sources' counts, not one sum."""
    return len(line) <= HEADLINE_MAX_CHARS and not SENTENCE_END.search(line.rstrip())


def line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) split at line breaks, each piece stripped of surrounding whitespace, empties dropped."""
    pieces = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        piece = match.group(0)
        lead = len(piece) - len(piece.lstrip())
        stripped = piece.strip()
        if stripped:
            s = start + match.start() + lead
            pieces.append((s, s + len(stripped)))
    return pieces


def recalls_history(unit: Unit, published: date | None) -> bool:
    """All of the unit's event dates lie more than a year before publication; with no publication date,
    all of them are bare years ("in 1994", "in 1937"): reports date their own events to a day, week or
    month, so a sentence dated by years alone recalls history."""
    dates = unit.event_dates()
    if not dates:
        return False
    if published is None:
        return all(is_bare_year(d) for d in dates)
    # a period that began long ago ("Since 2011, the war has killed ...") is background too
    return all((published - (d.start if d.role == "since" else d.end)).days > HISTORICAL_DAYS for d in dates)


# An apposition after a name, up to the date: "The National Unity Government (NUG), the shadow administration
# formed by lawmakers ousted in the 2021 coup, said ...", "Mr Tun, a general who led the 1988 crackdown, ..."
APPOSITION_BEFORE = re.compile(r"(?:\b[A-Z][\w'’.-]*|\))\s*,\s+(?:the|a|an)\s+[^,;:.!?\"“”]*$")
APPOSITION_AFTER = re.compile(r"^[^,;:.!?\"“”]*,")


def describes_a_name(unit: Unit, mention: Mention) -> bool:
    """Whether a month or a year sits in an apposition that says who a named actor is ("the NUG, the
    administration formed after the 2021 coup, said on October 23 that 31 people had been killed"): it dates
    the actor's past, not the sentence's event, so it neither dates the sentence nor makes it history. (A
    day may date the event told: "the victim, a farmer shot on Sunday, was buried".)"""
    if mention.value.precision not in ("month", "year"):
        return False
    before = unit.text[: mention.start - unit.start]
    after = unit.text[mention.end - unit.start :]
    return bool(APPOSITION_BEFORE.search(before)) and bool(APPOSITION_AFTER.match(after))


def recalls_earlier_months(unit: Unit, lead: DateValue) -> bool:
    """A news sentence dated only by whole months (or years) that ended before the month of the report's
    own day ("In March, gunmen killed about 160 villagers in Ogossagou" in a report of a pact signed on
    Saturday in August): the background a long narrative gives, not a new incident. Reports date their
    current events to a day or a week; a month named alone, before the lead's, is their history."""
    dates = unit.event_dates()
    if lead.precision != "day" or not dates:
        return False
    month_start = lead.start.replace(day=1)
    return all(d.precision in ("month", "year") and d.role != "since" and d.end < month_start for d in dates)


def is_bare_year(value: DateValue) -> bool:
    return value.precision == "year"


def is_headline(unit: Unit) -> bool:
    return len(unit.text) <= HEADLINE_MAX_CHARS and not unit.text.rstrip().endswith((".", "!", "?", ":", ";"))
