"""What a statement does (its STANCE) and whom it is about, from cue lexicons and the parse.

The cues are data (`data/statements/stance.json`): the cue verb's lemma ("denied", "accused"), phrases in
the content ("must not go unpunished", "fake") and phrases in the writer's framing around it ("tried to
shift the blame", "was undermined by"). The order of the checks is the rule: a call for accountability
is one even when it names crimes; a denial that comes with blaming others is a counter-accusation; a
future action an actor "will stage" is a prediction; the framing "X's statement was undermined by Y"
makes Y's words a corroboration; then accusations, justifications, and plain reports.
Phrase matching uses one compiled alternation of literal words per list: linear, no backtracking traps.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from spacy.attrs import ENT_IOB, ENT_TYPE, LOWER
from spacy.tokens import Doc, Span, Token

from warledger.extract.lemmas import lemma_of
from warledger.extract.lexicon import phrase_pattern
from warledger.extract.models import Incident, Stance, Statement
from warledger.extract.places import STRONG_LOCATIVE
from warledger.extract.sentences import doc_text, sentence_at
from warledger.extract.speakers import Affiliation, affiliation_aliases

FUTURE_AUX = frozenset({"will", "would", "'ll", "’ll", "shall"})
PREDICTING_CUES = frozenset({"predict", "forecast", "expect", "warn", "anticipate"})
FUTURE_WORDS = re.compile(r"(?<!\w)(?:will|would|won't|going to|'ll|’ll)(?!\w)", re.IGNORECASE)
STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "or",
        "but",
        "for",
        "with",
        "by",
        "from",
        "that",
        "this",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "it",
        "its",
        "as",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "said",
        "says",
        "not",
        "have",
        "has",
        "had",
        "will",
        "would",
        "their",
        "his",
        "her",
        "them",
        "there",
        "which",
        "who",
        "what",
    ]
)
MIN_SHARED_WORDS = 3


@dataclass(frozen=True)
class StanceCues:
    accountability: re.Pattern[str]
    denial_content: re.Pattern[str]
    denial_negators: re.Pattern[str]
    denial_verbs: frozenset[str]
    counter_context: re.Pattern[str]
    counter_content: re.Pattern[str]
    prediction_verbs: frozenset[str]
    prediction_content: re.Pattern[str]
    corroboration_context: re.Pattern[str]
    corroboration_verbs: frozenset[str]
    accusation_verbs: frozenset[str]
    accusation_content: re.Pattern[str]
    accusation_harm: re.Pattern[str]
    justification_content: re.Pattern[str]


def stance_data() -> dict[str, Any]:
    text = resources.files("warledger").joinpath("data", "statements", "stance.json").read_text("utf-8")
    return dict(json.loads(text))


@cache
def stance_cues() -> StanceCues:
    raw = stance_data()
    return StanceCues(
        accountability=phrase_pattern(raw["call_for_accountability"]["content"]),
        denial_content=phrase_pattern(raw["denial"]["content"]),
        denial_negators=phrase_pattern(raw["denial"]["negators"]),
        denial_verbs=frozenset(raw["denial"]["verbs"]),
        counter_context=phrase_pattern(raw["counter_accusation"]["context"]),
        counter_content=phrase_pattern(raw["counter_accusation"]["content"]),
        prediction_verbs=frozenset(raw["prediction"]["content_verbs"]),
        prediction_content=phrase_pattern(raw["prediction"]["content"]),
        corroboration_context=phrase_pattern(raw["corroboration"]["context"]),
        corroboration_verbs=frozenset(raw["corroboration"]["verbs"]),
        accusation_verbs=frozenset(raw["accusation"]["verbs"]),
        accusation_content=phrase_pattern(raw["accusation"]["content"]),
        accusation_harm=phrase_pattern(raw["accusation"]["harm"]),
        justification_content=phrase_pattern(raw["justification"]["content"]),
    )


FRAMING_CHARS = 600
"""How far either side of a statement its framing is read: past it, a sentence stringing hundreds of
quotes together would be read whole for each of them (quadratic), and no cue that far away frames it."""


def framing_of(doc: Doc, start: int, end: int, cue: Token | None) -> str:
    """The writer's words around a statement: the sentence holding its cue (within its line), without the
    content itself. Not the whole paragraph: in "..., officials said. Officials blamed the Taliban for the
    blast." the second sentence's blame is no framing of the first statement."""
    anchor = cue.idx if cue is not None else start
    text = doc_text(doc)
    line_start, line_end = line_around(text, anchor, min(start, anchor), max(end, anchor))
    if cue is not None:
        sent_start, sent_end = sentence_at(doc, cue.idx)
        line_start = max(line_start, min(sent_start, start))
        line_end = min(line_end, max(sent_end, end))
    return (
        text[line_start : max(line_start, min(start, line_end))] + " " + text[min(end, line_end) : line_end]
    )


def line_around(text: str, anchor: int, first: int, last: int) -> tuple[int, int]:
    """The line holding `anchor`, cut to `FRAMING_CHARS` before `first` and after `last`: the searches for
    its line breaks stop there, so a document without any costs no more per statement."""
    lo, hi = max(0, first - FRAMING_CHARS), min(len(text), last + FRAMING_CHARS)
    line_start = text.rfind("\n", lo, anchor) + 1 or lo
    line_end = text.find("\n", anchor, hi)
    return line_start, hi if line_end < 0 else line_end


def is_prediction(doc: Doc, start: int, end: int, cue: Token | None) -> bool:
    """Content that says an actor will do something ("rebels will stage chemical attacks")."""
    cues = stance_cues()
    content = doc_text(doc)[start:end]
    if cues.prediction_content.search(content):
        return True
    if cue is not None and lemma_of(cue).lower() in PREDICTING_CUES and FUTURE_WORDS.search(content):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not names_future_aux(doc_text(doc)[span.start_char : span.end_char]):
        return False
    for tok in span:
        if tok.lower_ in FUTURE_AUX and lemma_of(tok.head).lower() in cues.prediction_verbs:
            subject = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if subject and subject[0].ent_type_ not in {"DATE", "TIME"}:
                return True
    return False


def names_future_aux(text: str) -> bool:
    """Whether a future auxiliary ("will", "'ll"...) may be one of the text's tokens: a token's lowercase
    form lies in the lowercased text, so a text without any of them spares reading its tokens one by one."""
    lowered = text.lower()
    return any(word in lowered for word in FUTURE_AUX)


def is_denial(content: str, lemma: str) -> bool:
    cues = stance_cues()
    if lemma in cues.denial_verbs:
        return True
    return bool(cues.denial_content.search(content)) and not cues.denial_negators.search(content)


def stance_of(
    doc: Doc, start: int, end: int, cue: Token | None, speaker: Affiliation | None = None
) -> Stance:
    """What the statement whose content is doc_text(doc)[start:end] does, by the ordered rules above."""
    cues = stance_cues()
    content = doc_text(doc)[start:end]
    framing = framing_of(doc, start, end, cue)
    lemma = lemma_of(cue).lower() if cue is not None else ""
    if cues.accountability.search(content):
        return "call_for_accountability"
    counter = bool(cues.counter_context.search(framing) or cues.counter_content.search(content))
    if is_denial(content, lemma):
        # "accused Western delegations of spreading fake news": a denial turned on the accusers
        accusing = (counter and cues.accusation_content.search(content)) or lemma in cues.accusation_verbs
        return "counter_accusation" if accusing else "denial"
    if counter:
        return "counter_accusation"
    if is_prediction(doc, start, end, cue):
        return "prediction"
    if cues.corroboration_context.search(framing) or lemma in cues.corroboration_verbs:
        return "corroboration"
    if lemma in cues.accusation_verbs or cues.accusation_content.search(content):
        return "accusation"
    if cues.accusation_harm.search(content) and names_an_actor(doc, start, end):
        return "accusation"
    if cues.justification_content.search(content):
        return "justification"
    return "report"


def names_an_actor(doc: Doc, start: int, end: int) -> bool:
    """Whether the content names a state, institution or armed actor (someone to accuse)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(_actor_at(tok) for tok in actor_candidates(span))


def _actor_of(tokens: list[Token]) -> str | None:
    aliases = affiliation_aliases()
    lowered = tuple(t.lower_ for t in tokens)
    for size in (3, 2, 1):
        for i in range(len(lowered) - size + 1):
            key = lowered[i : i + size]
            if key in aliases and (size > 1 or len(tokens[i].text) > 4 or tokens[i].text.isupper()):
                return aliases[key].name
    return None


def about_of(
    doc: Doc, start: int, end: int, cue: Token | None, speaker: str, own: str | None = None
) -> list[str]:
    """The actors a statement names: states and institutions (normalised) and armed actors, in order."""
    found: list[str] = []
    spans = [(start, end)]
    if cue is not None:
        line_start, line_end = line_around(doc_text(doc), cue.idx, cue.idx, cue.idx)
        if doc.has_annotation("SENT_START"):
            sent_start, sent_end = sentence_at(doc, cue.idx)
            line_start = max(line_start, sent_start)
            line_end = min(line_end, sent_end)
        spans.append((line_start, line_end))
    for a, b in spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        for tok in actor_candidates(span):
            name = _actor_at(tok)
            if name and name not in found and name.lower() not in speaker.lower() and name != own:
                found.append(name)
    return found


@cache
def actor_words() -> dict[str, str]:
    """Words naming armed or state actors ("rebels", "troops") -> the actor named in `about`."""
    return {str(k): str(v) for k, v in stance_data()["actors"].items()}


ACTOR_ENTITY_TYPES = ("GPE", "NORP", "ORG")
ENT_IOB_BEGIN = 3
"""spaCy's array code for an entity's first token (`ent_iob_ == "B"`)."""
ACTOR_CANDIDATES_KEY = "warledger_actor_candidates"


def actor_candidates(span: Span) -> list[Token]:
    """The tokens of `span` that `_actor_at` may name an actor from, in order; it names none from any
    other token. `about_of` reads a content and a sentence per statement, and calling `_actor_at` on each
    of their words was most of its cost, while only actor words and entity starts can answer."""
    doc = span.doc
    found = doc.user_data.get(ACTOR_CANDIDATES_KEY)
    if found is None:
        found = doc.user_data[ACTOR_CANDIDATES_KEY] = tuple(_actor_candidate_indexes(doc))
    first, last = bisect.bisect_left(found, span.start), bisect.bisect_left(found, span.end)
    return [doc[i] for i in found[first:last]]


def _actor_candidate_indexes(doc: Doc) -> list[int]:
    """Indexes of the tokens that are an actor word, "regime", or the first token of a GPE, NORP or ORG
    entity (the three cases `_actor_at` answers), read from token arrays in one pass. Only the words
    found in the lowercased text are compared (a token's lowercase form lies in it): a report uses few."""
    strings = doc.vocab.strings
    array = doc.to_array([LOWER, ENT_IOB, ENT_TYPE])
    lowers, iobs, types = array[:, 0], array[:, 1], array[:, 2]
    entity = types == strings[ACTOR_ENTITY_TYPES[0]]
    for label in ACTOR_ENTITY_TYPES[1:]:
        entity |= types == strings[label]
    hit = entity & (iobs == ENT_IOB_BEGIN)
    lowered = doc_text(doc).lower()
    for word in (*actor_words(), "regime"):
        if word in lowered:
            hit |= lowers == strings[word]
    return [int(i) for i in hit.nonzero()[0]]


def _after_locative(tok: Token) -> bool:
    """Whether a place name follows "in", "near"... (skipping an adjective: "in eastern Aleppo")."""
    before = [t for t in tok.doc[max(0, tok.i - 2) : tok.i]]
    if before and before[-1].pos_ == "ADJ":
        before = before[:-1]
    return bool(before) and before[-1].lower_ in STRONG_LOCATIVE


def _actor_at(tok: Token) -> str | None:
    if tok.lower_ in actor_words():
        return actor_words()[tok.lower_]
    if tok.lower_ == "regime":
        prev = [t for t in tok.doc[max(0, tok.i - 2) : tok.i]]
        return _actor_of([*prev, tok])
    if tok.ent_type_ in {"GPE", "NORP", "ORG"} and tok.ent_iob_ == "B":
        if tok.ent_type_ == "GPE" and _after_locative(tok):
            return None  # "a funeral in eastern Afghanistan": where, not whom
        ent_tokens = [tok]
        nxt = tok.i + 1
        while nxt < len(tok.doc) and tok.doc[nxt].ent_iob_ == "I":
            ent_tokens.append(tok.doc[nxt])
            nxt += 1
        return _actor_of(ent_tokens)
    return None


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOPWORDS and len(w) > 2}


@dataclass(frozen=True)
class IncidentWords:
    """What a statement must share with one incident to speak about it: the content words of its
    evidence, and the words of its place, weapons and targets."""

    evidence: frozenset[str]
    keys: frozenset[str]


def incident_words(incident: Incident) -> IncidentWords:
    """The words of one incident that `incident_links` compares a statement's words with."""
    keys: set[str] = set()
    if incident.place is not None:
        keys |= _content_words(incident.place.name)
    for value in [*incident.weapons, *incident.targets]:
        keys |= _content_words(value.replace("_", " "))
    evidence = _content_words(" ".join(e.text for e in incident.evidence))
    return IncidentWords(frozenset(evidence), frozenset(keys))


def incident_links(
    statement: Statement, incidents: list[Incident], words_of: list[IncidentWords] | None = None
) -> list[int]:
    """Indexes of the incidents a statement speaks about: shared place, weapon or target words, or
    enough shared content words with the incident's evidence. `words_of` (`incident_words` of each
    incident) lets a caller linking many statements read each incident's words once, not per statement."""
    words = _content_words(statement.quote)
    links = []
    for n, incident in enumerate(incidents):
        known = words_of[n] if words_of is not None else incident_words(incident)
        shared = words & known.evidence
        if len(shared) >= MIN_SHARED_WORDS or (known.keys and len(words & known.keys) >= 2):
            links.append(n)
    return links
