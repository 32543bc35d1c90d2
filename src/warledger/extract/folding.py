"""Case-insensitive patterns run case-sensitively over lower-cased text: the same matches, 3-5x faster.

With `re.IGNORECASE`, Python's `re` compares every character through its case tables and loses the
shortcut by which an alternation skips the alternatives whose first letter differs, so a pattern of
lower-case cue words (`\\b(?:killed|dead|...)`) runs 3-5x slower than the same pattern without the flag on
lower-cased text. The two give exactly the same matches, at the same offsets, when

- the pattern's own letters are lowered too (its `A-Z` ranges read `a-z`; escapes such as `\\W` and group
  names kept) and it has no non-ASCII letter, no escape that names a character by number and no inline
  flag that turns case-insensitivity off somewhere, and
- the text lowers character for character (not "İ", which lowers to two characters) and holds neither of
  the two letters that `re` matches to an ASCII letter but `str.lower` keeps ("ı" matches i, "ſ" matches s).

Checked over every Unicode character (tests/extract/test_folding.py). Otherwise the IGNORECASE pattern runs
on the text as written. A match over the lowered text gives offsets and booleans: read the matched words
from the original text by its offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Letters `re.IGNORECASE` matches to an ASCII letter although `str.lower` leaves them as they are.
UNFOLDED = ("ı", "ſ")
# Escapes that name a character by its number (it might be an upper-case letter).
NUMBERED_ESCAPE = re.compile(r"\\(?:[xuUN0-7])")
PIECE = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\.|.", re.DOTALL)


def lowered(text: str) -> str | None:
    """`text` lower-cased, when matching it case-sensitively is exactly matching `text` ignoring case."""
    low = text.lower()
    if len(low) != len(text) or UNFOLDED[0] in text or UNFOLDED[1] in text:
        return None
    return low


def folded_source(source: str) -> str | None:
    """The source of an IGNORECASE pattern with its ASCII letters lowered (escapes kept), to be compiled
    case-sensitively for lowered text; None when it has case of its own (an inline flag turning
    case-insensitivity off, a character named by number, a non-ASCII letter)."""
    if NUMBERED_ESCAPE.search(source) or re.search(r"\(\?[a-zA-Z]*-", source):
        return None
    pieces = PIECE.findall(source)  # escapes and group names whole, other characters one by one
    if any(len(p) == 1 and not p.isascii() and (p != p.lower() or p != p.upper()) for p in pieces):
        return None
    return "".join(p.lower() if len(p) == 1 else p for p in pieces)


def fold_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of an IGNORECASE `pattern` for lower-cased text, or None when there is none."""
    source = folded_source(pattern.pattern) if pattern.flags & re.IGNORECASE else None
    return None if source is None else compiled_or_none(source, pattern.flags & ~re.IGNORECASE)


def compiled_or_none(source: str, flags: int) -> re.Pattern[str] | None:
    """`source` compiled, or None if lowering broke it (a lowered group name it refers to, say)."""
    try:
        return re.compile(source, flags)
    except re.error:
        return None


class Folded:
    """An IGNORECASE pattern with `search`, `match` and `finditer` that run its case-sensitive twin over the
    lowered text when that is exact (see the module doc: use the matches' offsets, not their text)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.folded = fold_pattern(pattern)

    def scan(self, text: str) -> tuple[re.Pattern[str], str]:
        """The pattern to run and the text to run it on."""
        if self.folded is not None:
            low = lowered(text)
            if low is not None:
                return self.folded, low
        return self.pattern, text

    def search(self, text: str) -> re.Match[str] | None:
        pattern, scanned = self.scan(text)
        return pattern.search(scanned)

    def match(self, text: str) -> re.Match[str] | None:
        pattern, scanned = self.scan(text)
        return pattern.match(scanned)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pattern, scanned = self.scan(text)
        return pattern.finditer(scanned)
