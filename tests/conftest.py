"""Fixtures every test folder may use: where the repo and ../shared are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_6296606aff8f7914.txt"
SEED_GOLD = SHARED / "seeds" / "000_6296606aff8f7914.gold.json"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repo; tests that need it skip where it is absent (never copied in)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repo")
    return SHARED
