"""Renders the web page and Word images in docs/: the demo workshop and the six-language event
as a browser (headless Chromium) and LibreOffice show them.

python -m tests.export.docs_formats docs
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from cmcoord_desktop.export.docx_events import export_event_docx
from cmcoord_desktop.export.html_summary import export_event_html
from tests.export.browser_page import chromium, set_width
from tests.export.docs_pages import six_languages
from tests.export.summaries import demo_summary


def screenshot(
    browser, page: Path, out: Path, width: int, height: int, scroll_to: str = ""
) -> None:  # noqa: ANN001
    set_width(browser, width, height)
    browser.get(page.as_uri() + scroll_to)
    browser.save_screenshot(str(out))


def word_pages(docx: Path, docs: Path, name: str, pages: int, work: Path) -> None:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = work / f"{docx.stem}.pdf"
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", str(pages), str(pdf), str(docs / name)],
        check=True,
    )


def main(docs: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        demo = export_event_html(demo_summary(), work / "demo.html")
        six = export_event_html(six_languages("en"), work / "six.html")
        arabic = export_event_html(six_languages("ar"), work / "arabic.html")
        with chromium() as browser:
            screenshot(browser, demo, docs / "html-demo-desktop.png", 1280, 1000)
            screenshot(browser, demo, docs / "html-demo-slide.png", 1280, 800, "#slide-2-1")
            screenshot(browser, six, docs / "html-six-languages-phone.png", 360, 1400, "#session-4")
            screenshot(browser, arabic, docs / "html-arabic-desktop.png", 1280, 1000)
        export_event_docx(demo_summary(), work / "demo.docx")
        export_event_docx(six_languages("en"), work / "six.docx")
        export_event_docx(six_languages("ar"), work / "arabic.docx")
        word_pages(work / "demo.docx", docs, "docx-demo-page", 2, work)
        word_pages(work / "six.docx", docs, "docx-six-languages-page", 2, work)
        word_pages(work / "arabic.docx", docs, "docx-arabic-page", 1, work)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
