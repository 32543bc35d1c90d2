"""Casualty figures across sources: each source's own figure kept, the range spanning them, never an average.

A ledger incident's `killed`/`injured` is a `FigureRange`: one `SourceFigure` per document (so a
document is counted once however many times it repeats or updates its toll: its figure spans its
own claims, e.g. a headline's 85 and the body's 92), and `min`/`max` the lowest and highest of all
sources. Averaging would invent a number no source gave; the range shows the disagreement instead.
"""

from __future__ import annotations

from warledger.extract.models import Count, Evidence
from warledger.resolve.models import FigureRange, SourceFigure


def source_figure(
    count: Count, document: str, source: str | None, evidence: list[Evidence], attributed_to: str | None
) -> SourceFigure:
    """One document's figure as it gave it, with the words it came from."""
    return SourceFigure(
        min=count.min,
        max=count.max,
        approximate=count.approximate,
        source=source,
        document=document,
        evidence=list(evidence),
        attributed_to=attributed_to,
    )


def same_document_figure(old: SourceFigure, new: SourceFigure) -> SourceFigure:
    """One document's two claims as one figure spanning both (the document still counts once)."""
    evidence = list(old.evidence) + [e for e in new.evidence if e not in old.evidence]
    return old.model_copy(
        update={
            "min": min(old.min, new.min),
            "max": max(old.max, new.max),
            "approximate": old.approximate or new.approximate,
            "evidence": evidence,
            "attributed_to": old.attributed_to or new.attributed_to,
        }
    )


def figure_range(figures: list[SourceFigure]) -> FigureRange | None:
    """The span of every source's figure: min of the mins, max of the maxes (None without figures)."""
    if not figures:
        return None
    return FigureRange(
        min=min(f.min for f in figures),
        max=max(f.max for f in figures),
        approximate=any(f.approximate for f in figures),
        figures=figures,
    )


def with_figure(current: FigureRange | None, new: SourceFigure) -> FigureRange:
    """`current` with one more source's figure; a document already there is widened, not added twice."""
    figures = list(current.figures) if current else []
    for index, old in enumerate(figures):
        if old.document == new.document:
            figures[index] = same_document_figure(old, new)
            break
    else:
        figures.append(new)
    merged = figure_range(figures)
    assert merged is not None  # figures holds at least `new`
    return merged


def figures_disagree(a: SourceFigure, b: SourceFigure) -> bool:
    """Two figures whose ranges do not overlap: a count one source gives that the other rules out."""
    return a.max < b.min or b.max < a.min


def figure_value(figure: SourceFigure) -> int | list[int]:
    """A figure as a contradiction shows it: the number, or [min, max] for a range."""
    return figure.min if figure.min == figure.max else [figure.min, figure.max]
