"""What the people an event is done to had done before: background told inside the event's sentence.

"Police arrested three men who killed a trader", "arrested 5 men suspected of killing 2 farmers", "Gunmen who
killed a trader were arrested by police": ACLED codes the arrest; the killing is its background, an event of
its own (coded where a report tells it with its own day and place), neither the arrest's dead nor its type.
Casualty figures (casualties.py) and event-type cues (event_type.py) both ask this one question, so it lives
apart from both; its patterns are data (`arrest_background` in data/extract/casualty_cues.json).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class ArrestBackground:
    """The patterns of `told_of_the_arrested` (data/extract/casualty_cues.json, `arrest_background`)."""

    before: re.Pattern[str]
    subject: re.Pattern[str]
    subject_after: re.Pattern[str]
    patient_before: re.Pattern[str]
    patient_after: re.Pattern[str]


@cache
def arrest_background_patterns() -> ArrestBackground:
    path = resources.files("warledger").joinpath("data", "extract", "casualty_cues.json")
    raw = json.loads(path.read_text(encoding="utf-8"))["arrest_background"]
    return ArrestBackground(**{key: re.compile(raw[key], re.IGNORECASE) for key in FIELDS})


FIELDS = ("before", "subject", "subject_after", "patient_before", "patient_after")


def told_of_the_arrested(sentence: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) of `sentence` tell what people being arrested had done: after an
    arrest verb, in a clause on the arrested ("arrested three men who| killed a trader", "suspected of|
    killing"), or in a "who" clause on a subject the sentence goes on to arrest ("Gunmen who| killed a
    trader| were arrested")."""
    p = arrest_background_patterns()
    if p.before.search(sentence, 0, start):
        return True
    return bool(p.subject.search(sentence, 0, start) and p.subject_after.match(sentence[end:]))


def names_the_arrested(sentence: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) of `sentence` name the people arrested ("arrested three| gunmen",
    "gunmen| were arrested"): their weapon is no act of the event (a count there is the arrest's own)."""
    p = arrest_background_patterns()
    return bool(p.patient_before.search(sentence, 0, start) or p.patient_after.match(sentence[end:]))
