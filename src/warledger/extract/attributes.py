"""The model's attribute rules (tag -> part of speech, morphology, lemma exceptions), applied by table lookup.

en_core_web_sm maps its fine-grained tags to coarse parts of speech and morphology with an
`attribute_ruler`: 179 token patterns run through spaCy's general `Matcher`. On short reports that
matcher is the second most expensive step after the neural network (about a sixth of our extraction
time in `warledger bench`), although its patterns are almost all single-token equality tests on a
token's tag and lower-cased form. `AttributeTable` applies the very same rules: single-token patterns
are decided once per distinct (tag, word, dep, is-space) signature and cached, the few two-token
patterns are tested only where their first token passes, and each token's rules are merged in the
ruler's order and set at once with spaCy's own `set_token_attrs`, so later rules still win. The output
is identical to the ruler's (pinned by a test over real reports); a model whose patterns use anything
else (quantifiers, other attributes) keeps its own ruler.

The signatures are read with one `Doc.to_array` call, and in them a word that no pattern names (nor
matches by regex) stands for every such word: the rules cannot tell those words apart, so "Kramatorsk"
and "Mosul" with the same tag share one decision. Keyed by the word itself, the 300 `bench` reports
(25,292 tokens) asked for 6,701 decisions, which a fresh process paid for (0.15 s against 0.04 s once
warm); keyed by the word class they ask for 555.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

RULER = "attribute_ruler"
COMPONENT = "warledger_attributes"
TOKEN_ATTRIBUTES: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
MAX_CACHED = 200_000
Predicate = Callable[[Token], bool]
Index = dict[tuple[str, str] | None, list[int]]
# (the one-token rules that match, the two-token rules whose first token matches), by position
Decision = tuple[tuple[int, ...], tuple[int, ...]]
Signature = tuple[int, int, int, int]
SIGNATURE_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
# The word class of every lower-cased form that no pattern names (string-store ids are never negative).
OTHER_WORD = -1


class UnsupportedPattern(ValueError):
    """A pattern this table cannot apply exactly; the model keeps its own ruler."""


def _test(name: str, value: Any) -> Predicate:
    """One attribute condition of a token pattern, as spaCy's Matcher reads it."""
    get = TOKEN_ATTRIBUTES.get(name)
    if get is None:
        raise UnsupportedPattern(name)
    if not isinstance(value, dict):
        return lambda t: bool(get(t) == value)
    if set(value) == {"IN"}:
        allowed = frozenset(value["IN"])
        return lambda t: get(t) in allowed
    if set(value) == {"NOT_IN"}:
        refused = frozenset(value["NOT_IN"])
        return lambda t: get(t) not in refused
    if set(value) == {"REGEX"}:
        regex = re.compile(value["REGEX"])
        return lambda t: regex.search(str(get(t))) is not None
    raise UnsupportedPattern(str(value))


def _token_test(spec: dict[str, Any]) -> Predicate:
    tests = [_test(name, value) for name, value in spec.items()]
    return lambda t: all(test(t) for test in tests)


@dataclass(frozen=True)
class _Rule:
    attr_id: int
    tokens: tuple[Predicate, ...]
    first: tuple[str, str] | None  # ("TAG", "NN"): an equality its first token needs, to index it by


def _index_key(spec: dict[str, Any]) -> tuple[str, str] | None:
    for name in ("TAG", "LOWER"):
        if isinstance(spec.get(name), str):
            return (name, spec[name])
    return None


def _indexed(rules: list[_Rule]) -> Index:
    """Rule positions by the equality their first token needs (None: no such equality)."""
    found: Index = {}
    for i, rule in enumerate(rules):
        found.setdefault(rule.first, []).append(i)
    return found


def _passing(rules: list[_Rule], by: Index, token: Token) -> tuple[int, ...]:
    """Positions of the rules whose first token test passes, in order, testing only possible ones."""
    possible = by.get(("TAG", token.tag_), []) + by.get(("LOWER", token.lower_), []) + by.get(None, [])
    return tuple(i for i in sorted(possible) if rules[i].tokens[0](token))


def _words_named(patterns: list[list[dict[str, Any]]]) -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """The lower-cased forms the patterns compare with (equality, IN, NOT_IN), and their LOWER regexes."""
    words: set[str] = set()
    regexes: list[re.Pattern[str]] = []
    for pattern in patterns:
        for spec in pattern:
            value = spec.get("LOWER")
            if isinstance(value, str):
                words.add(value)
            elif isinstance(value, dict):
                for op, operand in value.items():
                    if op == "REGEX":
                        regexes.append(re.compile(operand))
                    else:
                        words.update(operand)
    return frozenset(words), tuple(regexes)


class AttributeTable:
    """The rules of one `AttributeRuler`, applied with cached per-token decisions."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.single: list[_Rule] = []
        self.multi: list[_Rule] = []
        patterns: list[list[dict[str, Any]]] = []
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in cast(list[list[dict[str, Any]]], entry["patterns"]):
                tests = tuple(_token_test(spec) for spec in pattern)
                rule = _Rule(attr_id, tests, _index_key(pattern[0]))
                (self.single if len(rule.tokens) == 1 else self.multi).append(rule)
                patterns.append(pattern)
        self._single_by = _indexed(self.single)
        self._multi_by = _indexed(self.multi)
        self._words, self._word_regexes = _words_named(patterns)
        self._word_classes: dict[int, int] = {}
        self._cache: dict[Signature, Decision] = {}
        self._merges: dict[tuple[int, ...], dict[Any, Any]] = {}

    def _word_class(self, doc: Doc, lower: int) -> int:
        """`lower` (a string-store id) if some pattern can tell this word from others, else OTHER_WORD."""
        found = self._word_classes.get(lower)
        if found is None:
            if len(self._word_classes) >= MAX_CACHED:
                self._word_classes.clear()  # a bounded memory, whatever the corpus
            text = doc.vocab.strings[lower]
            named = text in self._words or any(r.search(text) for r in self._word_regexes)
            found = self._word_classes[lower] = lower if named else OTHER_WORD
        return found

    def _signatures(self, doc: Doc) -> list[Signature]:
        """Each token's (tag, word class, dep, is-space), read in one array call (no Token objects)."""
        rows: list[list[int]] = doc.to_array(SIGNATURE_ATTRS).tolist()
        return [(tag, self._word_class(doc, lower), dep, space) for tag, lower, dep, space in rows]

    def _decisions(self, doc: Doc, i: int, key: Signature) -> Decision:
        """(the rules whose one-token pattern matches, in the ruler's order; the two-token rules whose first
        token matches), decided once per distinct signature, on the first token that has it."""
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= MAX_CACHED:
                self._cache.clear()  # a bounded memory, whatever the corpus
            token = doc[i]
            singles = _passing(self.single, self._single_by, token)
            starts = _passing(self.multi, self._multi_by, token)
            found = self._cache[key] = (tuple(sorted({self.single[k].attr_id for k in singles})), starts)
        return found

    def __call__(self, doc: Doc) -> Doc:
        """Every token's matching rules merged in the ruler's order (a later rule's value wins, as when
        the ruler sets them one after another) and set at once. All decisions are read before any token
        is set, as the ruler matches the whole document before setting anything."""
        if not len(doc):
            return doc
        decided = [self._decisions(doc, i, key) for i, key in enumerate(self._signatures(doc))]
        extra = self._two_token_targets(doc, decided)
        # the Doc's own iteration makes each Token more cheaply than doc[i]
        for i, (token, (ids, _)) in enumerate(zip(doc, decided, strict=True)):
            if i in extra:
                ids = tuple(sorted(set(ids) | set(extra[i])))
            if ids:
                set_token_attrs(token, self._merged(ids))
        return doc

    def _two_token_targets(self, doc: Doc, decided: list[Decision]) -> dict[int, list[int]]:
        """Token index -> the two-token rules that match there and set that token."""
        targets: dict[int, list[int]] = {}
        for i, (_, starts) in enumerate(decided):
            for k in starts:
                rule = self.multi[k]
                end = i + len(rule.tokens)
                if end <= len(doc) and all(test(doc[i + j]) for j, test in enumerate(rule.tokens[1:], 1)):
                    index = self.ruler.indices[rule.attr_id]
                    targets.setdefault(i + index if index >= 0 else end + index, []).append(rule.attr_id)
        return targets

    def _merged(self, ids: tuple[int, ...]) -> dict[Any, Any]:
        """The attributes of these rules, later rules over earlier ones (cached: few combinations occur)."""
        found = self._merges.get(ids)
        if found is None:
            found = {}
            for attr_id in ids:
                found.update(self.ruler.attrs[attr_id])
            self._merges[ids] = found
        return found


class AttributeTableComponent:
    """The pipe that takes the ruler's place; `use_attribute_table` gives it the ruler's table."""

    table: AttributeTable | None = None

    def __call__(self, doc: Doc) -> Doc:
        return self.table(doc) if self.table is not None else doc


@Language.factory(COMPONENT)
def make_attribute_table(nlp: Language, name: str) -> AttributeTableComponent:
    return AttributeTableComponent()


def use_attribute_table(nlp: Language) -> bool:
    """Run the model's attribute rules from an `AttributeTable` instead of its ruler, where that is exact.

    The ruler stays in the pipeline, disabled: the table reads its rules and writes through it."""
    if RULER not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(RULER)
    if not isinstance(ruler, AttributeRuler):
        return False
    try:
        table = AttributeTable(ruler)
    except UnsupportedPattern:
        return False
    component = nlp.add_pipe(COMPONENT, after=RULER)
    cast(AttributeTableComponent, component).table = table
    nlp.disable_pipe(RULER)
    return True
