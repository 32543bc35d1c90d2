"""The home country of the outlet a report comes from: a prior for where the report's places lie.

Why: a national or local outlet reports mostly on its own country, and a coder reading "protesters gathered
in Tripoli" in An-Nahar codes Lebanon's Tripoli, not Libya's, although the note itself names no country.
The same holds for monitors bound to one conflict (the OSCE mission in Ukraine, the Syrian Observatory) and
for an army's or armed group's own press service. The prior is weak: it breaks ties between namesakes and
gives a country to a place the gazetteer lacks, and any country the text itself points to comes first.

A source is the Document's `source` as ingest keeps it: one outlet or several ("An-Nahar; El Nashra; AFP").
Each part is read by, in order: the outlet table (data/places/outlets.csv; an empty country marks an
international outlet, "France 24", whose name must not be read as a country), a country written in
brackets ("Daily Star (Lebanon)"), then a country's name or demonym inside the outlet's name ("Ministry of
Defence of Azerbaijan", "Times of India", "Syrian Observatory for Human Rights", "The Ethiopian Herald").
A qualifier after a spaced dash ("26 September News - Pro-Hadi", "AFN - Tijuana") is the coder's note, not
the outlet's name: the name before it is read, and the note only when it is a country. A bare web address
("Dnes.bg") is read by its country-code domain, except the domains sold worldwide (.tv, .io, .me, ...).
The parts vote; a tie says nothing.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from spacy.tokens import Doc

from warledger.extract.gazetteer import country_names, data_lines, data_rows, name_key

SOURCE_KEY = "warledger_source"  # Doc.user_data: the Document's source, set by extract_documents
PARTS = re.compile(r"[;|]")
BRACKETED = re.compile(r"\(([^()]+)\)\s*$")
QUALIFIED = re.compile(r"\s+[-\u2013\u2014]\s+")  # "Name - Pro-Houthi": a spaced dash, not "Al-Ghad"
WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.([a-z]{2})/?$", re.IGNORECASE)
LEADING_THE = "the"


@functools.cache
def outlets() -> dict[str, str | None]:
    """Outlet name keys to their home country (None: international, no prior)."""
    table: dict[str, str | None] = {}
    for row in data_rows("outlets.csv"):
        for name in filter(None, row["outlet"].split("|")):
            table[name_key(name)] = row["alpha2"] or None
    return table


@functools.lru_cache(maxsize=4096)
def outlet_country(source: str | None) -> str | None:
    """The home country most of the source's outlets share, or None when none has one or they tie."""
    votes: Counter[str] = Counter()
    for part in PARTS.split(source or ""):
        code = _part_country(part.strip())
        if code:
            votes[code] += 1
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _part_country(part: str) -> str | None:
    """One part's country: a listed name as a whole ("Al Ghad (Jordan) - Pro-Government" may be listed),
    else the outlet before a spaced dash, unless the note after it is a country; else the part itself."""
    if not part:
        return None
    if name_key(part) in outlets():
        return outlets()[name_key(part)]
    head, *notes = QUALIFIED.split(part)
    if not notes or not head:
        return _outlet_country(part)
    names = country_names()
    noted = {c for note in notes if (c := names.names.get(name_key(note)))}
    if len(noted) == 1:
        return noted.pop()
    return _outlet_country(head)


def _outlet_country(part: str) -> str | None:
    """One outlet's country: the table, a bracketed country, a web address's domain, a country in its name."""
    table = outlets()
    whole = name_key(part)
    if whole in table:
        return table[whole]
    names = country_names()
    bracket = BRACKETED.search(part)
    if bracket:
        code = names.names.get(name_key(bracket.group(1)))
        if code:
            return code
        part = part[: bracket.start()]
    key = name_key(part)
    if key in table:
        return table[key]
    address = WEB_ADDRESS.match(part.strip())
    if address:
        return _domain_country(address.group(1).lower())
    return _named_country(key.split())


def _domain_country(domain: str) -> str | None:
    """The country of a country-code domain ("bg" -> BG, "uk" -> GB), None for one sold worldwide."""
    if domain in vanity_domains():
        return None
    code = "GB" if domain == "uk" else domain.upper()
    return code if code in _country_codes() else None


@functools.cache
def vanity_domains() -> frozenset[str]:
    """Country-code domains sold to anyone, whose sites say nothing of a country (.tv: Tuvalu)."""
    return frozenset(line.strip().lower() for line in data_lines("vanity_domains.txt"))


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(country_names().names.values())


def _named_country(words: list[str]) -> str | None:
    """A country's name anywhere in the outlet's name, or a demonym opening it ("Syrian Observatory")."""
    names = country_names()
    found = {
        code
        for size in (3, 2, 1)
        for i in range(len(words) - size + 1)
        if (code := names.names.get(" ".join(words[i : i + size])))
    }
    opening = words[1:] if words[:1] == [LEADING_THE] else words
    if not found and opening:
        code = names.demonyms.get(opening[0])
        found = {code} if code else set()
    return found.pop() if len(found) == 1 else None


def home_country(doc: Doc) -> str | None:
    """The home country of the outlet `doc` comes from, if ingest recorded its source."""
    return outlet_country(doc.user_data.get(SOURCE_KEY))
