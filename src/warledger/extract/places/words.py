"""The word lists and data files the place rules read: locatives, particles, words that make a run no place,
facility and road words, calendar words, and the parsed data/places/ files (qualifiers, place-type words,
stoplist) in `lexicon()`.

Kept apart from the rules so that the vocabulary is read in one place; the lists that only later stages
(evidence, resolution, the incident grouper) use live with those stages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from warledger.extract.gazetteer import ARTICLES as KEY_ARTICLES
from warledger.extract.gazetteer import (
    data_lines,
    data_rows,
    name_key,
)

# Words that put a place after them ("in Aleppo", "near Petrivske", "shelled Ftireh").
LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "of",
        "from",
        "to",
        "around",
        "outside",
        "towards",
        "toward",
        "into",
        "inside",
        "within",
        "between",
        "across",
        "via",
        "through",
        "along",
        "nearby",
        "and",
        "entering",
        "reached",
        "entered",
    }
)
# "a missile strike on Kramatorsk", "the assault on Mosul": after these nouns, "on" names a place.
ON_NOUNS = frozenset(
    {
        "attack",
        "attacks",
        "strike",
        "strikes",
        "assault",
        "offensive",
        "raid",
        "raids",
        "bombing",
        "bombings",
        "shelling",
        "bombardment",
        "airstrike",
        "airstrikes",
        "assaults",
        "shells",
        "rockets",
        "missiles",
        "mortars",
        "advance",
        "march",
    }
)
# Past tenses not ending in -ed whose object may be a place ("air strikes hit Saraqib").
IRREGULAR_OBJECT_VERBS = frozenset({"hit", "struck", "overran", "took", "retook"})
STRONG_LOCATIVE = frozenset({"in", "at", "near", "around", "outside", "inside", "towards", "toward", "into"})
# ACLED coders write where they coded an event whose text names no usable place: "[coded to Athens-Central
# Athens]", "[coded to Baku with GP2]". The name after it is the event's place, whatever else the note names.
CODED_TO = ("coded", "to")
# Lower-case words allowed inside a capitalised name: "Jacona de Plancarte", "Ras al Ain", "Qala i Naw".
PARTICLES = frozenset(
    {
        "al",
        "el",
        "ad",
        "ar",
        "ash",
        "az",
        "ez",
        "es",
        "ed",
        "ibn",
        "bin",
        "bani",
        "beni",
        "abu",
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "la",
        "las",
        "los",
        "le",
        "les",
        "di",
        "du",
        "van",
        "von",
        "-",
        "y",
        "e",
        "ki",
        "ka",
        "ke",
        "i",
        "wa",
    }
)
# Words that make a capitalised run an organisation or a person's title, not a place.
NOT_PLACE_WORDS = frozenset(
    {
        "forces",
        "force",
        "army",
        "militia",
        "militias",
        "police",
        "brigade",
        "brigades",
        "battalion",
        "regiment",
        "division",
        "resistance",
        "front",
        "liberation",
        "party",
        "council",
        "people",
        "peoples",
        "movement",
        "group",
        "union",
        "committee",
        "ministry",
        "government",
        "president",
        "minister",
        "governor",
        "company",
        "corporation",
        "association",
        "federation",
        "organization",
        "organisation",
        "agency",
        "news",
        "times",
        "coalition",
        "alliance",
        "guard",
        "guards",
        "command",
        "republic",
        "state",
        "emirate",
        "caliphate",
        "militants",
        "rebels",
        "mr",
        "mrs",
        "ms",
        "dr",
        "general",
        "colonel",
        "commander",
        "court",
        "tribe",
        "clan",
        "gang",
        "cartel",
        "network",
        "authority",
        "authorities",
        "service",
        "services",
        "mp",
        "mla",
        "senator",
        "deputy",
        "spokesman",
        "spokesperson",
        "ambassador",
        "operation",
    }
)
# Facility words: the run names a place inside a settlement; its settlement is the place we resolve.
FACILITY_WORDS = frozenset(
    {
        "square",
        "street",
        "road",
        "avenue",
        "bridge",
        "hospital",
        "school",
        "mosque",
        "church",
        "market",
        "bazar",
        "bazaar",
        "station",
        "base",
        "airport",
        "checkpoint",
        "office",
        "prison",
        "jail",
        "stadium",
        "park",
        "hotel",
        "junction",
        "roundabout",
        "crossing",
        "port",
        "highway",
        "building",
        "complex",
        "camp",
        "colonia",
        "neighborhood",
        "neighbourhood",
        "hill",
        "hills",
        "mountain",
        "mountains",
        "forest",
        "frontline",
        "front",
        "airbase",
        "mine",
        "plant",
        "factory",
        "farm",
        "dam",
        "river",
        "valley",
        "beach",
        "island",
        "sector",
        "zone",
        "field",
        "oilfield",
        "refinery",
        "terminal",
        "university",
        "college",
        "prefecture",
        # buildings a crowd gathers outside ("outside the Lahore Press Club (Lahore, Punjab)"): the town in
        # the bracket after them is the place
        "club",
        "museum",
        "theatre",
        "theater",
        "embassy",
        "consulate",
        "parliament",
        "ministry",
        "courthouse",
        "cathedral",
        "temple",
        "shrine",
        "cemetery",
        "palace",
        "barracks",
        "mall",
        "library",
    }
)

# "the Van Governor's Office", "Diyarbakir Governorship": the words before name the province governed.
GOVERNOR_WORDS = frozenset({"governor", "governors", "governorship"})
WAY_WORDS = frozenset(
    {"highway", "road", "intersection", "junction", "roundabout", "crossing", "checkpoint", "refugee", "camp"}
)
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ez"})
# Arabic articles glued to the next word by a hyphen inside a name: "Jisr al-Shughur", "Deir ez-Zor".
HYPHENED_ARTICLES = KEY_ARTICLES | {"ez", "esh", "et"}
LOOSE_ARTICLES = frozenset({"al", "el", "ad", "ar", "ash", "az", "ez"})  # not "at", "as", "an": English words

CALENDAR_WORDS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)


@dataclass(frozen=True)
class PlaceLexicon:
    """The data files this component reads, parsed once."""

    qualifiers: tuple[tuple[str, ...], ...]  # token tuples, longest first
    types_after: dict[tuple[str, ...], str]
    types_before: dict[tuple[str, ...], str]
    stoplist: frozenset[str]
    # capitalised words that open a settlement's own written name ("Barangay Tumbagaan"): the name after them
    types_opening: dict[str, str] = field(default_factory=dict)


@cache
def lexicon() -> PlaceLexicon:
    """Qualifiers, place-type words and the stoplist from data/places/."""
    quals = sorted(
        {tuple(q.lower().replace("-", " - ").split()) for q in data_lines("qualifiers.txt")},
        key=len,
        reverse=True,
    )
    after: dict[tuple[str, ...], str] = {}
    before: dict[tuple[str, ...], str] = {}
    opening: dict[str, str] = {}
    for row in data_rows("place_types.csv"):
        words = tuple(row["word"].lower().replace("-", " - ").split())
        if row["position"] == "opens":
            opening[row["word"].lower()] = row["level"]
            continue
        (after if row["position"] == "after" else before)[words] = row["level"]
    stop = frozenset(name_key(w) for w in data_lines("stoplist.txt"))
    return PlaceLexicon(tuple(quals), after, before, stop, opening)


@cache
def _struck_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(data_lines("projectiles.txt"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{nouns})\b[^.;]{{0,100}}?\b(?:into|at|on|onto|towards?|hit|hitting|struck|striking|"
        r"(?:slammed|crashed|smashed)\s+into|(?:landed|fell|exploded|impacted)\s+(?:in|on|near|inside))\s+"
        r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:town|city|village|settlement|kibbutz|community|port)\s+of\s+)?$",
        re.IGNORECASE,
    )


# how far back in its sentence a projectile noun may stand before the place it was fired at
STRUCK_REACH = 140


def struck_target(text: str, sentence_start: int, start_char: int) -> bool:
    """Whether the name at `start_char` is written as where a projectile went ("fired a rocket into Sderot",
    "rockets fired from the Gaza Strip hit Ashkelon", "fired two rockets at the southern Israeli town of
    Sderot"): ACLED places a strike where it lands, so the launchers' country (which the text's cues point
    to) says nothing against the target's, and the launch point gives way to it."""
    lo = max(sentence_start, start_char - STRUCK_REACH)
    return _struck_pattern().search(text, lo, start_char) is not None
