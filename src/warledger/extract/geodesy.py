"""Distances on the globe, shared by the gazetteer and the settlement register it is built from."""

from __future__ import annotations

import itertools
import math


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


KM_PER_DEGREE = 111.2


def km_to_path(point: tuple[float, float], path: tuple[tuple[float, float], ...]) -> float:
    """Distance in kilometres from a point to the nearest segment of a path of (lat, lon) points.

    Flat around the point (equirectangular): exact enough within a few hundred kilometres, which is all a
    front line's nearness is asked about, and no projection library is needed for it."""
    if len(path) == 1:
        return km(point, path[0])
    lat0, lon0 = point
    scale = math.cos(math.radians(lat0))

    def flat(p: tuple[float, float]) -> tuple[float, float]:
        return ((p[1] - lon0) * scale * KM_PER_DEGREE, (p[0] - lat0) * KM_PER_DEGREE)

    best = math.inf
    for a, b in itertools.pairwise(path):
        (ax, ay), (bx, by) = flat(a), flat(b)
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length2))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best
