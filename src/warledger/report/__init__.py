"""The report stage: a situation report in the terminal (rich), as Markdown or as HTML.

`render_report` picks the form from the output path: none prints to the terminal, `.md` writes
Markdown, `.html`/`.htm` a self-contained HTML page (no external resources; every text that came from
a report is escaped: reports are hostile input).
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from warledger.errors import ConfigurationError
from warledger.report.render import html_report, markdown_report, terminal_report
from warledger.report.situation import Situation


def render_report(situation: Situation, out: Path | None, console: Console | None = None) -> None:
    """Print the report to the terminal (out None) or write it to `out` as Markdown (.md) or HTML (.html)."""
    if out is None:
        terminal_report(situation, console or Console())
        return
    suffix = out.suffix.lower()
    if suffix in (".md", ".markdown"):
        text = markdown_report(situation)
    elif suffix in (".html", ".htm"):
        text = html_report(situation)
    else:
        raise ConfigurationError(f"{out}: the report is written as .md (Markdown) or .html (HTML)")
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ConfigurationError(f"{out}: cannot write the report ({error.strerror})") from error


__all__ = ["Situation", "render_report"]
