"""The stored documents as a terminal table, for `warledger documents`."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warledger.store.records import StoredDocument


def documents_rich_table(rows: Sequence[StoredDocument]) -> Table:
    """The documents with their provenance: hash, title, outlet, dates, language, size and counts."""
    table = Table(title=f"{len(rows)} document{'s' if len(rows) != 1 else ''}")
    for column in (
        "sha256",
        "title",
        "source",
        "url",
        "published",
        "retrieved",
        "lang",
        "chars",
        "inc.",
        "stmt.",
    ):
        table.add_column(column, overflow="fold")
    for doc in rows:
        table.add_row(
            doc.sha256[:12],
            escape(doc.title or ""),
            escape(doc.source or ""),
            escape(doc.url or ""),
            doc.published or "",
            doc.retrieved_at.strftime("%Y-%m-%d %H:%M"),
            doc.language,
            str(doc.characters),
            str(doc.incidents),
            str(doc.statements),
        )
    return table


def documents_table(rows: Sequence[StoredDocument], console: Console | None = None) -> None:
    """Print the documents table (to `console`, else the terminal)."""
    (console or Console()).print(documents_rich_table(rows))
