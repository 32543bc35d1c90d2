"""The first-character scan of a long alternation gives exactly the matches of the one big regex."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warledger.extract.actors import alias_scanner
from warledger.extract.alternation import Alternation, _branches, first_characters, leading_strings


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("ltte|tamil tigers", {"l", "t"}),
        ("(?:the )?army", {"t", "a"}),
        ("(?-i:LPR|DPR)", {"l", "d"}),
        ("[Hh]outhis?", {"h"}),
        ("al[- ]?qaeda", {"a"}),
        (r"\w+ forces", None),  # a category: could start anywhere
        ("(?:x)?", None),  # can match nothing
    ],
)
def test_first_characters_are_read_from_the_pattern(pattern: str, expected: set[str] | None) -> None:
    found = first_characters(pattern, re.IGNORECASE)
    assert found == (frozenset(expected) if expected is not None else None)


# actor-table shapes both scans are checked on: optional and fixed words, acronyms, groups, named groups
ACTOR_ALTERNATIVES = [
    "(?:the )?army(?![\\w-])",
    "army forces(?![\\w-])",
    "ltte|tamil tigers",
    "(?-i:ADF)(?![\\w-])",
    "al[- ]?qaeda",
    "(?P<demonym>syrian|sri lankan) (?:troops|army)",
]
ALTERNATIVES = [*ACTOR_ALTERNATIVES, r"\w+ militia"]
WORDS = [
    "the",
    "army",
    "forces",
    "ltte",
    "tamil",
    "tigers",
    "ADF",
    "adf",
    "al-qaeda",
    "qaeda",
    "al",
    "syrian",
    "sri",
    "lankan",
    "troops",
    "militia",
    "x",
    "(",
    ")",
    ",",
    "-",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=25),
    st.lists(st.sampled_from(["", " ", "  ", "-"]), max_size=25),
)
def test_the_scan_gives_the_matches_of_the_whole_alternation(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    scanner = Alternation(ALTERNATIVES, re.IGNORECASE)
    expected = [(m.start(), m.end(), m.lastgroup) for m in scanner.whole.finditer(text)]
    assert [(m.start(), m.end(), m.lastgroup) for m in scanner.finditer(text)] == expected


def test_the_actor_table_scans_as_its_whole_alternation() -> None:
    text = (
        "On 3 May, Syrian army troops and Hezbollah fighters clashed with HTS near Idlib, while the "
        "Tamil Tigers, the ADF, police forces of Mexico and unidentified gunmen were named elsewhere."
    )
    scanner = alias_scanner()
    expected = [(m.span(), m.lastgroup) for m in scanner.whole.finditer(text)]
    assert expected and [(m.span(), m.lastgroup) for m in scanner.finditer(text)] == expected


ACTOR_PHRASES = (
    "Syrian army troops and Hezbollah fighters clashed with HTS hts near Idlib the Tamil Tigers ADF "
    "police forces of Mexico LNA lna Libyan National Army Kılıç İdlib ſpecial-forces US U.S. us-led FARC-EP "
    "Ejército Gaitanista KIA kia The Wagner wagner PDF PDFs file regime Assad Haftar's"
)
ACTOR_WORDS = ACTOR_PHRASES.split()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ACTOR_WORDS), max_size=20), st.sampled_from([" ", ", ", "-", "  "]))
def test_the_actor_table_scans_as_its_whole_alternation_on_any_words(words: list[str], gap: str) -> None:
    """The quick folded test before each regex (see `_detectors`) never skips a match."""
    text = gap.join(words)
    scanner = alias_scanner()
    expected = [(m.span(), m.lastgroup) for m in scanner.whole.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in scanner.finditer(text)] == expected


def test_a_named_alternation_is_cut_into_its_branches() -> None:
    part = r"(?P<a1>(?:(?-i:LNA)|libyan [a|(]rmy|haftar(?:'s|x)? forces)(?![\w-]))"
    assert _branches(part) == [
        r"(?:(?-i:LNA))(?![\w-])",
        r"(?:libyan [a|(]rmy)(?![\w-])",
        r"(?:haftar(?:'s|x)? forces)(?![\w-])",
    ]
    assert _branches("(?P<a2>abc)") == ["(?P<a2>abc)"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("ltte|tamil tigers", {"ltt", "tam"}),
        ("(?:the )?army", {"the", "arm"}),
        ("(?-i:ADF)", {"adf"}),
        ("al[- ]?qaeda", {"al-", "al ", "alq"}),
        ("x{2,5}y", {"xxx", "xxy"}),
        ("(?:a?){5}b", {"b", "ab", "aab", "aaa"}),  # a match may be shorter than three characters
        ("un(?![\\w-])", {"un"}),
        ("ej[eé]rcito", {"eje", "ejé"}),
        ("[eé]jercito", {"eje", "éje"}),
        ("x[sſ]elf", {"xse", "x"}),  # cut before a character IGNORECASE matches beyond its lower case
        ("[sſ]elf", None),
        (r"\w+ militia", None),
        ("(?:x)?", None),
    ],
)
def test_leading_strings_are_read_from_the_pattern(pattern: str, expected: set[str] | None) -> None:
    found = leading_strings(pattern, re.IGNORECASE)
    assert found == (frozenset(expected) if expected is not None else None)


LEADING_ALTERNATIVES = [*ACTOR_ALTERNATIVES, "k[a-z]{0,2}(?![\\w-])", "s[eé]l[eé]ka|c[aá]rtel"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *WORDS,
                "\u212ak",
                "\u212a",
                "ks",
                "ſ",
                "ı",
                "Army",
                "THE",
                "Σ",
                "SÉLÉKA",
                "Séléka",
                "Cártel",
                "CÁRTEL",
            ]
        ),
        max_size=25,
    ),
    st.lists(st.sampled_from(["", " ", "  ", "-"]), max_size=25),
)
def test_the_scan_of_leading_strings_gives_the_matches_of_the_whole_alternation(
    words: list[str], gaps: list[str]
) -> None:
    """With no alternative that may start anywhere, only the places where a leading string follows are
    tried (`_heads`); it still gives the whole alternation's matches, Kelvin signs and long s included."""
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    scanner = Alternation(LEADING_ALTERNATIVES, re.IGNORECASE)
    assert scanner._heads is not None
    expected = [(m.start(), m.end(), m.lastgroup) for m in scanner.whole.finditer(text)]
    assert [(m.start(), m.end(), m.lastgroup) for m in scanner.finditer(text)] == expected
