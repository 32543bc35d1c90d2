"""Settings shared by every stage, read from the environment so the CLI and the server agree.

`--db` wins over `$WARLEDGER_DB`, which wins over `sqlite:///warledger.db` in the working folder.
"""

from __future__ import annotations

import os

from warledger.errors import ConfigurationError

DEFAULT_DB_URL = "sqlite:///warledger.db"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def database_url(explicit: str | None = None) -> str:
    """The SQLAlchemy URL of the store to use."""
    return explicit or os.environ.get("WARLEDGER_DB") or DEFAULT_DB_URL


def max_input_bytes() -> int:
    """The size cap for one input, `$WARLEDGER_MAX_BYTES` or 20 MB."""
    raw = os.environ.get("WARLEDGER_MAX_BYTES", "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    if not (raw.isascii() and raw.isdigit()) or int(raw) <= 0:
        raise ConfigurationError(f"WARLEDGER_MAX_BYTES={raw!r}: not a positive whole number of bytes")
    return int(raw)
