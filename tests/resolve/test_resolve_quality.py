"""Pairwise clustering precision and recall on a synthetic multi-outlet set, and bench_resolve."""

from __future__ import annotations

import json
from pathlib import Path

from warledger.measure.bench_resolve import (
    acled_separation,
    bench_resolve,
    clustering_quality,
    pairwise_scores,
)


def test_pairwise_scores_count_pairs() -> None:
    assert pairwise_scores([1, 1, 2, 2], ["a", "a", "b", "b"]) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    split = pairwise_scores([1, 1, 1, 1], ["a", "a", "b", "b"])
    assert split["precision"] == 1.0
    assert split["recall"] == round(2 / 6, 4)
    lumped = pairwise_scores([1, 1, 2, 2], ["a", "a", "a", "a"])
    assert lumped["recall"] == 1.0 and lumped["precision"] == round(2 / 6, 4)


def test_synthetic_events_cluster_with_precision_and_recall_of_at_least_0_9() -> None:
    quality = clustering_quality(events=60, reports_per_event=5, seed=3)
    assert quality["precision"] >= 0.9, quality
    assert quality["recall"] >= 0.9, quality


def test_bench_resolve_reports_its_figures() -> None:
    figures = bench_resolve(60)
    assert figures["docs"] == 60
    assert figures["seconds"] > 0 and figures["docs_per_s"] > 0
    assert 0 < figures["incidents"] <= 60


def test_distinct_acled_events_mostly_stay_apart(shared_dir: Path) -> None:
    rows = [json.loads(line) for line in (shared_dir / "eval" / "acled_dev.jsonl").open(encoding="utf-8")]
    separation = acled_separation(rows)
    assert separation["events"] == len(rows)
    assert separation["kept_apart"] >= 0.78, separation
