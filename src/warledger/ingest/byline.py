"""Bylines and datelines at the top of plain-text and PDF reports: author, outlet and date.

Text files carry no metadata, but reports usually open with a headline and a line such as
"By Jane Doe, Some Outlet, 11 March 2024" or "Some Bulletin - Situation update, 24 April 2024".
Only the first few short lines are read, and the headline itself is never taken as an outlet,
because a date or a name inside the story says something else (when and who, not where from).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from warledger.ingest.dates import BYLINE_LINES, MAX_BYLINE_CHARS, WRITTEN_DATE, Published, byline_published

BY_AUTHOR = re.compile(r"^By\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})(?=\s*(?:[,|–—-]|$))")
SEGMENT_SEPARATOR = re.compile(r"\s+[–—|-]\s+|\s*,\s*|\s*\|\s*")
MAX_OUTLET_WORDS = 6
OUTLET_START = re.compile(r"^[^\W\d_]")


class Byline(NamedTuple):
    """What the top of a report says about who wrote it, for whom, and when."""

    author: str | None
    outlet: str | None
    published: Published | None


def byline_of(text: str) -> Byline:
    """The author, outlet and publication date stated on the first short lines, where they are."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()][:BYLINE_LINES]
    author, outlet = None, None
    for index, line in enumerate(lines):
        by = BY_AUTHOR.match(line)
        if by and author is None:
            author = by.group(1)
            outlet = outlet or outlet_in(line[by.end() :])
        elif index > 0 and len(line) <= MAX_BYLINE_CHARS and WRITTEN_DATE.search(line):
            outlet = outlet or outlet_in(line)
    return Byline(author, outlet, byline_published(text))


def outlet_in(line: str) -> str | None:
    """The first part of a byline that reads as a name: letters first, no digits, a few words."""
    for segment in SEGMENT_SEPARATOR.split(line.strip(" ,|–—-*_")):
        if reads_as_name(segment):
            return segment.strip()
    return None


def reads_as_name(segment: str) -> bool:
    words = segment.split()
    return (
        0 < len(words) <= MAX_OUTLET_WORDS
        and bool(OUTLET_START.match(segment))
        and not any(char.isdigit() for char in segment)
    )
