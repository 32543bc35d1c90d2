"""What was hit (targets), mapped into CONTRACT's TARGET vocabulary by `data/extract/targets.jsonl`.

Like weapons, a reviewed lexicon: "aid convoy" is humanitarian_aid, "White Helmets" and "civil defence"
are rescue_services, "pumping station" is water_infrastructure. Incidents keep only the targets named
in their own sentences, so a place mentioned elsewhere in the report does not become a target.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warledger.extract.lexicon import Lexicon, load_lexicon
from warledger.extract.mentions import add_mentions
from warledger.extract.sentences import doc_text

MENTION_KIND = "target"
LEXICON_FILE = "targets.jsonl"


def targets_lexicon() -> Lexicon:
    return load_lexicon(LEXICON_FILE, "target")


def targets_in(text: str) -> list[str]:
    """The TARGET labels named in `text`, in order of first mention, without repeats."""
    return list(dict.fromkeys(label for _, _, label in targets_lexicon().matches(text)))


class TargetComponent:
    """Adds a `target` Mention (value: a TARGET label) per target word."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        add_mentions(doc, targets_lexicon().mentions(MENTION_KIND, doc_text(doc)))
        return doc


@Language.factory("warledger_targets")
def make_target_component(nlp: Language, name: str) -> TargetComponent:
    return TargetComponent(nlp, name)
