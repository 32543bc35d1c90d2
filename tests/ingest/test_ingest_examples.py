"""The bundled examples: the generated PDF and WARC are exactly what their scripts make, and the
three reports of the Kafr Nabl strike disagree the way reconciliation needs them to."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from ingest_samples import EXAMPLES, ROOT, outcomes


def script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_pdf_is_what_its_script_makes() -> None:
    made = bytes(script("make_example_pdf").example_pdf().output())
    assert made == (EXAMPLES / "2024-04-el-fasher-water-station.pdf").read_bytes()


def test_the_committed_warc_is_what_its_script_makes(tmp_path: Path) -> None:
    script("make_example_warc").write_archive(tmp_path / "archive.warc.gz")
    assert (tmp_path / "archive.warc.gz").read_bytes() == (
        EXAMPLES / "frontline-archive.warc.gz"
    ).read_bytes()


def test_three_outlets_report_the_kafr_nabl_strike_with_different_figures_and_spellings() -> None:
    docs, _ = outcomes([EXAMPLES])
    strike = [d for d in docs if any(name in d.text for name in ("Kafr Nabl", "Kafranbel", "Kfar Nabel"))]
    assert {d.source for d in strike} == {"Idlib Monitor", "The Levant Observer", "North-West Syria Wire"}
    texts = " ".join(d.text for d in strike)
    for phrase in ("around 20", "At least 18", "Several civilians, including one aid worker", "denied"):
        assert phrase in texts
