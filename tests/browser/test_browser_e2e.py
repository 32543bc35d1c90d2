"""End to end in headless Chromium: list -> incident -> evidence -> map -> a review, offline and escaped.

Each page is also saved as a screenshot under artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlparse

import pytest
from browser_kit import Site, screenshot
from web_ledger import HOSTILE, PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PAGES = {
    "incidents": "/",
    "map": "/map",
    "timeline": "/timeline",
    "statements": "/statements",
    "contradictions": "/contradictions",
    "documents": "/documents",
    "upload": "/upload",
    "login": "/login",
    "api-docs": "/docs",
}


def wait_until(driver: Any, condition: Any, seconds: float = 15) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds).until(condition)


def requested_urls(driver: Any) -> list[str]:
    """Every URL our pages asked for since the last call (from Chrome's performance log).

    A request counts when a document of ours started it (its `documentURL`), or when nothing is said
    about its document: the browser's own housekeeping, if any slipped past the flags, is not a page
    loading a resource.
    """
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") != "Network.requestWillBeSent":
            continue
        params = message["params"]
        document = params.get("documentURL") or ""
        if not document or urlparse(document).hostname == "127.0.0.1":
            urls.append(params["request"]["url"])
    return urls


def console_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def test_list_incident_evidence_and_map(browser: Any, site: Site) -> None:
    from selenium.webdriver.common.by import By

    browser.get(site.base + "/")
    screenshot(browser, "incidents")
    browser.find_element(By.CSS_SELECTOR, f'a[href="/incidents/{site.ledger.aleppo}"]').click()
    wait_until(browser, lambda d: "/incidents/" in d.current_url)
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".source-text mark")]
    assert "killing 85 people" in marks and "92 people were killed" in marks
    assert "Our aircraft did not fly over the area." in marks
    screenshot(browser, "incident")

    browser.get(site.base + "/map")
    wait_until(browser, lambda d: d.find_element(By.ID, "map").get_attribute("data-markers") is not None)
    assert browser.find_element(By.ID, "map").get_attribute("data-markers") == "2"
    assert len(browser.find_elements(By.CSS_SELECTOR, "path.incident-marker")) == 2
    wait_until(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".leaflet-outlines-pane path")) > 100)
    screenshot(browser, "map")


def test_a_logged_in_analyst_review_shows_in_the_history(browser: Any, site: Site) -> None:
    from selenium.webdriver.common.by import By

    browser.get(site.base + f"/login?next=/incidents/{site.ledger.aleppo}")
    browser.find_element(By.ID, "l-name").send_keys("alice")
    browser.find_element(By.ID, "l-password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, ".login-form button[type=submit]").click()
    # the login page's own URL names /incidents/ in its ?next=: wait for the incident page itself
    wait_until(browser, lambda d: urlparse(d.current_url).path.startswith("/incidents/"))
    wait_until(browser, lambda d: d.find_elements(By.ID, "r-reason"))
    browser.find_element(By.ID, "r-reason").send_keys("Two independent sources agree on the strike")
    browser.find_element(By.CSS_SELECTOR, 'button[name="action"][value="confirm"]').click()
    wait_until(browser, lambda d: "done=confirm" in d.current_url)
    history = browser.find_element(By.CSS_SELECTOR, "ol.history").text
    assert "confirm" in history and "alice" in history and "Two independent sources agree" in history
    screenshot(browser, "incident-reviewed")
    browser.get(site.base + "/upload")
    screenshot(browser, "upload-logged-in")


def open_page(browser: Any, url: str) -> None:
    """Open a page and wait for what its scripts draw: the map's markers, the API docs' operations."""
    browser.get(url)
    if browser.find_elements("id", "map"):
        wait_until(browser, lambda d: d.find_element("id", "map").get_attribute("data-markers") is not None)
    if url.endswith("/docs"):
        wait_until(browser, lambda d: d.find_elements("css selector", ".swagger-ui .opblock"))


def test_pages_load_nothing_from_outside_loopback(browser: Any, site: Site) -> None:
    requested_urls(browser)  # drop what earlier tests asked for
    for path in {**PAGES, "incident": f"/incidents/{site.ledger.aleppo}"}.values():
        open_page(browser, site.base + path)
        outside = [
            u
            for u in requested_urls(browser)
            if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).hostname != "127.0.0.1"
        ]
        assert outside == [], f"{path} loaded {outside}"
        entries = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert all(urlparse(u).hostname == "127.0.0.1" for u in entries if u.startswith("http")), entries


def test_no_page_breaks_the_content_security_policy(browser: Any, site: Site) -> None:
    console_errors(browser)
    for path in [*PAGES.values(), f"/incidents/{site.ledger.hostile}"]:
        open_page(browser, site.base + path)
        problems = [m for m in console_errors(browser) if "Content Security Policy" in m or "Refused" in m]
        assert problems == [], f"{path}: {problems}"


def test_script_from_a_report_is_shown_as_text_and_never_runs(browser: Any, site: Site) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    for path in [
        f"/incidents/{site.ledger.hostile}",
        f"/documents/{site.ledger.doc_hostile}",
        "/statements",
        "/",
    ]:
        browser.get(site.base + path)
        with pytest.raises(NoAlertPresentException):
            browser.switch_to.alert.text  # noqa: B018
        assert browser.execute_script("return document.querySelectorAll('main script, main img').length") == 0
    browser.get(site.base + f"/incidents/{site.ledger.hostile}")
    assert HOSTILE in browser.find_element(By.TAG_NAME, "main").text
    screenshot(browser, "incident-hostile")


def test_screenshot_of_every_page(browser: Any, site: Site) -> None:
    for name, path in PAGES.items():
        open_page(browser, site.base + path)
        assert screenshot(browser, name).stat().st_size > 1000
    browser.get(site.base + f"/documents/{site.ledger.doc_a}")
    screenshot(browser, "document")


def test_pages_fit_a_phone(phone: Any, site: Site) -> None:
    for name, path in {
        "phone-incidents": "/",
        "phone-incident": f"/incidents/{site.ledger.aleppo}",
        "phone-map": "/map",
    }.items():
        phone.get(site.base + path)
        overflow = phone.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px on a phone"
        screenshot(phone, name)


def test_keyboard_users_can_skip_to_content(browser: Any, site: Site) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(site.base + "/")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.get_attribute("class") == "skip-link"
    active.send_keys(Keys.ENTER)
    assert browser.execute_script("return location.hash") == "#main"
