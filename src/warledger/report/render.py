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

from warledger.extract.models import Contradiction
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
from warledger.resolve.models import ContradictionSide, LedgerIncident

EVIDENCE_SHOWN = 3
CONTRADICTION_SIDES_SHOWN = 6


@dataclass(frozen=True)
class Record:
    """One item told as labelled lines (an incident): a heading, then (label, value) pairs."""

    heading: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Section:
    """A titled part of the report: a table (header and rows) or a list of records."""

    title: str
    header: tuple[str, ...] = ()
    rows: Sequence[tuple[str, ...]] = field(default_factory=list)
    records: Sequence[Record] = field(default_factory=list)
    empty: str = "None."

    def is_empty(self) -> bool:
        return not self.rows and not self.records


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


def incident_record(incident: LedgerIncident) -> Record:
    """An incident as labelled lines: casualty ranges with every source's figure, who is alleged."""
    quotes = list(dict.fromkeys(e.text for e in incident.evidence))[:EVIDENCE_SHOWN]
    lines = [
        ("killed", range_text(incident.killed)),
        ("injured", range_text(incident.injured) if incident.injured else ""),
        ("weapons", ", ".join(w.replace("_", " ") for w in incident.weapons)),
        ("targets", ", ".join(t.replace("_", " ") for t in incident.targets)),
        ("alleged perpetrators", perpetrators_text(incident)),
        ("sources", ", ".join(incident.sources)),
        ("review", incident.review.status if incident.review.status != "unreviewed" else ""),
        *(("in the sources' words", f"“{q}”") for q in quotes),
    ]
    heading = f"#{incident.id} · {date_text(incident)} · {place_text(incident)} · {kind_text(incident)}"
    return Record(heading, tuple((label, value) for label, value in lines if value))


def incidents_section(situation: Situation) -> Section:
    records = [incident_record(i) for i in situation.ordered_incidents()]
    return Section("Incidents by date and place", records=records, empty="No incidents.")


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


def value_text(value: object) -> str:
    """A contradiction's value in words: a list as "a, b", a range [85, 92] as "85–92"."""
    if isinstance(value, list | tuple):
        if len(value) == 2 and all(isinstance(v, int) for v in value):
            return f"{value[0]}–{value[1]}"
        return ", ".join(str(v) for v in value)
    return str(value)


def contradiction_record(incident_id: str | None, contradiction: Contradiction) -> Record:
    """A contradiction as labelled lines: what differs, then each side with its words."""
    sides: Sequence[ContradictionSide] = getattr(contradiction, "sides", None) or []
    lines = [("what", contradiction.note)]
    if sides:
        for side in sides[:CONTRADICTION_SIDES_SHOWN]:
            words = " … ".join(f"“{e.text}”" for e in side.evidence[:2])
            lines.append((f"{side.source or 'unnamed source'} says {value_text(side.value)}", words))
    else:
        lines.append(("values", ", ".join(value_text(v) for v in contradiction.values)))
        lines += [("in the text", f"“{e.text}”") for e in contradiction.evidence[:CONTRADICTION_SIDES_SHOWN]]
    where = f"incident #{incident_id}" if incident_id else "within a document"
    return Record(f"{contradiction.kind.replace('_', ' ')} · {where}", tuple(lines))


def contradictions_section(situation: Situation) -> Section:
    records = [contradiction_record(i, c) for i, c in situation.all_contradictions()]
    return Section("Contradictions", records=records)


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
    """The report on a rich console (report text escaped from rich markup)."""
    console.rule(f"[bold]{TITLE}[/bold] — {rich_escape(situation.period())}")
    for section in report_sections(situation):
        console.print()
        console.print(f"[bold underline]{section.title}[/bold underline]")
        if section.is_empty():
            console.print(section.empty)
        for record in section.records:
            console.print(f"[bold]{rich_escape(record.heading)}[/bold]")
            for label, value in record.fields:
                console.print(f"  [dim]{label}:[/dim] {rich_escape(value)}", soft_wrap=False)
        if section.rows:
            console.print(terminal_table(section))


def terminal_table(section: Section) -> Table:
    table = Table(show_header=any(section.header))
    for column in section.header:
        table.add_column(column, overflow="fold")
    for row in section.rows:
        table.add_row(*(rich_escape(cell) for cell in row))
    return table


MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md(text: str) -> str:
    """Report text made inert in Markdown: special characters escaped, no raw HTML, one line."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def markdown_report(situation: Situation) -> str:
    """The report as a Markdown document (GitHub tables)."""
    lines = [f"# {TITLE}", "", f"*{md(situation.period())}*", ""]
    for section in report_sections(situation):
        lines += [f"## {section.title}", ""]
        if section.is_empty():
            lines += [section.empty, ""]
        for record in section.records:
            lines += [f"### {md(record.heading)}", ""]
            lines += [f"- **{md(label)}**: {md(value)}" for label, value in record.fields]
            lines.append("")
        if not section.rows:
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
th{background:#f3f3f3}.period{color:#555}h3{font-size:1rem;margin:1.2rem 0 .3rem}
dl{display:grid;grid-template-columns:12rem 1fr;gap:.15rem .8rem;margin:0}dt{color:#555}dd{margin:0}
"""


def html_table(section: Section) -> str:
    header = "".join(f"<th>{html.escape(h)}</th>" for h in section.header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in section.rows
    )
    return f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def html_record(record: Record) -> str:
    items = "".join(
        f"<dt>{html.escape(label)}</dt><dd>{html.escape(value)}</dd>" for label, value in record.fields
    )
    return f"<article><h3>{html.escape(record.heading)}</h3><dl>{items}</dl></article>"


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
        if section.is_empty():
            parts.append(f"<p>{html.escape(section.empty)}</p>")
        parts += [html_record(record) for record in section.records]
        if section.rows:
            parts.append(html_table(section))
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
