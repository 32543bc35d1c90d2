"""The language of a document's text, as an ISO 639-1 code, by py3langid (offline, from PyPI).

Short texts give unreliable guesses, so below a floor of letters and words the answer is "und"
(undetermined, the ISO 639-2 code for it) rather than a confident mistake. The detector's few
ISO 639-3 answers are mapped to ISO 639-1 where one exists (data/ingest/language_codes.json). A text
the detector gives another language but whose words are often English function words is English
(data/ingest/english_function_words.json): "On 3 May 2020, gunmen killed 5 in Kano" is no Pidgin.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

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
    if not code:
        return UNDETERMINED
    return "en" if code != "en" and reads_as_english(sample) else iso_639_1(str(code))


@cache
def _function_words() -> tuple[frozenset[str], float]:
    """The English function words and the share of a text's words they must reach."""
    path = resources.files("warledger").joinpath("data", "ingest", "english_function_words.json")
    data = json.loads(path.read_text("utf-8"))
    return frozenset(data["words"]), float(data["share"])


def reads_as_english(text: str) -> bool:
    """Whether English function words make up enough of the text's words for it to be English."""
    words = re.findall(r"[a-z]+", text[:SAMPLE_CHARS].lower())
    function_words, share = _function_words()
    return bool(words) and sum(w in function_words for w in words) / len(words) >= share


@cache
def language_codes() -> dict[str, str]:
    """py3langid's ISO 639-3 codes mapped to ISO 639-1 (data/ingest/language_codes.json)."""
    text = resources.files("warledger").joinpath("data", "ingest", "language_codes.json").read_text("utf-8")
    return dict(json.loads(text)["codes"])


def iso_639_1(code: str) -> str:
    """The ISO 639-1 code for a detector's answer, where one exists."""
    return language_codes().get(code, code)
