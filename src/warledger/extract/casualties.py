"""Casualty figures: how many were killed, injured, missing or arrested, as a coder would count them.

A figure is a quantity ("92", "about 350", "twenty-three", "18 to 21", "dozens") tied to a casualty cue
that follows it ("92 people were killed", "1 fatality") or precedes it ("killing 57", "wounded ten
others", "the toll rose to 40"). Working on the sentence text with regular expressions built from data
files (`data/extract/numbers.json`, `casualty_cues.json`) keeps it fast enough to run on every sentence
that holds a cue word, and predictable: each rule is a line of data a reader can check. ACLED's
conventions for vague counts (several/many 10, dozens 12, hundreds 100) come from the number data and
are marked approximate. Coordinated figures are summed ("3 soldiers and 2 civilians were killed" is 5),
subsets ("including 3 children") are kept apart, and totals over a period ("since Thursday",
"so far this year") are flagged cumulative so incidents can keep them apart from single events.

The work is split by question, in one chain: casualty_quantities.py (numbers), casualty_cues.py (the cue
rules and shared helpers), casualty_kinds.py (what a number counts), casualty_counts.py (the figures of a
sentence), casualty_context.py (totals, other sources, grievances); this module puts them together per
sentence, names the figures' sources and is the spaCy component.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.casualty_context import (
    is_cumulative,
    later_deaths,
    lone_part_counted,
    not_grievances,
    part_of_counted,
    with_alternatives,
)
from warledger.extract.casualty_counts import (
    Found,
    coded_figures,
    numeric_figures,
    singular_figures,
    split_figures,
    with_next_victim,
    zero_figures,
)
from warledger.extract.casualty_cues import cue_rules, has_casualty_cue
from warledger.extract.casualty_quantities import quantities_in
from warledger.extract.casualty_taken import taken_and_killed
from warledger.extract.mentions import Mention, add_mentions
from warledger.extract.models import Count
from warledger.extract.sentences import sentence_texts

MENTION_KIND = "casualty"
SOURCE_KIND = "figure_source"
SOURCE_STOPWORDS = frozenset(
    {"he", "she", "they", "it", "we", "police", "reports", "media", "sources", "this", "it was"}
)


def source_name(raw: str) -> str | None:
    """A cleaned source name ("The Local Coordination Committees" -> "Local Coordination Committees")."""
    name = re.sub(r"^(?:[Tt]he)\s+", "", raw).strip().rstrip(".")
    name = re.sub(r"(?:\s+(?:of|for|and|on|the|in))+$", "", name)
    return name if len(name) > 2 and name.lower() not in SOURCE_STOPWORDS else None


def source_of(sentence: str) -> str | None:
    """Who the figure is attributed to in its sentence ("according to X", "X documented")."""
    for rule in cue_rules().sources:
        for match in rule.finditer(sentence):
            name = source_name(match.group("src"))
            if name:
                return name
    return None


def casualty_figures(sentence: str, following: str = "") -> list[Found]:
    """Every casualty figure of one sentence, with offsets into it, in text order (`following`: the next
    sentence, which may say that people taken and shot died)."""
    if not has_casualty_cue(sentence):
        return taken_and_killed(sentence, following)
    coded = coded_figures(sentence)
    numeric = [f for f in numeric_figures(sentence) if not any(c.start <= f.start < c.end for c in coded)]
    numeric = not_grievances(sentence, with_alternatives(sentence, numeric)) + coded
    zeros = [z for z in zero_figures(sentence) if not any(f.figure.kind == z.figure.kind for f in numeric)]
    found = numeric + zeros
    found += not_grievances(sentence, singular_figures(sentence, found))
    found = [lone_part_counted(sentence, f, found) for f in found]
    found = [part_of_counted(sentence, f, found) for f in found]
    found = [with_next_victim(sentence, f) for f in found]
    found = later_deaths(sentence, found)
    found += taken_and_killed(sentence, following, found)
    # "split across 2 events (4)" gives the share itself: the 4 is not divided again
    shares = [c for c in coded if "split" in sentence[c.start : c.end].lower()]
    found += [
        s for s in split_figures(sentence) if not any(c.start <= s.end and s.start <= c.end for c in shares)
    ]
    cumulative = is_cumulative(sentence)
    source = source_of(sentence)
    part = local_part(sentence, found) if cumulative else None
    if part is not None:  # the place's own event: its count is the part, and the total is no event's
        found, cumulative = [part, *(f for f in found if f.figure.subset)], False
    return sorted(
        (
            Found(
                f.start,
                f.end,
                replace(f.figure, cumulative=cumulative and not f.figure.subset, source=source),
            )
            for f in found
        ),
        key=lambda f: f.start,
    )


# ", 52 of them in Khartoum": the part, in one named place, of a total told over many places or a period
LOCAL_PART_TAIL = re.compile(r"\s+of\s+(?:them|whom)\s+(?:were\s+|died\s+)?in\s+(?:the\s+)?[A-Z][\w'-]*")


def local_part(sentence: str, found: list[Found]) -> Found | None:
    """The part of a total in one named place, told right after it ("61 people were killed on 3 June across
    the country, 52 of them in Khartoum"): that place's own event, whose count is the part. A coder coding
    the event in the place takes the part; the total over the other places is no event's count, so it goes."""
    totals = [f for f in found if not f.figure.subset]
    if len(totals) != 1:
        return None
    total = totals[0]
    for quantity in quantities_in(sentence[total.end :]):
        start, end = total.end + quantity.start, total.end + quantity.end
        if not sentence[:start].rstrip().endswith(",") or LOCAL_PART_TAIL.match(sentence, end) is None:
            continue
        count = Count(min=quantity.min, max=quantity.max, approximate=quantity.approximate)
        return Found(start, end, replace(total.figure, count=count, parts=()))
    return None


def source_mentions(text: str, base: int = 0) -> list[Mention]:
    """Who a sentence attributes casualty figures to ("the LCC documented the deaths"), as mentions."""
    if not has_casualty_cue(text):
        return []
    found = []
    for rule in cue_rules().sources:
        for match in rule.finditer(text):
            name = source_name(match.group("src"))
            if name:
                start, end = match.span("src")
                found.append(Mention(SOURCE_KIND, base + start, base + end, text[start:end], name))
    return found


def casualty_mentions(text: str, base: int = 0, following: str = "") -> list[Mention]:
    """Casualty mentions of one sentence `text` whose first character is at `base` in the document."""
    return [
        Mention(MENTION_KIND, base + f.start, base + f.end, text[f.start : f.end], f.figure)
        for f in casualty_figures(text, following)
    ]


class CasualtyComponent:
    """Adds a `casualty` Mention (value: CasualtyFigure) per figure, sentence by sentence."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        found: list[Mention] = []
        sentences = list(sentence_texts(doc))
        for k, (start, text) in enumerate(sentences):
            following = sentences[k + 1][1] if k + 1 < len(sentences) else ""
            found += casualty_mentions(text, start, following)
            found += source_mentions(text, start)
        add_mentions(doc, found)
        return doc


@Language.factory("warledger_casualties")
def make_casualty_component(nlp: Language, name: str) -> CasualtyComponent:
    return CasualtyComponent(nlp, name)
