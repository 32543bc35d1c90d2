"""Weapons named in the text, mapped into CONTRACT's WEAPON vocabulary by `data/extract/weapons.jsonl`.

A lexicon of regular expressions rather than a statistical model: weapon words are a closed, specialist
vocabulary ("bunker-busting", "barrel bombs", "82mm mortars", "roadside bomb") where a reviewed list is
more accurate than anything learnt from our small data, and a new term is one line of data.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.lexicon import Lexicon, load_lexicon
from warledger.extract.mentions import add_mentions
from warledger.extract.sentences import doc_text

MENTION_KIND = "weapon"
LEXICON_FILE = "weapons.jsonl"


def weapons_lexicon() -> Lexicon:
    return load_lexicon(LEXICON_FILE, "weapon")


def weapons_in(text: str) -> list[str]:
    """The WEAPON labels named in `text`, in order of first mention, without repeats."""
    return list(dict.fromkeys(label for _, _, label in weapons_lexicon().matches(text)))


class WeaponComponent:
    """Adds a `weapon` Mention (value: a WEAPON label) per weapon word."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        add_mentions(doc, weapons_lexicon().mentions(MENTION_KIND, doc_text(doc)))
        return doc


@Language.factory("warledger_weapons")
def make_weapon_component(nlp: Language, name: str) -> WeaponComponent:
    return WeaponComponent(nlp, name)
