"""Bylines and datelines: author, outlet and date from the first short lines of a report."""

from __future__ import annotations

from datetime import date

import pytest

from warledger.ingest.byline import byline_of


@pytest.mark.parametrize(
    ("text", "author", "outlet", "day"),
    [
        ("H\n\nBy Rami Khalil, Idlib Monitor, 11 March 2024\n\nBody.", "Rami Khalil", "Idlib Monitor",
         date(2024, 3, 11)),
        ("H\nBy Jane Doe | Coast Post | May 2, 2024\nBody.", "Jane Doe", "Coast Post", date(2024, 5, 2)),
        ("Headline\nSudan Field Bulletin, 19 February 2024\nBody.", None, "Sudan Field Bulletin",
         date(2024, 2, 19)),
        ("Headline\nDarfur Monitor - Situation update, 24 April 2024\nBody.", None, "Darfur Monitor",
         date(2024, 4, 24)),
        ("Shelling in Idlib, 3 May 2024\nBody without a byline.", None, None, date(2024, 5, 3)),
        ("Headline\nBy Amal Saad\nBody.", "Amal Saad", None, None),
        ("H\nbystanders were hurt on 3 May 2024 when shells hit the market.\nBody.", None, None, None),
    ],
)  # fmt: skip
def test_byline_gives_author_outlet_and_date(text: str, author: str | None, outlet: str | None,
                                             day: date | None) -> None:  # fmt: skip
    byline = byline_of(text)
    assert (byline.author, byline.outlet, byline.published.day if byline.published else None) == (
        author, outlet, day,
    )  # fmt: skip
