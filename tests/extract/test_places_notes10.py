"""Place forms of ACLED-style notes found by the tenth blind batch (tests/golden/other_periods/notes10.jsonl).

Each test pins one general reading of how a note writes where something happened, with texts of our own.
"""

from __future__ import annotations

from spacy.language import Language

from warledger.extract.gazetteer import km
from warledger.extract.models import Place
from warledger.extract.places import place_for


def _place(nlp: Language, text: str) -> Place | None:
    return place_for(nlp(text), 0, len(text))


def test_a_country_name_before_a_lowercase_city_is_the_city(nlp: Language) -> None:
    """ "Gaza city", "Kuwait city": the city, not the country (Palestine's point is Jerusalem's, 75 km from
    Gaza), and a neighbourhood of it written before it is coded to the city."""
    for text, country, point in (
        (
            "On 10 August 2024, Israeli aircraft struck a school in Gaza city, killing 9 people.",
            "PS",
            (31.50, 34.47),
        ),
        (
            "On 10 August 2024, Israeli aircraft struck a school in the Al Daraj neighbourhood of Gaza city "
            "(Gaza City, Gaza Strip), killing over 90 people.",
            "PS",
            (31.50, 34.47),
        ),
        ("On 2 May 2023, protesters gathered in Kuwait city, demanding jobs.", "KW", (29.37, 47.98)),
    ):
        place = _place(nlp, text)
        assert place is not None and place.lat is not None and place.lon is not None, text
        assert place.country == country and place.precision == "city", (text, place)
        assert place.name.lower() in ("gaza city", "kuwait city"), (text, place)
        assert km((place.lat, place.lon), point) < 10, (text, place)


def test_a_road_named_after_two_towns_is_placed_at_an_end_only_when_nothing_else_is_written(
    nlp: Language,
) -> None:
    """ "on the Kupiansk-Svatove road": a town on the road, not the country of the doers (Russia, for a
    mine Russian forces laid in Kharkiv); a town or unit written beside the road says where on it."""
    alone = _place(
        nlp,
        "On 4 July 2023, a civilian car hit an anti-tank mine laid by Russian forces on the Kupiansk-Svatove "
        "road, killing 2 civilians.",
    )
    assert alone is not None and alone.country == "UA" and alone.precision == "city", alone
    assert alone.name == "Kupiansk"
    beside = _place(
        nlp,
        "On 4 July 2023, a civilian car hit an anti-tank mine on the Kupiansk-Svatove road near Kurylivka "
        "(Kupianskyi, Kharkiv), killing 2 civilians.",
    )
    assert beside is not None and beside.name == "Kurylivka", beside
    unit = _place(
        nlp,
        "On 4 July 2023, gunmen ambushed a bus on the Kabul-Kandahar highway in Zabul province, killing 2.",
    )
    assert unit is not None and unit.name == "Zabul", unit


def test_a_known_town_of_a_unit_named_for_its_seat_stays_the_town(nlp: Language) -> None:
    """ "Selydove town of Pokrovskyi raion": the raion's name resolves to its seat, Pokrovsk, 17 km away,
    but the text writes it as a unit, so Selydove is no part of Pokrovsk town and keeps its own name and
    point (it had become Pokrovsk, which lies within a town's reach)."""
    place = _place(
        nlp,
        "On 9 June 2024, Russian forces dropped a guided aerial bomb on Selydove town of Pokrovskyi raion, "
        "Donetsk oblast, killing 1 civilian.",
    )
    assert place is not None and place.name == "Selydove", place
    assert place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), (48.147, 37.302)) < 5
