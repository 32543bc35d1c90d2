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
