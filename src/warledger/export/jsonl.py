"""The ledger as JSON: one incident a line (JSON lines, for streaming and `jq`), or one array.

Each incident is its CONTRACT.md JSON (`LedgerIncident.model_dump(mode="json")`), every report
behind it included, so nothing a source said is lost in an export.
"""

from __future__ import annotations

import json
from typing import TextIO

from warledger.resolve.models import LedgerIncident


def write_jsonl(rows: list[LedgerIncident], out: TextIO) -> None:
    """One JSON object a line; nothing at all for an empty ledger."""
    for incident in rows:
        out.write(json.dumps(incident.model_dump(mode="json"), ensure_ascii=False) + "\n")


def write_json(rows: list[LedgerIncident], out: TextIO) -> None:
    """One JSON array (`[]` for an empty ledger)."""
    json.dump([i.model_dump(mode="json") for i in rows], out, ensure_ascii=False, indent=2)
    out.write("\n")
