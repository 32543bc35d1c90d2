"""A cheap view of a spaCy Doc's tokens for the place rules: `_Doc`, `_Span`, `_Tok`.

The candidate rules read a handful of token attributes many times per word; making a spaCy Token object per
word cost a third of the component, so the attributes are copied once with one `Doc.to_array` call. Kept apart
because every other module of the package reads the document through it and it depends on none of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import overload

from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_STOP,
    IS_TITLE,
    IS_UPPER,
    LENGTH,
    LIKE_NUM,
    POS,
    SENT_START,
    SPACY,
)
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc

from warledger.extract.sentences import doc_text

TOKEN_ATTRS = [IDX, LENGTH, SPACY, IS_ALPHA, IS_PUNCT, LIKE_NUM, IS_STOP, IS_TITLE, IS_UPPER, POS]


class _Tok:
    """The few token attributes the rules read, copied once per document (spaCy's Token is costly to make)."""

    __slots__ = (
        "i",
        "idx",
        "is_alpha",
        "is_punct",
        "is_sent_start",
        "is_stop",
        "is_title",
        "is_upper",
        "like_num",
        "lower_",
        "pos_",
        "sent_start",
        "text",
        "whitespace_",
    )

    def __init__(self, row: tuple[int, ...], i: int, text: str, sent_start: int) -> None:
        idx, length, space, alpha, punct, num, stop, title, upper, pos = row
        self.i, self.idx = i, idx
        self.text = text[idx : idx + length]
        self.lower_ = self.text.lower()
        self.whitespace_ = " " if space else ""
        self.pos_ = "VERB" if pos == VERB else ""  # the only part of speech the rules ask about
        self.is_alpha, self.is_punct, self.like_num = bool(alpha), bool(punct), bool(num)
        self.is_stop, self.is_title, self.is_upper = bool(stop), bool(title), bool(upper)
        self.is_sent_start = i == sent_start
        self.sent_start = sent_start


class _Span:
    """A slice of a `_Doc`: tokens, text and character offsets."""

    def __init__(self, view: _Doc, start: int, end: int) -> None:
        self.view, self.start, self.end = view, start, end

    def __iter__(self) -> Iterator[_Tok]:
        return iter(self.view.toks[self.start : self.end])

    def __getitem__(self, i: int) -> _Tok:
        return self.view.toks[self.start : self.end][i]

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    @property
    def start_char(self) -> int:
        return self.view.toks[self.start].idx if self.end > self.start else 0

    @property
    def end_char(self) -> int:
        last = self.view.toks[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        return self.view.text[self.start_char : self.end_char] if self.end > self.start else ""


class _Doc:
    """The document as the candidate rules read it."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.text, self.ents = doc, doc_text(doc), doc.ents
        sentences = doc.has_annotation("SENT_START")
        # one vectorised read of the attributes: making a spaCy Token per word cost a third of the component
        rows = doc.to_array(TOKEN_ATTRS).tolist() if len(doc) else []
        starts = doc.to_array([SENT_START]).tolist() if sentences and len(doc) else []
        toks: list[_Tok] = []
        start = 0
        for i, row in enumerate(rows):
            if starts and starts[i] == 1:
                start = i
            toks.append(_Tok(tuple(row), i, self.text, start))
        self.toks = toks
        self.lowers = [t.lower_ for t in toks]

    def __len__(self) -> int:
        return len(self.toks)

    @overload
    def __getitem__(self, i: int) -> _Tok: ...
    @overload
    def __getitem__(self, i: slice) -> _Span: ...
    def __getitem__(self, i: int | slice) -> _Tok | _Span:
        if isinstance(i, slice):
            return _Span(
                self, max(0, i.start or 0), min(len(self.toks), len(self.toks) if i.stop is None else i.stop)
            )
        return self.toks[i]
