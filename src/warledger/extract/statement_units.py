"""The ground every statement rule stands on: the `Found` record, the units and the content spans.

A unit is a parser sentence cut again at line breaks; every rule looks for a speaker and a content inside
one unit (or paragraph) and returns a `Found` before its speaker is resolved. These pieces are shared by
the cue rules (`cue_attributions`), the quote rules (`quotes`, `block_quotes`) and the assembly
(`statements`), so they sit apart, below all of them. Token lookups read one spaCy array instead of
looping over the `Doc`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.attrs import DEP, IDX, IS_SPACE, LENGTH, SENT_START
from spacy.tokens import Doc, Token

from warledger.extract.sentences import doc_text

OPENING_QUOTES = frozenset("“«„")
CLOSING_QUOTES = frozenset("”»")
STRAIGHT_QUOTES = frozenset('"')
MIN_QUOTE_WORDS = 3
"""Fewer words in quotation marks are a scare quote or a title ("a “disgrace”"), not a statement."""


@dataclass(frozen=True)
class Found:
    """An attribution before its speaker is resolved: content, speaker words, cue and how it was found."""

    start: int
    end: int
    speaker: tuple[Token, ...]
    cue: Token | None
    direct: bool
    kind: str


# Units: sentences cut at line breaks ------------------------------------------------------------


def units_of(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of sentences, cut again at line breaks (the parser's sentences run over them).

    Read from token arrays: walking every token of every sentence built a `Token` object per word, a
    large share of the statement rules' cost, while only the few line-break tokens matter here."""
    if not doc.has_annotation("SENT_START"):
        return [(0, len(doc))] if len(doc) else []
    array = doc.to_array([SENT_START, IS_SPACE])
    starts = [0, *(int(i) for i in (array[1:, 0] == 1).nonzero()[0] + 1)]
    breaks = line_break_tokens(doc)
    units: list[tuple[int, int]] = []
    for sent_start, sent_end in zip(starts, [*starts[1:], len(doc)], strict=True):
        begin = sent_start
        for i in breaks[bisect.bisect_left(breaks, sent_start) : bisect.bisect_left(breaks, sent_end)]:
            if i > begin:
                units.append((begin, i))
            begin = i + 1
        if begin < sent_end:
            units.append((begin, sent_end))
    spaces = array[:, 1].tolist()
    return [(a, b) for a, b in units if not (spaces[a] and all(spaces[a:b]))]


def line_break_tokens(doc: Doc) -> list[int]:
    """Indexes of the tokens holding a line break, in order, found from the text's "\\n" characters (a
    token's trailing whitespace is at most one space, so every line break lies inside some token)."""
    text = doc_text(doc)
    if "\n" not in text:
        return []
    bounds = doc.to_array([IDX, LENGTH])
    starts = [int(i) for i in bounds[:, 0]]
    found: list[int] = []
    for match in re.finditer("\n", text):
        i = bisect.bisect_right(starts, match.start()) - 1
        holds = i >= 0 and match.start() < starts[i] + int(bounds[i, 1])
        if holds and (not found or found[-1] != i):
            found.append(i)
    return found


def unit_index(doc: Doc, units: list[tuple[int, int]]) -> list[int]:
    """For every token, the index of its unit (-1 for line breaks between units)."""
    where = [-1] * len(doc)
    for n, (a, b) in enumerate(units):
        for i in range(a, b):
            where[i] = n
    return where


# Spans --------------------------------------------------------------------------------------------


def trimmed_span(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Character span of tokens first..last (inclusive) without edge punctuation, or None if empty."""
    while first <= last and (
        (doc[first].is_punct and doc[first].text not in OPENING_QUOTES | STRAIGHT_QUOTES)
        or doc[first].is_space
        or doc[first].lower_ == "that"
    ):
        first += 1
    while last >= first and (
        (doc[last].is_punct and doc[last].text not in CLOSING_QUOTES | STRAIGHT_QUOTES) or doc[last].is_space
    ):
        last -= 1
    first = after_dateline(doc, first, last)
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


def after_dateline(doc: Doc, first: int, last: int) -> int:
    """The first token after a dateline that opens the span ("BAMAKO (Reuters) -", "KABUL, Afghanistan —"):
    where the story was filed is no part of what anyone said."""
    i, seen_capitals = first, False
    while i <= last and i - first < 12:
        tok = doc[i]
        if tok.text in DATELINE_DASHES:
            return i + 1 if seen_capitals and i < last else first
        if tok.is_upper and tok.is_alpha:
            seen_capitals = True
        elif not (tok.text in {",", "(", ")", "."} or (seen_capitals and tok.is_title)):
            return first
        i += 1
    return first


def clipped_subtree(tok: Token, unit: tuple[int, int], skip: Token | None = None) -> tuple[int, int] | None:
    """First and last token index of `tok`'s subtree inside `unit`, leaving out `skip`'s side."""
    lo, hi = unit
    left, right = max(tok.left_edge.i, lo), min(tok.right_edge.i, hi - 1)
    if skip is not None and left <= skip.i <= right:
        if skip.i < tok.i:
            left = skip.i + 1
        else:
            right = skip.i - 1
    return (left, right) if left <= right else None


def tokens_with_dep(doc: Doc, label: str) -> list[Token]:
    """The tokens whose dependency label is `label`, found in one vectorised read of the labels (a loop
    over `doc` builds a Token object per word, the larger part of these rules' cost)."""
    labels = doc.to_array([DEP])
    return [doc[int(i)] for i in (labels == doc.vocab.strings[label]).nonzero()[0]]


def mostly_quoted(text: str) -> bool:
    """Whether a content is one quotation, marks at both ends: it is then direct speech."""
    stripped = text.strip()
    return (
        len(stripped) > 1
        and stripped[0] in OPENING_QUOTES | STRAIGHT_QUOTES
        and stripped[-1] in (CLOSING_QUOTES | STRAIGHT_QUOTES)
    )
