"""Whether two reported places are one: distance when both have coordinates, else the names.

Coordinates from the gazetteer settle most cases (haversine distance); a place given only at region
or country precision has centroid coordinates, which say "compatible", not "the same". Without
coordinates the transliteration-aware name comparison of `names` decides.
"""

from __future__ import annotations

import math

from warledger.extract.models import Place
from warledger.resolve.names import SAME_PLACE, core_name, place_name_similarity

EARTH_DIAMETER_KM = 12742.0
DISTANCE_SCORES = ((2.0, 1.0), (10.0, 0.9), (25.0, 0.7), (50.0, 0.4))
"""(km, score): a place within `km` of another scores `score`; beyond the last, different places."""
OTHER_NAME_DISTANCE_SCORES = ((2.0, 0.9), (5.0, 0.5))
"""The same for two points named differently: within a couple of km an exonym or a neighbourhood,
beyond 5 km neighbouring villages (measured on ACLED's May 2020 events: neighbours shelled the same
day were the largest source of false merges)."""
AREA_PRECISIONS = frozenset({"region", "country"})
AREA_RADIUS_KM = 150.0
AREA_SCORE = 0.5


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(min(1.0, h)))


def coordinates(place: Place) -> tuple[float, float] | None:
    return (place.lat, place.lon) if place.lat is not None and place.lon is not None else None


def distance_score(a: Place, b: Place, same_name: bool) -> float | None:
    """How close two places are, 0..1, from coordinates; None when either has none.

    Two differently named points more than a few kilometres apart are two villages, unless one is
    only "near"/"west of" somewhere (a qualifier), so different names shorten the distances.
    """
    point_a, point_b = coordinates(a), coordinates(b)
    if point_a is None or point_b is None:
        return None
    km = haversine_km(point_a, point_b)
    if a.precision in AREA_PRECISIONS or b.precision in AREA_PRECISIONS:
        return AREA_SCORE if km <= AREA_RADIUS_KM else 0.0
    table = DISTANCE_SCORES if same_name or a.qualifier or b.qualifier else OTHER_NAME_DISTANCE_SCORES
    return next((score for limit, score in table if km <= limit), 0.0)


def name_score(a: Place, b: Place) -> float:
    """How alike the names are, 0..1, counting only likely spellings of one place (else 0)."""
    similarity = place_name_similarity(a.name, b.name)
    return similarity if similarity >= SAME_PLACE else 0.0


def place_similarity(a: Place | None, b: Place | None) -> float | None:
    """How likely two reported places are one, 0..1; None when either is unknown."""
    if a is None or b is None:
        return None
    if a.country and b.country and a.country != b.country:
        return 0.0
    by_name = name_score(a, b)
    by_distance = distance_score(a, b, same_name=by_name > 0)
    if by_distance is None and not by_name and names_say_nothing(a, b):
        return None
    return by_name if by_distance is None else max(by_distance, by_name if by_distance > 0 else 0.0)


def names_say_nothing(a: Place, b: Place) -> bool:
    """Different names that still prove nothing: "Idlib province" may hold the town, "" is no name."""
    if a.precision in AREA_PRECISIONS or b.precision in AREA_PRECISIONS:
        return True
    return not core_name(a.name) or not core_name(b.name)
