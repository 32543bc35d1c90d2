"""Actors: who is named, normalised through an alias table, and whether the text makes them the agent.

The alias table (`data/extract/actors.jsonl`) maps a reporter's words ("regime forces", "the Assad regime",
"Moscow", "Russian-regime bombing") and a coder's names ("Military Forces of Syria (2000-)",
"Unidentified Armed Group (Mexico)") to one normalised actor with a country (alpha-2) and a kind
(state / non_state / unknown); `demonyms.csv` adds "<Syrian|Ukrainian|...> forces", "Military Forces
of <country>" and ACLED's "Government of <country>" for every country listed, so the table stays short.
A perpetrator is an actor in agent position, not every actor named: the subject of an attack verb
("Ukrainian Forces fired"), the agent of a passive ("by regime forces"), a possessor of the means
("Moscow's warplanes") or an adjective on the attack ("Russian-regime bombing"). Those positions are read
from the words around the mention, which is cheap and holds up on the run-on sentences of conflict notes
where parses often break. A subject that only reports the event ("Police confirmed that gunmen killed 5",
"..., the army reported", "according to officials"), hears of it ("told police") or responds to it ("the
army evacuated the wounded") is no perpetrator, unless it reports its own act ("the army said it killed 12
militants"); the words of those positions are in `data/extract/actor_roles.json`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.alternation import Alternation
from warledger.extract.mentions import Mention, add_mentions
from warledger.extract.sentences import sentence_texts

MENTION_KIND = "actor"
POLICE = "Police Forces"
# A generic phrase right after a named actor belongs to it ("Islamic State militants").
ADJACENT_CHARS = 2
ActorKind = Literal["state", "non_state", "unknown"]
STATE_NOUNS = (
    "forces|army|military|troops|soldiers|servicemen|police|warplanes?|jets?|aircraft|air force|navy|"
    "security forces|armed forces|government forces|government|authorities|artillery|drones?|helicopters?|"
    "border guards|special forces|marines|bombers|gunboats|air ?strikes?|airstrikes?|air-strikes?|"
    "air ?raids?|bombing|bombings|bombardment|shelling|tank fire|tanks|missiles?|naval drones|sea drones|"
    "naval forces|air defen[cs]es?|peacekeepers|peacekeeping (?:forces|troops)"
)
# Words between a country's possessive and its state noun ("Chad's transitional military government"): the
# possessive still names the state whose organ it is.
STATE_ADJECTIVES = "transitional|interim|military|ruling|new|federal|central|national|civilian|elected"
ATTACK_VERBS = (
    "attack(?:ed|s|ing)?|fired|fire|fires|firing|shell(?:ed|s|ing)|kill(?:ed|s|ing)?|bomb(?:ed|s|ing)|"
    "struck|strike|strikes|launch(?:ed|es|ing)|shot|shoot(?:s|ing)?|target(?:ed|s|ing)|clash(?:ed|es)|"
    "abduct(?:ed|s)|kidnap(?:ped|s)|arrest(?:ed|s)|detain(?:ed|s)|raid(?:ed|s)|storm(?:ed|s)|opened fire|"
    "detonat(?:ed|es)|defus(?:ed|es)|deactivat(?:ed|es)|ambush(?:ed|es)|carried out|conduct(?:ed|s)|hit|hits|"
    "execut(?:ed|es)|destroy(?:ed|s)|"
    "burn(?:ed|t|s)|torch(?:ed|es)|seiz(?:ed|es)|captur(?:ed|es)|thwart(?:ed|s)|repel(?:led|s)|dispers(?:ed|es)|"
    "beat|stabb(?:ed)|assault(?:ed|s)|renew(?:ed|s)|us(?:ed|es|ing)|dropp(?:ed)|pound(?:ed|s)|intercept(?:ed|s)|"
    "exchang(?:ed|es) fire|engag(?:ed|es)|advanc(?:ed|es)|took control|gained control|recaptur(?:ed|es)|"
    "lynch(?:ed)|tortur(?:ed|es)|loot(?:ed|s)|pillag(?:ed|es)|murder(?:ed|s)|massacr(?:ed|es)|besieg(?:ed|es)|"
    "bombard(?:ed|s)|target|ambush|shelled|invad(?:ed|es)|overran|seized|set fire|planted|threw|hurled|"
    "claimed responsibility|claimed the attack|claimed|blew (?:himself|herself|themselves) up"
)
# A weapon's model name between a state's demonym and the weapon ("a Russian Iskander missile", "Russian
# Su-25 jets", "Ukrainian Bayraktar drones"): the weapon is still that state's. Not "Shahed" ("Iranian Shahed
# drones" are Iranian-made, launched by Russia).
WEAPON_MODELS = (
    r"(?:iskander|kalibr|tochka|kinzhal|onyx|kh-\d+|s-\d+|su-\d+|mig-\d+|tu-\d+|mi-\d+|ka-\d+|tos-\d+|"
    r"lancet|orlan|bayraktar(?: tb2)?|f-\d+|apache|himars|atacms|storm shadow)(?:-[a-z0-9]+)? "
)
# The verbs after which a bare country name is its forces ("Iran fired", "Turkey struck"), and the adverbs
# that may stand between.
STATE_SUBJECT_VERBS = "fired|launched|struck|shelled|bombed|attacked|carried out|conducted|targeted|invaded"
SUBJECT_ADVERBS = "reportedly|allegedly|also|again|then|later"
MEANS_NOUNS = (
    "bombing|bombings|bombardment|air ?strikes?|air-strikes?|air ?raids?|warplanes|jets|aircraft|shelling|"
    "artillery|drones?|attacks?|offensive|assault|raids?|forces|troops|militants|fighters|gunmen|missiles?|"
    "rockets?|campaign|operation|helicopters|barrel bombs|use of|group|groups|members|elements|militia|"
    "militiamen|rebels|insurgents|combatants|soldiers|police|units?|brigades?|battalions?"
)
AGENT_AFTER = re.compile(
    rf"^(?:['’]s)?\s*(?:-led|-backed)?\s*(?:(?:[\w-]+\s+){{0,2}}?(?:{MEANS_NOUNS}|teams?|squads?)\b\s*|(?:[\w-]+\s+){{0,2}}?)"
    r"(?:\([^)]*\)\s*)?"
    r"(?:,[^,]{1,40},\s*)?(?:and\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+)?"
    r"(?:(?:reportedly|allegedly|also|then|later|have|has|had|had been|were|was|again|all|jointly|"
    r"subsequently)\s+)*"
    rf"(?:{ATTACK_VERBS})\b",
    re.IGNORECASE,
)
MEANS_AFTER = re.compile(rf"^(?:['’]s)?[\s-]*(?:{MEANS_NOUNS})\b", re.IGNORECASE)
AGENT_BEFORE = re.compile(
    r"\b(?:by|from|carried out by|attributed to|blamed on|between|blamed|blaming|accused|accusing)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "blamed the attack on the ADF", "blamed it on": whom the blame is laid on did it (before the patient
# test, which reads "attack on the" as the side attacked)
BLAMED_ON_BEFORE = re.compile(
    r"\bblam(?:ed|es|ing)\s+(?:(?:it|them)\s+|(?:the|this|that)\s+(?:[\w-]+\s+){1,2}?)on\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Boko Haram was blamed", "the ADF were held responsible": the passive of a blame makes its subject the doer
# (unlike the passive of a violent verb, which makes it the victim).
BLAMED_AFTER = re.compile(
    r"^\s+(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+|also\s+|later\s+)?"
    r"(?:blamed|held responsible)\b",
    re.IGNORECASE,
)
# "a Burkinabe army vehicle escorting a convoy struck an IED", "a police patrol ran over a landmine": the
# forces whose vehicle set off the mine are its victims (whoever laid it is the doer), not the strikers.
STRUCK_MINE_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:vehicles?|trucks?|cars?|convoys?|patrols?|pick-?ups?|buses|bus|tankers?|"
    r"armou?red personnel carriers?|apcs?)\b[^.;]{0,80}?\b(?:struck|hit|ran over|drove over|rolled over|"
    r"triggered|set off)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:ieds?|(?:land)?mines?|explosive devices?|"
    r"roadside bombs?|explosives?)\b",
    re.IGNORECASE,
)
# "ANDSF units handed over Puli Khumri to the Taliban": whom a place is handed over to takes it (ACLED's actor
# of a non-violent transfer), beside the side that handed it over.
HANDED_TO_BEFORE = re.compile(
    r"\bhand(?:ed|s|ing) (?:over\s+[^.;]{1,70}?|(?:over\s+)?(?:control|command) of\s+[^.;]{1,100}?)"
    r"\b(?:back\s+)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A wire dateline before a report's first words: "MAIDUGURI, Nigeria, Sept 9 (Reuters) - ", "JERUSALEM - ".
DATELINE = (
    r"(?-i:[A-Z][A-Z .'’-]{1,40})(?:,\s*[A-Z][\w .'’-]{1,40}?)?(?:,\s*[A-Z][a-z]{2,4}\.?\s\d{1,2})?"
    r"\s*(?:\([^)]{1,40}\)\s*)?[-–—]{1,2}\s*"
)
# An actor that opens its sentence (after a label, a date clause and an article) is its subject.
SENTENCE_SUBJECT_BEFORE = re.compile(
    r"^\s*(?:[A-Z][\w /-]{2,40}:\s*)?(?:(?:On|Around|Between|Early on|Late on|On or around)\s[^,]{3,40},\s*)?"
    rf"(?:{DATELINE})?"
    r"(?:the\s+|a\s+|an\s+|some\s+|several\s+|suspected\s+|presumed\s+|alleged\s+|[Ss]uspected\s+|first\s+|"
    r"(?:[Mm]embers|[Ff]ighters|[Uu]nits|[Ee]lements)\s+of\s+)*"
    r"(?:(?-i:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\s+){0,2}$"
)
# "... forces were attacked", "... soldiers were killed": the subject is the victim.
PASSIVE_AFTER = re.compile(
    r"^[^.,;]{0,60}?\b(?:was|were|has been|have been|had been|being|got)\s+(?:\w+\s+)?\w+ed\b", re.IGNORECASE
)
# Between a generic phrase and the named group it belongs to: "gunmen from the", "rebels of the".
MEMBERS_OF = re.compile(
    r"\s+(?:from|of|belonging to|linked to|loyal to|affiliated with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?",
    re.IGNORECASE,
)
# "The raiders, suspected members of the al Qaeda-linked JNIM, burned ...", "attackers believed to belong to a
# faction of the X militia": the group the doers are attributed to is who acted (in apposition to them or
# right after them; "arrested three suspected members of X" makes X no doer). So are those the doers are
# identified as ("men in military uniform, identified by survivors as soldiers").
ATTRIBUTED_BEFORE = re.compile(
    r"(?:,|\b(?:attackers|assailants|gunmen|raiders|men|militants|fighters|bombers?|perpetrators))\s*"
    r"(?:(?:suspected|alleged|presumed|believed to be|thought to be|said to be)\s+"
    r"(?:members|fighters|militants|elements|gunmen)\s+of|(?:believed|thought|said) to belong to|"
    r"belonged to|(?:were|was) (?:both )?(?:a )?members? of|"
    r"suspected of belonging to|(?:identified|described|recogni[sz]ed)\s+(?:by\s+(?:[\w'’-]+\s+){1,3}?)?as"
    r"(?:\s+being)?)\s+(?:(?:a|one) (?:faction|wing|cell|unit) of\s+)?(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# "security forces clashed with ADF rebels", "exchanged fire with the Taliban": the other side of a fight
# fought too (as "a clash between X and Y" makes both sides agents)
CLASHED_WITH_BEFORE = re.compile(
    r"\b(?:clash(?:ed|es|ing)?|fought|fighting|battled|battling|exchang(?:ed|ing) (?:gun)?fire|gun ?battles?|"
    r"gunfights?|skirmish(?:ed|es)?|firefights?)\s+with\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# "Members of the ruling party's youth wing, the Imbonerakure, beat": an appositive subject.
APPOSITIVE_BEFORE = re.compile(r",\s*(?:the\s+)?$", re.IGNORECASE)
APPOSITIVE_AGENT_AFTER = re.compile(rf"^,\s*(?:{ATTACK_VERBS})\b", re.IGNORECASE)
# "a clash between the TCP (Pure Third Command) and CV": the second side of a clash acts too.
BETWEEN_AND_BEFORE = re.compile(r"\bbetween\s+[^,;.]{1,60}?\s+and\s+(?:the\s+)?$", re.IGNORECASE)
# "... a leader of the CJNG who was detained": a relative clause in the passive makes the actor its patient.
RELATIVE_PASSIVE_AFTER = re.compile(
    r"^\s*,?\s*(?:who|which|that)\s+(?:was|were|has been|have been|had been|is|are|got)\s+"
    r"(?:\w+\s+)?\w+(?:ed|en)\b",
    re.IGNORECASE,
)
# "The officers were travelling by truck near Florencia when the rebels set off explosives", "officers from
# the STO were patrolling the farm when gunmen opened fire": what the subject was doing when the event befell
# it (not a violent act of its own: "soldiers were firing on the crowd when ...").
BUSY_WHEN_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?!(?:fir|shoot|attack|shell|bomb|beat|kill|loot|burn|raid|storm|fight|clash|battl|advanc|pound|target|"
    r"chas|pursu|arrest|detain|torch|abduct|kidnapp|assault|ambush|besieg)\w*)\w+ing\b[^.;]{0,100}?\bwhen\b",
    re.IGNORECASE,
)
# "Gunmen who killed a trader were arrested by police": what they had done is told in a relative clause; the
# sentence's verb is their arrest, which makes them its patient.
RELATIVE_THEN_ARRESTED_AFTER = re.compile(
    r"^\s*,?\s*(?:who|which|that)\b[^.;]{0,100}?\b(?:were|was|have been|has been|had been)\s+"
    r"(?:\w+ly\s+|later\s+|since\s+|then\s+)?"
    r"(?:arrested|detained|apprehended|nabbed|captured|caught|remanded|jailed|sentenced|charged)\b",
    re.IGNORECASE,
)
# "... since U.S. and Iraqi forces launched a crackdown in February": a clause dating the background.
BACKGROUND_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w.'’-]+\s+(?:and\s+)?){0,3}$", re.IGNORECASE)
DIRECT_PASSIVE_AFTER = re.compile(
    r"^\s+(?:was|were|has been|have been|had been|being|got)\s+(?:\w+ly\s+|also\s+|later\s+)?"
    r"(?:killed|wounded|injured|attacked|ambushed|shot|targeted|abducted|kidnapped|arrested|detained|captured|"
    r"hit|struck|executed|beheaded|lynched|beaten|stabbed|taken hostage)\b",
    re.IGNORECASE,
)
# "killed 15 Boko Haram fighters", "wounding two soldiers": a count between the verb and its object.
COUNT = (
    r"(?:(?:at least|some|about|around|over|up to)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a dozen|dozens of|scores of|hundreds of|several|many|a number of)\s+"
)
# "reported 9 soldiers killed in the ambush", "12 policemen wounded.": a count, then a participle with no
# object (a headline's or a tally's passive without its "were")
COUNT_BEFORE = re.compile(rf"\b{COUNT}$", re.IGNORECASE)
BARE_PARTICIPLE_AFTER = re.compile(
    r"^\s+(?:killed|wounded|injured|dead|abducted|kidnapped|arrested|detained|missing)\b"
    r"\s*(?:[.,;:)]|$|(?:in|on|at|near|during|when|after|and|by|while|as|since|overnight)\b)",
    re.IGNORECASE,
)
PATIENT_BEFORE = re.compile(
    r"\b(?:on|at|against|targeting|targeted|attacked|killing|killed|positions of|with|injuring|wounding|"
    rf"arrested|detained)\s+(?:{COUNT})?(?:the\s+)?(?:positions\s+of\s+(?:the\s+)?)?"
    r"(?:(?:suspected|alleged|presumed)\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Actor:
    """A normalised actor: a name, a country (alpha-2) when known, and its kind."""

    name: str
    country: str | None
    kind: ActorKind


@dataclass(frozen=True)
class ActorMention:
    """The actors one phrase names, and whether the phrase is in agent position."""

    actors: tuple[Actor, ...]
    agent: bool
    # where the reporting frame it opens ends ("Police confirmed that| gunmen killed 5"), relative to the
    # phrase's end; None when the phrase is no source that opens such a frame
    frame_end: int | None = None


@dataclass(frozen=True)
class Demonym:
    demonym: str
    country: str
    alpha2: str


def data_text(name: str) -> str:
    return resources.files("warledger").joinpath("data", "extract", name).read_text(encoding="utf-8")


@cache
def demonyms() -> tuple[Demonym, ...]:
    return tuple(
        Demonym(r["demonym"], r["country"], r["alpha2"])
        for r in csv.DictReader(io.StringIO(data_text("demonyms.csv")))
    )


def attributive_names() -> set[str]:
    """The words that name a state before its forces: every demonym, and the country names of several
    words, which are used as they are ("the Papua New Guinea government", "Sierra Leone army", "Solomon
    Islands police"); a one-word name before a noun is rarer than its demonym and is often a place ("in Mali
    troops")."""
    return {d.demonym for d in demonyms()} | {d.country for d in demonyms() if " " in d.country}


def actor_of(row: dict[str, object]) -> Actor:
    return Actor(str(row["name"]), (row.get("country") and str(row["country"])) or None, row["kind"])  # type: ignore[arg-type]


@cache
def alias_rows() -> tuple[tuple[str, tuple[Actor, ...]], ...]:
    """(pattern, actors) in scan order: named actors, then per-country forms, then generic forms.

    The per-country forms are two rows whose actors depend on the country named: their patterns capture
    it in a group `name` and their actor tuples are empty (see `country_actors`).
    """
    rows = [json.loads(line) for line in data_text("actors.jsonl").splitlines() if line.strip()][1:]
    entries = [(str(r["pattern"]), tuple(actor_of(a) for a in r["actors"])) for r in rows]
    named = [e for e in entries if any(a.country for a in e[1])]
    generic = [e for e in entries if not any(a.country for a in e[1])]
    adjectives = "|".join(sorted((re.escape(word) for word in attributive_names()), key=len, reverse=True))
    countries = "|".join(sorted((re.escape(d.country) for d in demonyms()), key=len, reverse=True))
    police: tuple[str, tuple[Actor, ...]] = (
        rf"police forces of (?:the )?(?P<police_country>{countries})(?: \(\d{{4}}-\)(?: [a-z ]+)?)?|"
        rf"(?P<police_demonym>{adjectives}) (?:police|policemen|police officers)",
        (),
    )
    military: tuple[str, tuple[Actor, ...]] = (
        rf"(?:(?P<first_demonym>{adjectives})(?:, | and ))?(?P<demonym>{adjectives}) (?:{WEAPON_MODELS})?"
        rf"(?:{STATE_NOUNS})|"
        # "the Government of Colombia": the leading article lets this row, tried before the generic "the
        # government", win at the article's position (else "the Government" alone matched, naming no country)
        rf"(?:the )?(?:military forces|government) of (?:the )?(?P<country>{countries})"
        rf"(?: \(\d{{4}}-\)(?: [a-z ]+)?)?|"
        rf"(?P<owner>{countries})'?s (?:(?:{STATE_ADJECTIVES}) ){{0,2}}(?:{STATE_NOUNS})|"
        # "Iran fired about 180 ballistic missiles", "Israel struck Beirut": a state named as the subject of
        # an attack is its forces (only right before the verb: "in Israel", "at Iran" name places)
        rf"(?-i:(?P<subject>{countries}))(?=\s+(?:(?:{SUBJECT_ADVERBS})\s+)?(?:{STATE_SUBJECT_VERBS})\b)",
        (),
    )
    return (*named, police, military, *generic)


@cache
def named_group_pattern() -> re.Pattern[str]:
    """Groups the table does not list, named by a report: one to four capitalised words (and French
    particles) before a group noun ("the Wharf Jeremie gang", "the Grand Ravine gang"). Scanned apart from
    the alias table, only in sentences with a group noun, and only where no row matched (a listed name or a
    generic phrase at the same words wins): tried at every capitalised word, it doubled the table's scan."""
    data = json.loads(data_text("group_names.json"))
    countries = (name for d in demonyms() for name in (d.demonym, d.country))
    not_names = "|".join(sorted({*data["not_names"], *countries}, key=len, reverse=True))
    word = r"[A-Z][\w'’]*"
    name = rf"(?!(?:{not_names})\b){word}(?:[ -](?:{word}|de|du|la|le|des)){{0,3}}"
    nouns = "|".join(data["nouns"])
    return re.compile(rf"\b(?P<name>{name})\s+(?P<noun>(?i:{nouns}))\b")


@cache
def group_nouns() -> tuple[str, ...]:
    return tuple(json.loads(data_text("group_names.json"))["nouns"])


Hit = tuple[int, int, str, tuple[Actor, ...]]


def with_named_groups(text: str, listed: list[Hit]) -> list[Hit]:
    """The alias table's matches and the named groups of `text` (see `named_group_pattern`), as one
    alternation would give them: of two overlapping matches the one starting first ("Barrio 18 gang" is the
    table's; "the Wharf Jeremie gang" is the name's, not its generic "gang")."""
    lowered = text.lower()
    if not any(noun in lowered for noun in group_nouns()):
        return listed
    named: list[Hit] = [
        (m.start(), m.end(), m.group(0), (Actor(f"{m['name']} {m['noun'].capitalize()}", None, "non_state"),))
        for m in named_group_pattern().finditer(text)
    ]
    named = [n for n in named if not any(h[0] <= n[0] < h[1] for h in listed)]
    kept = [h for h in listed if not any(n[0] < h[0] < n[1] for n in named)]
    return sorted(kept + named, key=lambda hit: hit[0])


@cache
def country_index() -> dict[str, Demonym]:
    """Demonyms and country names, lower-cased, to their row."""
    index = {d.country.lower(): d for d in demonyms()}
    index.update({d.demonym.lower(): d for d in demonyms()})
    return index


def country_actors(match: re.Match[str]) -> tuple[Actor, ...]:
    """The actor a per-country form names: the state's forces, or its police."""
    groups = match.groupdict()
    for key in ("police_country", "police_demonym"):
        if groups.get(key):
            return (Actor(POLICE, country_index()[groups[key].lower()].alpha2, "state"),)
    # "Rwandan and Mozambican troops": both states' forces
    found = tuple(
        Actor(row.country, row.alpha2, "state")
        for key in ("first_demonym", "demonym", "country", "owner", "subject")
        if groups.get(key) and (row := country_index()[groups[key].lower()])
    )
    return found


def actors_of_match(match: re.Match[str]) -> tuple[Actor, ...]:
    """The actors named by a match of `alias_scanner`."""
    group = match.lastgroup
    if group is None:
        return ()
    actors = alias_rows()[int(group[1:])][1]
    return actors or country_actors(match)


@cache
def alias_scanner() -> Alternation:
    """Every alias row as one alternation (group `a<i>` for row i), scanned by first character."""
    # "HTS-led factions": a name before "-led" is the name of the group that led them
    return Alternation([f"(?:{pattern})(?!\\w|-(?!led\\b))" for pattern, _ in alias_rows()], re.IGNORECASE)


@dataclass(frozen=True)
class RolePatterns:
    """Patterns of the positions that make an actor a source, listener or responder of an incident
    (data/extract/actor_roles.json): words around the mention, as for agents."""

    speaker_after: re.Pattern[str]
    claim_not_reporting: re.Pattern[str]
    own_action: re.Pattern[str]
    no_own_action_verbs: frozenset[str]
    clause_only_verbs: frozenset[str]
    source_before: re.Pattern[str]
    responder_after: re.Pattern[str]


def alternatives(fragments: list[str]) -> str:
    """One alternation of regular-expression fragments, longest first so a longer phrase wins."""
    return "|".join(sorted(fragments, key=len, reverse=True))


@cache
def role_patterns() -> RolePatterns:
    data = json.loads(data_text("actor_roles.json"))
    own = alternatives(data["own_action_subjects"])
    having = alternatives(data["own_action_gerund_prefix"])
    defence = rf"(?:{alternatives(data['defence_verbs'])})\b"
    acts = rf"{ATTACK_VERBS}|{alternatives(data['own_action_verbs'])}"
    return RolePatterns(
        # "Police confirmed ...", "a police spokesman told ...", "the army, in a statement, said ..."
        speaker_after=re.compile(
            rf"^(?:\s*,[^,]{{1,40}},)?(?:\s+[\w.'’-]+){{0,3}}?\s*(?:,\s*)?\s(?P<verb>{alternatives(data['reporting_verbs'])})\b",
            re.IGNORECASE,
        ),
        claim_not_reporting=re.compile(
            rf"^\s+(?:{alternatives(data['claim_not_reporting'])})\b", re.IGNORECASE
        ),
        # "... said it killed 12 militants", "... said on Monday that its drones struck", "reported killing 6"
        own_action=re.compile(
            rf"^(?:\s+[\w,]+){{0,6}}?\s+(?:that\s+)?(?:{own})\s+(?:[\w-]+\s+){{0,3}}?(?!{defence})(?:{acts})\b|"
            rf"^\s+(?:(?:{having})\s+(?:{ATTACK_VERBS})\b|(?=(?:{ATTACK_VERBS})\b)\w+ing\b)",
            re.IGNORECASE,
        ),
        no_own_action_verbs=frozenset(data["no_own_action_verbs"]),
        clause_only_verbs=frozenset(data["clause_only_verbs"]),
        # "according to the police", "a statement by the army", "told police", ", said the army"
        source_before=re.compile(
            rf"(?:\b(?:{alternatives(data['source_before'])})|(?:^|[,\"”])\s*(?:{alternatives(data['inverted_reporting'])}))"
            r"\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:that|who|which|how|of|its|their|his|her|our|whose)\b)[\w.'’-]+\s+){0,3}?$",
            re.IGNORECASE,
        ),
        # "police arrived at the scene", "the army evacuated the wounded"
        responder_after=re.compile(
            rf"^(?:\s+[\w.'’-]+){{0,3}}?\s+(?:{alternatives(data['responder_verbs'])})\b", re.IGNORECASE
        ),
    )


PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|is|are|been|being|be)\s*$", re.IGNORECASE)


def report_frame_end(after: str) -> int | None:
    """Where the frame of a report told by the phrase before `after` ends ("Police spokesman X told reporters
    in Pemba that| the attack ..."): after its verb, its listener and "that". None when the phrase is no
    source (no reporting verb, or it reports its own act) or the frame has no "that" to end on."""
    if not reports_only(after):
        return None
    match = role_patterns().speaker_after.match(after)
    assert match is not None
    that = FRAME_THAT.match(after, match.end())
    if that is None or OWN_PRONOUN.match(after, that.end()):
        return None  # "the army said that it had retaken two camps": "it" needs the words before it
    return that.end()


# a reported clause that opens on a pronoun, which may stand for the source
OWN_PRONOUN = re.compile(r"(?:it|its|they|their|we|our|he|she|his|her)\b", re.IGNORECASE)


# the rest of a reporting frame after its verb: "told reporters in Pemba that", "confirmed that"
FRAME_THAT = re.compile(r"(?:\s+[\w.'’-]+){0,5}?\s+that\s+", re.IGNORECASE)


# a clause after a reporting verb: "announced on Monday that ...", "warned: ..."
CLAUSE_AFTER = re.compile(r"(?:\s+[\w,]+){0,4}?\s+that\b|\s*[,:\"“]", re.IGNORECASE)


def reports_only(after: str) -> bool | None:
    """Whether the words after an actor make it only the source of a report (True), the reporter of its own
    act (False: "the army said it killed 12 militants"), or no reporter (None).

    "Claimed responsibility" and "claimed the bombing" are a perpetrator's claim, not a report."""
    roles = role_patterns()
    match = roles.speaker_after.match(after)
    if match is None:
        return None
    if PASSIVE_AUXILIARY.search(after[: match.start("verb")]):
        return None  # "two coalition air raids were reported": the raids are reported, no one reports
    rest = after[match.end() :]
    if match.group("verb").lower().startswith("claim") and roles.claim_not_reporting.match(rest):
        return None
    if match.group("verb").lower() in roles.clause_only_verbs and not CLAUSE_AFTER.match(rest):
        return None  # "the junta announced the end of military cooperation": its own act, no report
    if match.group("verb").lower() in roles.no_own_action_verbs:
        return True  # "the military denied firing": a denial, no act of its own
    return not roles.own_action.match(rest)


def is_agent(text: str, start: int, end: int) -> bool:
    """Whether the actor phrase at [start, end) is in agent position in its sentence `text`."""
    after = text[end : end + 80]
    before = text[max(0, start - 30) : start]
    if (
        ATTRIBUTED_BEFORE.search(text[max(0, start - 80) : start])
        or CLASHED_WITH_BEFORE.search(text[max(0, start - 60) : start])
        or BLAMED_ON_BEFORE.search(text[max(0, start - 60) : start])
        or BLAMED_AFTER.match(after)
        or HANDED_TO_BEFORE.search(text[max(0, start - 130) : start])
    ):
        return True
    if (
        PATIENT_BEFORE.search(before)
        or BACKGROUND_BEFORE.search(before)
        or RELATIVE_PASSIVE_AFTER.match(after)
        or RELATIVE_THEN_ARRESTED_AFTER.match(text[end : end + 160])
        or BUSY_WHEN_AFTER.match(text[end : end + 180])
        or STRUCK_MINE_AFTER.match(text[end : end + 160])
        or role_patterns().source_before.search(text[max(0, start - 60) : start])
    ):
        return False
    if AGENT_BEFORE.search(before) or BETWEEN_AND_BEFORE.search(text[max(0, start - 80) : start]):
        return True
    reporter = reports_only(text[end : end + 160])
    if reporter is not None:
        return not reporter
    if role_patterns().responder_after.match(after) and not AGENT_AFTER.match(after):
        return False  # "police arrived at the scene": they came after the event
    if APPOSITIVE_BEFORE.search(before) and APPOSITIVE_AGENT_AFTER.match(after):
        return True
    if DIRECT_PASSIVE_AFTER.match(after) or (
        COUNT_BEFORE.search(before) and BARE_PARTICIPLE_AFTER.match(after)
    ):
        return False  # "Iraqi soldiers were killed", "reported 9 soldiers killed": the victims
    if SENTENCE_SUBJECT_BEFORE.match(text[:start]) and not PASSIVE_AFTER.match(after):
        return True  # "On 9 May 2020, military forces of Artsakh located at ... fired": the subject
    return bool(AGENT_AFTER.match(after) or MEANS_AFTER.match(after))


def actor_mentions(text: str, base: int = 0) -> list[Mention]:
    """Actor mentions of one sentence `text` whose first character is at `base` in the document."""
    found: list[Mention] = []
    listed = [(m.start(), m.end(), m.group(0), actors_of_match(m)) for m in alias_scanner().finditer(text)]
    for start, end, words, actors in with_named_groups(text, listed):
        if not actors:
            continue
        if found and start - (found[-1].end - base) <= ADJACENT_CHARS and not any(a.country for a in actors):
            continue
        if (
            found
            and any(a.country for a in actors)
            and not any(a.country for a in found[-1].value.actors)
            and MEMBERS_OF.fullmatch(text[found[-1].end - base : start])
        ):
            # "Gunmen from the Jalisco cartel ambushed": the named group is who acted, in the generic's place
            value = ActorMention(actors, found[-1].value.agent)  # the generic's position is the group's
            found[-1] = Mention(MENTION_KIND, base + start, base + end, words, value)
            continue
        agent = is_agent(text, start, end)
        frame = None if agent else report_frame_end(text[end : end + 160])
        value = ActorMention(actors, agent, frame)
        found.append(Mention(MENTION_KIND, base + start, base + end, words, value))
    return found


@dataclass(frozen=True)
class PlaceRule:
    """An actor a bare phrase names differently where the incident is (see data/extract/actor_places.json)."""

    actor: str
    countries: frozenset[str]
    unless: re.Pattern[str]
    becomes: Actor


@cache
def place_rules() -> tuple[PlaceRule, ...]:
    data = json.loads(data_text("actor_places.json"))
    return tuple(
        PlaceRule(
            r["actor"],
            frozenset(r["countries"]),
            re.compile(r["unless"], re.IGNORECASE),
            actor_of(r["becomes"]),
        )
        for r in data["rules"]
    )


def actor_where(actor: Actor, phrase: str, country: str | None) -> Actor:
    """The actor a phrase names at an incident in `country`: "coalition air strikes" in Mosul are the
    Global Coalition's, in Sanaa the Saudi-led coalition's."""
    for rule in place_rules():
        if actor.name == rule.actor and country in rule.countries and not rule.unless.search(phrase):
            return rule.becomes
    return actor


ACLED_COUNTRY = re.compile(r"\((?P<c>[A-Z][A-Za-z .'-]+)\)\s*$")


def normalised_actors(name: str) -> tuple[Actor, ...]:
    """The normalised actors a name stands for (an ACLED actor name or a reporter's phrase); () if none.

    "Military Forces of Syria (2000-)" and "regime forces" both give (Syria, SY, state); a generic
    ACLED name with its country in brackets ("Unidentified Armed Group (Mexico)") keeps that country.
    """
    match = alias_scanner().search(name.strip())
    if match is None:
        return ()
    actors = actors_of_match(match)
    country = country_of_name(ACLED_COUNTRY.search(name))
    return tuple(Actor(a.name, a.country or country, a.kind) for a in actors)


def country_of_name(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    name = match.group("c").strip().lower()
    return next((d.alpha2 for d in demonyms() if d.country.lower() == name), None)


class ActorComponent:
    """Adds an `actor` Mention (value: ActorMention) per actor phrase, sentence by sentence."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        found: list[Mention] = []
        for start, text in sentence_texts(doc):
            found += actor_mentions(text, start)
        add_mentions(doc, found)
        return doc


@Language.factory("warledger_actors")
def make_actor_component(nlp: Language, name: str) -> ActorComponent:
    return ActorComponent(nlp, name)
