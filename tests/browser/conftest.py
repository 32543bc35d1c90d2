"""A real server and a real headless Chromium for the end-to-end tests.

The server is `warledger serve` itself, in a subprocess on a free 127.0.0.1 port, over a store filled
by the web tests' ledger helpers. Chromium is Debian's, driven by Selenium with every background
network feature off and a fresh profile, so anything it fetches was asked for by our pages. Without
/usr/bin/chromium the tests skip with the reason, unless $CI is set: there a missing browser fails.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "serve"))

from browser_kit import Site
from web_ledger import build_ledger

from warledger.store.engine import close_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parent.parent.parent

pytestmark = pytest.mark.browser


def browser_or_skip() -> None:
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return
    reason = (
        "Debian's chromium and chromium-driver are not installed (/usr/bin/chromium, /usr/bin/chromedriver)"
    )
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the browser tests (make browser installs them)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"warledger serve exited with {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"warledger serve did not listen on 127.0.0.1:{port} within {seconds} s")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    browser_or_skip()
    folder = tmp_path_factory.mktemp("site")
    url = f"sqlite:///{folder / 'browser.db'}"
    ledger = build_ledger(url)
    close_store(url)
    port = free_port()
    env = {**os.environ, "WARLEDGER_SECRET": "browser-test-secret"}
    process = subprocess.Popen(
        [sys.executable, "-m", "warledger", "serve", "--db", url, "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(folder / "server.log").open("wb"),
    )
    try:
        wait_for_port(port, process)
        yield Site(f"http://127.0.0.1:{port}", ledger)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def chromium_options(profile: Path, width: int, height: int) -> Any:
    from selenium.webdriver.chrome.options import Options

    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-default-apps",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--metrics-recording-only",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    return options


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory, site: Site) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tmp_path_factory.mktemp("chromium-profile")
    driver = webdriver.Chrome(
        service=Service(str(CHROMEDRIVER)), options=chromium_options(profile, 1280, 900)
    )
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def phone(tmp_path_factory: pytest.TempPathFactory, site: Site) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tmp_path_factory.mktemp("chromium-phone")
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=chromium_options(profile, 390, 844))
    try:
        yield driver
    finally:
        driver.quit()
