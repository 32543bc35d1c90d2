"""Sentence boundaries as character offsets, computed once per `Doc` and shared by every rule component.

Iterating `doc.sents` builds a Span per sentence each time it is asked; with several components walking
the sentences of every document that was a large share of extraction time. Here the boundaries are read
in one vectorised call (`Doc.to_array`) and cached in `doc.user_data`, so each component slices the text.
"""

from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

CACHE_KEY = "warledger_sentence_bounds"
TEXT_KEY = "warledger_text"
# The length of the whole document a chunk Doc was cut from (a short note is judged on the whole).
DOCUMENT_CHARS_KEY = "warledger_document_chars"


def document_chars(doc: Doc) -> int:
    """The length of the document `doc` belongs to (its own length when it was not cut from one)."""
    return int(doc.user_data.get(DOCUMENT_CHARS_KEY) or len(doc_text(doc)))


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc (spaCy joins every token's text each time it is asked)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return str(text)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence of `doc`, in order; the whole text if it has no sentences."""
    cached = doc.user_data.get(CACHE_KEY)
    if cached is not None:
        return list(cached)
    text = doc_text(doc)
    if len(doc) == 0:
        bounds: list[tuple[int, int]] = []
    else:
        array = doc.to_array([SENT_START, IDX])
        flags = array[:, 0] == 1
        flags[0] = True
        starts = [int(i) for i in array[flags, 1]]
        ends = [*starts[1:], len(text)]
        pairs = zip(starts, ends, strict=True)
        bounds = [(start, _trimmed_end(text, start, end)) for start, end in pairs]
    doc.user_data[CACHE_KEY] = tuple(bounds)
    return bounds


def sentence_at(doc: Doc, char: int) -> tuple[int, int]:
    """(start_char, end_char) of the sentence holding character `char`: a binary search over the cached
    bounds, where `Token.sent` walks the sentence token by token (a cost that grows with its length)."""
    sentence_bounds(doc)
    bounds: tuple[tuple[int, int], ...] = doc.user_data[CACHE_KEY]
    n = bisect.bisect_right(bounds, (char, 1 << 62)) - 1
    if n < 0:
        return (0, len(doc_text(doc)))
    return bounds[n]


def tokens_after_line_breaks(doc: Doc) -> list[int]:
    """Indexes of the first non-space token after each line break of `doc`."""
    text = doc_text(doc)
    if len(doc) < 2 or "\n" not in text:
        return []
    starts = [int(i) for i in doc.to_array([IDX])]
    found: list[int] = []
    for match in re.finditer(r"\n\s*", text):
        i = bisect.bisect_left(starts, match.end())
        if 0 < i < len(doc) and (not found or found[-1] != i):
            found.append(i)
    return found


def _trimmed_end(text: str, start: int, end: int) -> int:
    """`end` moved back over trailing whitespace (a Span's end_char excludes the last token's space)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def sentence_texts(doc: Doc) -> list[tuple[int, str]]:
    """(start_char, text) of each sentence."""
    text = doc_text(doc)
    return [(start, text[start:end]) for start, end in sentence_bounds(doc)]
