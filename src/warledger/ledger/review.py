"""Analysts' decisions on incidents (confirm, reject, correct, merge, split) and the logins that make them.

Decisions are append-only review rows; their outcome sits beside the resolver's view of an incident
(`decisions`), never in it, so re-resolving never undoes one. Merges and splits move the mention links
and pin them (ledger.rebuild), so re-resolving leaves them where the analyst put them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from warledger.errors import ReviewError, StorageError
from warledger.ledger.rebuild import mentions_for, rebuild_row, rebuilt_incident
from warledger.ledger.rows import incident_of_row, refreshed
from warledger.store import repository as repo
from warledger.store.decisions import ACTIONS, after_decision, corrected, correction_value, current_value
from warledger.store.engine import first_line, open_store
from warledger.store.schema import IncidentDocumentRow, IncidentRow, ReviewRow


def review_incident(
    db_url: str,
    incident_id: str,
    action: str,
    *,
    reason: str,
    by: str,
    field: str | None = None,
    value: Any = None,
    others: Sequence[str] = (),
    confirmed: bool = False,
    expected_version: int | None = None,
) -> dict[str, Any]:
    """Apply one analyst's decision and append it to the audit trail; returns the row and the incident.

    Decisions on one incident are serialised (the row is locked, SQLite writes queue), so two
    reviewers at once never lose either edit: the second sees the first's value as its value before.
    `expected_version` (from a read) makes a stale decision fail instead of applying blindly.
    """
    if action not in ACTIONS:
        raise ReviewError(f"incident {incident_id}: unknown action {action!r}; actions: {', '.join(ACTIONS)}")
    if not reason or not reason.strip():
        raise ReviewError(f"incident {incident_id}: a decision needs a reason")
    store = open_store(db_url)
    try:
        with store.writing() as session:
            repo.lock_incidents(session)
            lock_in_order(session, [incident_id, *others] if action == "merge" else [incident_id])
            row = locked_incident(session, incident_id, expected_version)
            if action == "merge":
                audit, extra = merge_decision(session, row, others, confirmed=confirmed, reason=reason, by=by)
            elif action == "split":
                audit, extra = split_decision(session, row, others, reason=reason, by=by)
            else:
                audit, extra = status_decision(session, row, action, field, value, reason=reason, by=by), {}
            incident = incident_of_row(row).model_dump(mode="json")
            decision = repo.review_record(audit)
            return {"ok": True, "review": decision, "incident": incident, "version": row.version, **extra}
    except SQLAlchemyError as error:
        raise StorageError(
            f"incident {incident_id}: the decision could not be stored ({first_line(error)})"
        ) from error


def lock_in_order(session: Session, incident_ids: Sequence[str]) -> None:
    """Lock every incident a decision touches, lowest id first, so two merges never deadlock."""
    ids = sorted({n for i in incident_ids if (n := repo.incident_number(i)) is not None})
    if ids:
        query = (
            select(IncidentRow.id).where(IncidentRow.id.in_(ids)).order_by(IncidentRow.id).with_for_update()
        )
        session.execute(query).all()


def locked_incident(session: Session, incident_id: str, expected_version: int | None) -> IncidentRow:
    row = repo.incident_row(session, incident_id, for_update=True)
    if row is None:
        raise ReviewError(f"incident {incident_id}: unknown incident")
    if row.merged_into is not None:
        raise ReviewError(f"incident {incident_id}: merged into incident {row.merged_into}; review that one")
    if expected_version is not None and row.version != expected_version:
        raise ReviewError(
            f"incident {incident_id}: changed since it was read (version {row.version}, "
            f"not {expected_version}); reload and decide again"
        )
    return row


def stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def decide(row: IncidentRow, action: str, by: str, field: str | None = None, value: Any = None) -> None:
    """Record a decision's outcome on the row, and refresh its filter columns."""
    row.decisions = after_decision(row.decisions or {}, action, by, stamp(), field, value)
    row.status = row.decisions.get("status", row.status)
    visible = corrected(incident_of_row(row))
    for key, column_value in repo.index_values(visible).items():
        setattr(row, key, column_value)
    row.version += 1
    row.updated_at = repo.now()


def status_decision(
    session: Session, row: IncidentRow, action: str, field: str | None, value: Any, *, reason: str, by: str
) -> ReviewRow:
    """Confirm, reject, or correct one field (the value shown beside the sources', never over them)."""
    incident = incident_of_row(row)
    if action == "correct":
        field, value = correction_value(incident, field, value)
        before = current_value(incident, field)
    else:
        field, value, before = None, None, incident.review.status
    decide(row, action, by, field, value)
    after = value if action == "correct" else row.status
    return repo.append_review(
        session, row.id, action, reason=reason, by=by, field=field, before=before, after=after
    )


def merge_decision(
    session: Session, row: IncidentRow, others: Sequence[str], *, confirmed: bool, reason: str, by: str
) -> tuple[ReviewRow, dict[str, Any]]:
    """Merge `others` into `row`: their reports become its own; they stay, marked merged, for the audit."""
    if not others:
        raise ReviewError(f"incident {row.id}: a merge needs the incidents to merge in (--other)")
    merging = [
        locked_incident(session, other, None) for other in sorted(set(others), key=lambda o: (len(o), o))
    ]
    if any(other.id == row.id for other in merging):
        raise ReviewError(f"incident {row.id}: cannot merge an incident into itself")
    countries = sorted({c for c in [row.country, *(o.country for o in merging)] if c})
    if len(countries) > 1 and not confirmed:
        raise ReviewError(
            f"incident {row.id}: merging incidents in different countries ({', '.join(countries)}) "
            "needs confirmation (--yes)"
        )
    documents_before = incident_of_row(row).documents
    ids = [o.id for o in merging]
    session.execute(
        update(IncidentDocumentRow)
        .where(IncidentDocumentRow.incident_id.in_([row.id, *ids]))
        .values(incident_id=row.id, pinned=True)
    )
    for other in merging:
        other.merged_into = row.id
        other.version += 1
        other.updated_at = repo.now()
        repo.append_review(
            session,
            other.id,
            "merge",
            reason=reason,
            by=by,
            before={"merged_into": None},
            after={"merged_into": str(row.id), "others": [str(row.id)]},
        )
    session.flush()
    rebuild_row(session, row, merging)
    decide(row, "merge", by)
    after = {"others": [str(i) for i in ids], "documents": incident_of_row(row).documents}
    audit = repo.append_review(
        session, row.id, "merge", reason=reason, by=by, before={"documents": documents_before}, after=after
    )
    return audit, {"merged": [str(i) for i in ids]}


def split_decision(
    session: Session, row: IncidentRow, others: Sequence[str], *, reason: str, by: str
) -> tuple[ReviewRow, dict[str, Any]]:
    """Split the reports of documents `others` off `row` into a new incident."""
    links = repo.mentions_of(session, [row.id])[row.id]
    documents = list(dict.fromkeys(link.document_sha256 for link in links))
    leaving = {document_in(row.id, documents, other) for other in others}
    if not leaving:
        raise ReviewError(f"incident {row.id}: a split needs the documents to split off (--other SHA256)")
    moving = [link for link in links if link.document_sha256 in leaving]
    staying = [link for link in links if link.document_sha256 not in leaving]
    if not staying:
        raise ReviewError(f"incident {row.id}: splitting off every document would leave nothing behind")
    incident = rebuilt_incident(0, mentions_for(session, moving))
    assert incident is not None  # moving holds at least one link
    new_row = repo.add_incident(session, incident)
    for link in moving:
        link.incident_id = new_row.id
    for link in links:
        link.pinned = True
    session.flush()
    refreshed(new_row, rebuilt_incident(new_row.id, mentions_for(session, moving)) or incident)
    rebuild_row(session, row)
    decide(row, "split", by)
    split_off = sorted(leaving)
    repo.append_review(
        session,
        new_row.id,
        "split",
        reason=reason,
        by=by,
        before={"split_from": str(row.id)},
        after={"documents": split_off, "others": [str(row.id)]},
    )
    audit = repo.append_review(
        session,
        row.id,
        "split",
        reason=reason,
        by=by,
        before={"documents": documents},
        after={
            "others": split_off,
            "new_incident": str(new_row.id),
            "documents": [d for d in documents if d not in leaving],
        },
    )
    return audit, {"new_incident": str(new_row.id)}


def document_in(incident_id: int, documents: Sequence[str], wanted: str) -> str:
    """The document of the incident that `wanted` names (its SHA-256 or a unique prefix of it)."""
    key = wanted.strip().lower()
    found = [d for d in documents if d == key or (len(key) >= 8 and d.startswith(key))]
    if len(found) != 1:
        raise ReviewError(f"incident {incident_id}: document {wanted!r} is not one of its reports")
    return found[0]


def add_user(db_url: str, name: str, role: str, password: str) -> str:
    """Create a login and return its API token (shown once); the accounts live in store/accounts.py."""
    from warledger.store.accounts import create_user

    return create_user(open_store(db_url), name, role, password)
