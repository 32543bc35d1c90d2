"""The home country of a report's outlet (extract/outlets.py, data/places/outlets.csv) and its use as a
weak prior for places: a tie-breaker between namesakes and a country for a place the gazetteer lacks."""

from __future__ import annotations

import random

import pycountry
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from warledger.extract.gazetteer import data_rows, name_key
from warledger.extract.models import Place
from warledger.extract.outlets import SOURCE_KEY, outlet_country, outlets, vanity_domains
from warledger.extract.places import place_for

ALPHA2 = {c.alpha_2 for c in pycountry.countries} | {"XK"}


def test_every_outlet_row_has_names_and_a_known_country_or_none() -> None:
    for row in data_rows("outlets.csv"):
        names = row["outlet"].split("|")
        assert all(n.strip() and name_key(n) for n in names), row
        assert row["alpha2"] == "" or row["alpha2"] in ALPHA2, row


def test_no_outlet_name_is_listed_with_two_countries() -> None:
    seen: dict[str, str] = {}
    for row in data_rows("outlets.csv"):
        for name in row["outlet"].split("|"):
            key = name_key(name)
            assert seen.setdefault(key, row["alpha2"]) == row["alpha2"], (name, seen[key], row["alpha2"])


@pytest.mark.parametrize(
    ("source", "country"),
    [
        ("An-Nahar", "LB"),
        ("Daily Star (Lebanon)", "LB"),  # a country in brackets
        ("Guardian (Nigeria)", "NG"),  # ... before the table's international Guardian
        ("Ministry of Defence of Azerbaijan", "AZ"),  # a country inside the name
        ("Times of India", "IN"),
        ("Syrian Observatory for Human Rights", "SY"),  # listed; a demonym would also say so
        ("Kenyan Red Cross", "KE"),  # a demonym opening the name
        ("France 24", None),  # international: its name's country is not its home
        ("Voice of America", None),
        ("Twitter", None),
        ("New York Times", None),
        ("Al Ghad (Jordan); El Nashra; An-Nahar; AFP", "LB"),  # the parts vote
        ("Kyiv Post; Dawn", None),  # a tie says nothing
        ("", None),
        (None, None),
        ("Some Unknown Blog", None),
        ("26 September News - Pro-Hadi", "YE"),  # a coder's qualifier after a spaced dash
        ("An-Nahar - Lebanon", "LB"),
        ("Some Unknown Blog - Nigeria", "NG"),  # ... read when it is a country
        ("Some Unknown Blog - Pro-Government", None),
        ("Al Masirah - Pro-Houthi", "YE"),
        ("Al Ghad (Jordan) - Pro-Government", "JO"),  # a bracketed country before the qualifier
        ("Straits Times", None),  # a national daily most cited for its neighbours' events
        ("Al-Ghad", "JO"),  # a hyphen inside a name is not a qualifier
        ("Dnes.bg", "BG"),  # a bare web address: its country-code domain
        ("www.example.ng", "NG"),
        ("Example.tv", None),  # ... but not a domain sold worldwide
        ("Camer.be", "CM"),  # the table before the domain
        ("The Ethiopian Herald", "ET"),  # a demonym after "The"
        ("La Republica", None),  # names several countries' outlets bear say nothing
        ("El Tiempo", None),
        ("Al Rai", None),  # Kuwait's and Jordan's; not Italy's RAI under the article-free key
        ("Lusa", None),  # Portugal's agency reports Lusophone Africa as much as Portugal
        ("La Republica (Peru)", "PE"),
    ],
)
def test_outlet_country(source: str | None, country: str | None) -> None:
    assert outlet_country(source) == country


@settings(deadline=None)  # the first call loads the outlet table and the country names
@given(st.text(max_size=80))
def test_any_source_text_gives_a_country_code_or_none(source: str) -> None:
    code = outlet_country(source)
    assert code is None or code in ALPHA2


LISTED = sorted(
    {(name, row["alpha2"]) for row in data_rows("outlets.csv") for name in row["outlet"].split("|")}
)
HOMED = [(name, code) for name, code in LISTED if code]


@settings(deadline=None)
@given(st.sampled_from(HOMED), st.from_regex(r"[A-Z][a-z]{2,12}( [A-Z][a-z]{2,12})?", fullmatch=True))
def test_a_qualifier_that_is_no_country_keeps_the_outlets_country(listed: tuple[str, str], note: str) -> None:
    from warledger.extract.gazetteer import country_names

    name, code = listed
    assume(name_key(note) not in country_names().names and name_key(f"{name} {note}") not in outlets())
    assert outlet_country(f"{name} - {note}") == code


@settings(deadline=None)
@given(st.sampled_from(HOMED))
def test_a_listed_name_is_read_whatever_its_case(listed: tuple[str, str]) -> None:
    name, code = listed
    assert outlet_country(name.upper()) == outlet_country(name.lower()) == code


@settings(deadline=None)
@given(st.lists(st.sampled_from([name for name, _ in LISTED]), min_size=1, max_size=5), st.randoms())
def test_the_parts_vote_whatever_their_order(names: list[str], rng: random.Random) -> None:
    shuffled = names[:]
    rng.shuffle(shuffled)
    assert outlet_country("; ".join(shuffled)) == outlet_country("; ".join(names))


@settings(deadline=None)
@given(st.from_regex(r"[a-z]{3,10}", fullmatch=True), st.sampled_from(sorted(vanity_domains())))
def test_a_web_address_on_a_domain_sold_worldwide_says_nothing(label: str, domain: str) -> None:
    assume(name_key(label) not in outlets() and f"{label} {domain}" not in outlets())
    assert outlet_country(f"{label}.{domain}") is None


def test_the_table_is_loaded_once_and_is_not_empty() -> None:
    assert outlets() is outlets()
    assert len(outlets()) > 500


def _place(nlp: Language, text: str, source: str | None) -> Place | None:
    doc = nlp.make_doc(text)
    doc.user_data[SOURCE_KEY] = source
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return place_for(doc, 0, len(text))


def _country(nlp: Language, text: str, source: str | None) -> str | None:
    place = _place(nlp, text, source)
    return place.country if place else None


def test_an_outlet_breaks_a_tie_between_namesakes(nlp: Language) -> None:
    text = "On 9 May 2020, protesters gathered outside the Seray in Tripoli and demanded a release."
    assert _country(nlp, text, None) == "LY"  # the bigger Tripoli, with nothing else to go by
    assert _country(nlp, text, "An-Nahar") == "LB"


def test_the_text_outweighs_the_outlet(nlp: Language) -> None:
    text = "On 9 May 2020, militias clashed in Tripoli, Libya, near the airport."
    assert _country(nlp, text, "An-Nahar") == "LY"


def test_a_place_the_gazetteer_lacks_takes_the_outlets_country(nlp: Language) -> None:
    text = "On 5 May 2020, protesters blocked the Qaryat Zubdiyya highway in both directions."
    place = _place(nlp, text, "El Nashra")
    assert place is not None and place.country == "LB"
    assert place.lat is None  # the country is a prior, not a point


def test_a_report_through_extract_carries_its_source_to_the_places() -> None:
    from warledger.extract import extract_documents
    from warledger.ingest.document import Document

    text = "On 1 May 2020, protesters gathered at the Nour square in Tripoli against dire living conditions."
    doc = Document(
        original=text.encode(),
        text=text,
        media_type="text/plain",
        extractor="text",
        language="en",
        source="L'Orient-Le Jour",
    )
    (extraction,) = extract_documents([doc])
    assert extraction.incidents[0].place is not None
    assert extraction.incidents[0].place.country == "LB"


def test_a_small_or_alternate_name_abroad_gives_way_to_the_outlets_country(nlp: Language) -> None:
    text = "On 1 May 2020, rioters gathered outside the house of a deputy in el Mina and chanted slogans."
    assert _country(nlp, text, None) != "LB"  # GeoNames also calls Minna, Nigeria "Mina"
    place = _place(nlp, text, "An-Nahar")
    assert place is not None and (place.name, place.country, place.lat) == ("el Mina", "LB", None)


def test_a_well_known_place_abroad_is_still_believed(nlp: Language) -> None:
    text = "On 1 May 2020, protesters gathered outside the embassy in Baghdad."
    assert _country(nlp, text, "An-Nahar") == "IQ"


def test_an_unknown_town_holding_only_unknown_places_is_named(nlp: Language) -> None:
    text = "On 29 April 2020, protesters blocked the Sa'a roundabout in el Mina over an activist's arrest."
    place = _place(nlp, text, "An-Nahar")
    assert place is not None and (place.name, place.country) == ("el Mina", "LB")


def test_vanity_domains_are_two_letter_codes() -> None:
    assert vanity_domains() and all(len(d) == 2 and d.isalpha() and d.islower() for d in vanity_domains())
