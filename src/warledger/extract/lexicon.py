"""Lexicons kept as data: JSON-lines files of (pattern -> label) under `warledger/data/extract/`.

Weapons, targets and victim groups are each one such file. The first line of a file is a header
({"version", "about"}); every other line is {"pattern": regex, <label key>: label}. All patterns of a
lexicon are compiled into one alternation of named groups, so a text is scanned once however many
entries there are (fast enough to run on every sentence), and the longest match at a position wins.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warledger.extract.mentions import Mention


@dataclass(frozen=True)
class Entry:
    """One lexicon line: a regular expression and the label it maps to."""

    pattern: str
    label: str


@dataclass(frozen=True)
class Lexicon:
    """A parsed lexicon file and its compiled scanner."""

    name: str
    version: int
    entries: tuple[Entry, ...]
    scanner: re.Pattern[str]
    # The scanner for lower-cased text, case-sensitive (IGNORECASE makes `re` 2-3x slower).
    folded: re.Pattern[str] | None = None

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) of every match in `text`, in order, overlaps resolved by the scanner."""
        found = []
        lowered = text.lower()
        # Lower-casing keeps offsets unless a character lowers to several (then IGNORECASE runs).
        if self.folded is not None and len(lowered) == len(text):
            scanner, scanned = self.folded, lowered
        else:
            scanner, scanned = self.scanner, text
        for match in scanner.finditer(scanned):
            group = match.lastgroup
            if group is not None:
                found.append((match.start(), match.end(), self.entries[int(group[1:])].label))
        return found

    def mentions(self, kind: str, text: str, base: int = 0) -> list[Mention]:
        """`matches` as Mentions of `kind` with offsets shifted by `base`."""
        return [Mention(kind, base + s, base + e, text[s:e], label) for s, e, label in self.matches(text)]


def lexicon_rows(file_name: str) -> tuple[dict[str, object], list[dict[str, str]]]:
    """The header and the entry rows of a lexicon file."""
    text = resources.files("warledger").joinpath("data", "extract", file_name).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return rows[0], rows[1:]


@cache
def load_lexicon(file_name: str, label_key: str) -> Lexicon:
    """The lexicon in `data/extract/<file_name>`, labels read from `label_key`, compiled once."""
    header, rows = lexicon_rows(file_name)
    entries = tuple(Entry(row["pattern"], row[label_key]) for row in rows)
    # Longer alternatives first at the same position: order entries by pattern length is not enough,
    # so each group is anchored on word boundaries and Python's leftmost-first choice is kept stable.
    parts = [f"(?P<g{i}>(?:{entry.pattern})(?![\\w-]))" for i, entry in enumerate(entries)]
    # One word-start test before all alternatives: mid-word positions fail once, not once per entry.
    source = f"(?<![\\w])(?:{'|'.join(parts)})"
    scanner = re.compile(source, re.IGNORECASE)
    # Folding is exact only for patterns without upper-case letters of their own (e.g. "(?-i:LNA)").
    own_letters = re.sub(r"\\.|\(\?P<", "", source)
    folded = None if re.search("[A-Z]", own_letters) else re.compile(source)
    return Lexicon(file_name, int(str(header.get("version", 1))), entries, scanner, folded)


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of the literal phrases on word boundaries, longest first
    (stance phrases, counter-claim phrases: data read by more than one stage)."""
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
