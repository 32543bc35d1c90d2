"""The ledger as an RFC 7946 GeoJSON FeatureCollection, for maps and GIS tools.

Positions are [longitude, latitude] (RFC 7946 section 3.1.1, the reverse of how people say them);
an incident whose place has no coordinates keeps its Feature with a null geometry (section 3.2),
so the collection lists the whole ledger and a map simply skips it. Properties are the incident's
JSON (CONTRACT.md) without its coordinates, which the geometry already gives.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from warledger.resolve.models import LedgerIncident


def geometry_of(incident: LedgerIncident) -> dict[str, Any] | None:
    """A GeoJSON Point at the incident's place, or None when it has no coordinates."""
    place = incident.place
    if place is None or place.lat is None or place.lon is None:
        return None
    return {"type": "Point", "coordinates": [place.lon, place.lat]}


def feature_of(incident: LedgerIncident) -> dict[str, Any]:
    """One incident as a GeoJSON Feature whose id is the incident's id."""
    properties = incident.model_dump(mode="json", exclude={"reports"})
    return {"type": "Feature", "id": incident.id, "geometry": geometry_of(incident), "properties": properties}


def feature_collection(rows: list[LedgerIncident]) -> dict[str, Any]:
    """The incidents as one FeatureCollection (empty `features` when there are none)."""
    return {"type": "FeatureCollection", "features": [feature_of(i) for i in rows]}


def write_geojson(rows: list[LedgerIncident], out: TextIO) -> None:
    json.dump(feature_collection(rows), out, ensure_ascii=False)
    out.write("\n")
