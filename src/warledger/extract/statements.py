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
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.attrs import DEP, POS
from spacy.tokens import Doc, Span, Token

from warledger.extract.lemmas import lemma_of
from warledger.extract.models import Evidence, Incident, Statement
from warledger.extract.speakers import SpeakerIndex, doc_text, role_words
from warledger.extract.stance import about_of, incident_links, stance_of

OPENING_QUOTES = frozenset("“«„")
CLOSING_QUOTES = frozenset("”»")
STRAIGHT_QUOTES = frozenset('"')
MAX_QUOTE_CHARS = 4000
"""A quote longer than this without its closing mark is taken as unbalanced, not as a quote."""
MIN_QUOTE_WORDS = 3
"""Fewer words in quotation marks are a scare quote or a title ("a “disgrace”"), not a statement."""
MAX_BLOCK_PARAGRAPHS = 6
COMPLEMENT_DEPS = ("ccomp", "xcomp", "dobj", "oprd", "attr", "acomp")
CONTENT_PREPS = frozenset({"for", "about", "of", "on", "to", "against", "that", "as"})
SUBJECT_DEPS = frozenset({"nsubj"})
INHERIT_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
NON_SPEAKERS = frozenset({"it", "there", "this", "that", "which"})


@dataclass(frozen=True)
class CueWords:
    verbs: frozenset[str]
    reporting_core: frozenset[str]
    claim_nouns: frozenset[str]
    attitude_adjectives: frozenset[str]
    source_phrases: tuple[str, ...]


@cache
def cue_words() -> CueWords:
    """The attribution cue data: verbs of speech, thought and evidence; source phrases."""
    raw = json.loads(
        resources.files("warledger").joinpath("data", "statements", "cues.json").read_text("utf-8")
    )
    speech = frozenset(raw["speech_verbs"])
    mental = frozenset(raw["mental_verbs"])
    evidence = frozenset(raw["evidence_verbs"])
    return CueWords(
        verbs=speech | mental | evidence,
        reporting_core=frozenset(raw["reporting_core"]),
        claim_nouns=frozenset(raw["claim_nouns"]),
        attitude_adjectives=frozenset(raw["attitude_adjectives"]),
        source_phrases=tuple(raw["source_phrases"]),
    )


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
    """Token ranges of sentences, cut again at line breaks (the parser's sentences run over them)."""
    units: list[tuple[int, int]] = []
    if not doc.has_annotation("SENT_START"):
        return [(0, len(doc))] if len(doc) else []
    for sent in doc.sents:
        begin = sent.start
        for tok in sent:
            if "\n" in tok.text or (tok.i > begin and "\n" in doc[tok.i - 1].whitespace_):
                if tok.i > begin:
                    units.append((begin, tok.i))
                begin = tok.i + 1 if "\n" in tok.text else tok.i
        if begin < sent.end:
            units.append((begin, sent.end))
    return [(a, b) for a, b in units if any(not t.is_space for t in doc[a:b])]


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
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


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


# Cue-verb attributions ---------------------------------------------------------------------------


def subject_of(verb: Token, unit: tuple[int, int]) -> list[Token]:
    """The words naming who does `verb`: its subject, the noun a "who" clause hangs on, or the
    subject of the verb it depends on ("..., insisting that", "tried to shift ... and said")."""
    lo, hi = unit
    seen = 0
    current = verb
    while seen < 4:
        seen += 1
        nearest_first = sorted(current.children, key=lambda c: abs(c.i - current.i))
        for child in nearest_first:
            if (
                child.dep_ in SUBJECT_DEPS or (child.dep_ == "compound" and current.pos_ == "NOUN")
            ) and lo <= child.i < hi:
                if child.lower_ in {"who", "that", "which"} and current.dep_ == "relcl":
                    return _noun_phrase(current.head, unit)
                return _noun_phrase(child, unit)
        if (
            current.dep_ == "acl"
            and current.head.pos_ in {"NOUN", "PROPN", "PRON"}
            and lo <= current.head.i < hi
        ):
            return _noun_phrase(current.head, unit)
        if current.dep_ in INHERIT_SUBJECT_DEPS and current.head is not current:
            current = current.head
            continue
        if current.dep_ == "prep" and current.head.pos_ in {"VERB", "AUX"}:
            current = current.head
            continue
        break
    return _name_before(verb, unit)


def _noun_phrase(head: Token, unit: tuple[int, int]) -> list[Token]:
    """The subject phrase, without relative clauses or appositives running past the verb."""
    lo, hi = unit
    kept = [t for t in head.subtree if lo <= t.i < hi]
    cut = [t for t in head.children if t.dep_ in {"relcl", "acl"}]
    for c in cut:
        drop = {t.i for t in c.subtree}
        kept = [t for t in kept if t.i not in drop]
    return kept


def _name_before(verb: Token, unit: tuple[int, int]) -> list[Token]:
    """A named person right before a verb the parser left without subject ("... Power said:")."""
    doc = verb.doc
    lo = unit[0]
    i = verb.i - 1
    while i >= lo and doc[i].pos_ in {"ADV", "AUX", "PART"}:
        i -= 1
    if i < lo or (doc[i].ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"} and doc[i].pos_ != "PROPN"):
        return []
    end = i
    while i - 1 >= lo and (
        (doc[i - 1].ent_type_ == doc[end].ent_type_ and doc[i - 1].ent_iob_ != "O")
        or doc[i - 1].pos_ == "PROPN"
    ):
        i -= 1
    return list(doc[i : end + 1])


def complement_span(verb: Token, unit: tuple[int, int]) -> tuple[int, int] | None:
    """Token range (first, last) of what `verb` reports: its clausal or nominal complement(s)."""
    parts: list[tuple[int, int]] = []
    clausal = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    chosen = clausal or [
        c
        for c in verb.children
        if c.dep_ in COMPLEMENT_DEPS or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS and c.i > verb.i)
    ]
    if not chosen:
        chosen = [
            c
            for c in verb.children
            if c.dep_ in ("prep", "agent") and c.lower_ in CONTENT_PREPS and c.i > verb.i
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
    around the reporting clause (before it, or all of it when the clause is parenthetical)."""
    if verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj", "ROOT") or verb.i <= unit[0]:
        return None
    first = min(t.i for t in verb.subtree if t.i >= unit[0])
    if verb.dep_ == "ROOT":
        first = min([t.i for t in subject_of(verb, unit)] + [verb.i])
    last = max(t.i for t in verb.subtree if t.i < unit[1])
    if verb.dep_ != "ROOT" and unit[1] - 1 - last > MIN_QUOTE_WORDS and first > unit[0]:
        return unit[0], unit[1] - 1
    if first - unit[0] < MIN_QUOTE_WORDS:
        return None
    return unit[0], first - 1


def is_passive(verb: Token) -> bool:
    """A passive cue ("Russia has been accused", headline "Russia Accused of"): its subject is no speaker."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)


def agent_of(verb: Token, unit: tuple[int, int]) -> list[Token]:
    """The "by X" of a passive cue ("was told by officials"), or nothing."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _noun_phrase(objects[0], unit)
    return []


def is_cue_verb(tok: Token) -> bool:
    """A verb of speech, thought or evidence (by lemma, from the cue data); also a "claims"/"says"
    the tagger took for a plural noun while its parse gives it a clause ("Trump claims that ...")."""
    if tok.dep_ == "amod":
        return False
    if tok.pos_ in ("VERB", "AUX"):
        return lemma_of(tok).lower() in cue_words().verbs
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NNS"
        and tok.lower_.endswith("s")
        and tok.lower_[:-1] in cue_words().verbs
        and any(c.dep_ == "ccomp" for c in tok.children)
        and any(c.dep_ in ("compound", "nsubj") and c.i < tok.i for c in tok.children)
    )


def verb_attributions(doc: Doc, units: list[tuple[int, int]], where: list[int]) -> list[Found]:
    """Every cue verb with a speaker and a content in its unit."""
    found = []
    for tok in tokens_with_pos(doc, CUE_VERB_POS):
        if not is_cue_verb(tok) or where[tok.i] < 0:
            continue
        unit = units[where[tok.i]]
        speaker = agent_of(tok, unit) if is_passive(tok) else subject_of(tok, unit)
        if not speaker or (len(speaker) == 1 and speaker[0].lower_ in NON_SPEAKERS):
            continue
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


# The parts of speech `is_cue_verb` accepts (a verb, or a "claims" tagged as a noun).
CUE_VERB_POS = ("VERB", "AUX", "NOUN")


def tokens_with_pos(doc: Doc, tags: tuple[str, ...]) -> list[Token]:
    """The tokens whose coarse part of speech is one of `tags`, in text order (one array read)."""
    pos = doc.to_array([POS])
    wanted = pos == doc.vocab.strings[tags[0]]
    for tag in tags[1:]:
        wanted |= pos == doc.vocab.strings[tag]
    return [doc[int(i)] for i in wanted.nonzero()[0]]


def tokens_with_dep(doc: Doc, label: str) -> list[Token]:
    """The tokens whose dependency label is `label`, found in one vectorised read of the labels (a loop
    over `doc` builds a Token object per word, the larger part of these rules' cost)."""
    labels = doc.to_array([DEP])
    return [doc[int(i)] for i in (labels == doc.vocab.strings[label]).nonzero()[0]]


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
        if not speaker or not _names_someone(speaker) or speaker[-1].lower_ in NON_SPEAKERS:
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
            found.append(Found(chars[0], chars[1], tuple(_noun_phrase(owner[0], unit)), tok, False, "noun"))
    return found


# "according to X" ---------------------------------------------------------------------------------


def source_phrase_attributions(doc: Doc, units: list[tuple[int, int]]) -> list[Found]:
    """'according to X' and the like: the rest of the unit is the content, X the speaker."""
    found = []
    phrases = [p.split() for p in cue_words().source_phrases]
    for lo, hi in units:
        lowered = [t.lower_ for t in doc[lo:hi]]
        for words in phrases:
            for k in range(len(lowered) - len(words) + 1):
                if lowered[k : k + len(words)] != words:
                    continue
                obj_start = lo + k + len(words)
                obj_end = _phrase_end(doc, obj_start, hi)
                speaker = list(doc[obj_start:obj_end])
                if not speaker:
                    continue
                if k > 0:
                    span = trimmed_span(doc, lo, lo + k - 1)
                    if obj_end < hi - 1 and (span is None or obj_end - lo > 2 * k):
                        span = trimmed_span(doc, obj_end, hi - 1)
                else:
                    span = trimmed_span(doc, obj_end, hi - 1)
                if span is not None:
                    found.append(Found(span[0], span[1], tuple(speaker), doc[lo + k], False, "source"))
    return found


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


# Quotation marks ---------------------------------------------------------------------------------


def _mark_at(text: str, i: int) -> tuple[str | None, int]:
    """The quotation mark at `i`: its style ("open", "close", "straight", or "pair" for '' and ``)
    and length."""
    ch = text[i]
    if ch in OPENING_QUOTES:
        return "open", 1
    if ch in CLOSING_QUOTES:
        return "close", 1
    if ch in STRAIGHT_QUOTES:
        return "straight", 1
    if ch in "'`" and text.startswith(ch * 2, i):
        return "pair", 2
    return None, 1


CLOSES = {"open": "close", "straight": "straight", "pair": "pair"}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text inside quotation marks, one linear scan.

    A curly or guillemet quote runs to its closing mark; a straight quote (or a '' pair, as some papers
    write them) to the next one of its kind. A paragraph that opens a quote and does not close it
    continues into the next paragraph when that one opens with a quote mark again (the newspaper
    convention). An opening with no closing mark within `MAX_QUOTE_CHARS` (an unbalanced mark) is
    dropped, and the scan goes on from where it is, so it never reads a character twice.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    style = ""
    i, n = 0, len(text)
    while i < n:
        if open_at is not None and i - open_at > MAX_QUOTE_CHARS:
            open_at = None
        kind, size = _mark_at(text, i)
        if open_at is None:
            if kind in CLOSES:
                open_at, style = i + size, str(kind)
        elif kind is not None and kind == CLOSES[style]:
            spans.append((open_at, i))
            open_at = None
        elif text[i] == "\n":
            nxt = _next_paragraph_start(text, i)
            next_kind = _mark_at(text, nxt)[0] if nxt < n else None
            if next_kind in CLOSES:
                spans.append((open_at, _trim_end(text, open_at, i)))
                open_at, style = nxt + _mark_at(text, nxt)[1], str(next_kind)
                i = open_at
                continue
            open_at = None
        i += size
    return [(a, b) for a, b in spans if b > a]


def _next_paragraph_start(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


QUOTE_GROUP_GAP = 160
"""Quotes this close in one paragraph ("“X,” she said. “Y.”") are one statement, as news writes them."""
REPORTING_GAP = 40
"""A reporting clause this close to a quote group (", he said." / "said Blair, “...") is its cue."""


def quote_groups(
    text: str, quotes: list[tuple[int, int]], breaks: list[int] | None = None
) -> list[tuple[int, int]]:
    """Runs of quotes in one paragraph with short gaps, as (first mark, past last mark) spans; a gap
    holding one of the sorted `breaks` (a participle cue: "..., before asking her, “...”") splits them."""
    breaks = breaks or []
    groups: list[tuple[int, int]] = []
    for start, end in quotes:
        outer = (
            max(0, start - _mark_at(text, max(0, start - 2))[1]),
            min(len(text), end + _mark_at(text, end)[1]),
        )
        if (
            groups
            and outer[0] - groups[-1][1] <= QUOTE_GROUP_GAP
            and "\n" not in text[groups[-1][1] : outer[0]]
            and not _has_break(breaks, groups[-1][1], outer[0])
        ):
            groups[-1] = (groups[-1][0], outer[1])
        else:
            groups.append(outer)
    return groups


def _has_break(breaks: list[int], start: int, end: int) -> bool:
    n = bisect.bisect_left(breaks, start)
    return n < len(breaks) and breaks[n] < end


def merged_with_quotes(text: str, found: list[Found], groups: list[tuple[int, int]]) -> list[Found]:
    """Verb attributions whose cue sits in or right beside a quote group take the group as content."""
    by_group: dict[int, list[Found]] = {}
    rest = []
    starts = [g[0] for g in groups]
    for f in found:
        n = _group_of_cue(text, f, groups, starts)
        if n is None:
            rest.append(f)
        else:
            by_group.setdefault(n, []).append(f)
    for n, members in by_group.items():
        if len({f.speaker[0].i for f in members if f.speaker}) > 1:
            rest.extend(members)
            continue
        first = min(members, key=lambda f: f.cue.idx if f.cue is not None else f.start)
        start = min([groups[n][0], *(f.start for f in members)])
        end = max([groups[n][1], *(f.end for f in members)])
        rest.append(Found(start, end, first.speaker, first.cue, True, "verb"))
    return rest


def _group_of_cue(text: str, f: Found, groups: list[tuple[int, int]], starts: list[int]) -> int | None:
    """The quote group a reporting verb introduces; a participle or second verb sharing the subject
    ("..., adding that", "and called for") says something of its own."""
    if f.cue is None or f.kind != "verb" or f.cue.dep_ in INHERIT_SUBJECT_DEPS:
        return None
    at = f.cue.idx
    n = bisect.bisect_right(starts, at) - 1
    candidates = [k for k in (n, n + 1) if 0 <= k < len(groups)]
    for k in candidates:
        g_start, g_end = groups[k]
        if g_start <= at < g_end:
            return k
        gap = text[g_end:at] if at >= g_end else text[at:g_start]
        if len(gap) <= REPORTING_GAP and "\n" not in gap and not _new_sentence_after(text, g_end, at):
            return k
    return None


def _new_sentence_after(text: str, g_end: int, at: int) -> bool:
    """Whether a cue after a quote group starts a new sentence ("“... him.” She says ...")."""
    if at < g_end or g_end < 2:
        return False
    ended = text[g_end - 2] in ".!?"
    follow = text[g_end:at].strip()
    return ended and bool(follow) and follow[0].isupper()


DASHES = frozenset("―—–")


def _signature_after(doc: Doc, end: int) -> list[Token]:
    """The name signed after a quote with a dash ("“...” ― Name"), or nothing."""
    text = doc_text(doc)
    i = end + 1
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    if i >= len(text) or text[i] not in DASHES:
        return []
    span = doc.char_span(i + 1, min(len(text), i + 60), alignment_mode="expand")
    if span is None:
        return []
    words: list[Token] = []
    for tok in span:
        if tok.is_space and not words:
            continue
        if tok.pos_ != "PROPN" or "\n" in tok.text:
            break
        words.append(tok)
    return words


def quote_attributions(
    doc: Doc, units: list[tuple[int, int]], where: list[int], taken: list[Found]
) -> list[Found]:
    """Quotes not already inside a cue verb's content, attributed to the speaker of their sentence."""
    found = []
    taken = sorted(taken, key=lambda f: f.end)
    taken_spans = sorted((f.start, f.end) for f in taken)
    longest = max((e - s for s, e in taken_spans), default=0)
    for start, end in quote_spans(doc_text(doc)):
        if len(doc_text(doc)[start:end].split()) < MIN_QUOTE_WORDS:
            continue
        if _covered_by_any(start, end, taken_spans, longest):
            continue
        speaker, cue = _signature_after(doc, end), None
        if not speaker:
            speaker, cue = _speaker_near(doc, units, where, start, end, taken)
        if speaker:
            found.append(Found(start, end, tuple(speaker), cue, True, "quote"))
    return found


def _covered_by_any(start: int, end: int, spans: list[tuple[int, int]], longest: int) -> bool:
    """Whether half of [start, end) lies inside one of the sorted spans (only nearby spans are looked at)."""
    lo = bisect.bisect_left(spans, (start - longest, -1))
    hi = bisect.bisect_right(spans, (end, len(spans) and spans[-1][1] + 1))
    return any(max(0, min(end, b) - max(start, a)) >= 0.5 * (end - start) for a, b in spans[lo:hi])


def _speaker_near(
    doc: Doc, units: list[tuple[int, int]], where: list[int], start: int, end: int, taken: list[Found]
) -> tuple[list[Token], Token | None]:
    """The speaker of a quote: a subject in its unit outside the quote, else the previous statement's."""
    first = doc.char_span(start, start, alignment_mode="expand")
    tok_i = first.start if first is not None else 0
    tok_i = min(tok_i, len(doc) - 1)
    n = where[tok_i] if tok_i < len(where) else -1
    if n >= 0:
        lo, hi = units[n]
        for tok in doc[max(lo, tok_i - SPEAKER_WINDOW) : min(hi, tok_i + SPEAKER_WINDOW)]:
            if (tok.idx < start - 1 or tok.idx >= end + 1) and is_cue_verb(tok) and not is_passive(tok):
                speaker = [t for t in subject_of(tok, units[n]) if t.idx < start - 1 or t.idx > end]
                if speaker and _names_someone(speaker):
                    return speaker, tok
    last = _last_before(taken, start)
    if last is not None:
        return list(last.speaker), last.cue
    return [], None


SPEAKER_WINDOW = 80
"""How many tokens either side of a quote are searched for its reporting verb (bounds the cost)."""
CONTINUATION_CHARS = 400
"""A quote with no speaker of its own continues the statement that ended this close before it."""


def _last_before(taken: list[Found], start: int) -> Found | None:
    """The statement ending last before `start`, within `CONTINUATION_CHARS` (`taken` sorted by end)."""
    n = _bisect_end(taken, start)
    if n >= 0 and start - taken[n].end < CONTINUATION_CHARS:
        return taken[n]
    return None


def _bisect_end(taken: list[Found], start: int) -> int:
    lo, hi = 0, len(taken)
    while lo < hi:
        mid = (lo + hi) // 2
        if taken[mid].end <= start:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _names_someone(words: list[Token]) -> bool:
    """Whether words name a possible speaker: a name, a pronoun, a role ("the minister") or a source."""
    people = speaker_nouns()
    return any(
        t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or t.pos_ in {"PROPN", "PRON"} or t.lower_ in people
        for t in words
    )


@cache
def speaker_nouns() -> frozenset[str]:
    """Nouns that name who speaks: role titles and source words from the data files."""
    raw = json.loads(
        resources.files("warledger").joinpath("data", "statements", "cues.json").read_text("utf-8")
    )
    roles = {words[-1] for words in role_words()}
    return frozenset(roles | set(raw["source_nouns"]))


# Block quotes --------------------------------------------------------------------------------------


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


def block_quotes(doc: Doc, units: list[tuple[int, int]], where: list[int], taken: list[Found]) -> list[Found]:
    """Speech introduced by a colon after a speaker: the rest of the line ("Power said: What ...") and the
    following paragraphs ("Rycroft reinforced the line:" then paragraphs), until a new speaker or heading."""
    found: list[Found] = []
    taken = sorted(taken, key=_cue_at)
    paragraphs = paragraphs_of(doc_text(doc))
    for n, (pstart, pend) in enumerate(paragraphs):
        intro = _colon_intro(doc, units, where, pstart, pend)
        if intro is None:
            continue
        speaker, cue, rest = intro
        if rest is not None:
            found.append(Found(rest[0], rest[1], tuple(speaker), cue, True, "inline"))
        if cue is None or (rest is not None and _mostly_quoted(doc_text(doc)[rest[0] : rest[1]])):
            continue
        for qstart, qend in paragraphs[n + 1 : n + 1 + MAX_BLOCK_PARAGRAPHS]:
            if _starts_narrative(doc, units, where, qstart, qend, taken):
                break
            found.append(Found(qstart, qend, tuple(speaker), cue, True, "block"))
            if doc_text(doc)[qstart:qend].endswith(":"):
                break
    return found


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
        or not _names_someone(speaker)
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
        if speaker and _names_someone(speaker):
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


# Assembly ----------------------------------------------------------------------------------------


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
    found = merged_with_quotes(doc_text(doc), found, quote_groups(doc_text(doc), quoted, breaks))
    found += source_phrase_attributions(doc, units)
    found += [f for f in noun_attributions(doc, units, where) if not _inside(f.cue, quoted)]
    found += [f for f in attitude_attributions(doc, units, where) if not _inside(f.cue, quoted)]
    found += quote_attributions(doc, units, where, found)
    blocks = block_quotes(doc, units, where, found)
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
    direct = found.direct or _mostly_quoted(quote)
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


def _mostly_quoted(text: str) -> bool:
    stripped = text.strip()
    return (
        len(stripped) > 1
        and stripped[0] in OPENING_QUOTES | STRAIGHT_QUOTES
        and stripped[-1] in (CLOSING_QUOTES | STRAIGHT_QUOTES)
    )


def statements_of(doc: Doc) -> list[Statement]:
    """Every attributed statement in `doc`, in text order."""
    speakers = SpeakerIndex(doc)
    statements = []
    for found in sorted(attributions_of(doc), key=lambda f: (min(f.start, _speaker_start(f)), f.start)):
        statement = statement_of(doc, found, speakers)
        if statement is not None:
            statements.append(statement)
    return sorted(statements, key=lambda s: s.evidence.start)


def _speaker_start(found: Found) -> int:
    return found.speaker[0].idx if found.speaker else found.start


def link_statements(statements: list[Statement], incidents: list[Incident]) -> list[Statement]:
    """The statements with `incidents` set to the indexes of the incidents each speaks about."""
    return [s.model_copy(update={"incidents": incident_links(s, incidents)}) for s in statements]
