"""The words a pattern cannot match without: a test by `in` that skips a regular expression's scan.

Most cue patterns find nothing in most passages, yet `re` must try them at every position to know it.
Every match of `\\b(?:air ?strikes?|war ?planes?|...)` contains "air" or "war" or ...: when none of those
strings occurs in the text, the pattern cannot match, and `str.__contains__` (a fast substring search in C)
tells so for a fraction of the scan's cost. The strings are read from the pattern itself with `re`'s own
parser (as alternation.py reads first characters): a run of literal characters every match must contain,
chosen per sequence as the most telling such set (longest shortest string), through groups, alternations
(one set per branch, joined) and repeats of at least one. A pattern beyond this reading (a case-insensitive
part, an alternative that is all character classes) gets None and always runs. Only for case-sensitive
patterns: run a folded pattern (folding.py) over the lowered text.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any

_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

Required = frozenset[str] | None


def required_literals(pattern: re.Pattern[str]) -> Required:
    """Strings of which every match of the case-sensitive `pattern` contains at least one, or None."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _of_sequence(list(parsed))


def _best(candidates: list[frozenset[str]]) -> Required:
    """The most telling candidate: longest shortest string, then fewest strings."""
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(len(x) for x in s), -len(s)))


def _of_sequence(items: Sequence[tuple[Any, Any]]) -> Required:
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found = _of_item(op, av)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return _best(candidates)


def _of_item(op: Any, av: Any) -> Required:
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        if add_flags & re.IGNORECASE:
            return None
        return _of_sequence(list(inner))
    if op is _c.ATOMIC_GROUP:
        return _of_sequence(list(av))
    if op is _c.BRANCH:
        joined: set[str] = set()
        for branch in av[1]:
            found = _of_sequence(list(branch))
            if found is None:
                return None
            joined |= found
        return frozenset(joined)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, inner = av
        return _of_sequence(list(inner)) if low >= 1 else None
    return None


def may_match(required: Required, text: str) -> bool:
    """False only when no required string occurs in `text` (then the pattern cannot match it)."""
    return required is None or any(map(text.__contains__, required))


class Guarded:
    """A case-insensitive pattern whose `search` first asks whether the text, lower-cased, holds one of the
    strings every match contains (read from its folded twin, folding.py): when none does, there is no match
    and the scan is skipped; otherwise the pattern itself runs over the text as written (the match, its text
    included, is the pattern's own). For the clause tests run before every cue a passage holds, whose
    key words ("after", "to end ...") most clauses lack. Only ASCII strings are trusted: an ASCII letter
    matches, ignoring case, exactly the characters that lower to it, but for "ı" and "ſ", which `lowered`
    refuses texts with."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        from warledger.extract.folding import fold_pattern

        self.pattern = pattern
        folded = fold_pattern(pattern)
        required = required_literals(folded) if folded is not None else None
        self.required = required if required is not None and all(s.isascii() for s in required) else None

    def search(self, text: str) -> re.Match[str] | None:
        if self.required is not None:
            from warledger.extract.folding import lowered

            low = lowered(text)
            if low is not None and not may_match(self.required, low):
                return None
        return self.pattern.search(text)


class LiteralIndex:
    """Many patterns' required strings (`required_literals`) looked up in one scan of a text.

    One regex, a trie of all the strings behind a lookahead, finds at every position the longest of them
    that starts there; any other string starting there is a prefix of it (they spell the same letters), so
    the strings that occur are exactly the prefixes of those found that are strings of the index. Each
    pattern whose required set holds one of them may match; one with no required strings always may."""

    def __init__(self, requirements: Sequence[Required]) -> None:
        self.always = frozenset(k for k, r in enumerate(requirements) if r is None)
        strings = sorted({s for r in requirements if r is not None for s in r})
        owners: dict[str, set[int]] = {}
        for k, r in enumerate(requirements):
            for s in r or ():
                owners.setdefault(s, set()).add(k)
        # each string -> the patterns any of its prefixes (itself included) is required by
        self.opens: dict[str, frozenset[int]] = {
            s: frozenset(k for n in range(1, len(s) + 1) for k in owners.get(s[:n], ())) for s in strings
        }
        self.scanner = re.compile(f"(?=({_trie(strings)}))", re.DOTALL) if strings else None

    def possible(self, text: str) -> frozenset[int]:
        """The indexes of the patterns that may match `text` (the others cannot)."""
        if self.scanner is None:
            return self.always
        found = set(self.scanner.findall(text))  # the one group of each match, with no match objects
        return self.always.union(*(self.opens[s] for s in found))


def _trie(strings: Sequence[str]) -> str:
    """A regex matching the longest of `strings` at a position (children tried by their first letter,
    longer before ending)."""
    children: dict[str, list[str]] = {}
    ends = False
    for s in strings:
        if s:
            children.setdefault(s[0], []).append(s[1:])
        else:
            ends = True
    if not children:
        return ""
    body = "|".join(re.escape(c) + _trie(rest) for c, rest in sorted(children.items()))
    grouped = f"(?:{body})" if len(children) > 1 or ends else body
    return f"{grouped}?" if ends else grouped
