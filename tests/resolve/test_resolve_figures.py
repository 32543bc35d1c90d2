"""Casualty ranges: every source's figure inside [min, max], ends from real figures, one per document."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from warledger.resolve.figures import figure_range, with_figure
from warledger.resolve.models import SourceFigure

claims = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 500), st.integers(0, 50)),  # (document, low, extra)
    min_size=1,
    max_size=12,
)


def figure_of(document: int, low: int, extra: int) -> SourceFigure:
    return SourceFigure(min=low, max=low + extra, source=f"outlet {document}", document=f"{document:064x}")


@given(claims)
def test_the_range_spans_every_claim_and_each_end_is_a_claim(
    given_claims: list[tuple[int, int, int]],
) -> None:
    current = None
    for claim in given_claims:
        current = with_figure(current, figure_of(*claim))
    assert current is not None
    lows = [low for _, low, _ in given_claims]
    highs = [low + extra for _, low, extra in given_claims]
    assert (current.min, current.max) == (min(lows), max(highs))
    assert len(current.figures) == len({d for d, _, _ in given_claims})
    for document, low, extra in given_claims:
        (mine,) = [f for f in current.figures if f.document == f"{document:064x}"]
        assert mine.min <= low and low + extra <= mine.max


def test_no_figures_no_range() -> None:
    assert figure_range([]) is None
