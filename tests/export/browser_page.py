"""A real headless Chromium for the web page tests, driven by selenium, and axe-core with it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

AXE = Path(__file__).parent / "browser" / "node_modules" / "axe-core" / "axe.min.js"


def chromium_paths() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[object]:
    """Headless Chromium with a fresh profile and nothing it would fetch by itself."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    paths = chromium_paths()
    assert paths is not None, "chromium and chromedriver are needed (see .ci/run)"
    browser, driver = paths
    profile = tempfile.mkdtemp(prefix="cmcoord-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
    ):
        options.add_argument(argument)
    session = webdriver.Chrome(service=Service(driver), options=options)
    try:
        yield session
    finally:
        session.quit()
        shutil.rmtree(profile, ignore_errors=True)


def set_width(browser: object, width: int, height: int = 900) -> None:
    """The page's viewport (not the window's outer size) made exactly `width` CSS pixels."""
    browser.set_window_size(width, height)  # type: ignore[attr-defined]
    inner = browser.execute_script("return window.innerWidth")  # type: ignore[attr-defined]
    if inner != width:
        browser.set_window_size(width + (width - inner), height)  # type: ignore[attr-defined]


def axe_violations(browser: object) -> list[dict]:
    """axe-core's violations for the page now open (all rules axe runs by default)."""
    browser.execute_script(AXE.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    return browser.execute_async_script(  # type: ignore[attr-defined]
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(r.violations.map("
        "v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 5).map(n => n.html.slice(0, 200))}))));"
    )
