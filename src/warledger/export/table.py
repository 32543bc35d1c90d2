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


PIPE_WIDTH = 200
"""Columns when writing to a file or pipe, where there is no terminal to measure."""


def write_table(rows: list[LedgerIncident], out: TextIO) -> None:
    """Print the table to `out`: as wide as the terminal, or PIPE_WIDTH when `out` is not one."""
    width = None if out.isatty() else PIPE_WIDTH
    Console(file=out, width=width).print(incidents_table(rows))
