"""The README's command examples run as written (sqlite-utils' habit: docs checked against the code).

Every `warledger ...` line of the README's "Commands" section runs in order through the CLI, in a tmp folder
holding the bundled examples, except those that serve forever or measure (serve, eval, bench).
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warledger.cli import app

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = ("serve", "eval", "bench")

pytestmark = pytest.mark.slow


def readme_commands() -> list[str]:
    """The `warledger` lines of the shell blocks of the README's "Commands" section, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Commands", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith("warledger ") and line.split()[1] not in SKIPPED]


def test_readme_lists_commands_for_every_stage() -> None:
    verbs = {line.split()[1] for line in readme_commands()}
    assert {"extract", "ingest", "documents", "incidents", "report", "review", "users"} <= verbs


def test_readme_examples_run_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WARLEDGER_DB", f"sqlite:///{tmp_path / 'warledger.db'}")
    monkeypatch.setenv("WARLEDGER_PASSWORD", "a long enough passphrase")
    runner = CliRunner()
    for line in readme_commands():
        words = shlex.split(line.split("#")[0])
        target = None
        if ">" in words:
            target = words[words.index(">") + 1]
            words = words[: words.index(">")]
        result = runner.invoke(app, words[1:])
        assert result.exit_code == 0, f"{line}\n{result.output}"
        if target:
            (tmp_path / target).write_text(result.stdout, encoding="utf-8")
            assert (tmp_path / target).stat().st_size > 0, line
    assert (tmp_path / "sitrep.md").read_text(encoding="utf-8").startswith("#")
