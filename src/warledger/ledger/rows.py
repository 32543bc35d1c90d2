"""Between an incident row and the incident it holds: the view a reader sees, and writing a new one.

Shared by placement, rebuilding, reads and review: a row keeps the resolver's view of an incident in
`data` and analysts' decisions beside it (`decisions`), never in it, so re-resolving never undoes one.
"""

from __future__ import annotations

from warledger.resolve.models import LedgerIncident
from warledger.store import repository as repo
from warledger.store.decisions import corrected, incident_with_decisions
from warledger.store.schema import IncidentRow


def refreshed(row: IncidentRow, incident: LedgerIncident) -> None:
    """Give a row the resolver's new view; its filter columns follow the corrected view."""
    visible = corrected(
        incident_with_decisions(incident.model_dump(mode="json"), row.decisions or {}, row.id)
    )
    repo.replace_incident(row, incident, visible)


def incident_of_row(row: IncidentRow) -> LedgerIncident:
    """The incident a reader sees: the resolver's view with analysts' decisions beside it."""
    return incident_with_decisions(row.data, row.decisions or {}, row.id)
