"""`warledger eval`: reads gold rows, prints a table then one JSON line; splits and field choices."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warledger.cli import app
from warledger.errors import ConfigurationError, RejectedInput
from warledger.extract.models import Count, DocumentInfo, Evidence, Extraction, Incident, Place, Statement
from warledger.measure import evaluate
from warledger.measure.splits import in_split, in_training_split


def slice_of(shared_dir: Path, name: str, rows: int, tmp_path: Path) -> Path:
    """The first `rows` lines of a shared/eval file, copied to tmp at run time (never into the repo)."""
    lines = (shared_dir / "eval" / name).read_text(encoding="utf-8").splitlines()[:rows]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fake_extractions(rows: Sequence[evaluate.GoldRow]) -> Iterator[Extraction]:
    """Echo a little of the gold back, so the tally can be checked without the spaCy pipeline."""
    for row in rows:
        info = DocumentInfo(sha256="0" * 64, language="en", text=row.text)
        if "incidents" in row.gold:
            gold = row.gold["incidents"][0]
            incident = Incident(
                event_type=gold["event_type"],
                killed=Count(min=gold["killed"], max=gold["killed"]),
                place=Place(name=gold["place"]["name"]),
                evidence=[Evidence(start=0, end=1, text="x")],
            )
            yield Extraction(document=info, incidents=[incident])
        else:
            content = row.gold["statements"][0]["content"]
            evidence = Evidence(start=content["start"], end=content["end"], text=content["text"])
            yield Extraction(document=info, statements=[Statement(speaker="x", quote="x", direct=False,
                                                                  evidence=evidence)])  # fmt: skip


def last_json(lines: list[str]) -> dict:
    return json.loads(lines[-1])


def test_eval_tallies_acled_rows_and_prints_json_last(shared_dir: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(evaluate, "extractions", fake_extractions)
    gold = slice_of(shared_dir, "acled_dev.jsonl", 5, tmp_path)
    lines: list[str] = []
    summary = evaluate.evaluate_file(gold, echo=lines.append)
    assert last_json(lines) == summary
    assert summary["rows"] == 5
    assert summary["fields"]["event_type"] == 1.0
    assert summary["fields"]["event_category"] == 1.0
    assert summary["fields"]["killed"] == 1.0
    assert summary["fields"]["place"] == 1.0
    assert summary["fields"]["country"] == 0.0
    assert any(line.startswith("event_type") for line in lines)


def test_eval_scores_polnear_statements(
    shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evaluate, "extractions", fake_extractions)
    gold = slice_of(shared_dir, "polnear_dev.jsonl", 2, tmp_path)
    lines: list[str] = []
    summary = evaluate.evaluate_file(gold, fields=["statements", "speaker"], echo=lines.append)
    assert summary["fields"]["statement_precision"] == 1.0
    assert 0 < summary["fields"]["statement_recall"] < 1
    assert set(summary["fields"]) == {"statement_precision", "statement_recall", "statement_f1", "speaker"}


def test_unknown_field_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="--fields nope"):
        evaluate.selected_names(["event_type,nope"])
    assert evaluate.selected_names(["killed"]) == ["killed", "killed_exact_min"]


def test_malformed_gold_line_is_named_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "t", "gold": {}}\n{broken\n', encoding="utf-8")
    with pytest.raises(RejectedInput, match=r"bad.jsonl:2"):
        evaluate.gold_rows(path)


def test_split_is_deterministic_and_about_sixty_percent() -> None:
    ids = [f"acled:ROW{i}" for i in range(2000)]
    share = sum(map(in_training_split, ids)) / len(ids)
    assert 0.55 < share < 0.65
    assert all(in_split(i, "heldout") != in_split(i, "train") for i in ids)
    assert in_training_split("acled:ISR1786") == in_training_split("acled:ISR1786")


def test_heldout_split_reads_only_heldout_rows(shared_dir: Path, tmp_path: Path) -> None:
    gold = slice_of(shared_dir, "acled_dev.jsonl", 40, tmp_path)
    rows = evaluate.gold_rows(gold, split="heldout")
    assert rows and all(not in_training_split(r.id) for r in rows)
    assert len(evaluate.gold_rows(gold, split="heldout", limit=3)) == 3
    assert evaluate.gold_rows(gold, limit=0) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "field"), [("acled_dev.jsonl", "event_type"), ("polnear_dev.jsonl", "statement_f1")]
)
def test_eval_command_end_to_end_on_five_rows(
    shared_dir: Path, tmp_path: Path, name: str, field: str
) -> None:
    pytest.importorskip("warledger.extract").__dict__.get("extract_documents") or pytest.skip(
        "no extractor yet"
    )
    gold = slice_of(shared_dir, name, 5, tmp_path)
    result = CliRunner().invoke(app, ["eval", str(gold)])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    summary = json.loads(lines[-1])
    assert set(summary) == {"dataset", "rows", "fields"}
    assert summary["rows"] == 5
    assert field in summary["fields"]
    assert len(lines) > 3
