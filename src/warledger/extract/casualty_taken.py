"""People taken and then killed, told with a pronoun: "Gunmen dragged 11 people from a bus and killed them".

The number is the object of a taking verb (dragged, pulled, took, rounded up ...), and the killing verb that
follows takes "them": no casualty cue stands beside the number, so the figure builders read none. A bare
"shot them" is no death ("shot them in the legs"); it counts the dead only when the sentence or the next one
says they died ("All of them died at the scene", "their bodies were found the next morning"). Separate from
casualty_counts.py because it reads the next sentence too.
"""

from __future__ import annotations

import re

from warledger.extract.casualty_counts import Found
from warledger.extract.casualty_cues import CasualtyFigure, victim_noun
from warledger.extract.casualty_quantities import quantities_in
from warledger.extract.models import Count

# The verb that took the counted people, right before the number ("dragged 11 passengers", "pulled out six").
TAKEN_BEFORE = re.compile(
    r"\b(?:dragged|pulled|took|led|marched|herded|rounded\s+up|lined\s+up|separated|seized|abducted|kidnapped"
    r"|forced|ordered)\s+(?:out\s+|off\s+)?(?:(?:at\s+least|some|about|around|all)\s+)?$",
    re.IGNORECASE,
)
# "... from a bus and (then) killed them", "... and shot them dead", "... before executing them".
KILLED_THEM = re.compile(
    r"^[^.;:]{0,90}?\b(?:and|before|then)\s+(?:then\s+)?(?:later\s+)?"
    r"(?P<verb>shot\s+dead|shot\s+and\s+killed|gunned\s+down|killed|killing|executed|executing|murdered|"
    r"beheaded|slaughtered|massacred|hacked|shot|shooting)\s+(?:all\s+(?:of\s+)?)?them\b(?P<dead>\s+(?:dead|to\s+death))?",
    re.IGNORECASE,
)
# After a bare "shot them": the words saying they died, in the rest of the sentence or the next one.
THEY_DIED = re.compile(
    r"\b(?:all|both|none)\b[^.;]{0,25}?\b(?:died|were\s+dead|were\s+killed|survived)\b"
    r"|\b(?:they|the\s+\w+)\s+(?:all\s+)?(?:later\s+)?(?:died|were\s+(?:found\s+)?dead)\b"
    r"|\btheir\s+(?:bodies|corpses|remains)\b|\bkilling\s+(?:them|all|everyone)\b",
    re.IGNORECASE,
)


def taken_and_killed(sentence: str, following: str = "", taken: list[Found] | None = None) -> list[Found]:
    """Killed figures for people taken and then killed "them" (see the module's docstring); none at a number
    the other builders already read as killed (`taken`); beside one read as taken ("rounded up 8 villagers
    and executed them": 8 arrested, 8 killed)."""
    if not may_take_and_kill(sentence):
        return []  # no figure can pass: skip reading every quantity of the sentence
    found = []
    for quantity in quantities_in(sentence):
        if any(f.start <= quantity.start < f.end and f.figure.kind == "killed" for f in taken or []):
            continue
        if not TAKEN_BEFORE.search(sentence[: quantity.start]):
            continue
        match = KILLED_THEM.match(sentence[quantity.end :])
        if match is None or not dead(match, sentence[quantity.end + match.end() :], following):
            continue
        count = Count(min=quantity.min, max=quantity.max, approximate=quantity.approximate)
        found.append(
            Found(
                quantity.start,
                quantity.end,
                CasualtyFigure("killed", count, victim_group=victim_noun(sentence, quantity)),
            )
        )
    return found


def may_take_and_kill(sentence: str) -> bool:
    """The cheap trigger of `taken_and_killed`: every match of KILLED_THEM holds the word "them", so a
    sentence without those letters has no figure to give and its quantities need not be read (most
    sentences with a number: the rule ran on each of them, about 2% of extraction time)."""
    return "them" in sentence.lower()


def dead(match: re.Match[str], rest: str, following: str) -> bool:
    """Whether the killing verb kills, or a bare "shot them" is followed by words saying they died."""
    verb = " ".join(match.group("verb").lower().split())
    if verb not in ("shot", "shooting") or match.group("dead"):
        return True
    told = THEY_DIED.search(rest) or THEY_DIED.search(following)
    if told is None:
        return False
    words = told.group(0).lower()
    return words.startswith("none") if "survived" in words else True
