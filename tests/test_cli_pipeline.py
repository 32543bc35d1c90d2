"""The whole flow with the real spaCy pipeline: ingest the seed report and the bundled examples, list them.

Slower than the other CLI tests (the pipeline loads once per process), so it is kept to one ingest
per database, and checks what must hold whatever the extractor's fine details: every good input is
stored once under its SHA-256, the seed yields an incident in Aleppo, a second ingest adds nothing.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from store.databases import database
from warledger.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seeds" / "000_6296606aff8f7914.txt"

pytestmark = pytest.mark.slow


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    "kind", [pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_the_seed_and_the_examples_go_through_the_real_pipeline_into_the_store(
    kind: str, tmp_path: Path, shared_dir: Path
) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(SEED, inputs / SEED.name)
    shutil.copy(EXAMPLES / "2024-03-11-kafr-nabl-idlib-monitor.txt", inputs)
    with database(kind, tmp_path) as url:
        code, _, err = run("ingest", str(inputs), "--db", url)
        assert code == 0, err
        code, out, _ = run("documents", "--db", url, "--format", "json")
        listed = {d["sha256"]: d for d in json.loads(out)}
        seed_sha = hashlib.sha256(SEED.read_bytes()).hexdigest()
        assert len(listed) == 2 and seed_sha in listed
        assert listed[seed_sha]["incidents"] >= 1
        code, out, _ = run("incidents", "--db", url, "--format", "json", "--place", "Aleppo")
        assert code == 0 and len(json.loads(out)) >= 1
        assert all(seed_sha in i["documents"] for i in json.loads(out))
        code, _, err = run("ingest", str(inputs), "--db", url)
        assert code == 0 and "0 added, 2 already stored" in err
