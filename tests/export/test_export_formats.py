"""Exports: ACLED-layout CSV that pandas loads, RFC 7946 GeoJSON, JSON, JSON lines, table; empty too."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pandas as pd
import pytest

from warledger.errors import ConfigurationError
from warledger.export import WRITERS, write_incidents
from warledger.export.csv_acled import ACLED_COLUMNS, COLUMNS
from warledger.resolve.models import LedgerIncident

SCHEMA = json.loads((Path(__file__).parent / "geojson_schema.json").read_text())
ACLED_NAMES = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "timestamp",
]


def written(rows: list[LedgerIncident], fmt: str) -> str:
    out = io.StringIO()
    write_incidents(rows, fmt, out)
    return out.getvalue()


def test_csv_has_acleds_columns_in_acleds_order_then_ours(ledger: list[LedgerIncident]) -> None:
    frame = pd.read_csv(io.StringIO(written(ledger, "csv")))
    assert list(frame.columns) == [*ACLED_NAMES, "fatalities_min", "fatalities_max", "sources"]
    assert list(ACLED_COLUMNS) == ACLED_NAMES and len(frame) == 2


def test_csv_values_follow_acleds_conventions(ledger: list[LedgerIncident]) -> None:
    frame = pd.read_csv(io.StringIO(written(ledger, "csv")), keep_default_na=False)
    row = frame.iloc[0]
    assert row["event_id_cnty"] == "SYR12"
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Air/drone strike"
    assert row["country"] == "Syria"
    assert (row["time_precision"], row["geo_precision"]) == (1, 1)
    assert row["actor1"] == "Russia" and row["assoc_actor_1"] == "Syria"
    assert row["actor2"] == "Civilians (Syria)"
    assert row["assoc_actor_2"] == "Children (Syria); Aid Workers (Syria)"
    assert [int(row[c]) for c in ("fatalities", "fatalities_min", "fatalities_max")] == [18, 18, 21]
    assert row["source"] == "Reuters; AFP"
    assert (float(row["latitude"]), float(row["longitude"])) == pytest.approx((36.1463, 36.9465))
    assert "Reuters: 18" in row["notes"] and "AFP: 20-21" in row["notes"]
    other = frame.iloc[1]
    assert [int(other[c]) for c in ("time_precision", "geo_precision", "fatalities")] == [2, 3, 0]
    assert other["fatalities_min"] == "" and other["latitude"] == ""


def test_geojson_is_an_rfc_7946_feature_collection(ledger: list[LedgerIncident]) -> None:
    collection = json.loads(written(ledger, "geojson"))
    jsonschema.validate(collection, SCHEMA)
    located, unlocated = collection["features"]
    assert located["geometry"]["coordinates"] == [36.9465, 36.1463]  # longitude first
    assert unlocated["geometry"] is None
    assert located["properties"]["killed"]["figures"][1]["source"] == "AFP"


def test_a_geojson_position_in_lat_lon_order_would_be_caught() -> None:
    point = {"type": "Point", "coordinates": [36.1, 200.0]}
    wrong = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "geometry": point, "properties": {}}],
    }
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(wrong, SCHEMA)


def test_json_and_jsonl_round_trip_to_ledger_incidents(ledger: list[LedgerIncident]) -> None:
    array = json.loads(written(ledger, "json"))
    lines = [json.loads(line) for line in written(ledger, "jsonl").splitlines()]
    assert array == lines
    assert [LedgerIncident.model_validate(item) for item in array] == ledger


def test_table_lists_each_incident_with_its_range(ledger: list[LedgerIncident]) -> None:
    text = written(ledger, "table")
    assert "Urum al-Kubra" in text and "18-21" in text


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_an_empty_ledger_is_a_valid_empty_file(fmt: str) -> None:
    text = written([], fmt)
    if fmt == "csv":
        frame = pd.read_csv(io.StringIO(text))
        assert list(frame.columns) == list(COLUMNS) and frame.empty
    elif fmt == "geojson":
        collection = json.loads(text)
        jsonschema.validate(collection, SCHEMA)
        assert collection == {"type": "FeatureCollection", "features": []}
    elif fmt == "json":
        assert json.loads(text) == []
    elif fmt == "jsonl":
        assert text == ""
    else:
        assert "0 incidents" in text


def test_an_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(ConfigurationError, match="xml"):
        write_incidents([], "xml", io.StringIO())
