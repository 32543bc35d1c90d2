"""The ledger as a terminal table (rich): one line an incident, the casualty range with its sources."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table

from warledger.resolve.models import FigureRange, LedgerIncident


def range_text(figures: FigureRange | None) -> str:
    """ "85-92 (2 sources)", "18 (1 source)" or "" without a figure."""
    if figures is None:
        return ""
    span = str(figures.min) if figures.min == figures.max else f"{figures.min}-{figures.max}"
    count = len(figures.figures)
    return f"{span} ({count} source{'s' if count != 1 else ''})"


def incidents_table(rows: list[LedgerIncident]) -> Table:
    """The incidents as a rich Table."""
    table = Table(title=f"{len(rows)} incident{'s' if len(rows) != 1 else ''}", show_lines=False)
    for column in ("id", "date", "place", "type", "killed", "injured", "perpetrators", "sources"):
        table.add_column(column, overflow="fold")
    for incident in rows:
        table.add_row(
            incident.id,
            incident.date_start or "",
            incident.place.name if incident.place else "",
            incident.event_type or incident.event_category or "",
            range_text(incident.killed),
            range_text(incident.injured),
            ", ".join(p.name for p in incident.perpetrators),
            ", ".join(incident.sources),
        )
    return table


def write_table(rows: list[LedgerIncident], out: TextIO) -> None:
    Console(file=out, soft_wrap=False).print(incidents_table(rows))
