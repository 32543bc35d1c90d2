"""How pages turn ledger values into HTML: the Jinja2 environment, evidence highlighting, the timeline.

Reports are hostile input, so every text from them goes through Jinja2's autoescaping; the only
markup built in Python (`highlighted`, `timeline_svg`) escapes each piece of report text itself
with `markupsafe.escape` before wrapping it in `<mark>` or SVG, and is the one place to audit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path
from urllib.parse import urlencode

from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from warledger.serve.security import ROLE_ACTIONS


@dataclass(frozen=True)
class Span:
    """A stretch of a document's text to highlight, with what kind of evidence it is."""

    start: int
    end: int
    kind: str = "evidence"
    label: str = ""


def _boundaries(spans: Sequence[Span], length: int) -> list[int]:
    points = {0, length}
    for span in spans:
        points.add(max(0, min(length, span.start)))
        points.add(max(0, min(length, span.end)))
    return sorted(points)


def highlighted(text: str, spans: Iterable[Span]) -> Markup:
    """`text` escaped, with every span wrapped in `<mark>`; overlapping spans share their overlap."""
    usable = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    if not usable:
        return Markup(escape(text))
    pieces: list[str] = []
    points = _boundaries(usable, len(text))
    for left, right in pairwise(points):
        chunk = str(escape(text[left:right]))
        covering = [s for s in usable if s.start <= left and right <= s.end]
        if not covering:
            pieces.append(chunk)
            continue
        kinds = " ".join(sorted({f"ev-{s.kind}" for s in covering}))
        labels = "; ".join(dict.fromkeys(s.label for s in covering if s.label))
        title = f' title="{escape(labels)}"' if labels else ""
        pieces.append(f'<mark class="{escape(kinds)}"{title}>{chunk}</mark>')
    return Markup("".join(pieces))


@dataclass(frozen=True)
class Bar:
    """One period of the timeline: how many incidents, how many killed (the high end of ranges)."""

    period: str
    incidents: int
    killed: int


def timeline_bars(months: Iterable[tuple[str, int, int]]) -> list[Bar]:
    """One bar per month from the first to the last with incidents; quiet months are empty bars."""
    by_month = {month: (count, killed) for month, count, killed in months if len(month) == 7}
    if not by_month:
        return []
    return [Bar(m, *by_month.get(m, (0, 0))) for m in months_between(min(by_month), max(by_month))]


def months_between(first: str, last: str, most: int = 600) -> list[str]:
    """Every month from `first` to `last` ("YYYY-MM"), so quiet months show as gaps, not vanish."""
    year, month = int(first[:4]), int(first[5:7])
    months: list[str] = []
    while len(months) < most:
        current = f"{year:04d}-{month:02d}"
        months.append(current)
        if current >= last:
            break
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def timeline_svg(bars: Sequence[Bar], width: int = 900, height: int = 260) -> Markup:
    """An accessible SVG bar chart (incidents as bars, killed as a line), built on the server."""
    if not bars:
        return Markup("")
    left, bottom, top = 44, 40, 28
    plot_w, plot_h = width - left - 44, height - bottom - top
    step = plot_w / len(bars)
    most = max(b.incidents for b in bars) or 1
    most_killed = max(b.killed for b in bars) or 1
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
        'aria-labelledby="tl-title tl-desc">',
        '<title id="tl-title">Incidents and people killed per month</title>',
        f'<desc id="tl-desc">{len(bars)} months from {escape(bars[0].period)} '
        f"to {escape(bars[-1].period)}</desc>",
        f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}"/>',
        f'<text class="axis-label" x="4" y="{top + 10}">{most} incidents</text>',
        f'<text class="axis-label killed-label" x="{left + plot_w}" y="{top + 10}" text-anchor="end">'
        f"{most_killed} killed</text>",
    ]
    points = []
    label_every = max(1, len(bars) // 12)
    for i, bar in enumerate(bars):
        x = left + i * step
        bar_h = plot_h * bar.incidents / most
        bar_w = min(step * 0.7, 48.0)
        parts.append(
            f'<rect class="bar" x="{x + (step - bar_w) / 2:.1f}" y="{top + plot_h - bar_h:.1f}" '
            f'width="{bar_w:.1f}" height="{bar_h:.1f}"><title>{escape(bar.period)}: '
            f"{bar.incidents} incidents, {bar.killed} killed</title></rect>"
        )
        points.append(f"{x + step / 2:.1f},{top + plot_h - plot_h * bar.killed / most_killed:.1f}")
        if i % label_every == 0:
            parts.append(
                f'<text class="axis-label" x="{x + step / 2:.1f}" y="{height - 18}" '
                f'text-anchor="middle">{escape(bar.period)}</text>'
            )
    parts.append(f'<polyline class="killed-line" points="{" ".join(points)}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def with_query(params: dict[str, object], **changes: object) -> str:
    """A query string from the current filters with some changed (None drops a key)."""
    merged = {**params, **changes}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def figure_text(value: object) -> str:
    """A casualty range as a reader says it: "85", "85–92", "about 20"."""
    low, high = getattr(value, "min", None), getattr(value, "max", None)
    if low is None:
        return "—"
    text = str(low) if low == high else f"{low}–{high}"
    return f"about {text}" if getattr(value, "approximate", False) else text


def when_text(value: object) -> str:
    """An ISO timestamp as a reader wants it: "2026-11-26 05:23 UTC"."""
    if not value:
        return ""
    text = str(value)
    if len(text) >= 16 and text[10] == "T":
        return f"{text[:10]} {text[11:16]} UTC"
    return text


def label_text(value: object) -> str:
    """A snake_case vocabulary value as words: "air_drone_strike" -> "air/drone strike"."""
    if value is None:
        return "—"
    return str(value).replace("air_drone", "air/drone").replace("_", " ")


def templates_for() -> Jinja2Templates:
    """The page templates with autoescaping on for every file and the helpers pages use."""
    folder = Path(str(resources.files("warledger.serve") / "templates"))
    templates = Jinja2Templates(directory=folder)
    env = templates.env
    env.autoescape = True
    env.filters["figure"] = figure_text
    env.filters["label"] = label_text
    env.filters["when"] = when_text
    env.globals["with_query"] = with_query
    env.globals["role_actions"] = ROLE_ACTIONS
    return templates
