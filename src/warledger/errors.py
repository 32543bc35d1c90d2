"""Every error a user can see, as one tree, so the CLI and the API can report each in one line.

    WarledgerError
     ├── RejectedInput      an input (file, URL, feed item, JSONL line) that could not become a document
     ├── StorageError       the database could not be opened or written
     ├── ReviewError        an analyst's decision that cannot be applied (unknown incident, conflict)
     └── ConfigurationError a setting or argument that makes no sense

Library code raises these with the input and the reason; only `cli.py` prints and exits.
"""

from __future__ import annotations


class WarledgerError(Exception):
    """Base of every error warledger raises on purpose."""

    exit_code = 1


class RejectedInput(WarledgerError):
    """An input that could not become a document: names the input and says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StorageError(WarledgerError):
    """The store could not be opened, migrated or written."""


class ReviewError(WarledgerError):
    """An analyst's decision that cannot be applied as asked."""


class ConfigurationError(WarledgerError):
    """A setting or argument that makes no sense; a usage error."""

    exit_code = 2
