"""A long alternation of patterns, scanned by first character: the same matches as one big regex, faster.

Python's `re` tries every alternative of `(?:a|b|c|...)` at every position where a match may start; with
the actor table's ~140 rows and a few hundred demonyms that dominates actor scanning. Most alternatives
can only start with a few letters ("ltte|tamil tigers" starts with l or t), so we read each alternative's
possible first characters from the pattern itself (`re`'s own parser; an alternative we cannot read is
tried everywhere) and compile, per first character, one regex of only the alternatives that can start
there, in their original order. Scanning tries, at each place a match may start, that character's regex:
the leftmost match, the first alternative that matches, non-overlapping, as `finditer` of the whole
alternation would give. No library fits (`regex` and Aho-Corasick matchers work on literals or would
change the engine), and the equivalence is pinned by a property test.
"""

from __future__ import annotations

import importlib
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Any

from warledger.extract.folding import compiled_or_none, folded_source, lowered
from warledger.extract.literals import _trie as literal_trie

# The parser `re.compile` itself uses (private: `re._parser` since Python 3.11); its items are (op, arg)
# tuples whose args vary by op, hence `Any` below.
_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
# The characters `re.IGNORECASE` matches to more than their own case pair (re._casefix, since 3.11).
_EXTRA_CASES: dict[int, Any] = importlib.import_module("re._casefix")._EXTRA_CASES

ANY = None  # an alternative that may start with any character
MATCH_START = re.compile(r"(?<![\w])\S")  # where a match may start when no alternative opens on a space
EVERY_START = re.compile(r"(?<![\w])(?=.)", re.DOTALL)
# How many leading characters of a match the candidate scan (`Alternation._heads`) checks at once.
HEAD_CHARS = 3
# An alternative with more possible leading strings than this is checked by its first character only.
HEAD_LIMIT = 2000


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The lower-cased characters a match of `pattern` can start with, or None when it could start with
    anything (or the pattern is beyond this reading, or it can match the empty string)."""
    try:
        parsed = _p.parse(pattern, flags)
    except re.error:
        return ANY
    found, nullable = _first_of(list(parsed))
    if found is ANY or nullable:
        return ANY
    return frozenset(c.lower() for c in found)


def _first_of(items: Sequence[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """First characters of a sequence of parsed items, and whether the sequence can match nothing."""
    result: set[str] = set()
    for op, av in items:
        found, nullable = _first_item(op, av)
        if found is ANY:
            return ANY, False
        result |= found
        if not nullable:
            return result, False
    return result, True


def _first_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        return _first_in(av), False
    if op is _c.BRANCH:
        found: set[str] = set()
        any_nullable = False
        for branch in av[1]:
            f, n = _first_of(list(branch))
            if f is ANY:
                return ANY, False
            found |= f
            any_nullable = any_nullable or n
        return found, any_nullable
    if op is _c.SUBPATTERN:
        return _first_of(list(av[-1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _high, inner = av
        f, n = _first_of(list(inner))
        return f, n or low == 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero-width: the next item decides
    return ANY, False


def leading_strings(pattern: str, flags: int = 0, size: int = HEAD_CHARS) -> frozenset[str] | None:
    """Lower-cased strings, at most `size` characters, one of which every match of `pattern` starts with
    (ignoring case), or None when they cannot be read (as `first_characters`, through literals, small
    classes, groups, alternations and repeats; zero-width items are skipped, which only adds strings). A
    string is cut before its first character that `re.IGNORECASE` matches to more than its lower and upper
    case ("ſ" to "s", "ς" to "σ"), so that lowering the text and comparing is exactly ignoring case."""
    try:
        parsed = _p.parse(pattern, flags)
    except re.error:
        return None
    found = _heads_of(list(parsed), size)
    if found is None:
        return None
    cut = {_plainly_folded_part(s).lower() for s in found}
    return None if "" in cut else frozenset(cut)


def _plainly_folded_part(text: str) -> str:
    """`text` up to its first character whose case-insensitive matches are not just its lower-case form's
    (ASCII letters are, but for "i" and "s", which `lowered` refuses texts with "ı" and "ſ" for)."""
    for i, ch in enumerate(text):
        low = ch.lower()
        if not ch.isascii() and (len(low) != 1 or ord(low) in _EXTRA_CASES or ord(ch) in _EXTRA_CASES):
            return text[:i]
    return text


def _heads_of(items: Sequence[tuple[Any, Any]], size: int) -> set[str] | None:
    """The strings (cut at `size` characters) a match of the sequence can start with; a shorter one is a
    whole match of the sequence."""
    found = {""}
    for op, av in items:
        if all(len(s) >= size for s in found):
            return found
        item = _heads_of_item(op, av, size)
        if item is None:
            return None
        found = {s if len(s) >= size else (s + t)[:size] for s in found for t in item}
        if len(found) > HEAD_LIMIT:
            return None
    return found


def _heads_of_item(op: Any, av: Any, size: int) -> set[str] | None:
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        return _first_in(av)
    if op is _c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            heads = _heads_of(list(branch), size)
            if heads is None:
                return None
            found |= heads
        return found
    if op is _c.SUBPATTERN:
        return _heads_of(list(av[-1]), size)
    if op is _c.ATOMIC_GROUP:
        return _heads_of(list(av), size)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return _repeated_heads(av, size)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}  # zero-width: what follows decides
    return None


def _repeated_heads(av: Any, size: int) -> set[str] | None:
    """Heads of `inner{low,high}`: k copies for each allowed k up to `size` (more copies than `size` start
    as `size` copies do, once cut)."""
    low, high, inner = av
    one = _heads_of(list(inner), size)
    if one is None:
        return None
    found: set[str] = set()
    copies = {""}
    for k in range(size + 1):
        if low <= k <= high or (k == size and high > size):
            found |= copies
        copies = {(a + b)[:size] for a in copies for b in one}
        if len(copies) > HEAD_LIMIT:
            return None
    return found


def _first_in(av: Sequence[tuple[Any, Any]]) -> set[str] | None:
    found: set[str] = set()
    for op, value in av:
        if op is _c.LITERAL:
            found.add(chr(value))
        elif op is _c.RANGE and value[1] - value[0] <= 64:
            found |= {chr(c) for c in range(value[0], value[1] + 1)}
        else:
            return ANY  # a negated set, a category (\w, \d), a wide range
    return found


class Alternation:
    """`(?<![\\w])(?:p0|p1|...)` with each alternative in a named group, scanned by first character."""

    def __init__(
        self, alternatives: Sequence[str], flags: int = 0, names: Sequence[str] | None = None
    ) -> None:
        names = list(names or (f"a{i}" for i in range(len(alternatives))))
        parts = [f"(?P<{name}>{alt})" for name, alt in zip(names, alternatives, strict=True)]
        self.whole = re.compile(f"(?<![\\w])(?:{'|'.join(parts)})", flags)
        starts = [first_characters(alt, flags) for alt in alternatives]
        chars = sorted({c for s in starts if s is not ANY for c in s})
        self._by_char: dict[str, re.Pattern[str]] = {}
        for ch in chars:
            chosen = [p for p, s in zip(parts, starts, strict=True) if s is ANY or ch in s]
            self._by_char[ch] = re.compile(f"(?:{'|'.join(chosen)})", flags)
        anywhere = [p for p, s in zip(parts, starts, strict=True) if s is ANY]
        self._anywhere = re.compile(f"(?:{'|'.join(anywhere)})", flags) if anywhere else None
        self._folds = bool(flags & re.IGNORECASE)
        spaced = anywhere or any(c.isspace() for c in chars)
        self._starts = EVERY_START if spaced else MATCH_START
        # Per first character, a quick test of whether any alternative matches there (see `_detectors`).
        self._quick: dict[str | None, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}
        if self._folds:
            self._quick = {
                ch: _detectors([p for p, s in zip(parts, starts, strict=True) if s is ANY or ch in s], flags)
                for ch in [*chars, None]
            }
        self._heads = _head_scanner(alternatives, starts, flags) if self._folds and not anywhere else None

    def _candidates(self, text: str, low: str | None) -> Iterator[re.Match[str]]:
        """Where a match may start: the word starts of `text`, or, when its lowered twin is exact, only those
        where one of the alternatives' leading strings follows (one scan in C, about a third of them)."""
        if self._heads is not None and low is not None:
            return self._heads.finditer(low)
        return self._starts.finditer(text)

    def _may_match(self, ch: str | None, text: str, low: str, i: int) -> bool:
        """False only when no alternative of `ch`'s regex matches at `i` (`low`: `text` lowered exactly)."""
        folded, kept = self._quick[ch if ch in self._by_char else None]
        return bool(
            (folded is not None and folded.match(low, i)) or (kept is not None and kept.match(text, i))
        )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `self.whole.finditer(text)` gives, in order."""
        end = 0
        low = lowered(text) if self._quick else None
        for start in self._candidates(text, low):
            i = start.start()
            if i < end:
                continue
            ch = text[i].lower() if self._folds else text[i]
            pattern = self._by_char.get(ch, self._anywhere)
            if pattern is None or (low is not None and not self._may_match(ch, text, low, i)):
                continue
            match = pattern.match(text, i)
            if match is not None and match.end() > i:
                yield match
                end = match.end()

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


def _head_scanner(
    alternatives: Sequence[str], starts: Sequence[frozenset[str] | None], flags: int
) -> re.Pattern[str] | None:
    """A scan of lowered text for the word starts where one of the alternatives' leading strings follows
    (an alternative whose strings cannot be read counts by its first characters), or None when some first
    character folds to more than its lower case (`leading_strings`). For the others, matching ignoring
    case is equality of the lowered text, and lowering keeps which characters are word characters, so no
    match is left out."""
    heads: set[str] = set()
    for alternative, first in zip(alternatives, starts, strict=True):
        strings = leading_strings(alternative, flags)
        if strings is None and (first is ANY or any(_plainly_folded_part(c) != c for c in first)):
            return None
        heads |= strings if strings is not None else set(first or ())
    return re.compile(f"(?<![\\w])(?=(?:{literal_trie(sorted(heads))}))", re.DOTALL) if heads else None


def _detectors(parts: Sequence[str], flags: int) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Two regexes that together match where one of the case-insensitive `parts` matches: the parts that
    fold (folding.py), lower-cased and case-sensitive for the lowered text (3-5x faster), and the rest
    (case-sensitive pieces such as "(?-i:LNA)") as they are, for the text as written. They only tell
    whether to run the real regex there, whose match is the one used."""
    folding: list[str] = []
    kept: list[str] = []
    for part in (piece for whole in parts for piece in _branches(whole)):
        low = folded_source(part)
        (folding if low is not None else kept).append(low if low is not None else part)
    folded = compiled_or_none(f"(?:{'|'.join(folding)})", flags & ~re.IGNORECASE) if folding else None
    as_written = compiled_or_none(f"(?:{'|'.join(kept)})", flags) if kept else None
    if (folding and folded is None) or (kept and as_written is None):
        return None, re.compile(f"(?:{'|'.join(parts)})", flags)  # cutting or lowering broke a regex
    return folded, as_written


def _branches(part: str) -> list[str]:
    """`(?P<name>(?:a|b)rest)` as `(?:a)rest` and `(?:b)rest` (where `part` matches, one of them does; the
    group name, needed by no detector, is dropped), so that a case-sensitive branch ("(?-i:LNA)") does not
    keep its foldable siblings from folding. Anything else as it is."""
    opened = re.match(r"\(\?P<\w+>\(\?:", part)
    if opened is None or not part.endswith(")"):
        return [part]
    inner = part[opened.end() - 3 : -1]  # (?:a|b)rest
    close = _closing(inner, 0)
    if close is None:
        return [part]
    rest = inner[close + 1 :]
    return [f"(?:{branch}){rest}" for branch in _split_top(inner[3:close])]


def _scan(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth) of the characters outside escapes and character classes."""
    depth = 0
    i = 0
    in_class = False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            i += 1
            if source[i : i + 1] == "^":
                i += 1
            if source[i : i + 1] == "]":
                i += 1  # a "]" first in a class is a literal
            continue
        elif ch == "(":
            yield i, ch, depth
            depth += 1
        elif ch == ")":
            depth -= 1
            yield i, ch, depth
        else:
            yield i, ch, depth
        i += 1


def _closing(source: str, start: int) -> int | None:
    """The index of the parenthesis closing the one at `start`."""
    for i, ch, depth in _scan(source):
        if i > start and ch == ")" and depth == 0:
            return i
    return None


def _split_top(source: str) -> list[str]:
    """`source` cut at its top-level "|"."""
    cuts = [i for i, ch, depth in _scan(source) if ch == "|" and depth == 0]
    bounds = [-1, *cuts, len(source)]
    return [source[a + 1 : b] for a, b in itertools.pairwise(bounds)]
