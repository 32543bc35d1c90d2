"""The web layer's writes, through the ledger's own functions: a review, an upload.

Both run the same code as `warledger review` and `warledger ingest`, so the browser, the API and the
command line can never disagree on the rules; this module only adapts their inputs (an uploaded file
becomes a file in a private temporary folder) and their outcomes.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warledger.errors import RejectedInput, WarledgerError
from warledger.ingest.document import sha256_of
from warledger.store.accounts import Account

UPLOAD_SUFFIXES = (
    ".txt",
    ".text",
    ".md",
    ".html",
    ".htm",
    ".xhtml",
    ".pdf",
    ".xml",
    ".rss",
    ".atom",
    ".jsonl",
    ".ndjson",
    ".warc",
    ".gz",
)
SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def review_value_text(value: Any) -> str | None:
    """A correction's value as the ledger takes it (text, or JSON for anything else)."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def apply_review(
    db_url: str,
    incident_id: str,
    account: Account,
    action: str,
    reason: str,
    *,
    field: str | None = None,
    value: Any = None,
    others: list[str] | None = None,
    confirmed: bool = False,
) -> Any:
    """Record one decision by `account` in the incident's audit trail; the ledger's answer."""
    from warledger.ledger import review_incident

    return review_incident(
        db_url,
        incident_id,
        action,
        reason=reason,
        by=account.name,
        field=field or None,
        value=review_value_text(value),
        others=others or [],
        confirmed=confirmed,
    )


def upload_name(filename: str | None) -> str:
    """A harmless file name keeping the upload's extension (ingest reads formats by name too)."""
    base = Path(filename or "upload.txt").name
    clean = SAFE_NAME.sub("_", base).strip("._") or "upload.txt"
    return clean[-120:]


def suffix_is_accepted(name: str) -> bool:
    return name.lower().endswith(UPLOAD_SUFFIXES)


@dataclass
class UploadOutcome:
    sha256: str
    added: int = 0
    already_stored: int = 0
    rejected: list[str] = field(default_factory=list)


def ingest_upload(db_url: str, filename: str | None, data: bytes) -> UploadOutcome:
    """Ingest uploaded bytes by the rules of `warledger ingest`; rejected inputs are named with reasons."""
    from warledger.ledger import ingest_inputs

    name = upload_name(filename)
    if not suffix_is_accepted(name):
        raise RejectedInput(name, f"not an accepted file type (accepted: {', '.join(UPLOAD_SUFFIXES)})")
    outcome = UploadOutcome(sha256=sha256_of(data))

    def note_rejection(error: WarledgerError) -> None:
        outcome.rejected.append(str(error).replace(str(folder), "upload"))

    with tempfile.TemporaryDirectory(prefix="warledger-upload-") as tmp:
        folder = Path(tmp)
        path = folder / name
        path.write_bytes(data)
        result = ingest_inputs([str(path)], db_url, on_rejected=note_rejection)
    outcome.added = int(getattr(result, "added", 0))
    outcome.already_stored = int(getattr(result, "already_stored", 0))
    return outcome
