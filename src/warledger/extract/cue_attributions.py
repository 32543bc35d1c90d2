"""Attributions found from a cue word in the parse: a cue verb with its subject and complement ("X said
that ...", "..., officials said", "Y, X said, is ..."), a claim noun with an owner ("X's claim that"), an
attitude adjective after "be" ("X was critical of Y") and a source phrase ("according to X").

Each rule reads one unit of the dependency parse. Quotation marks and paragraph layout are read by
`quotes` and `block_quotes`, which take what these rules find as input, hence the separate module.
"""

from __future__ import annotations

import bisect

from spacy.attrs import LOWER, POS, TAG
from spacy.tokens import Doc, Token

from warledger.extract.cues import (
    CUE_VERB_POS,
    NON_SPEAKERS,
    agent_of,
    cue_words,
    is_cue_verb,
    is_passive,
    names_someone,
    noun_phrase,
    subject_of,
)
from warledger.extract.lemmas import lemma_of
from warledger.extract.sentences import doc_text
from warledger.extract.statement_units import (
    MIN_QUOTE_WORDS,
    Found,
    clipped_subtree,
    tokens_with_dep,
    trimmed_span,
)

COMPLEMENT_DEPS = ("ccomp", "xcomp", "dobj", "oprd", "attr", "acomp")
CONTENT_PREPS = frozenset({"for", "about", "of", "on", "to", "against", "that", "as"})


# Cue-verb attributions ---------------------------------------------------------------------------


def names_a_time(prep: Token) -> bool:
    """ "said on Monday": the preposition says when it was said, not what."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def complement_span(verb: Token, unit: tuple[int, int]) -> tuple[int, int] | None:
    """Token range (first, last) of what `verb` reports: its clausal or nominal complement(s)."""
    parts: list[tuple[int, int]] = []
    clausal = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    chosen = clausal or [
        c
        for c in verb.children
        if c.dep_ in COMPLEMENT_DEPS
        or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS and c.i > verb.i and not names_a_time(c))
    ]
    if not chosen:
        chosen = [
            c
            for c in verb.children
            if c.dep_ in ("prep", "agent")
            and c.lower_ in CONTENT_PREPS
            and c.i > verb.i
            and not names_a_time(c)
        ]
    for child in chosen:
        if not unit[0] <= child.i < unit[1]:
            continue
        span = clipped_subtree(child, unit)
        if span is not None:
            left, right = span
            if child.i > verb.i:
                left = max(left, verb.i + 1)
            else:
                right = min(right, verb.i - 1)
            if left <= right:
                parts.append((left, right))
    if not parts:
        return None
    return min(p[0] for p in parts), max(p[1] for p in parts)


def reporting_clause_content(verb: Token, unit: tuple[int, int]) -> tuple[int, int] | None:
    """For "..., he said." or "X, he said, is Y" parsed with `said` hanging on the content: the unit
    around the reporting clause (before it, or all of it when the clause is parenthetical).

    The clause's extent is read from the verb's left and right edges (the first and last token of its
    subtree): walking the subtree cost the whole sentence per verb, quadratic in a sentence stringing
    hundreds of quotes and their "he said"s together."""
    if verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj", "ROOT") or verb.i <= unit[0]:
        return None
    first = max(verb.left_edge.i, unit[0])
    if verb.dep_ == "ROOT":
        first = min([t.i for t in subject_of(verb, unit)] + [verb.i])
    last = min(verb.right_edge.i, unit[1] - 1)
    if verb.dep_ != "ROOT" and unit[1] - 1 - last > MIN_QUOTE_WORDS and first > unit[0]:
        return unit[0], unit[1] - 1
    if first - unit[0] < MIN_QUOTE_WORDS:
        return None
    return unit[0], first - 1


CUE_NOUN_TAG = "NNS"


def cue_verb_candidates(doc: Doc) -> list[Token]:
    """The tokens `is_cue_verb` may accept, in text order: those of its parts of speech (`CUE_VERB_POS`),
    nouns only when tagged plural ("Trump claims that ..."), as it requires. Nouns are the commonest
    words of a report and a `Token` built for each only to be refused cost more than this one array
    read; `is_cue_verb` still decides for every token given here."""
    array = doc.to_array([POS, TAG])
    strings = doc.vocab.strings
    pos, tag = array[:, 0], array[:, 1]
    wanted = pos == strings["NOUN"]
    wanted &= tag == strings[CUE_NOUN_TAG]
    for name in CUE_VERB_POS:
        if name != "NOUN":
            wanted |= pos == strings[name]
    return [doc[int(i)] for i in wanted.nonzero()[0]]


def verb_attributions(doc: Doc, units: list[tuple[int, int]], where: list[int]) -> list[Found]:
    """Every cue verb with a speaker and a content in its unit.

    A content stops at the reporting clause set off by commas before or after it in the unit ("A, he
    said, B, she said" gives "B" to "she said", whichever way the parser hangs the clauses on each
    other): without that bound a sentence stringing hundreds of such clauses made each content as long
    as the sentence, and reading them cost the square of its length."""
    candidates = []
    for tok in cue_verb_candidates(doc):
        if not is_cue_verb(tok) or where[tok.i] < 0:
            continue
        unit = units[where[tok.i]]
        speaker = agent_of(tok, unit) if is_passive(tok) else subject_of(tok, unit)
        if not speaker or (len(speaker) == 1 and speaker[0].lower_ in NON_SPEAKERS):
            continue
        candidates.append((tok, speaker, _clause_of(doc, tok, speaker, unit)))
    bounds = _bounds_between([clause for _, _, clause in candidates])
    found = []
    for (tok, speaker, _), unit in zip(candidates, bounds, strict=True):
        tokens = complement_span(tok, unit)
        if tokens is not None and any(t.i >= tokens[0] and t.i <= tokens[1] for t in speaker):
            tokens = None
        if tokens is None:
            tokens = reporting_clause_content(tok, unit)
        if tokens is None:
            continue
        span = trimmed_span(doc, *tokens)
        if span is not None:
            found.append(Found(span[0], span[1], tuple(speaker), tok, False, "verb"))
    return found


CLAUSE_BEFORE = frozenset({",", "”", '"'})
CLAUSE_AFTER = frozenset({",", ".", ";"})
Clause = tuple[int, int, tuple[int, int], bool]
"""A reporting clause: first and last token (verb and speaker), its unit, whether commas set it off."""


def _clause_of(doc: Doc, verb: Token, speaker: list[Token], unit: tuple[int, int]) -> Clause:
    """The clause of `verb` and `speaker`, and whether it is a plain reporting clause (say, add, note...)
    set off by punctuation (", he said,"): only such clauses bound their neighbours' contents; "with
    what he called", "While he acknowledged" or ", the footage showed." do not."""
    first = min(verb.i, *(t.i for t in speaker))
    last = max(verb.i, *(t.i for t in speaker))
    if lemma_of(verb).lower() not in cue_words().reporting_core:
        return first, last, unit, False
    before = first > unit[0] and doc[first - 1].text in CLAUSE_BEFORE
    return first, last, unit, before and (last + 1 >= unit[1] or doc[last + 1].text in CLAUSE_AFTER)


def _bounds_between(clauses: list[Clause]) -> list[tuple[int, int]]:
    """For each clause, its unit narrowed to the tokens between the nearest set-off clauses before and
    after it in the unit (two passes over the clauses, in text order)."""
    bounds = [(unit[0], unit[1]) for _, _, unit, _ in clauses]
    previous: Clause | None = None
    for n, clause in enumerate(clauses):
        if previous is not None and previous[2] == clause[2] and previous[1] < clause[0]:
            bounds[n] = (max(bounds[n][0], previous[1] + 1), bounds[n][1])
        if clause[3]:
            previous = clause
    following: Clause | None = None
    for n in range(len(clauses) - 1, -1, -1):
        clause = clauses[n]
        if following is not None and following[2] == clause[2] and following[0] > clause[1]:
            bounds[n] = (bounds[n][0], min(bounds[n][1], following[0]))
        if clause[3]:
            following = clause
    return bounds


# Attitude adjectives and claim nouns --------------------------------------------------------------


def attitude_attributions(doc: Doc, units: list[tuple[int, int]], where: list[int]) -> list[Found]:
    """'X was critical of Y', 'X is confident that Y': an attitude adjective after 'be' with a named
    subject; the adjective's complement is the content."""
    found = []
    adjectives = cue_words().attitude_adjectives
    for tok in tokens_with_dep(doc, "acomp"):
        if lemma_of(tok).lower() not in adjectives or where[tok.i] < 0:
            continue
        unit = units[where[tok.i]]
        speaker = subject_of(tok.head, unit)
        if not speaker or not names_someone(speaker) or speaker[-1].lower_ in NON_SPEAKERS:
            continue
        parts = [c for c in tok.children if c.dep_ in ("prep", "xcomp", "ccomp") and c.i > tok.i]
        if not parts:
            continue
        span = clipped_subtree(parts[0], unit)
        if span is None:
            continue
        first = span[0] + 1 if parts[0].dep_ == "prep" else span[0]
        chars = trimmed_span(doc, first, span[1])
        if chars is not None:
            found.append(Found(chars[0], chars[1], tuple(speaker), tok, False, "attitude"))
    return found


def noun_attributions(doc: Doc, units: list[tuple[int, int]], where: list[int]) -> list[Found]:
    """A claim noun with an owner and a clause: "X's claim that ...", "X's bet is that ..."."""
    found = []
    nouns = cue_words().claim_nouns
    # Only a noun with an owner ("X's claim") can qualify: the heads of `poss` tokens, in text order.
    owners = sorted({tok.head.i for tok in tokens_with_dep(doc, "poss")})
    for tok in (doc[i] for i in owners):
        if tok.pos_ != "NOUN" or where[tok.i] < 0 or lemma_of(tok).lower() not in nouns:
            continue
        unit = units[where[tok.i]]
        owner = [c for c in tok.children if c.dep_ == "poss" and unit[0] <= c.i < unit[1]]
        if not owner:
            continue
        clause = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i]
        if not clause and tok.dep_ == "nsubj" and lemma_of(tok.head) == "be":
            clause = [c for c in tok.head.children if c.dep_ in ("ccomp", "attr") and c.i > tok.i]
        if not clause:
            continue
        span = clipped_subtree(clause[0], unit)
        if span is None:
            continue
        chars = trimmed_span(doc, *span)
        if chars is not None and len(doc_text(doc)[chars[0] : chars[1]].split()) >= MIN_QUOTE_WORDS:
            found.append(Found(chars[0], chars[1], tuple(noun_phrase(owner[0], unit)), tok, False, "noun"))
    return found


# "according to X" ---------------------------------------------------------------------------------


def source_phrase_attributions(doc: Doc, units: list[tuple[int, int]]) -> list[Found]:
    """'according to X' and the like: the rest of the unit is the content, X the speaker."""
    found: list[Found] = []
    phrases = [p.split() for p in cue_words().source_phrases]
    lowered = doc_text(doc).lower()
    if not any(all(word in lowered for word in words) for words in phrases):
        return found  # most documents name no source this way (a token's lowercase form is in the text's)
    starts = phrase_starts(doc, phrases)
    for lo, hi in units:
        for words, at in zip(phrases, starts, strict=True):
            for first in at[bisect.bisect_left(at, lo) : bisect.bisect_right(at, hi - len(words))]:
                k = first - lo
                obj_start = first + len(words)
                obj_end = _phrase_end(doc, obj_start, hi)
                speaker = list(doc[obj_start:obj_end])
                if not speaker:
                    continue
                if k > 0:
                    span = trimmed_span(doc, lo, first - 1)
                    if obj_end < hi - 1 and (span is None or obj_end - lo > 2 * k):
                        span = trimmed_span(doc, obj_end, hi - 1)
                else:
                    span = trimmed_span(doc, obj_end, hi - 1)
                if span is not None:
                    found.append(Found(span[0], span[1], tuple(speaker), doc[first], False, "source"))
    return found


def phrase_starts(doc: Doc, phrases: list[list[str]]) -> list[list[int]]:
    """For each phrase (lowercase words), the sorted token indexes where it begins in `doc`, read from one
    array of lowercase-form hashes: comparing integers in bulk, not a list of strings per unit."""
    lowers = doc.to_array(LOWER)
    starts: list[list[int]] = []
    for words in phrases:
        count = len(lowers) - len(words) + 1
        if count <= 0:
            starts.append([])
            continue
        hit = lowers[:count] == doc.vocab.strings[words[0]]
        for n, word in enumerate(words[1:], start=1):
            hit &= lowers[n : n + count] == doc.vocab.strings[word]
        starts.append([int(i) for i in hit.nonzero()[0]])
    return starts


def _phrase_end(doc: Doc, start: int, hi: int) -> int:
    """End of the noun phrase that starts at `start` (stops at a comma, verb or clause mark)."""
    i = start
    while (
        i < hi
        and not (doc[i].is_punct and doc[i].text not in {"-", ".", "'", "’"})
        and doc[i].pos_ not in {"VERB", "AUX", "SCONJ"}
        and doc[i].lower_ not in {"that", "which", "who"}
    ):
        i += 1
    return i
