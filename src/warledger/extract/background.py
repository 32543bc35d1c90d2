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
from functools import cache
from importlib import resources


@cache
def arrest_background_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(before, subject, subject_after): see `told_of_the_arrested`."""
    path = resources.files("warledger").joinpath("data", "extract", "casualty_cues.json")
    raw = json.loads(path.read_text(encoding="utf-8"))["arrest_background"]
    before, subject, after = (
        re.compile(raw[key], re.IGNORECASE) for key in ("before", "subject", "subject_after")
    )
    return before, subject, after


def told_of_the_arrested(sentence: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) of `sentence` tell what people being arrested had done: after an
    arrest verb, in a clause on the arrested ("arrested three men who| killed a trader", "suspected of|
    killing"), or in a "who" clause on a subject the sentence goes on to arrest ("Gunmen who| killed a
    trader| were arrested")."""
    before, subject, subject_after = arrest_background_patterns()
    if before.search(sentence, 0, start):
        return True
    return bool(subject.search(sentence, 0, start) and subject_after.match(sentence[end:]))
