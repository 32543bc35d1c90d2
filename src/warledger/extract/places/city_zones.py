"""The zones of big cities: "the West Zone of Rio de Janeiro" is 30 km from the city's point.

Reports on Rio de Janeiro and Sao Paulo place events by zone (Zona Norte, Zona Oeste ...), and a zone of
Rio spans 30-40 km: the city's own point, in its centre, may lie farther from the event than the zone's
middle. The zones are data (data/places/city_zones.csv: a point per zone, at a district near the middle of
its people); the place keeps the city's name, with the zone as its qualifier, and takes the zone's point.
"""

from __future__ import annotations

import re
from functools import cache

from warledger.extract.gazetteer import Entry, data_rows, name_key

ZONE_QUALIFIER = re.compile(r"^(north|south|east|west|central)(?:ern)?\s+zone\s+of$", re.IGNORECASE)


@cache
def _zones() -> dict[tuple[str, str, str], tuple[float, float]]:
    return {
        (row["country"], name_key(row["city"]), row["zone"]): (float(row["lat"]), float(row["lon"]))
        for row in data_rows("city_zones.csv")
    }


def zone_point(entry: Entry, qualifier: str | None) -> tuple[float, float] | None:
    """The point of the zone `qualifier` names in the city `entry`, if the data has that city's zones."""
    found = ZONE_QUALIFIER.match(qualifier or "")
    if found is None:
        return None
    return _zones().get((entry.country, name_key(entry.name), found.group(1).lower()))
