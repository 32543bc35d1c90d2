"""The resolve stage: reports of one event across documents become one reconciled `LedgerIncident`.

`assign` is what the store calls for each extracted incident of a newly stored document (with the
candidates it found by blocking); `recluster` does the same over a batch in memory; `join_report`
adds a report whatever the score (an analyst's merge); `statement_incident`/`with_statement` link a
statement whose document has no incident (a denial issued on its own) to the incident it names;
`belongs_with`/`merged_incidents` undo splits the arrival order made (an incident a report just
joined takes in a candidate all of whose reports would now join it).
"""

from warledger.resolve.cluster import (
    BLOCK_DAYS,
    ExtractedReport,
    Match,
    ReportingDocument,
    assign,
    belongs_with,
    is_cumulative,
    join_report,
    match,
    merged_incidents,
    recluster,
)
from warledger.resolve.models import (
    AllegedPerpetrator,
    ContradictionSide,
    FigureRange,
    LedgerContradiction,
    LedgerIncident,
    Review,
    SourcedEvidence,
    SourcedStatement,
    SourceFigure,
    SourceReport,
)
from warledger.resolve.names import place_name_similarity, same_place_name
from warledger.resolve.statements import statement_incident, with_statement

__all__ = [
    "BLOCK_DAYS",
    "AllegedPerpetrator",
    "ContradictionSide",
    "ExtractedReport",
    "FigureRange",
    "LedgerContradiction",
    "LedgerIncident",
    "Match",
    "ReportingDocument",
    "Review",
    "SourceFigure",
    "SourceReport",
    "SourcedEvidence",
    "SourcedStatement",
    "assign",
    "belongs_with",
    "is_cumulative",
    "join_report",
    "match",
    "merged_incidents",
    "place_name_similarity",
    "recluster",
    "same_place_name",
    "statement_incident",
    "with_statement",
]
