"""The statistical part of event typing: a small multinomial logistic regression.

Its features are lower-cased words with numbers folded, their 5-letter stems, the cue signals and their
pairs (`tokens_of`, `features_of`); its weights are `data/event_type/model.json`, trained by
`scripts/train_event_type.py`; it decides the category first, then the type within it
(`most_likely_type`). Separate from the rules, which decide before it and need none of this.
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from warledger.extract.event_cues import CAUSE_ONLY, RULE_ONLY_SIGNALS, data_file
from warledger.extract.models import CATEGORY_OF

MODEL_FILE = "model.json"


# The longest passage scored whole; longer ones (news narratives) are scored on their opening,
# where reports state the event, so a 5 MB document stays cheap.
MAX_PASSAGE_CHARS = 4000


STEM_CHARS = 5

TOKEN_RE = re.compile(r"[a-z]+(?:['-][a-z]+)*|\d+(?:[.,]\d+)*")


def tokens_of(passage: Span | Doc | str) -> list[str]:
    """Lower-cased word tokens with every number folded to "<num>" (dates and counts vary).

    A regular expression over the text rather than spaCy's tokens, so a `str` and a parsed `Doc`
    of the same words give the same features as the ones the model was trained on.
    """
    words = TOKEN_RE.findall(passage_text(passage).lower())
    return ["<num>" if w[0].isdigit() else w for w in words]


def features_of(tokens: list[str], signals: frozenset[str]) -> set[str]:
    """The model's binary features: words, their 5-letter stems, cue signals and pairs of cue signals.

    Stems ("clash" for clashed/clashes/clashing) carry a word's evidence to forms the training notes
    lacked; word pairs were tried and dropped: they over-fit the notes' phrasing (cross-validation on
    the training split: 0.874 with pairs, 0.889 with stems instead).
    """
    found = {f"w={t}" for t in tokens}
    found.update(f"t={t[:STEM_CHARS]}" for t in tokens if len(t) > STEM_CHARS)
    ordered = sorted(s for s in signals if s.removeprefix(CAUSE_ONLY) not in RULE_ONLY_SIGNALS)
    found.update(f"s={s}" for s in ordered)
    found.update(f"p={a}+{b}" for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return found


@dataclass(frozen=True)
class LinearModel:
    """A multinomial logistic regression stored as sparse per-feature weight rows."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities(self, features: Iterable[str]) -> list[float]:
        """Softmax over the classes for one passage's features."""
        scores = list(self.bias)
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                scores = list(map(operator.add, scores, row))  # rows are as long as the classes
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


@cache
def model() -> LinearModel | None:
    """The trained model shipped in the package, or None when it has not been built."""
    path = data_file(MODEL_FILE)
    if not path.is_file():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    weights = {name: tuple(row) for name, row in raw["weights"].items()}
    return LinearModel(tuple(raw["classes"]), tuple(raw["bias"]), weights)


def passage_text(passage: Span | Doc | str) -> str:
    """The text the cue patterns run over (bounded, like the tokens)."""
    text = passage if isinstance(passage, str) else passage.text
    return text[:MAX_PASSAGE_CHARS]


def most_likely_type(probs: dict[str, float]) -> str:
    """The likeliest type within the likeliest category (category probability = sum over its types).

    Deciding the category first is ACLED's own order (event type, then sub-event type) and makes the
    category more often right than the category of the single likeliest type.
    """
    by_category: dict[str, float] = {}
    for kind, p in probs.items():
        by_category[CATEGORY_OF[kind]] = by_category.get(CATEGORY_OF[kind], 0.0) + p
    category = max(by_category, key=by_category.__getitem__)
    return max((k for k in probs if CATEGORY_OF[k] == category), key=probs.__getitem__)
