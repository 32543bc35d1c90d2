"""Places written inside units: "X (district, province)" and "X area of Y district (province)".

ACLED notes and many reports name a village the gazetteer lacks together with the units that hold it. The
point then comes from the most specific unit the gazetteer knows, and a namesake of the village outside
those units is another place.
"""

from __future__ import annotations

from spacy.language import Language

from warledger.extract.gazetteer import gazetteer, km, name_key
from warledger.extract.models import Place
from warledger.extract.places import place_for


def _place(nlp: Language, text: str) -> Place | None:
    return place_for(nlp(text), 0, len(text))


def _town(name: str, country: str) -> tuple[float, float]:
    entry = next(e for e in gazetteer().lookup(name_key(name)) if e.country == country and e.level == "city")
    return entry.lat, entry.lon


def test_a_province_that_shares_its_name_with_a_district_holds_the_district_written_before_it(
    nlp: Language,
) -> None:
    """ "(Harib, Marib)": Marib is read as the governorate holding Harib, not as Marib's own district, which
    would push Harib (60 km from Marib town) out and leave the unknown wadi at Marib."""
    text = "On 12 March 2021, Houthi forces shelled positions north of Wadi Sahn (Harib, Marib)."
    place = _place(nlp, text)
    assert place is not None and place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), _town("Harib", "YE")) < 25


def test_a_namesake_outside_the_province_of_an_unknown_district_is_another_place(nlp: Language) -> None:
    """Al Qatn of Hadramawt and Ar Rawdah of Sanaa are other villages than those of a Lahij district: when
    the gazetteer lacks the district, the province the text names still rules them out."""
    lahij = _town("Lahij", "YE")
    for text in (
        "On 7 June 2021, gunmen killed a farmer in Al Qatn area of Al Madaribah district (Lahij).",
        "On 5 May 2021, gunmen seized a farm in Ar Rawdah area of Tuban district (Lahij).",
    ):
        place = _place(nlp, text)
        assert place is not None and place.country == "YE"
        if place.lat is not None and place.lon is not None:  # the text's words without a point, or in Lahij
            assert km((place.lat, place.lon), lahij) < 100, (text, place)


def _unit(name: str, country: str, level: str) -> tuple[float, float]:
    entry = next(e for e in gazetteer().lookup(name_key(name)) if e.country == country and e.level == level)
    return entry.lat, entry.lon


def test_a_name_opening_a_bracketed_list_of_units_is_a_place(nlp: Language) -> None:
    """ "the tribal area (At Taffah, Al Bayda)": nothing but its position says At Taffah is a place (its
    "At" reads as the English preposition), and a unit list opening on a name says it."""
    text = "On 9 June 2021, tribesmen fought pro-Houthi forces in the tribal area (At Taffah, Al Bayda)."
    place = _place(nlp, text)
    assert place is not None and place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), _unit("Taffah", "YE", "district")) < 25, place


def test_a_district_written_beside_a_name_rules_out_the_big_city_outside_it(nlp: Language) -> None:
    """ "north of Sanaa (Arhab, Sanaa)": Sanaa here is the governorate, written with the district that holds
    the place; Sanaa city lies outside Arhab, so the point is the district's, not the capital's."""
    text = "On 3 March 2021, Houthi forces attacked tribal positions north of Sanaa (Arhab, Sanaa)."
    place = _place(nlp, text)
    assert place is not None and place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), _unit("Arhab", "YE", "district")) < 25, place


def test_a_town_written_with_the_district_of_its_own_name_stays_at_the_town(nlp: Language) -> None:
    """ "Tikamgarh town (Tikamgarh, Madhya Pradesh)": the district is the town's own; the gazetteer puts its
    point 35 km from the town, which is still where the town is."""
    text = "On 3 June 2021, a mob set fire to two shops in Tikamgarh town (Tikamgarh, Madhya Pradesh)."
    place = _place(nlp, text)
    assert place is not None and place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), _town("Tikamgarh", "IN")) < 5, place


def test_a_refugee_camp_lies_in_the_town_written_after_it(nlp: Language) -> None:
    """ "the al Arrub refugee camp in Hebron": the camp is a place inside Hebron (the gazetteer lacks it);
    read without Hebron as its container, "Arrub" took the spelling of a village 90 km north."""
    text = (
        "On 4 May 2021, clashes broke out between Palestinian youths and Israeli forces at the al Arrub"
        " refugee camp in Hebron."
    )
    place = _place(nlp, text)
    assert place is not None and place.lat is not None and place.lon is not None
    assert km((place.lat, place.lon), _town("Hebron", "PS")) < 25, place


def test_a_police_station_area_is_written_with_its_units(nlp: Language) -> None:
    """ "Ramgarh police station (Kaimur, Bihar)": the station's area is the place the units hold; the
    Ramgarhs of Jharkhand and Rajasthan are others."""
    text = (
        "On 2 May 2021, villagers attacked a police team in Sarai village under Ramgarh police station"
        " (Kaimur, Bihar)."
    )
    place = _place(nlp, text)
    assert place is not None and place.lat is not None and place.lon is not None
    assert place.name == "Ramgarh", place  # the most specific place the gazetteer knows, not Kaimur
    assert km((place.lat, place.lon), _unit("Kaimur", "IN", "district")) < 40, place


def test_a_road_between_two_towns_is_no_town(nlp: Language) -> None:
    """ "the Ibadan-Oyo (Akinyele LGA, Oyo) road", "the Khulna-Jessore highway": a way between places is
    not named as a town of its own; the units written beside it are the place."""
    for text, names in (
        (
            "On 5 May 2021, gunmen attacked a bus on the Ibadan-Oyo (Akinyele LGA, Oyo) road.",
            {"Akinyele", "Oyo"},
        ),
        ("On 1 May 2021, workers blocked the Khulna-Jessore highway in Jessore (Khulna).", {"Jessore"}),
    ):
        place = _place(nlp, text)
        assert place is not None and place.name in names, (text, place)


def test_a_sadar_subdistrict_is_the_district_town_s_own(nlp: Language) -> None:
    """ "Jessore Sadar Upazila (Jessore, Khulna)": the headquarters subdistrict of Jessore, named and placed
    as the town it is the seat of, not as an unknown "Jessore Sadar"."""
    text = "On 2 May 2021, jobless workers protested in Jessore Sadar Upazila (Jessore, Khulna) for relief."
    place = _place(nlp, text)
    assert place is not None and place.name == "Jessore", place


def test_a_town_of_a_split_unit_lies_in_the_unit_written_without_its_compass_word() -> None:
    """The gazetteer files Matalam under "Province of North Cotabato"; notes write the province "Cotabato"
    (its name since 1998), as they write "Darfur" for a town of North Darfur."""
    from warledger.extract.places.resolution import _container_match
    from warledger.extract.places.runs import Candidate

    matalam = next(e for e in gazetteer().lookup("matalam") if e.country == "PH")
    assert _container_match(matalam, Candidate(0, 1, "cotabato"))
    assert not _container_match(matalam, Candidate(0, 1, "davao"))


def test_a_bracket_closed_by_a_compass_named_province_holds_the_town(nlp: Language) -> None:
    """ "Tripoli (Tripoli, North)": Lebanon's North governorate closes the bracket as ACLED writes it, and
    tells Lebanon's Tripoli from Libya's, the bigger namesake the bare bracket of its own name would keep."""
    text = "On 4 March 2022, students protested against fee rises at a college in Tripoli (Tripoli, North)."
    place = _place(nlp, text)
    assert place is not None and place.country == "LB"
