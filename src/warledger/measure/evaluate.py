"""`warledger eval`: run extraction over a gold file in the shared/eval schema and score it field by field.

Implements shared/eval/README.md: every row's `text` is extracted with its `published` date (all rows
in one `extract_documents` stream, so the spaCy pipeline batches them); ACLED rows score the incident
with the most evidence, PolNeAR rows score statements matched one-to-one by content overlap. The rules
themselves live in `scoring.py`; this module reads rows, tallies and prints a table, then one JSON line.
`split="heldout"` scores only the rows the event-type model never trained on (`splits.py`).

Denominators where the README leaves a choice: a row with no predicted incident counts as wrong for
every field (except killed when gold is 0); `date` counts day-precision rows only; `geo_within_25km` is
over rows with a gold point (no predicted point = a miss) while `geo_median_km` is over rows with both
points; `speaker` is over matched statements whose gold speaker is not null (126 PolNeAR attributions
name no source, and no prediction can overlap a span that does not exist).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from warledger.errors import ConfigurationError, RejectedInput
from warledger.extract.models import Extraction
from warledger.ingest.document import Document
from warledger.ingest.language import language_of
from warledger.measure import scoring
from warledger.measure.splits import SPLITS, in_split

Echo = Callable[[str], Any]

INCIDENT_FIELDS = ("event_type", "event_category", "killed", "date", "place", "country", "geo", "actors")
STATEMENT_FIELDS = ("statements", "speaker")
FIELD_GROUPS: dict[str, tuple[str, ...]] = {
    "event_type": ("event_type",),
    "event_category": ("event_category",),
    "killed": ("killed", "killed_exact_min"),
    "date": ("date",),
    "place": ("place",),
    "country": ("country",),
    "geo": ("geo_median_km", "geo_within_25km"),
    "actors": ("actors",),
    "statements": ("statement_precision", "statement_recall", "statement_f1"),
    "speaker": ("speaker",),
}


@dataclass(frozen=True)
class GoldRow:
    """One line of a gold file."""

    id: str
    dataset: str
    text: str
    published: date | None
    source: str | None
    gold: dict[str, Any]
    line: bytes


@dataclass
class Tally:
    """Outcomes per figure as the rows are scored."""

    hits: dict[str, list[bool]] = field(default_factory=dict)
    distances: list[float] = field(default_factory=list)
    geo_rows: int = 0
    gold_statements: int = 0
    predicted_statements: int = 0
    matched_statements: int = 0

    def add(self, name: str, outcome: bool | None) -> None:
        if outcome is not None:
            self.hits.setdefault(name, []).append(outcome)


def parsed_row(line: str, where: str) -> GoldRow:
    """A `GoldRow` from one JSON line; `RejectedInput` naming the line when it is not one."""
    try:
        raw = json.loads(line)
        published = date.fromisoformat(raw["published"]) if raw.get("published") else None
        return GoldRow(
            str(raw["id"]),
            str(raw.get("dataset") or ""),
            str(raw["text"]),
            published,
            raw.get("source"),
            dict(raw["gold"]),
            line.encode("utf-8"),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise RejectedInput(where, f"not a gold row ({type(error).__name__}: {error})") from None


def gold_rows(path: Path, *, limit: int | None = None, split: str = "all") -> list[GoldRow]:
    """The rows of a gold file in `split`, at most `limit` of them, in file order."""
    rows: list[GoldRow] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if limit is not None and len(rows) >= limit:
                break
            if not line.strip():
                continue
            row = parsed_row(line, f"{path}:{number}")
            if in_split(row.id, split):
                rows.append(row)
    return rows


def document_of(row: GoldRow) -> Document:
    """The `Document` ingest would make of a gold row: its text, id, source, publication date, language."""
    return Document(
        original=row.line,
        text=row.text,
        media_type="application/jsonl",
        extractor="jsonl",
        external_id=row.id,
        source=row.source,
        published=row.published,
        published_precision="day" if row.published else None,
        language=language_of(row.text),
        origin="eval",
    )


def extractions(rows: Sequence[GoldRow]) -> Iterator[Extraction]:
    """Extraction of every row, in order, through one batched pipeline stream."""
    from warledger.extract import extract_documents

    return iter(extract_documents(document_of(row) for row in rows))


def score_incident_row(
    tally: Tally, extraction: Extraction, gold: dict[str, Any], normaliser: scoring.Normaliser
) -> None:
    """Add one ACLED row's outcomes to the tally."""
    predicted = scoring.predicted_incident(extraction.incidents)
    place = gold.get("place") or {}
    gold_killed = int(gold.get("killed") or 0)
    tally.add("event_type", scoring.event_type_correct(predicted, gold))
    tally.add("event_category", scoring.event_category_correct(predicted, gold))
    tally.add("killed", scoring.killed_correct(predicted.killed if predicted else None, gold_killed))
    tally.add(
        "killed_exact_min", scoring.killed_exact_min(predicted.killed if predicted else None, gold_killed)
    )
    tally.add("date", scoring.date_correct(predicted, gold))
    tally.add("place", scoring.place_correct(predicted, place))
    tally.add("country", scoring.country_correct(predicted, place))
    tally.add("actors", scoring.actor1_found(predicted, gold, normaliser))
    if place.get("lat") is not None:
        tally.geo_rows += 1
        distance = scoring.geo_distance(predicted, place)
        if distance is not None:
            tally.distances.append(distance)


def score_statement_row(tally: Tally, extraction: Extraction, gold: list[dict[str, Any]]) -> None:
    """Add one PolNeAR article's statement matches and speaker overlaps to the tally."""
    gold_spans = [scoring.Span(int(g["content"]["start"]), int(g["content"]["end"])) for g in gold]
    predicted = extraction.statements
    pairs = scoring.matched_statements(
        gold_spans, [scoring.Span(s.evidence.start, s.evidence.end) for s in predicted]
    )
    tally.gold_statements += len(gold)
    tally.predicted_statements += len(predicted)
    tally.matched_statements += len(pairs)
    for gi, pi in pairs:
        gold_speaker = scoring.span_of(gold[gi].get("speaker"))
        if gold_speaker is not None:
            tally.add(
                "speaker",
                scoring.spans_overlap(scoring.span_of(predicted[pi].speaker_evidence), gold_speaker),
            )


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def share(outcomes: list[bool]) -> float | None:
    return sum(outcomes) / len(outcomes) if outcomes else None


def figures_of(tally: Tally) -> dict[str, tuple[float | None, int]]:
    """Every figure with the number of rows (or statements) behind it."""
    figures = {name: (share(outcomes), len(outcomes)) for name, outcomes in tally.hits.items()}
    if tally.geo_rows:
        figures["geo_median_km"] = (scoring.median(tally.distances), len(tally.distances))
        near = sum(d <= scoring.NEAR_KM for d in tally.distances)
        figures["geo_within_25km"] = (near / tally.geo_rows, tally.geo_rows)
    if tally.gold_statements or tally.predicted_statements:
        precision = (
            tally.matched_statements / tally.predicted_statements if tally.predicted_statements else 0.0
        )
        recall = tally.matched_statements / tally.gold_statements if tally.gold_statements else 0.0
        figures["statement_precision"] = (precision, tally.predicted_statements)
        figures["statement_recall"] = (recall, tally.gold_statements)
        figures["statement_f1"] = (scoring.f1(precision, recall), tally.matched_statements)
    return figures


def selected_names(fields: Sequence[str] | None) -> list[str]:
    """The figure names the `--fields` choice asks for (all by default)."""
    if not fields:
        return [name for group in FIELD_GROUPS.values() for name in group]
    wanted = [f.strip() for value in fields for f in value.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in FIELD_GROUPS]
    if unknown:
        raise ConfigurationError(
            f"--fields {', '.join(unknown)}: not a field (one of {', '.join(FIELD_GROUPS)})"
        )
    return [name for f in wanted for name in FIELD_GROUPS[f]]


def dataset_name(path: Path, rows: Sequence[GoldRow]) -> str:
    names = {row.dataset for row in rows if row.dataset}
    return names.pop() if len(names) == 1 else path.name


def table_lines(title: str, figures: dict[str, tuple[float | None, int]], names: list[str]) -> list[str]:
    """A readable fixed-width table of the figures."""
    lines = [title, f"{'field':<22}{'value':>10}{'n':>8}"]
    for name in names:
        if name in figures:
            value, count = figures[name]
            shown = "-" if value is None else (f"{value:.1f} km" if name.endswith("_km") else f"{value:.3f}")
            lines.append(f"{name:<22}{shown:>10}{count:>8}")
    return lines


def tally_of(rows: Sequence[GoldRow], extracted: Iterable[Extraction]) -> Tally:
    """Score each row against its extraction (same order) into one tally."""
    tally = Tally()
    normaliser = scoring.alias_table_normaliser()
    for row, extraction in zip(rows, extracted, strict=True):
        if row.gold.get("incidents"):
            score_incident_row(tally, extraction, row.gold["incidents"][0], normaliser)
        if "statements" in row.gold:
            score_statement_row(tally, extraction, row.gold["statements"])
    return tally


def scored_tally(rows: Sequence[GoldRow]) -> Tally:
    """Extract every row and tally its scores."""
    return tally_of(rows, extractions(rows))


def evaluate_file(
    gold: Path,
    *,
    fields: Sequence[str] | None = None,
    limit: int | None = None,
    echo: Echo = print,
    split: str = "all",
) -> dict[str, Any]:
    """Score extraction against `gold`; print a table, then the JSON summary line; return the summary."""
    if split not in SPLITS:
        raise ConfigurationError(f"--split {split}: must be one of {', '.join(SPLITS)}")
    names = selected_names(fields)
    started = time.perf_counter()
    rows = gold_rows(gold, limit=limit, split=split)
    figures = figures_of(scored_tally(rows))
    seconds = time.perf_counter() - started
    dataset = dataset_name(gold, rows)
    title = f"{gold.name}: {len(rows)} rows ({dataset}, split {split}) in {seconds:.1f} s"
    for line in table_lines(title, figures, names):
        echo(line)
    summary: dict[str, Any] = {
        "dataset": dataset,
        "rows": len(rows),
        "fields": {n: rounded(figures[n][0]) for n in names if n in figures},
    }
    if split != "all":
        summary["split"] = split
    echo(json.dumps(summary, ensure_ascii=False))
    return summary
