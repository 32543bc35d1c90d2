"""Publication dates keep their precision: a month is not a day."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from warledger.ingest.dates import Published, byline_published, published_from


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-11", Published(date(2024, 3, 11), "day")),
        ("2024-03-11T23:30:00+02:00", Published(date(2024, 3, 11), "day")),
        ("2024-03", Published(date(2024, 3, 1), "month")),
        ("2024", Published(date(2024, 1, 1), "year")),
        ("Mon, 11 Mar 2024 08:00:00 GMT", Published(date(2024, 3, 11), "day")),
        ("11 March 2024", Published(date(2024, 3, 11), "day")),
        ("March 2024", Published(date(2024, 3, 1), "month")),
        ("2024-02-30", None),
        ("yesterday-ish", None),
        ("", None),
        (None, None),
        (datetime(2024, 3, 11, 23, 0, tzinfo=UTC), Published(date(2024, 3, 11), "day")),
        (time.struct_time((2024, 3, 11, 8, 0, 0, 0, 71, 0)), Published(date(2024, 3, 11), "day")),
    ],
)
def test_published_dates_parse_with_their_precision(value: object, expected: Published | None) -> None:
    assert published_from(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\nBy A. Writer, 11 March 2024\nBody text.", date(2024, 3, 11)),
        ("Headline\nMarch 11, 2024\nBody.", date(2024, 3, 11)),
        ("Headline\nMarch 2024\nBody.", None),
        ("Headline\n" + "A long first paragraph mentioning 11 March 2024 and going on. " * 3, None),
    ],
)
def test_dateline_dates_come_only_from_short_lines_at_the_top(text: str, expected: date | None) -> None:
    found = byline_published(text)
    assert (found.day if found else None) == expected
