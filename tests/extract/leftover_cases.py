"""What the leftover tests (test_leftovers.py, test_leftovers2.py, probes/) read of a short report's main
incident, and whether it is what the case expects: one harness for every batch of such cases."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Protocol

import pytest

from warledger.extract import extract_text
from warledger.extract.models import Incident
from warledger.measure.scoring import predicted_incident


class Expected(Protocol):
    """A case: the report, its publication day and what a coder takes from its main incident. Batches add
    fields of their own (injured, an actor that must not be a perpetrator); absent ones are not checked."""

    @property
    def text(self) -> str: ...
    @property
    def published(self) -> date: ...
    @property
    def event_type(self) -> str | tuple[str, ...]: ...
    @property
    def killed(self) -> int: ...
    @property
    def perpetrator(self) -> str | None: ...
    @property
    def place(self) -> str | None: ...


def main_incident(case: Expected) -> Incident | None:
    return predicted_incident(extract_text(case.text, case.published).incidents)


def told(case: Expected) -> dict[str, object]:
    """What the extractor tells of the case's fields, as the expectations are written."""
    found = main_incident(case)
    if found is None:
        return {"incident": None}
    return {
        "event_type": found.event_type,
        "killed": (found.killed.min, found.killed.max) if found.killed else None,
        "injured": (found.injured.min, found.injured.max) if found.injured else None,
        "perpetrators": [p.name for p in found.perpetrators],
        "place": found.place.name if found.place else None,
    }


def count_ok(expected: int | None, got: object) -> bool:
    """Expected None: not checked; 0: nothing or 0 told; else the number lies in the told range."""
    if expected is None:
        return True
    if expected == 0:
        return got in (None, (0, 0))
    return isinstance(got, tuple) and got[0] <= expected <= got[1]


def expected_ok(case: Expected, got: dict[str, object]) -> bool:
    if got.get("incident", True) is None:
        return False
    types = case.event_type if isinstance(case.event_type, tuple) else (case.event_type,)
    if got["event_type"] not in types:
        return False
    injured = getattr(case, "injured", None)
    if not (count_ok(case.killed, got["killed"]) and count_ok(injured, got["injured"])):
        return False
    named = got["perpetrators"] or []
    if case.perpetrator is not None and case.perpetrator not in named:  # type: ignore[operator]
        return False
    not_perpetrator = getattr(case, "not_perpetrator", None)
    if not_perpetrator is not None and not_perpetrator in named:  # type: ignore[operator]
        return False
    return case.place is None or (
        isinstance(got["place"], str) and got["place"].casefold() == case.place.casefold()
    )


def case_params(cases: Mapping[str, Expected], failing: set[str]) -> list[Any]:
    """Each case's name for `parametrize`, a strict xfail while it still fails (a fix flips its mark)."""
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True)) if name in failing else name
        for name in cases
    ]


def assert_told_as_expected(case: Expected) -> None:
    got = told(case)
    assert expected_ok(case, got), (case, got)
