"""Place names compared across transliterations: Urum al-Kubra, Urm al-Kubra, Orem al Kubra are one village.

Outlets spell Arabic, Ukrainian or Pashto names in Latin letters each their own way, so exact
comparison splits one event into many. A name is reduced twice: its *core* (unidecode, lower case,
Arabic articles and part-of-place qualifiers dropped) and its *skeleton* (the core's consonants with
common digraphs folded and doubles collapsed, since transliterations disagree mostly on vowels).
Similarity is the better of a rapidfuzz ratio on either; the rules are data (data/resolve/place_names.json).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz
from unidecode import unidecode

SAME_PLACE = 0.85
"""Name similarity from which two names are taken to be one place."""
SHORT_SKELETON = 3
"""Skeletons shorter than this (Hama, Gaza) are too short to be trusted alone."""
SHORT_NAME_RATIO = 0.8
CONTAINED = 0.75
"""Similarity of a name and a part of it (Aleppo, eastern Aleppo): compatible, not identical."""
VOWELS = "aeiou"


@dataclass(frozen=True)
class NameRules:
    """The data that says how names are folded: articles, qualifiers, consonant spellings."""

    articles: frozenset[str]
    qualifiers: frozenset[str]
    digraphs: tuple[tuple[str, str], ...]


@cache
def name_rules() -> NameRules:
    """The rules of data/resolve/place_names.json, loaded once."""
    raw = json.loads(
        resources.files("warledger.data").joinpath("resolve/place_names.json").read_text("utf-8")
    )
    digraphs = sorted(raw["consonant_digraphs"].items(), key=lambda item: -len(item[0]))
    return NameRules(frozenset(raw["articles"]), frozenset(raw["qualifiers"]), tuple(digraphs))


@lru_cache(maxsize=65536)
def core_tokens(name: str) -> tuple[str, ...]:
    """The words that say which place: ASCII, lower case, without articles or qualifiers."""
    rules = name_rules()
    ascii_name = unidecode(name).lower().replace("'", "").replace("`", "")
    words = [re.sub(r"(.)\1+", r"\1", w) for w in re.split(r"[^a-z0-9]+", ascii_name)]
    kept = tuple(w for w in words if w and w not in rules.articles and w not in rules.qualifiers)
    return kept or tuple(w for w in words if w)


def core_name(name: str) -> str:
    """The core tokens as one string: the name as compared."""
    return " ".join(core_tokens(name))


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonants of the core name, digraphs folded and doubles collapsed: Urum al-Kubra -> "rm kbr"."""
    folded = []
    for token in core_tokens(name):
        for spelling, sound in name_rules().digraphs:
            token = token.replace(spelling, sound)
        consonants = "".join(ch for ch in token if ch not in VOWELS)
        folded.append(re.sub(r"(.)\1+", r"\1", consonants))
    return " ".join(t for t in folded if t)


@lru_cache(maxsize=65536)
def place_name_similarity(a: str, b: str) -> float:
    """How likely two spellings name one place, 0..1 (SAME_PLACE and above: the same place)."""
    core_a, core_b = core_name(a), core_name(b)
    if not core_a or not core_b:
        return 0.0
    if core_a == core_b:
        return 1.0
    ratio = fuzz.ratio(core_a, core_b) / 100
    skel_a, skel_b = skeleton(a), skeleton(b)
    short = min(len(skel_a.replace(" ", "")), len(skel_b.replace(" ", ""))) < SHORT_SKELETON
    if short:
        score = ratio if ratio >= SHORT_NAME_RATIO else min(ratio, SAME_PLACE - 0.01)
    else:
        score = max(ratio, 0.95 if skel_a == skel_b else 0.95 * fuzz.ratio(skel_a, skel_b) / 100)
    if is_part_of(core_tokens(a), core_tokens(b)):
        score = max(score, CONTAINED)
    return score


def is_part_of(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name's words all inside the other's (Aleppo in Aleppo Citadel)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return bool(small) and set(small) <= set(large)


def same_place_name(a: str, b: str) -> bool:
    """Whether two names are spellings of one place."""
    return place_name_similarity(a, b) >= SAME_PLACE


MENTION_WINDOW = 3
"""Longest run of words taken as one place name when looking for names in running text."""
MIN_MENTION_SKELETON = 4
"""Shorter skeletons (Hama: "hm") would be found in ordinary words."""


def name_key(name: str) -> str:
    """A place name's skeleton without spaces: Kafr Nabl, Kfar Nabel and Kafranbel are all "kfrnbl"."""
    return skeleton(name).replace(" ", "")


@lru_cache(maxsize=8192)
def mentioned_name_keys(text: str) -> frozenset[str]:
    """The `name_key` of every run of up to MENTION_WINDOW words in a text: the places it may name."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    keys = {
        name_key(" ".join(words[i : i + n])) for n in range(1, MENTION_WINDOW + 1) for i in range(len(words))
    }
    return frozenset(k for k in keys if len(k) >= MIN_MENTION_SKELETON)


def text_names_place(text: str, name: str) -> bool:
    """Whether a text names the place, in any transliteration (skeletons of 4+ consonants only)."""
    key = name_key(name)
    return len(key) >= MIN_MENTION_SKELETON and key in mentioned_name_keys(text)
