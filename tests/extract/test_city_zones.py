"""Zones of big cities (places/city_zones.py, data/places/city_zones.csv, zone qualifiers in qualifiers.txt):

1. the data: each zone's point lies in its city, on the side its name says;
2. "the West Zone of Rio de Janeiro" is at the West Zone's point, named as the city, the zone its qualifier;
3. a city without zones in the data, or a zone word the data lacks, keeps the city's point.

The texts are our own, written the way ACLED's notes on Brazil put these things.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from warledger.extract.gazetteer import data_rows, gazetteer, km, name_key
from warledger.extract.models import Place
from warledger.extract.places import place_for

ROWS = data_rows("city_zones.csv")


def _city(country: str, name: str) -> tuple[float, float]:
    found = [e for e in gazetteer().lookup(name_key(name)) if e.country == country and e.level == "city"]
    best = max(found, key=lambda e: e.population)
    return best.lat, best.lon


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['city']}-{r['zone']}")
def test_each_zone_lies_in_its_city_on_the_side_it_names(row: dict[str, str]) -> None:
    lat, lon = _city(row["country"], row["city"])
    point = (float(row["lat"]), float(row["lon"]))
    assert km(point, (lat, lon)) < 45
    side = {"north": point[0] > lat, "south": point[0] < lat, "east": point[1] > lon, "west": point[1] < lon}
    assert side.get(row["zone"], km(point, (lat, lon)) < 5)


def _place(nlp: Language, text: str) -> Place:
    place = place_for(nlp(text), 0, len(text))
    assert place is not None and place.lat is not None and place.lon is not None
    return place


def test_a_zone_of_a_city_is_at_the_zones_point(nlp: Language) -> None:
    place = _place(
        nlp, "On 3 May 2020, in the West Zone of Rio de Janeiro, police and traffickers exchanged fire."
    )
    west = next(r for r in ROWS if r["city"] == "Rio de Janeiro" and r["zone"] == "west")
    assert place.name == "Rio de Janeiro" and place.qualifier == "West Zone of"
    assert (place.lat, place.lon) == (float(west["lat"]), float(west["lon"]))
    assert km((place.lat, place.lon), _city("BR", "Rio de Janeiro")) > 25


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2020, police and traffickers exchanged fire in Rio de Janeiro.",
        "On 3 May 2020, in the East Zone of Rio de Janeiro, police and traffickers exchanged fire.",
        "On 3 May 2020, in the North Zone of Belo Horizonte, police and traffickers exchanged fire.",
    ],
)
def test_without_a_zone_in_the_data_the_city_keeps_its_point(nlp: Language, text: str) -> None:
    place = _place(nlp, text)
    city = "Belo Horizonte" if "Belo" in text else "Rio de Janeiro"
    assert km((place.lat, place.lon), _city("BR", city)) < 1
