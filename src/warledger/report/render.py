"""The situation report laid out three ways (terminal, Markdown, HTML) from one list of sections.

`report_sections` says what the report holds, in order: overview, incidents by date and place with
casualty ranges and their sources, weapons and targets, who said what, contradictions. Each renderer
only lays the sections out, so the three forms never drift apart. Report text is hostile input: the
HTML renderer escapes every value, and the Markdown one escapes the characters Markdown would act on.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.console import Console
from rich.markup import escape as rich_escape
from rich.table import Table

from warledger.report.situation import (
    Situation,
    date_text,
    kind_text,
    perpetrators_text,
    place_text,
    range_text,
    span_text,
    speaker_text,
    statement_source,
)

EVIDENCE_SHOWN = 3
CONTRADICTION_SIDES_SHOWN = 6


@dataclass(frozen=True)
class Section:
    """A titled part of the report: an optional lead line, then a table (header and rows)."""

    title: str
    lead: str = ""
    header: tuple[str, ...] = ()
    rows: Sequence[tuple[str, ...]] = field(default_factory=list)
    empty: str = "None."


def overview(situation: Situation) -> Section:
    killed = situation.killed_range()
    facts = [
        ("period", situation.period()),
        ("place", situation.place or "all places"),
        *((k, v) for k, v in situation.filters.items()),
        ("incidents", str(len(situation.incidents))),
        ("documents", str(situation.documents)),
        ("killed (sum of incident ranges)", span_text(*killed) if killed else "no figures"),
        ("contradictions", str(len(situation.all_contradictions()))),
        ("generated", situation.generated_at.strftime("%Y-%m-%d %H:%M UTC")),
    ]
    return Section("Overview", header=("", ""), rows=facts)


def incidents_section(situation: Situation) -> Section:
    rows = []
    for incident in situation.ordered_incidents():
        evidence = " … ".join(list(dict.fromkeys(e.text for e in incident.evidence))[:EVIDENCE_SHOWN])
        rows.append(
            (
                incident.id,
                date_text(incident),
                place_text(incident),
                kind_text(incident),
                range_text(incident.killed),
                range_text(incident.injured),
                ", ".join(incident.weapons),
                ", ".join(incident.targets),
                perpetrators_text(incident),
                evidence,
            )
        )
    header = ("id", "date", "place", "what", "killed", "injured", "weapons", "targets",
              "alleged perpetrators", "in the sources' words")  # fmt: skip
    return Section("Incidents by date and place", header=header, rows=rows, empty="No incidents.")


def weapons_targets_section(situation: Situation) -> Section:
    weapons = situation.weapon_counts()
    targets = situation.target_counts()
    rows = [("weapon", w.replace("_", " "), str(n)) for w, n in weapons]
    rows += [("target", t.replace("_", " "), str(n)) for t, n in targets]
    return Section("Weapons and targets", header=("kind", "what", "incidents"), rows=rows)


def statements_section(situation: Situation) -> Section:
    ordered = sorted(situation.all_statements(), key=lambda s: s.speaker.casefold())
    rows = [
        (speaker_text(s), s.stance.replace("_", " "), s.quote if s.direct else f"(reported) {s.quote}",
         ", ".join(s.about), statement_source(s))
        for s in ordered
    ]  # fmt: skip
    return Section("Who said what", header=("speaker", "stance", "said", "about", "source"), rows=rows)


def contradictions_section(situation: Situation) -> Section:
    rows = []
    for incident_id, contradiction in situation.all_contradictions():
        sides = getattr(contradiction, "sides", None) or []
        if sides:
            said = " | ".join(
                f"{s.source or '?'}: {s.value} — “{' … '.join(e.text for e in s.evidence[:2])}”"
                for s in sides[:CONTRADICTION_SIDES_SHOWN]
            )
        else:
            said = " | ".join(e.text for e in contradiction.evidence[:CONTRADICTION_SIDES_SHOWN])
        values = ", ".join(str(v) for v in contradiction.values)
        rows.append(
            (
                incident_id or "document",
                contradiction.kind.replace("_", " "),
                contradiction.note,
                values,
                said,
            )
        )
    header = ("incident", "kind", "what", "values", "each side, in its words")
    return Section("Contradictions", header=header, rows=rows)


def report_sections(situation: Situation) -> list[Section]:
    """What the report holds, in order."""
    return [
        overview(situation),
        incidents_section(situation),
        weapons_targets_section(situation),
        statements_section(situation),
        contradictions_section(situation),
    ]


TITLE = "Situation report"
CSP = (
    """<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">"""
)


def terminal_report(situation: Situation, console: Console) -> None:
    """The report on a rich console: one table a section (report text escaped from rich markup)."""
    console.rule(f"[bold]{TITLE}[/bold] — {rich_escape(situation.period())}")
    for section in report_sections(situation):
        if not section.rows:
            console.print(f"[bold]{section.title}[/bold]: {section.empty}")
            continue
        table = Table(title=section.title, title_justify="left", show_header=any(section.header))
        for column in section.header:
            table.add_column(column, overflow="fold")
        for row in section.rows:
            table.add_row(*(rich_escape(cell) for cell in row))
        console.print(table)


MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md(text: str) -> str:
    """Report text made inert in Markdown: special characters escaped, no raw HTML, one line."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def markdown_report(situation: Situation) -> str:
    """The report as a Markdown document (GitHub tables)."""
    lines = [f"# {TITLE}", "", f"*{md(situation.period())}*", ""]
    for section in report_sections(situation):
        lines += [f"## {section.title}", ""]
        if not section.rows:
            lines += [section.empty, ""]
            continue
        header = [md(h) or " " for h in section.header]
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        lines += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in section.rows]
        lines.append("")
    return "\n".join(lines)


STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}.period{color:#555}
"""


def html_table(section: Section) -> str:
    header = "".join(f"<th>{html.escape(h)}</th>" for h in section.header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in section.rows
    )
    return f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def html_report(situation: Situation) -> str:
    """The report as one self-contained HTML page: inline style, no scripts, every value escaped."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        CSP,
        f"<title>{html.escape(TITLE)}</title><style>{STYLE}</style></head><body>",
        f'<h1>{html.escape(TITLE)}</h1><p class="period">{html.escape(situation.period())}</p>',
    ]
    for section in report_sections(situation):
        parts.append(f"<section><h2>{html.escape(section.title)}</h2>")
        parts.append(html_table(section) if section.rows else f"<p>{html.escape(section.empty)}</p>")
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
