"""Statements: who said what, found over the dependency parse, quotation marks and paragraph layout.

Each kind of attribution is a general rule, with its words kept as data (`data/statements/cues.json`):
- a cue verb (say, insist, deny, warn, want, find...) with a subject (the speaker) and a complement
  (the content), wherever the content sits ("X said that ...", "..., officials said", "X, who said ...",
  "X tried ..., insisting that ...", "Y, X said, is ..."); a claim noun with an owner ("X's claim that");
  an attitude adjective after "be" ("X was critical of Y");
- a source phrase ("according to X") whose sentence is the content;
- quotation marks (curly, straight, '' pairs; paragraphs opened by a quote mark and not closed), grouped
  with their reporting clause ("“X,” she said. “Y.”" is one statement, as news writes it), signed with a
  dash, or introduced by a colon: "X said: ..." and the paragraphs after "X reinforced the line:" until
  another speaker, a heading or past-tense narration; transcript labels ("PENCE: ...").
Cues inside quotes belong to the quote, and thought verbs nested in what someone said are part of it.
Quotes are found by one linear scan with a bounded length, so unbalanced marks or a huge quote cost
linear time; lookups over found spans use binary search. Speakers resolve through
`speakers.SpeakerIndex`; stance and `about` through `stance`.

The rules live beside this module: `statement_units` (the `Found` record, units, spans), `cues` (cue
words and their subjects), `cue_attributions` (cue verb, claim noun, attitude and source-phrase rules),
`quotes` (quotation marks) and `block_quotes` (colon-introduced speech). This module is the public entry:
it runs them in order, keeps one attribution per content and turns each into a `Statement`.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from warledger.extract.block_quotes import block_quotes
from warledger.extract.cue_attributions import (
    attitude_attributions,
    noun_attributions,
    source_phrase_attributions,
    verb_attributions,
)
from warledger.extract.cues import INHERIT_SUBJECT_DEPS, cue_words
from warledger.extract.lemmas import lemma_of
from warledger.extract.models import Evidence, Incident, Statement
from warledger.extract.quotes import (
    merged_with_quotes,
    quote_attributions,
    quote_groups,
    quote_spans,
    reporting_cues,
)
from warledger.extract.sentences import doc_text
from warledger.extract.speakers import SpeakerIndex
from warledger.extract.stance import about_of, incident_links, incident_words, stance_of
from warledger.extract.statement_units import Found, mostly_quoted, unit_index, units_of


def deduplicated(found: list[Found]) -> list[Found]:
    """One attribution per content: the same cue twice, or the same span twice, is kept once."""
    seen_cues: set[int] = set()
    seen_spans: set[tuple[int, int]] = set()
    kept = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        key = (f.start, f.end)
        if key in seen_spans or (f.cue is not None and f.kind == "verb" and f.cue.i in seen_cues):
            continue
        seen_spans.add(key)
        if f.cue is not None and f.kind == "verb":
            seen_cues.add(f.cue.i)
        kept.append(f)
    return kept


def attributions_of(doc: Doc) -> list[Found]:
    """Every attribution in `doc` before speaker resolution, in text order."""
    units = units_of(doc)
    where = unit_index(doc, units)
    quoted = quote_spans(doc_text(doc))
    found = [f for f in verb_attributions(doc, units, where) if not _inside(f.cue, quoted)]
    breaks = sorted(f.cue.idx for f in found if f.cue is not None and f.cue.dep_ in INHERIT_SUBJECT_DEPS)
    cues = reporting_cues(doc, units, where, quoted)
    groups = quote_groups(doc_text(doc), quoted, breaks, [tok.idx for tok, _ in cues])
    found = merged_with_quotes(doc_text(doc), found, groups, cues)
    found += source_phrase_attributions(doc, units)
    found += [f for f in noun_attributions(doc, units, where) if not _inside(f.cue, quoted)]
    found += [f for f in attitude_attributions(doc, units, where) if not _inside(f.cue, quoted)]
    found += quote_attributions(doc, units, where, found)
    blocks = block_quotes(doc, units, where, found, groups)
    quoted_blocks = [(b.start, b.end) for b in blocks if b.kind == "block"]
    found = [f for f in found if not _inside(f.cue, quoted_blocks)]
    block_cues = {f.cue.i for f in blocks if f.cue is not None and f.kind == "inline"}
    found = [f for f in found if f.kind != "verb" or f.cue is None or f.cue.i not in block_cues]
    return deduplicated(without_nested_beliefs(found + blocks))


def without_nested_beliefs(found: list[Found]) -> list[Found]:
    """Drop cue verbs inside another statement's content ("Sanders said he wants to ..."): the wanting
    is part of what was said; only plain reporting ("the source said X had said Y") stays nested."""
    speech = cue_words().reporting_core
    contents = sorted((f.start, f.end) for f in found)
    longest = max((b - a for a, b in contents), default=0)
    kept = []
    for f in found:
        if f.kind == "verb" and f.cue is not None and lemma_of(f.cue).lower() not in speech:
            at = f.cue.idx
            lo = bisect.bisect_left(contents, (at - longest, -1))
            hi = bisect.bisect_right(contents, (at, len(doc_text(f.cue.doc)) + 1))
            if any(a <= at < b and (a, b) != (f.start, f.end) for a, b in contents[lo:hi]):
                continue
        kept.append(f)
    return kept


def _inside(cue: Token | None, spans: list[tuple[int, int]]) -> bool:
    """Whether a cue sits inside quoted words: speech nested in a quote is the quote's, not a new one.
    `spans` are sorted and do not overlap, so one binary search answers."""
    if cue is None or not spans:
        return False
    n = bisect.bisect_right(spans, (cue.idx, len(doc_text(cue.doc)) + 1)) - 1
    return n >= 0 and spans[n][0] <= cue.idx < spans[n][1]


def statement_of(doc: Doc, found: Found, speakers: SpeakerIndex) -> Statement | None:
    """The `Statement` of one attribution: speaker resolved, stance and `about` read."""
    resolved = speakers.speaker_of(list(found.speaker))
    if resolved is None:
        return None
    quote = doc_text(doc)[found.start : found.end]
    direct = found.direct or mostly_quoted(quote)
    aff = resolved.affiliation
    stance = stance_of(doc, found.start, found.end, found.cue, aff)
    return Statement(
        speaker=resolved.name,
        role=resolved.role,
        affiliation=aff.name if aff else None,
        affiliation_country=aff.country if aff else None,
        quote=quote,
        direct=direct,
        stance=stance,
        about=about_of(doc, found.start, found.end, found.cue, resolved.name, aff.name if aff else None),
        evidence=Evidence(start=found.start, end=found.end, text=quote),
        speaker_evidence=speaker_evidence_of(doc, found, resolved.start, resolved.end),
    )


RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def speaker_evidence_of(doc: Doc, found: Found, start: int, end: int) -> Evidence:
    """Where the speaker is named at this point: the relative pronoun of "X, who said ...", else the
    subject words (the name or pronoun), as PolNeAR marks speaker spans."""
    if found.cue is not None and found.cue.dep_ == "relcl":
        for child in found.cue.children:
            if child.dep_ == "nsubj" and child.lower_ in RELATIVE_PRONOUNS:
                start, end = child.idx, child.idx + len(child.text)
    return Evidence(start=start, end=end, text=doc_text(doc)[start:end])


# "the government said on Monday": a content that is only when it was said is no statement.
ONLY_WHEN = re.compile(
    r"^\W*(?:on|late|early|in|last|this)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|yesterday|tonight|night|morning|evening|afternoon|week|weekend|\d{1,2}\s+\w+|\w+\s+\d{1,2})"
    r"(?:\s+(?:night|morning|evening|afternoon))?\W*$",
    re.IGNORECASE,
)


def says_something(statement: Statement) -> bool:
    return not ONLY_WHEN.match(statement.quote)


# "No one immediately claimed responsibility": nobody said anything.
NOBODY = frozenset({"no one", "nobody", "no group", "none", "no-one"})


def statements_of(doc: Doc) -> list[Statement]:
    """Every attributed statement in `doc`, in text order. The people a document names are indexed only
    when it attributes something (reading its entities is wasted on a report that quotes nobody)."""
    found_all = attributions_of(doc)
    if not found_all:
        return []
    speakers = SpeakerIndex(doc)
    statements = []
    for found in sorted(found_all, key=lambda f: (min(f.start, _speaker_start(f)), f.start)):
        statement = statement_of(doc, found, speakers)
        if statement is not None and statement.speaker.lower() not in NOBODY and says_something(statement):
            statements.append(statement)
    return sorted(statements, key=lambda s: s.evidence.start)


def _speaker_start(found: Found) -> int:
    return found.speaker[0].idx if found.speaker else found.start


def link_statements(statements: list[Statement], incidents: list[Incident]) -> list[Statement]:
    """The statements with `incidents` set to the indexes of the incidents each speaks about."""
    if not statements:  # a report quoting nobody: its incidents' words need not be read
        return []
    words_of = [incident_words(incident) for incident in incidents]
    return [s.model_copy(update={"incidents": incident_links(s, incidents, words_of)}) for s in statements]
