"""`warledger bench`: same texts both sides, JSON line last; `--resolve` times resolve. No timing asserts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warledger.cli import app
from warledger.measure import bench

CONTRACT_KEYS = {"docs", "words", "docs_per_s", "words_per_s", "baseline_words_per_s", "ratio", "peak_rss_mb"}


def test_bench_texts_mix_both_files_and_repeat_when_asked_for_more(shared_dir: Path) -> None:
    texts = bench.bench_texts(40, shared_dir / "eval")
    ids = [t.id for t in texts]
    assert any(i.startswith("acled:") for i in ids) and any(i.startswith("polnear:") for i in ids)
    total = sum(len(bench.file_texts(shared_dir / "eval" / name)) for name in bench.EVAL_FILES)
    many = bench.bench_texts(total + 3, shared_dir / "eval")
    assert len(many) == total + 3
    assert many[total] == many[0]


def test_missing_eval_texts_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(bench.BenchUnavailable, match="no such file"):
        bench.bench_texts(3, tmp_path)


def test_words_are_whitespace_words_and_chunks_keep_order() -> None:
    texts = [bench.BenchText("a", "one two  three", None), bench.BenchText("b", "four\nfive", None)]
    assert bench.words_in(texts) == 5
    items = list(range(10))
    chunks = bench.chunks_of(items, 2)
    assert [x for chunk in chunks for x in chunk] == items
    assert len(chunks) >= 2


def test_run_bench_prints_a_human_line_then_the_json_line(monkeypatch: pytest.MonkeyPatch) -> None:
    figures = dict.fromkeys(CONTRACT_KEYS, 1)
    monkeypatch.setattr(bench, "extraction_figures", lambda docs, workers, rounds: figures)
    lines: list[str] = []
    bench.run_bench(docs=5, workers=1, echo=lines.append)
    assert len(lines) == 2 and lines[0].startswith("extract:")
    assert json.loads(lines[-1]) == figures


def test_resolve_benchmark_reports_documents_and_incidents() -> None:
    figures = bench.resolve_figures(count=200)
    assert figures["docs"] == 200
    assert 0 < figures["incidents"] <= 200
    assert "peak_rss_mb" in figures


@pytest.mark.slow
def test_bench_command_on_five_documents(shared_dir: Path) -> None:
    result = CliRunner().invoke(app, ["bench", "--docs", "5", "--rounds", "2"])
    assert result.exit_code == 0, result.output
    assert "best of 2 rounds" in result.output
    lines = result.output.strip().splitlines()
    summary = json.loads(lines[-1])
    assert set(summary) == CONTRACT_KEYS
    assert summary["docs"] == 5 and summary["words"] > 0
    assert summary["peak_rss_mb"] > 0


def test_bench_rejects_zero_rounds_with_a_clear_error(shared_dir: Path) -> None:
    result = CliRunner().invoke(app, ["bench", "--docs", "5", "--rounds", "0"])
    assert result.exit_code != 0
    assert "--rounds 0" in result.output


def test_the_cpu_ratio_takes_each_sides_least_cpu_time() -> None:
    """A round slowed by other jobs counts wall time, not much CPU time: the CPU ratio is the baseline's
    least CPU time over ours, whatever the wall times were."""
    ours = [bench.Timing(9.0, 1, 1.0, 2.0), bench.Timing(3.0, 1, 1.0, 2.5)]
    baseline = [bench.Timing(1.0, 1, 1.0, 1.8), bench.Timing(1.0, 1, 1.0, 1.6)]
    assert bench.cpu_ratio(ours, baseline) == 0.8
    assert bench.cpu_ratio([bench.Timing(1.0, 1, 1.0, 0.0)], baseline) == 0.0


def test_a_chunk_reports_its_outputs_and_cpu_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench, "_pipeline", type("P", (), {"pipe": lambda self, texts, batch_size: texts})())
    outputs, cpu = bench._baseline_chunk(["a", "b", "c"])
    assert outputs == 3 and cpu >= 0.0
