"""Who a statement's speaker is: full name, role and affiliation, resolved within one document.

Reports name a speaker once in full with a title ("US Ambassador Samantha Power", "The Assad regime's
ambassador, Bashar al-Ja'afari") and then by surname ("Power said") or pronoun ("She highlighted").
`SpeakerIndex` reads every person named in the document with the titles before them or in an
appositive after them, using the roles and institutions data files, so a later mention resolves to
that person. Pronouns go to the most recent speaker. Only the spaCy parse and NER are used: rules,
nothing downloaded.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from warledger.extract.sentences import doc_text

PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "who", "him", "her", "them"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
TITLE_WINDOW = 7
"""How many tokens before a name may hold its title ("The Assad regime's ambassador, ...")."""
SHORT_ALIAS = 4
"""Aliases this short and without a space match only as written in capitals (US, UK, UN, EU)."""


@dataclass(frozen=True)
class Affiliation:
    name: str
    country: str | None
    kind: str


@dataclass(frozen=True)
class Person:
    """A person the document names in full, with what its titles say about them."""

    name: str
    role: str | None
    affiliation: Affiliation | None


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: who, in what role, and the words naming them at that point."""

    name: str
    role: str | None
    affiliation: Affiliation | None
    start: int
    end: int


def _data_rows(name: str) -> list[list[str]]:
    text = resources.files("warledger").joinpath("data", "statements", name).read_text(encoding="utf-8")
    return [
        row for row in csv.reader(line for line in text.splitlines() if line and not line.startswith("#"))
    ]


@cache
def role_words() -> dict[tuple[str, ...], str]:
    """Role titles as lowercase word tuples -> the canonical role word."""
    return {tuple(row[0].split()): row[1] for row in _data_rows("roles.csv")}


@cache
def affiliation_aliases() -> dict[tuple[str, ...], Affiliation]:
    """Names and adjectives of states and institutions as lowercase word tuples -> the affiliation."""
    return {
        tuple(row[0].split()): Affiliation(row[1], row[2] or None, row[3])
        for row in _data_rows("affiliations.csv")
    }


def _alias_allowed(words: list[Token]) -> bool:
    text = " ".join(t.text for t in words)
    if len(words) == 1 and len(text) <= SHORT_ALIAS:
        return text.isupper()
    return True


def affiliation_in(tokens: list[Token]) -> Affiliation | None:
    """The first state or institution named by the tokens (longest alias first at each position)."""
    aliases = affiliation_aliases()
    lowered = [t.lower_ for t in tokens]
    for i in range(len(tokens)):
        for size in (6, 5, 4, 3, 2, 1):
            key = tuple(lowered[i : i + size])
            if len(key) == size and key in aliases and _alias_allowed(tokens[i : i + size]):
                return aliases[key]
    return None


def role_in(tokens: list[Token]) -> tuple[int, int] | None:
    """Token positions (start, end) of the last role title in the tokens, longest match."""
    roles = role_words()
    lowered = [t.lower_ for t in tokens]
    found = None
    i = 0
    while i < len(tokens):
        step = 1
        for size in (3, 2, 1):
            if len(lowered[i : i + size]) == size and tuple(lowered[i : i + size]) in roles:
                found, step = (i, i + size), size
                break
        i += step
    return found


def _title_tokens_before(doc: Doc, start: int) -> list[Token]:
    """Tokens of the title phrase just before a name: "US Ambassador", "The Assad regime's ambassador,"."""
    found: list[Token] = []
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    while i >= 0 and start - i <= TITLE_WINDOW:
        tok = doc[i]
        if (
            "\n" in tok.text
            or (tok.is_punct and tok.text not in {"-", "."})
            or tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ"}
        ):
            break
        if tok.lower_ in {"the", "a", "an"}:
            break
        found.insert(0, tok)
        i -= 1
    return found


def _appositive_tokens_after(doc: Doc, end: int) -> list[Token]:
    """Tokens of an appositive after a name: "Staffan de Mistura, the UN envoy,"."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    found: list[Token] = []
    for tok in doc[end + 1 : end + 1 + TITLE_WINDOW]:
        if tok.is_punct or "\n" in tok.text or tok.pos_ in {"VERB", "AUX"}:
            break
        found.append(tok)
    return found


def title_of(doc: Doc, start: int, end: int) -> tuple[str | None, Affiliation | None]:
    """The role and affiliation a name's title or appositive gives, if any."""
    for words in (_title_tokens_before(doc, start), _appositive_tokens_after(doc, end)):
        where = role_in(words)
        if where is None:
            if words and words[0].i > start and affiliation_in(words) is not None:
                return None, affiliation_in(words)
            continue
        i, j = where
        before = words[i - 1 : i] if i > 0 and affiliation_in(words[i - 1 : i]) is not None else []
        role = " ".join(t.text for t in [*before, *words[i:j]])
        return role, affiliation_in(words)
    return None, None


def _surname_key(text: str) -> str:
    return text.lower().replace("’", "'")


class SpeakerIndex:
    """The people a document names, reachable by full name or surname, with their titles."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_surname: dict[str, Person] = {}
        self.last: Speaker | None = None
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) >= 2:
                self._add_person(ent)

    def _add_person(self, ent: Span) -> None:
        if "\n" in ent.text:
            return
        role, aff = title_of(self.doc, ent.start, ent.end)
        person = Person(ent.text, role, aff)
        key = _surname_key(ent[-1].text)
        known = self.by_surname.get(key)
        if known is None or (known.role is None and role is not None):
            self.by_surname[key] = person

    def person_named(self, tokens: list[Token]) -> Person | None:
        """The indexed person a phrase names by surname ("Power", "Churkin's", "Mr. McKinley")."""
        for tok in reversed(tokens):
            person = self.by_surname.get(_surname_key(tok.text))
            if person is not None and tok.pos_ in {"PROPN", "NOUN", "X"}:
                return person
        return None

    def speaker_of(self, tokens: list[Token], *, remember: bool = True) -> Speaker | None:
        """Resolve the words naming a speaker to a `Speaker` (updating the most recent speaker)."""
        words = [t for t in tokens if not t.is_space]
        if not words:
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        speaker = self._resolved(words, start, end)
        if remember and speaker is not None and self._is_person(words, speaker):
            self.last = speaker
        return speaker

    def _is_person(self, words: list[Token], speaker: Speaker) -> bool:
        """Whether a resolved speaker is a person a later "he" or "she" may stand for: named, or named by
        a role ("the representative of France")."""
        if speaker.name.lower() in PRONOUNS:
            return False
        if self.last is not None and speaker.name == self.last.name:
            return True
        return (
            self.person_named(words) is not None
            or any(t.ent_type_ == "PERSON" for t in words)
            or speaker.role is not None  # "the representative of France ... He accused ..."
        )

    def _resolved(self, words: list[Token], start: int, end: int) -> Speaker:
        head = words[-1] if len(words) == 1 else _head_of(words)
        if (
            len(words) == 1
            and head.lower_ in PERSONAL_PRONOUNS | {"they", "i", "we"}
            and self.last is not None
        ):
            last = self.last
            return Speaker(last.name, last.role, last.affiliation, start, end)
        person = self.person_named(words)
        role, aff = title_of(self.doc, words[0].i, words[-1].i + 1)
        if person is not None:
            return Speaker(person.name, person.role or role, person.affiliation or aff, start, end)
        text = words_text(self.doc, _trimmed(words))
        if role is None:
            where = role_in(words)
            if where is not None:
                role = " ".join(t.text for t in words[where[0] : where[1]])
        return Speaker(text, role, aff or affiliation_in(words), start, end)


def words_text(doc: Doc, words: list[Token]) -> str:
    """The words as the text writes them ("Britain-based monitoring group", not "Britain - based ..."),
    without a bracket the phrase opens and does not close ("Liberation Tigers of Tamil Eelam (LTTE")."""
    text = doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
    if text.count("(") > text.count(")"):
        text = text[: text.rindex("(")].rstrip()
    return text or " ".join(t.text for t in words)


def _head_of(words: list[Token]) -> Token:
    ids = {t.i for t in words}
    for tok in words:
        if tok.head.i not in ids or tok.head.i == tok.i:
            return tok
    return words[-1]


def _trimmed(words: list[Token]) -> list[Token]:
    """A speaker phrase without leading determiners and trailing punctuation."""
    kept = list(words)
    while kept and (kept[-1].is_punct or kept[-1].lower_ in {"'s", "’s"}):
        kept.pop()
    while kept and (kept[0].is_punct or kept[0].lower_ in {"the", "a", "an"}):
        kept.pop(0)
    return kept or words
