"""Lemmas on demand: the model's lemmatizer runs only on the tokens the statement rules ask about.

spaCy's lemmatizer component lemmatizes every token of every document, yet only the statement and
stance rules read lemmas, and only of verbs, cue nouns and adjectives (a few tokens per sentence). The
pipeline therefore keeps the lemmatizer disabled and `lemma_of` asks it for one token when a rule needs
that token's lemma (the same rule lookup, with its cache, so the result is the lemma the component would
have set). A token that already has a lemma (set by the attribute ruler, or by a pipeline that still
runs the lemmatizer) keeps it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

LEMMATIZER = "lemmatizer"


@cache
def lemmatizer() -> Any:
    """The model's lemmatizer component, kept (disabled) in the one pipeline, its word index made sets.

    spaCy's rule lemmatizer only asks whether a candidate form is in `lemma_index`, a table of lists: each
    new word form scanned lists of thousands of words (60-180 µs). Sets answer the same question at once."""
    from warledger.extract.pipeline import build_pipeline

    pipe: Any = build_pipeline().get_pipe(LEMMATIZER)
    index = pipe.lookups.get_table("lemma_index", None) if pipe.lookups.has_table("lemma_index") else None
    if index is not None:
        for key in list(dict.keys(index)):
            words = dict.__getitem__(index, key)
            if isinstance(words, list):
                dict.__setitem__(index, key, frozenset(words))
    return pipe


def lemma_of(token: Token) -> str:
    """The token's lemma, computed (and stored on the token) the first time it is asked for."""
    if token.lemma != 0:
        return str(token.lemma_)
    lemmas = lemmatizer().lemmatize(token)
    lemma = str(lemmas[0]) if lemmas else token.lower_
    token.lemma_ = lemma
    return lemma
