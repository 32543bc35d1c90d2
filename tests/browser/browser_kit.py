"""What the browser tests share besides fixtures: the running site, and screenshots kept as artifacts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from web_ledger import Ledger

ROOT = Path(__file__).resolve().parent.parent.parent
SCREENSHOTS = ROOT / "artifacts" / "screenshots"


@dataclass(frozen=True)
class Site:
    base: str
    ledger: Ledger


def screenshot(driver: object, name: str) -> Path:
    """Save the whole page as artifacts/screenshots/NAME.png (kept as a test artifact, gitignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    size = driver.get_window_size()  # type: ignore[attr-defined]
    height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 5000)")  # type: ignore[attr-defined]
    driver.set_window_size(size["width"], max(int(height) + 140, size["height"]))  # type: ignore[attr-defined]
    driver.save_screenshot(str(path))  # type: ignore[attr-defined]
    driver.set_window_size(size["width"], size["height"])  # type: ignore[attr-defined]
    return path
