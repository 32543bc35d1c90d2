"""Villages of Ukraine's settlement register in place resolution (settlement_register.py, resolution.py):

1. a village GeoNames lacks, named with its oblast, is the register's village at its community's seat, not
   the oblast's point;
2. of several register namesakes in the oblast, equally supported, the one nearest the oblast's seat;
3. a register village is believed only where the text points to Ukraine ("al-Shura south of Mosul");
4. a register village in another raion than the one written beside the name is another village.

The texts are our own, written the way ACLED's notes on Ukraine and Iraq put these things.
"""

from __future__ import annotations

from spacy.language import Language

from warledger.extract.gazetteer import gazetteer, km
from warledger.extract.models import Place
from warledger.extract.places import place_for


def _place(nlp: Language, text: str) -> Place:
    place = place_for(nlp(text), 0, len(text))
    assert place is not None
    return place


def _register_villages(key: str, admin1: str) -> list[tuple[float, float]]:
    return [(e.lat, e.lon) for e in gazetteer().lookup(key) if e.registered and e.admin1 == admin1]


def test_a_village_only_the_register_knows_is_placed_at_its_community(nlp: Language) -> None:
    text = "On 5 May, separatist forces fired mortars at Ukrainian positions near Bila Kamianka, Donetsk."
    place = _place(nlp, text)
    oblast = gazetteer().admin1_entry("UA", "Donetsk")
    assert oblast is not None
    assert place.name == "Bila Kamianka" and place.country == "UA" and place.precision == "city"
    assert place.lat is not None and place.lon is not None
    assert (place.lat, place.lon) in _register_villages("bila kamianka", "Donetsk")
    assert km((place.lat, place.lon), (oblast.lat, oblast.lon)) > 25  # not the oblast's own point


def test_of_equal_register_namesakes_the_one_nearest_the_oblasts_seat_is_taken(nlp: Language) -> None:
    place = _place(nlp, "On 14 June, Russian forces shelled Vodyane (Donetsk) with artillery.")
    oblast = gazetteer().admin1_entry("UA", "Donetsk")
    assert oblast is not None and place.lat is not None and place.lon is not None
    namesakes = _register_villages("vodyane", "Donetsk")
    assert len({(round(a), round(b)) for a, b in namesakes}) > 1  # the register has several, far apart
    nearest = min(namesakes, key=lambda p: km(p, (oblast.lat, oblast.lon)))
    assert (place.lat, place.lon) == nearest


def test_a_register_village_is_not_believed_where_the_text_points_elsewhere(nlp: Language) -> None:
    text = "IS militants launched a mortar attack in al-Shura south of Mosul on Tuesday, wounding a chief."
    assert _register_villages("shura", "Vinnytsia") or any(e.registered for e in gazetteer().lookup("shura"))
    place = _place(nlp, text)
    assert place.country == "IQ"


def test_a_register_village_of_another_raion_than_the_one_written_is_another_village(nlp: Language) -> None:
    """The register's Novoselivkas with a point lie in the Koriukivskyi and Novhorod-Siverskyi raions; the
    Chernihivskyi raion's has none: the name keeps the written units' point, not a village 70 km off."""
    text = "On 14 June, Russian forces shelled Novoselivka village (Chernihivskyi, Chernihiv) with mortars."
    place = _place(nlp, text)
    city = [e for e in gazetteer().lookup("chernihiv") if e.level == "city" and e.country == "UA"]
    assert place.name == "Novoselivka" and place.lat is not None and place.lon is not None
    assert min(km((place.lat, place.lon), (c.lat, c.lon)) for c in city) < 25
