"""Golden: the seed report through `extract`, held against shared/tools/seedcheck.py (read at run time).

Only the checks this stage owns are asserted here (incidents, weapons, targets, evidence); statements and
contradictions are checked by their own tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from warledger.extract import extract_text


@pytest.fixture(scope="module")
def seed_checks(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    seed = shared_dir / "seeds" / "000_6296606aff8f7914.txt"
    extraction = extract_text(seed.read_text(encoding="utf-8"), date(2016, 9, 26))
    out = tmp_path_factory.mktemp("seed") / "seed.json"
    out.write_text(json.dumps(extraction.model_dump(mode="json"), ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(shared_dir / "tools" / "seedcheck.py"), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    checks = {}
    for line in result.stdout.splitlines():
        if line.startswith(("ok ", "MISS ")):
            name = line.split(" ", 1)[1].strip().split("  (")[0]
            checks[name] = line.startswith("ok")
    return checks


# The checks of seedcheck.py this stage owns (the Sunday sub-checks also rely on places.place_for and
# event_type.event_type_of, called by incidents.py).
OWNED_CHECKS = [
    "incident: Aleppo bombing on Sunday 2016-09-25 near Aleppo",
    "its killed figure covers 92",
    "its perpetrators include Russia (RU) and Syria (SY)",
    "its event type is air_drone_strike",
    "incident: about 350 killed since Thursday 2016-09-22",
    "incident: attack on the UN aid convoy, target humanitarian_aid, 2016-09-19",
    "incident: White Helmets centres, target rescue_services",
    "incident: water supplies, target water_infrastructure",
    "weapon: bunker_buster",
    "weapon: incendiary",
    "every incident carries evidence spans",
]


@pytest.mark.parametrize("check", OWNED_CHECKS)
def test_seed_passes_the_owned_check(seed_checks: dict[str, bool], check: str) -> None:
    assert seed_checks.get(check) is True, f"seedcheck: {check}"
