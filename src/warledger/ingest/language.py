"""The language of a document's text, as an ISO 639-1 code, by py3langid (offline, from PyPI).

Short texts give unreliable guesses, so below a floor of letters and words the answer is "und"
(undetermined, the ISO 639-2 code for it) rather than a confident mistake.
"""

from __future__ import annotations

import py3langid

MIN_LETTERS = 20
MIN_WORDS = 3
SAMPLE_CHARS = 5000
UNDETERMINED = "und"


def language_of(text: str) -> str:
    """The ISO 639-1 code of the text's language, or "und" when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(1 for char in sample if char.isalpha())
    if letters < MIN_LETTERS or len(sample.split()) < MIN_WORDS:
        return UNDETERMINED
    code, _score = py3langid.classify(sample)
    return str(code) if code else UNDETERMINED
