"""Cue words and who speaks them: which words report speech, thought or evidence, and their subject.

The cue data (`data/statements/cues.json`) and the subject rules ("X said", "X, who said ...", "...,
insisting that" inheriting X's subject, the "by X" of a passive) are read by the cue attributions, by the
quote rules (a quote's reporting verb) and by the block quotes (the speaker before a colon); they sit in
their own module so those three need not import each other for them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from warledger.extract.lemmas import lemma_of
from warledger.extract.speakers import role_words

SUBJECT_DEPS = frozenset({"nsubj"})
INHERIT_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})
NON_SPEAKERS = frozenset({"it", "there", "this", "that", "which"})


@dataclass(frozen=True)
class CueWords:
    """The cue word lists, read once from the data file: the rules look words up, they do not list them."""

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


# The parts of speech `is_cue_verb` accepts (a verb, or a "claims" tagged as a noun).
CUE_VERB_POS = ("VERB", "AUX", "NOUN")


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
                return noun_phrase(objects[0], unit)
    return []


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
                    return noun_phrase(current.head, unit)
                return noun_phrase(child, unit)
        if (
            current.dep_ == "acl"
            and current.head.pos_ in {"NOUN", "PROPN", "PRON"}
            and lo <= current.head.i < hi
        ):
            return noun_phrase(current.head, unit)
        if current.dep_ in INHERIT_SUBJECT_DEPS and current.head is not current:
            current = current.head
            continue
        if current.dep_ == "prep" and current.head.pos_ in {"VERB", "AUX"}:
            current = current.head
            continue
        break
    return _name_before(verb, unit)


def noun_phrase(head: Token, unit: tuple[int, int]) -> list[Token]:
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


def names_someone(words: list[Token]) -> bool:
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
