"""Undoing hard line wraps, so that a sentence split across lines is one line again.

PDF text comes out one printed line at a time, and plain-text reports are often wrapped at a
fixed width; "killing at least" / "12 people" on two lines hides a casualty figure from the
extractor. A line nearly as long as the longest line around it ran into the margin, so the next
line continues it; shorter lines (headings, datelines, a paragraph's last line) keep their break.
"""

from __future__ import annotations

from itertools import pairwise

FULL_LINE_SHARE = 0.8
MIN_LINES_TO_UNWRAP = 3
MAX_WRAPPED_WIDTH = 100
MIN_WRAPPED_WIDTH = 50


def unwrapped(text: str) -> str:
    """The text with hard wraps undone inside each paragraph (blank lines separate paragraphs)."""
    lines = [line.strip() for line in text.strip().splitlines()]
    if len([line for line in lines if line]) < MIN_LINES_TO_UNWRAP:
        return "\n".join(lines)
    full = FULL_LINE_SHARE * max(len(line) for line in lines)
    out = [lines[0]]
    for previous, line in pairwise(lines):
        if len(previous) < full or not line:
            out.append("\n" + line)
        elif previous.endswith("-") and line[:1].islower():
            out[-1] = out[-1][:-1]
            out.append(line)
        else:
            out.append(" " + line)
    return "".join(out)


def looks_hard_wrapped(text: str) -> bool:
    """Whether a plain text was wrapped at a fixed width (no line longer than a terminal's)."""
    lengths = [len(line.rstrip()) for line in text.splitlines() if line.strip()]
    return len(lengths) >= MIN_LINES_TO_UNWRAP and MIN_WRAPPED_WIDTH <= max(lengths) <= MAX_WRAPPED_WIDTH
