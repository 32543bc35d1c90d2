"""`warledger extract` through the CLI runner: a .txt and a .jsonl with one malformed line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from warledger.cli import app

runner = CliRunner()


def test_extract_prints_one_contract_object_for_a_text_file(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "On Sunday, warplanes bombed the market in the town, killing 12 civilians.\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["extract", str(report), "--published", "2020-05-11"])
    assert result.exit_code == 0, result.output
    [line] = [x for x in result.stdout.splitlines() if x.strip()]
    out = json.loads(line)
    assert set(out) == {"document", "incidents", "statements", "contradictions"}
    assert out["document"]["published"] == "2020-05-11"
    [incident] = out["incidents"]
    assert incident["date_start"] == "2020-05-10"
    assert incident["killed"]["min"] == 12
    text = out["document"]["text"]
    for evidence in incident["evidence"]:
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_extract_names_a_malformed_jsonl_line_and_processes_the_rest(tmp_path: Path) -> None:
    rows = tmp_path / "notes.jsonl"
    rows.write_text(
        json.dumps(
            {"id": "a", "text": "On 3 May 2020, gunmen killed 2 villagers.", "published": "2020-05-05"}
        )
        + "\n"
        + "{not json\n"
        + json.dumps(
            {"id": "b", "text": "On 4 May 2020, 6 protesters were arrested.", "published": "2020-05-05"}
        )
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(rows)])
    assert result.exit_code == 1
    assert "2" in result.stderr and "notes.jsonl" in result.stderr
    outputs = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert [o["document"]["id"] for o in outputs] == ["a", "b"]
    assert outputs[0]["incidents"][0]["killed"]["min"] == 2
