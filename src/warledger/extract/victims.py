"""Victim groups (children, women, civilians, aid workers, journalists, medical staff...) named in the text.

A lexicon in `data/extract/victims.jsonl`. Incidents take the groups named in their casualty sentences
("dozens of children and women", "including 3 children"), which is where reports say who was hurt.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.lexicon import Lexicon, load_lexicon
from warledger.extract.mentions import add_mentions
from warledger.extract.sentences import doc_text

MENTION_KIND = "victim"
LEXICON_FILE = "victims.jsonl"


def victims_lexicon() -> Lexicon:
    return load_lexicon(LEXICON_FILE, "group")


def victim_groups_in(text: str) -> list[str]:
    """The victim groups named in `text`, in order of first mention, without repeats."""
    return list(dict.fromkeys(label for _, _, label in victims_lexicon().matches(text)))


class VictimComponent:
    """Adds a `victim` Mention (value: a group name) per victim word."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        add_mentions(doc, victims_lexicon().mentions(MENTION_KIND, doc_text(doc)))
        return doc


@Language.factory("warledger_victims")
def make_victim_component(nlp: Language, name: str) -> VictimComponent:
    return VictimComponent(nlp, name)
