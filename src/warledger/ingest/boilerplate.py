"""Boilerplate lines that outlive HTML extraction: newsletter pitches, copyright notices, "share
this article" and the like, dropped from the text of web pages and feed items.

trafilatura removes navigation and footers by their markup; a page that puts "Subscribe to our
newsletter" in a plain paragraph after the article gives it no cue. The patterns are data
(data/ingest/boilerplate.jsonl), each anchored to a whole short line so article sentences never match.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

MAX_BOILERPLATE_CHARS = 200


@cache
def boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    """The compiled patterns of data/ingest/boilerplate.jsonl (the first line is its header)."""
    text = resources.files("warledger").joinpath("data", "ingest", "boilerplate.jsonl").read_text("utf-8")
    rows = [json.loads(line) for line in text.splitlines()[1:] if line.strip()]
    return tuple(re.compile(row["pattern"], re.IGNORECASE) for row in rows)


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is boilerplate (a short line matching one of the patterns)."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_BOILERPLATE_CHARS:
        return False
    return any(pattern.fullmatch(stripped) for pattern in boilerplate_patterns())


def without_boilerplate(text: str) -> str:
    """The text without its boilerplate lines; every other line is kept as it was."""
    return "\n".join(line for line in text.split("\n") if not is_boilerplate(line))
