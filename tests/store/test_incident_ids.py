"""Incident ids as typed by people and URLs: only ASCII digits name a row (str.isdigit takes "¹")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warledger.store.repository import incident_number


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("7", 7),
        (" 42 ", 42),
        ("007", 7),
        ("123456789", 123456789),
        ("1234567890", None),  # beyond any row id the store hands out
        ("¹", None),
        ("1²", None),
        ("١٢", None),  # Arabic-Indic digits
        ("٣", None),
        ("", None),
        ("-3", None),
        ("3.0", None),
        ("3; DROP TABLE incidents", None),
    ],
)
def test_only_ascii_digits_name_an_incident(typed: str, number: int | None) -> None:
    assert incident_number(typed) == number


@given(st.text(max_size=12))
def test_any_text_is_a_number_or_none_never_an_error(typed: str) -> None:
    number = incident_number(typed)
    assert number is None or (number >= 0 and typed.strip().isascii())
