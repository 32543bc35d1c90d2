"""Language codes: ISO 639-1 from py3langid, "und" for short or language-less text."""

from __future__ import annotations

import json
import re
from importlib import resources

import py3langid
import pytest

from warledger.ingest.language import iso_639_1, language_of


def test_every_mapped_code_is_a_detector_code_and_maps_to_iso_639_1_or_und() -> None:
    data = json.loads(
        resources.files("warledger").joinpath("data", "ingest", "language_codes.json").read_text()
    )
    assert data["version"] == 1 and data["about"]
    py3langid.classify("loads the model")
    detector_codes = set(py3langid.langid.IDENTIFIER.nb_classes)
    for source, target in data["codes"].items():
        assert re.fullmatch(r"[a-z]{3}", source)
        assert target == "und" or re.fullmatch(r"[a-z]{2}", target)
        assert source in detector_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The shelling hit the market early on Sunday morning, residents said.", "en"),
        ("Le bombardement a frappé le marché dimanche matin, selon les habitants.", "fr"),
        ("Los bombardeos alcanzaron el mercado el domingo por la mañana, dijeron los vecinos.", "es"),
        ("Too short", "und"),
        ("", "und"),
    ],
)
def test_language_of_gives_iso_639_1_codes(text: str, code: str) -> None:
    assert language_of(text) == code


def test_detector_codes_without_language_become_und() -> None:
    assert iso_639_1("zxx") == "und" and iso_639_1("arz") == "ar" and iso_639_1("en") == "en"


def test_a_short_english_note_full_of_foreign_names_is_english() -> None:
    """The detector alone takes this note for Nigerian Pidgin; its "of" says English."""
    note = "On 3 May 2020, gunmen killed 2 residents of Gidan Waya (Jemaa LGA, Kaduna)"
    code, _ = py3langid.classify(note)
    assert code != "en"
    assert language_of(note) == "en"


def test_function_words_file_is_versioned_and_lowercase() -> None:
    data = json.loads(
        resources.files("warledger").joinpath("data", "ingest", "english_function_words.json").read_text()
    )
    assert data["version"] == 1 and data["about"] and 0 < data["share"] < 1
    assert all(re.fullmatch(r"[a-z]+", word) for word in data["words"])
