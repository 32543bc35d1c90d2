"""`make eval`'s README rewrite: only the marked section changes, and the table has every figure's row."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_readme_eval", ROOT / "scripts" / "update_readme_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_the_marked_section_is_replaced() -> None:
    module = script()
    readme = f"# Title\n\nbefore\n\n{module.START}\nold table\n{module.END}\n\nafter\n"
    out = module.rewritten(readme, "new table")
    assert out == f"# Title\n\nbefore\n\n{module.START}\nnew table\n{module.END}\n\nafter\n"


def test_readme_without_markers_is_refused() -> None:
    with pytest.raises(SystemExit, match="eval:start"):
        script().rewritten("# no markers\n", "x")


def test_table_has_a_row_per_figure_and_the_counts() -> None:
    module = script()
    columns = {
        "acled_all": {"event_type": 0.9, "geo_median_km": 3.25},
        "acled_heldout": {},
        "polnear": {"speaker": 0.5},
    }
    text = module.table(columns, {"acled_all": 10, "acled_heldout": 4, "polnear": 2}, 1.0)
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert len(rows) == 2 + len(module.ROWS)  # header and separator
    assert "| event type (sub-event) | 0.900 | - |  |" in text
    assert "| median distance (km) | 3.2 |" in text or "| median distance (km) | 3.3 |" in text
    assert "held-out 4" in text
