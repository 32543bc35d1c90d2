"""Speech introduced by a colon: the rest of the line ("Power said: What ...", transcript labels such as
"PENCE: ...") and the paragraphs after "X reinforced the line:" until another speaker, a heading or
past-tense narration.

These rules read paragraph layout rather than one sentence, and run last because a speaker found by the
other rules ends a block; hence a module of their own.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from warledger.extract.cues import is_cue_verb, is_passive, names_someone, subject_of
from warledger.extract.sentences import doc_text
from warledger.extract.statement_units import MIN_QUOTE_WORDS, Found, mostly_quoted

MAX_BLOCK_PARAGRAPHS = 6


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-empty lines of the text."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


def block_quotes(
    doc: Doc,
    units: list[tuple[int, int]],
    where: list[int],
    taken: list[Found],
    groups: list[tuple[int, int]] | None = None,
) -> list[Found]:
    """Speech introduced by a colon after a speaker: the rest of the line ("Power said: What ...") and the
    following paragraphs ("Rycroft reinforced the line:" then paragraphs), until a new speaker or heading.
    A rest of the line opening with a quote group followed by another group (`groups`, as `quotes.
    quote_groups` splits them) is that first group only: "X said: “A” and Y said: “B”" are two."""
    found: list[Found] = []
    taken = sorted(taken, key=_cue_at)
    paragraphs = paragraphs_of(doc_text(doc))
    for n, (pstart, pend) in enumerate(paragraphs):
        intro = _colon_intro(doc, units, where, pstart, pend)
        if intro is None:
            continue
        speaker, cue, rest = intro
        if rest is not None:
            rest = _first_group_only(rest, groups or [])
            found.append(Found(rest[0], rest[1], tuple(speaker), cue, True, "inline"))
        if cue is None or (rest is not None and mostly_quoted(doc_text(doc)[rest[0] : rest[1]])):
            continue
        for qstart, qend in paragraphs[n + 1 : n + 1 + MAX_BLOCK_PARAGRAPHS]:
            if _starts_narrative(doc, units, where, qstart, qend, taken):
                break
            found.append(Found(qstart, qend, tuple(speaker), cue, True, "block"))
            if doc_text(doc)[qstart:qend].endswith(":"):
                break
    return found


def _first_group_only(rest: tuple[int, int], groups: list[tuple[int, int]]) -> tuple[int, int]:
    """`rest` cut after the quote group it opens with, when another group starts before its end."""
    n = bisect.bisect_left(groups, (rest[0], -1))
    if n + 1 < len(groups) and groups[n][0] == rest[0] and groups[n + 1][0] < rest[1]:
        return rest[0], groups[n][1]
    return rest


def _cue_at(f: Found) -> int:
    return f.cue.idx if f.cue is not None else f.start


MAX_LABEL_WORDS = 4
"""A transcript or headline label ("PENCE:", "Pat Caddell:") is a name of at most this many words."""


def _speaker_label(span: Span) -> list[Token]:
    """The name opening a paragraph as a speaker label ("WALLACE: ...", "Pat Caddell: ..."), or nothing."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not words or len(words) > MAX_LABEL_WORDS:
        return []
    if all(t.pos_ == "PROPN" or (t.is_upper and t.is_alpha) for t in words) and (
        words[0].ent_type_ == "PERSON" or all(t.is_upper for t in words)
    ):
        return words
    return []


def _rest_after(text: str, colon: int, end: int) -> int:
    rest = colon + 1
    while rest < end and text[rest].isspace():
        rest += 1
    return rest


def _colon_intro(
    doc: Doc, units: list[tuple[int, int]], where: list[int], pstart: int, pend: int
) -> tuple[list[Token], Token | None, tuple[int, int] | None] | None:
    """(speaker, cue, rest of the line) of a paragraph that introduces speech with a colon, or None."""
    if doc_text(doc)[pstart:pend].endswith(":"):
        speaker, cue = _intro_speaker(doc, units, where, pstart, pend)
        return (speaker, cue, None) if speaker else None
    colon = doc_text(doc).find(":", pstart, pend)
    if colon < 0:
        return None
    span = doc.char_span(pstart, colon, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    label = _speaker_label(span)
    if label:
        rest = _rest_after(doc_text(doc), colon, pend)
        if len(doc_text(doc)[rest:pend].split()) >= MIN_QUOTE_WORDS:
            return label, None, (rest, pend)
    verb = span[-1]
    if not is_cue_verb(verb) or where[verb.i] < 0 or is_passive(verb):
        return None
    speaker = subject_of(verb, units[where[verb.i]])
    rest_start = _rest_after(doc_text(doc), colon, pend)
    if (
        not speaker
        or not names_someone(speaker)
        or len(doc_text(doc)[rest_start:pend].split()) < MIN_QUOTE_WORDS
    ):
        return None
    return speaker, verb, (rest_start, pend)


def _intro_speaker(
    doc: Doc, units: list[tuple[int, int]], where: list[int], pstart: int, pend: int
) -> tuple[list[Token], Token | None]:
    last = doc.char_span(pend - 1, pend, alignment_mode="expand")
    if last is None or where[last.start] < 0:
        return [], None
    unit = units[where[last.start]]
    verbs = [t for t in doc[unit[0] : unit[1]] if t.pos_ == "VERB" and t.idx >= pstart]
    for verb in reversed(verbs):
        speaker = subject_of(verb, unit)
        if speaker and names_someone(speaker):
            return speaker, verb
    return [], None


def _starts_narrative(
    doc: Doc, units: list[tuple[int, int]], where: list[int], start: int, end: int, taken: list[Found]
) -> bool:
    """A paragraph that names a new speaker, or a heading (no sentence end), ends a block quote."""
    text = doc_text(doc)[start:end]
    if (text and text[-1] not in '.!?…:”"’)]' and len(text.split()) < 12) or len(
        text.split()
    ) < MIN_QUOTE_WORDS:
        return True
    lo = bisect.bisect_left(taken, start, key=_cue_at)
    for f in taken[lo:]:
        if _cue_at(f) >= end:
            break
        if f.kind == "verb" and any(
            t.pos_ == "PROPN" or t.lower_ in {"he", "she", "they"} for t in f.speaker
        ):
            return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(e.label_ == "PERSON" and len(e) > 1 and e.root.dep_ == "nsubj" for e in span.ents):
        return True
    return _told_in_past(span)


SPEAKING_PERSONS = frozenset({"i", "we", "our", "us", "my", "me", "you", "your"})


def _told_in_past(span: Span) -> bool:
    """Narration: every main verb in the past tense and nobody speaking in the first or second person
    ("After the union objected, the case was moved."); speech reads in the present, future or "we"."""
    roots = [t for t in span if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    if not roots or any(t.lower_ in SPEAKING_PERSONS for t in span):
        return False
    return all(
        r.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in r.children)
        for r in roots
    )
