"""The JSON API's request and response models: what /openapi.json documents and responses are checked against.

Ledger values are the contract's own models (`LedgerIncident`, `StoredDocument`, `Statement`,
`Contradiction`); the wrappers here add only paging (`total`, `limit`, `offset`) and the audit history.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from warledger.extract.models import Contradiction, Statement
from warledger.resolve.models import LedgerIncident
from warledger.store.records import StoredDocument

ReviewAction = Literal["confirm", "reject", "correct", "merge", "split"]


class ErrorOut(BaseModel):
    """Every error the API answers: `{"ok": false, "error": "...", "status": N}`."""

    ok: Literal[False] = False
    error: str
    status: int


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text}
    for code, text in {
        401: "login required",
        403: "role not allowed or CSRF check failed",
        404: "not found",
        422: "invalid parameters",
    }.items()
}
READ_ERRORS: dict[int | str, dict[str, Any]] = {422: ERROR_RESPONSES[422]}


class IncidentPage(BaseModel):
    ok: Literal[True] = True
    total: int = Field(description="how many incidents match the filters in all")
    limit: int
    offset: int
    incidents: list[LedgerIncident]


class ReviewEventOut(BaseModel):
    """One decision in an incident's append-only audit trail."""

    action: str
    reason: str
    by: str
    at: str
    field: str | None = None
    value: Any = None
    others: list[str] = Field(default_factory=list)


class IncidentDetail(LedgerIncident):
    """An incident with its figures per source, evidence, statements, contradictions and audit history."""

    history: list[ReviewEventOut] = Field(default_factory=list)


class ReviewIn(BaseModel):
    """An analyst's decision. `correct` needs `field` and `value`; `merge` and `split` need `others`."""

    model_config = ConfigDict(extra="forbid")

    action: ReviewAction
    reason: str = Field(min_length=1, max_length=2000, description="why: kept in the audit trail")
    field: str | None = Field(default=None, max_length=64, description="correct: the field to correct")
    value: Any = Field(default=None, description="correct: the new value (JSON)")
    others: list[str] = Field(
        default_factory=list,
        max_length=100,
        description="merge: incident ids to merge in; split: document SHA-256s to split off",
    )
    confirmed: bool = Field(default=False, description="confirm a merge across countries")


class ReviewOut(BaseModel):
    ok: Literal[True] = True
    action: str
    by: str
    result: Any = Field(default=None, description="what the ledger reports of the decision")
    incident: IncidentDetail | None = None


class DocumentPage(BaseModel):
    ok: Literal[True] = True
    total: int
    limit: int
    offset: int
    documents: list[StoredDocument]


class DocumentDetail(StoredDocument):
    """A stored document with its provenance, its clean text and the incidents it reports."""

    text: str | None = None
    incident_ids: list[str] = Field(default_factory=list)


class UploadOut(BaseModel):
    ok: bool
    sha256: str = Field(description="SHA-256 of the uploaded bytes")
    added: int
    already_stored: int
    rejected: list[str] = Field(default_factory=list, description="each rejected input with its reason")


class StatementOut(Statement):
    document: str
    incident_ids: list[str] = Field(default_factory=list)


class StatementPage(BaseModel):
    ok: Literal[True] = True
    total: int
    limit: int
    offset: int
    statements: list[StatementOut]


class ContradictionOut(Contradiction):
    document: str | None = Field(default=None, description="set when the disagreement is within one document")
    incident: str | None = Field(default=None, description="set when it is across the sources of an incident")


class ContradictionList(BaseModel):
    ok: Literal[True] = True
    total: int
    contradictions: list[ContradictionOut]
