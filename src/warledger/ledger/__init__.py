"""The ledger's service layer: what the CLI and the web app call to ingest, list, review and report.

One direction of flow, one module a step: `intake` (read -> extract -> store, one transaction per
document) hands each extraction to `placement` (its incidents join stored ones or start their own);
`rebuild` makes incidents again from their linked mentions (after a merge or split, `resolve_again`);
`reads` answers lists and lookups; `review` records analysts' decisions and creates logins; `rows`
holds what they share (an incident row as a reader sees it, a row given a new view).
"""

from warledger.ledger.intake import ingest_inputs
from warledger.ledger.reads import (
    IncidentFilter,
    document_original,
    get_document,
    get_incident,
    list_documents,
    list_incidents,
    list_statements,
    review_history,
    search_documents,
    situation,
)
from warledger.ledger.rebuild import resolve_again
from warledger.ledger.review import add_user, review_incident

__all__ = [
    "IncidentFilter",
    "add_user",
    "document_original",
    "get_document",
    "get_incident",
    "ingest_inputs",
    "list_documents",
    "list_incidents",
    "list_statements",
    "resolve_again",
    "review_history",
    "review_incident",
    "search_documents",
    "situation",
]
