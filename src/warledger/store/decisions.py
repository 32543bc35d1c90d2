"""Analysts' decisions on an incident, applied on top of what the resolver made of the sources.

The `reviews` table is the append-only record of every decision; an incident row's `decisions`
column is its current outcome (status, who, when, corrected values), rewritten only in the
transaction that appends a review. A correction never overwrites a source's value: the incident
keeps `killed` as the sources gave it and shows `corrections["killed"]` beside it. Filters and the
report use the corrected view (`corrected`), readers see both.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from pydantic import ValidationError

from warledger.errors import ReviewError
from warledger.extract.models import CATEGORY_OF, TARGETS, WEAPONS
from warledger.resolve.models import LedgerIncident, Review

STATUS_OF_ACTION = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}
ACTIONS = ("confirm", "reject", "merge", "split", "correct")
CORRECTABLE = (
    "event_type",
    "event_category",
    "date_start",
    "date_end",
    "date_precision",
    "place",
    "perpetrators",
    "weapons",
    "targets",
    "victim_groups",
    "killed",
    "injured",
    "figure_source",
    "cumulative",
)
LIST_FIELDS = ("perpetrators", "weapons", "targets", "victim_groups")
VOCABULARY = {"weapons": frozenset(WEAPONS), "targets": frozenset(TARGETS)}


def incident_with_decisions(
    data: dict[str, Any], decisions: dict[str, Any], incident_id: int
) -> LedgerIncident:
    """The incident a reader sees: the resolver's view, its review status and corrections beside it."""
    incident = LedgerIncident.model_validate({**data, "id": str(incident_id)})
    if not decisions:
        return incident
    review = Review(
        status=decisions.get("status", "unreviewed"), by=decisions.get("by"), at=decisions.get("at")
    )
    return incident.model_copy(
        update={"review": review, "corrections": dict(decisions.get("corrections") or {})}
    )


def corrected(incident: LedgerIncident) -> LedgerIncident:
    """The incident with analysts' corrections in place of the sources' values (for filters and reports)."""
    if not incident.corrections:
        return incident
    merged = {**incident.model_dump(mode="json"), **incident.corrections}
    if "event_type" in incident.corrections and "event_category" not in incident.corrections:
        merged["event_category"] = CATEGORY_OF.get(str(merged["event_type"]))
    return LedgerIncident.model_validate(merged)


def after_decision(
    decisions: dict[str, Any], action: str, by: str, at: str, field: str | None, value: Any
) -> dict[str, Any]:
    """The decisions of an incident once one more is taken (merge and split keep the status)."""
    updated = {**decisions, "corrections": dict(decisions.get("corrections") or {})}
    if action in STATUS_OF_ACTION:
        updated.update(status=STATUS_OF_ACTION[action], by=by, at=at)
    if action == "correct" and field is not None:
        updated["corrections"][field] = value
    return updated


def current_value(incident: LedgerIncident, field: str) -> Any:
    """A field as a reader sees it now: the analysts' correction if there is one, else the sources'."""
    if field in incident.corrections:
        return incident.corrections[field]
    return incident.model_dump(mode="json").get(field)


def parsed_value(raw: Any) -> Any:
    """A value as given on the command line or in JSON: JSON when it parses, else the text itself."""
    if not isinstance(raw, str):
        return raw
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def correction_value(incident: LedgerIncident, field: str | None, raw: Any) -> tuple[str, Any]:
    """The field and the checked, normalised value of a correction; ReviewError when it does not fit."""
    if not field or field not in CORRECTABLE:
        raise ReviewError(
            f"incident {incident.id}: cannot correct {field!r}; fields: {', '.join(CORRECTABLE)}"
        )
    if raw is None:
        raise ReviewError(f"incident {incident.id}: a correction of {field} needs a value")
    value = shaped_value(field, parsed_value(raw))
    allowed = VOCABULARY.get(field)
    if allowed is not None and not set(value) <= allowed:
        raise ReviewError(
            f"incident {incident.id}: {field} {sorted(set(value) - allowed)} not in the vocabulary"
        )
    try:
        checked = LedgerIncident.model_validate({**incident.model_dump(mode="json"), field: value})
    except ValidationError as error:
        problem = error.errors()[0]
        raise ReviewError(
            f"incident {incident.id}: {field} {value!r} is not valid ({problem['msg']})"
        ) from None
    if field in ("date_start", "date_end") and value is not None and not is_iso_day(value):
        raise ReviewError(f"incident {incident.id}: {field} {value!r} is not a date YYYY-MM-DD")
    return field, checked.model_dump(mode="json")[field]


def shaped_value(field: str, value: Any) -> Any:
    """Shorthands analysts type, in the shape the field holds: 92 -> {"min": 92, "max": 92}, ..."""
    if field in ("killed", "injured") and isinstance(value, int) and not isinstance(value, bool):
        return {"min": value, "max": value}
    if field == "place" and isinstance(value, str):
        return {"name": value}
    if field in LIST_FIELDS and isinstance(value, str):
        value = [value]
    if field == "perpetrators" and isinstance(value, list):
        return [{"name": item} if isinstance(item, str) else item for item in value]
    if field == "event_type" and isinstance(value, str):
        return value.strip().lower().replace(" ", "_").replace("/", "_")
    return value


def is_iso_day(value: Any) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return len(str(value)) == 10
