"""Case-insensitive patterns run case-sensitively over lower-cased text: the same matches, 3-5x faster.

With `re.IGNORECASE`, Python's `re` compares every character through its case tables and loses the
shortcut by which an alternation skips the alternatives whose first letter differs, so a pattern of
lower-case cue words (`\\b(?:killed|dead|...)`) runs 3-5x slower than the same pattern without the flag on
lower-cased text. The two give exactly the same matches, at the same offsets, when

- the pattern has no upper-case letter of its own (its `A-Z` ranges are read as `a-z`), no escape that
  names a character by number, and no inline flag that turns case-insensitivity off somewhere, and
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


def lowered(text: str) -> str | None:
    """`text` lower-cased, when matching it case-sensitively is exactly matching `text` ignoring case."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in UNFOLDED):
        return None
    return low


def fold_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of an IGNORECASE `pattern` for lower-cased text, or None when there is none."""
    if not pattern.flags & re.IGNORECASE:
        return None
    source = pattern.pattern.replace("A-Z", "a-z")
    if NUMBERED_ESCAPE.search(source) or re.search(r"\(\?[a-zA-Z]*-", source):
        return None
    own = re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", "", source)
    if any(c != c.lower() or (not c.isascii() and c != c.upper()) for c in own):
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


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
