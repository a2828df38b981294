"""The web page in a real browser (headless Chromium): layout at phone and desktop widths,
right-to-left Arabic by computed style, slides that open full size, and axe-core with zero
violations. Needs Debian's chromium and chromium-driver and `npm install` in
tests/export/browser (see .ci/run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cmcoord_desktop.export.html_event import PageOptions
from cmcoord_desktop.export.html_summary import export_event_html
from cmcoord_desktop.export.summary_options import SummaryOptions
from tests.export.browser_page import AXE, axe_violations, chromium, set_width
from tests.export.docs_pages import six_languages
from tests.export.summaries import demo_events_summary, demo_summary
from tests.export.test_hostile_text import hostile_summary, local_image

__all__ = ["local_image"]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    assert AXE.exists(), "run `npm install` in tests/export/browser (axe-core)"
    with chromium() as session:
        yield session


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    return {
        "demo": export_event_html(demo_summary(), folder / "demo.html"),
        "six-en": export_event_html(six_languages("en"), folder / "six-en.html"),
        "six-ar": export_event_html(six_languages("ar"), folder / "six-ar.html"),
        "several": export_event_html(demo_events_summary(), folder / "several.html"),
    }


def _open(browser, page: Path, width: int) -> None:
    set_width(browser, width)
    browser.get(page.as_uri())


def _overflow(browser) -> int:
    return browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("name", ["demo", "six-en", "six-ar", "several"])
@pytest.mark.parametrize("width", [360, 1280])
def test_no_horizontal_overflow(browser, pages, name: str, width: int) -> None:
    _open(browser, pages[name], width)
    assert browser.execute_script("return window.innerWidth") == width
    assert _overflow(browser) <= 0


@pytest.mark.parametrize("name", ["demo", "six-en", "six-ar", "several"])
def test_axe_core_finds_no_violation(browser, pages, name: str) -> None:
    _open(browser, pages[name], 1280)
    assert axe_violations(browser) == []


def test_arabic_blocks_run_right_to_left_and_others_left_to_right(browser, pages) -> None:
    _open(browser, pages["six-en"], 1280)
    directions = browser.execute_script(
        "return [...document.querySelectorAll('section.session')].map(s => "
        "[s.lang, getComputedStyle(s.querySelector('h2')).direction,"
        " getComputedStyle(s.querySelector('ol.outcomes li')).direction])"
    )
    assert [d for d in directions if d[0] == "ar"] == [["ar", "rtl", "rtl"]]
    assert all(d[1:] == ["ltr", "ltr"] for d in directions if d[0] != "ar")
    _open(browser, pages["six-ar"], 1280)
    article = browser.execute_script(
        "const a = document.querySelector('article');"
        "const r = a.querySelector('h2').getBoundingClientRect();"
        "const box = a.getBoundingClientRect();"
        "return [getComputedStyle(a).direction, box.right - r.right]"
    )
    assert article[0] == "rtl" and abs(article[1]) < 1  # headings hug the right edge


def test_a_slide_opens_full_size_on_click_and_closes_again(browser, pages) -> None:
    _open(browser, pages["demo"], 1280)
    small = browser.execute_script(
        "return document.querySelector('figure.slide img').getBoundingClientRect().width"
    )
    browser.find_element("css selector", "figure.slide a").click()
    opened = browser.execute_script(
        "const f = document.querySelector('figure.slide');"
        "return [getComputedStyle(f).position, f.getBoundingClientRect().width,"
        " f.querySelector('img').getBoundingClientRect().width,"
        " document.documentElement.clientWidth]"
    )
    assert opened[0] == "fixed" and opened[1] == opened[3] and opened[2] > small
    browser.find_element("css selector", "figure.slide a.close").click()
    position = browser.execute_script(
        "return getComputedStyle(document.querySelector('figure.slide')).position"
    )
    assert position == "static"


def test_hostile_page_runs_nothing_fetches_nothing_and_fits(browser, tmp_path, local_image) -> None:
    page = export_event_html(  # with the notes, where the hostile markup is
        hostile_summary(local_image), tmp_path / "hostile.html", SummaryOptions(notes=True)
    )
    _open(browser, page, 360)
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert browser.execute_script("return document.scripts.length") == 0
    assert _overflow(browser) <= 0
    text = browser.execute_script("return document.body.innerText")
    assert "<script>alert(1)</script>" in text and '<a href="javascript:alert(1)">' in text


def test_slides_from_a_folder_load(browser, tmp_path) -> None:
    page = export_event_html(
        demo_summary(), tmp_path / "demo.html", page=PageOptions(images_folder=True)
    )
    _open(browser, page, 1280)
    widths = browser.execute_script(
        "return [...document.images].map(i => i.complete ? i.naturalWidth : -1)"
    )
    assert widths and all(w > 0 for w in widths)
