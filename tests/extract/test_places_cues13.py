"""Words that mark a name as a place: a commune or partido written before its name ("the commune of X"), and
"the area surrounding X".

Without them the name has no cue: a village the gazetteer lacks, or knows only by another spelling, is then
dropped, and the incident falls back on a wider unit or on the country's capital.
"""

from __future__ import annotations

from spacy.language import Language

from warledger.extract.gazetteer import gazetteer, km, name_key
from warledger.extract.models import Place
from warledger.extract.places import place_for


def _place(nlp: Language, text: str) -> Place | None:
    return place_for(nlp(text), 0, len(text))


def test_the_commune_of_a_name_makes_it_the_place(nlp: Language) -> None:
    """ "in the commune of Dioungani": a commune written before its name, as "the municipality of X" is. The
    gazetteer lacks this one, so without the cue the note fell back on Mali's capital."""
    text = "On 4 March 2021, Dozo militiamen reportedly burned granaries in the commune of Dioungani."
    place = _place(nlp, text)
    assert place is not None and place.name == "Dioungani"


def test_the_rural_commune_of_a_name_is_a_commune_too(nlp: Language) -> None:
    text = "On 9 June 2022, gunmen on motorbikes killed three herders in the rural commune of Tinkoumbari."
    place = _place(nlp, text)
    assert place is not None and place.name == "Tinkoumbari"


def test_the_area_surrounding_a_town_names_the_town(nlp: Language) -> None:
    """ "in the area surrounding Tal Tamer in the countryside of Ras Al Ain": the town whose surroundings were
    shelled is the place (known only by another spelling, Tall Tamr, inside the province the note names), not
    the district town whose countryside holds it."""
    text = (
        "On 11 August 2021, Turkish forces shelled positions in the area surrounding Tal Tamer in the "
        "countryside of Ras Al Ain in Al-Hasakeh. No casualties were reported."
    )
    place = _place(nlp, text)
    assert place is not None and place.name == "Tal Tamer"
    assert place.qualifier == "in the area surrounding"
    tall_tamr = next(e for e in gazetteer().lookup_skeleton(name_key("Tal Tamer")) if e.country == "SY")
    assert place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), (tall_tamr.lat, tall_tamr.lon)) < 5


def test_an_unknown_part_of_a_town_in_a_comma_chain_is_the_town(nlp: Language) -> None:
    """ "in El Tamarindal parish, Barquisimeto, Lara state": a name the gazetteer lacks, before a known town
    that the chain puts in its state, is a part of the town (a parish, a quarter), which coders code as the
    town; before, the part's name was kept at the town's point."""
    text = (
        "On 14 June 2021, in El Tamarindal parish, Barquisimeto, Lara state, residents blocked a street to "
        "protest against water shortages."
    )
    place = _place(nlp, text)
    assert place is not None and place.name == "Barquisimeto" and place.country == "VE"


def test_an_unknown_hamlet_of_a_municipality_in_a_comma_chain_is_the_town(nlp: Language) -> None:
    text = (
        "On 2 March 2021, in Cascajalito, Soledad, Atlantico department, residents protested to demand food."
    )
    place = _place(nlp, text)
    assert place is not None and place.name == "Soledad" and place.country == "CO"


def test_a_village_before_bracketed_units_keeps_its_name(nlp: Language) -> None:
    """In brackets the units follow a village coders often know by name ("Menakuru village (Nellore, AP)"):
    the village keeps its name at the unit's point."""
    text = (
        "On 9 May 2021, migrant workers held a protest in Kottapalem village (Nellore, AP) demanding wages."
    )
    place = _place(nlp, text)
    assert place is not None and place.name == "Kottapalem"


def test_the_people_before_villages_of_is_no_place(nlp: Language) -> None:
    """ "the Tiv villages of Amakpa, Tse Ugbu and Mbagwaza (Guma, Benue)": Tiv says whose villages they are;
    read as a village it took the list's first name as its container, so the first village was no place and
    the incident fell to the last one before the brackets."""
    text = (
        "On 12 April 2021, armed herders attacked the Tiv villages of Amakpa, Tse Ugbu and Mbagwaza "
        "(Guma, Benue), killing 7 residents."
    )
    place = _place(nlp, text)
    assert place is not None and place.name == "Amakpa"


def test_a_town_written_without_its_article_keeps_the_reports_spelling(nlp: Language) -> None:
    """GeoNames writes Al Qaryatayn; a report writing "Qaryatayn" is coded so. The article is added back only
    to a unit's name ("Durayhimi district" is Ad Durayhimi), which coders' tables write with it."""
    text = "On 3 June 2021, regime forces shelled the outskirts of Qaryatayn in Homs countryside."
    place = _place(nlp, text)
    assert place is not None and place.name == "Qaryatayn" and place.country == "SY"


def test_a_place_on_a_road_the_gazetteer_lacks_takes_the_point_of_a_road_end(nlp: Language) -> None:
    """ "blocked the Marjayoun-Hasbaya road at the Kfar Tinnab intersection": the road's towns are not the
    place, but the unknown junction on it lies near them; it had no point at all."""
    text = (
        "On 3 March 2021, demonstrators protesting the currency collapse blocked the Marjayoun-Hasbaya road "
        "at the Kfar Tinnab intersection."
    )
    place = _place(nlp, text)
    assert place is not None and place.name == "Kfar Tinnab"
    marjayoun = next(e for e in gazetteer().lookup(name_key("Marjayoun")) if e.country == "LB")
    assert place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), (marjayoun.lat, marjayoun.lon)) < 1
