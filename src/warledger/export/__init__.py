"""The export stage: the reconciled ledger as a table, JSON, JSON lines, ACLED-layout CSV or GeoJSON.

One writer per format, registered in `WRITERS`: a new format is one module and one line here.
Every writer turns an empty ledger into a valid, empty file of its format.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from warledger.errors import ConfigurationError
from warledger.export.csv_acled import write_acled_csv
from warledger.export.geojson import write_geojson
from warledger.export.jsonl import write_json, write_jsonl
from warledger.export.table import write_table
from warledger.resolve.models import LedgerIncident

Writer = Callable[[list[LedgerIncident], TextIO], None]
WRITERS: dict[str, Writer] = {
    "table": write_table,
    "json": write_json,
    "jsonl": write_jsonl,
    "csv": write_acled_csv,
    "geojson": write_geojson,
}


def write_incidents(rows: list[LedgerIncident], fmt: str, out: TextIO) -> None:
    """Write the incidents to `out` in `fmt` (table, json, jsonl, csv or geojson)."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ConfigurationError(f"format {fmt!r}: must be one of {', '.join(WRITERS)}")
    writer(list(rows), out)


__all__ = ["WRITERS", "write_incidents"]
