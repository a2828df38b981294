"""The web page read back as a parser reads it: structure, languages, escaping, slides."""

from __future__ import annotations

import base64
import dataclasses
import io
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from PIL import Image

from cmcoord_desktop.export.html_event import PageOptions
from cmcoord_desktop.export.html_summary import export_event_html, summary_html
from cmcoord_desktop.export.summary_data import EventSummary, SessionSummary, Slide
from cmcoord_desktop.export.summary_options import SummaryOptions
from tests.export.docs_pages import six_languages
from tests.export.summaries import DEMO_TITLE, demo_summary
from tests.export.test_hostile_text import hostile_summary, local_image

__all__ = ["local_image"]  # the fixture, used by name below


# The hostile notes are the point here; a summary prints notes only when asked.
WITH_NOTES = SummaryOptions(notes=True)


def _page(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def _text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_demo_is_semantic_html5_with_every_outcome_in_order() -> None:
    summary = demo_summary()
    page = _page(summary_html(summary))
    assert page.get("lang") == "en"
    assert len(page.findall(".//h1")) == 1
    assert page.find(".//main/article") is not None
    facts = page.find(".//table[@class='facts']")
    assert [th.get("scope") for th in facts.iter("th")] == ["row"] * len(facts.findall(".//tr"))
    sessions = page.findall(".//section[@class='session']")
    assert len(sessions) == len(summary.sessions)
    for section, session in zip(sessions, summary.sessions, strict=True):
        level = "h3" if session.track else "h2"  # under its track's heading, one level down
        assert _text(section.find(level)).endswith(" ".join(session.title.split()))
        outcomes = section.findall(".//ol[@class='outcomes']/li")
        assert [_text(li) for li in outcomes] == [" ".join(o.split()) for o in session.outcomes]
        steps = section.findall(".//ol[@class='next-steps']/li/p[@class='step']")
        assert [_text(p) for p in steps] == [" ".join(s.text.split()) for s in session.next_steps]
    # The contents links to every session's heading.
    links = [a.get("href") for a in page.findall(".//nav//a")]
    assert links == [f"#{s.get('id')}" for s in sessions]


def test_every_user_field_keeps_its_own_direction() -> None:
    page = _page(summary_html(demo_summary()))
    for li in page.iter("li"):
        if li.getparent().get("class") == "outcomes":
            assert li.get("dir") == "auto"
    for cell in page.findall(".//table[@class='facts']//td"):
        assert cell.get("dir") == "auto"


def test_six_languages_tag_each_session_in_its_own_language() -> None:
    page = _page(summary_html(six_languages("en")))
    languages = [s.get("lang") for s in page.findall(".//section[@class='session']")]
    # Latin-script sessions keep the event's language (letters cannot tell French from
    # English); Cyrillic, Arabic and Chinese ones are tagged.
    assert languages == [None, None, None, "ru", "ar", "zh"]
    arabic = _page(summary_html(six_languages("ar")))
    assert arabic.get("lang") == "ar" and arabic.get("dir") == "rtl"
    tagged = [s.get("lang") for s in arabic.findall(".//section[@class='session']")]
    assert tagged == [None, "en", "en", "en", "ru", "zh"]


def test_next_steps_give_owner_due_date_and_status() -> None:
    page = _page(summary_html(six_languages("en")))
    details = page.find(".//ol[@class='next-steps']/li/p[@class='step-details']")
    assert _text(details) == "Owner: CMCS · Due: 29 September 2017 · Status: in progress"
    assert details.find("time").get("datetime") == "2017-09-29"


def test_hostile_text_prints_literally_and_nothing_can_run_or_fetch(local_image: Path) -> None:
    html = summary_html(hostile_summary(local_image), WITH_NOTES)
    page = _page(html)
    assert not page.findall(".//script") and "<script" not in html.replace("&lt;script", "")
    for element in page.iter():
        for name, value in element.attrib.items():
            assert not name.startswith("on"), (element.tag, name)
            if name in ("src", "href"):
                assert value.startswith(("data:image/", "#", "http://", "https://", "mailto:"))
                assert str(local_image) not in value
    text = page.text_content()
    for literal in [
        f'<img src="{local_image}"/>',
        '<a href="javascript:alert(1)">click me</a>',
        "&#12345678; &amp; &nbsp; &bogus; <br/> <para>",
        "<script>alert(1)</script>",
        "emoji 😀🇺🇳 and a zero-width joiner 👩‍⚕️",
        "x" * 20_000,
    ]:
        assert literal in text, literal[:60]
    assert "\x07" not in html and "\x1b" not in html and "\x00" not in html
    assert (
        page.find(".//head/meta[@http-equiv='Content-Security-Policy']")
        .get("content")
        .startswith("default-src 'none'")
    )


def test_slides_that_cannot_be_shown_get_a_note(local_image: Path) -> None:
    page = _page(summary_html(hostile_summary(local_image)))
    figures = page.findall(".//figure")
    shown = [f for f in figures if f.find(".//img") is not None]
    notes = [_text(f.find("p[@class='image-note']")) for f in figures if f not in shown]
    assert len(shown) == 1 and shown[0].find(".//img").get("height") == "4000"
    assert notes == [
        "This image cannot be shown (huge.png).",
        "This image cannot be shown (broken.png).",
    ]


def test_an_svg_or_a_lie_about_the_type_is_not_shown() -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    jpeg = io.BytesIO()
    Image.new("RGB", (40, 30), "navy").save(jpeg, "JPEG")
    session = SessionSummary(
        id="s",
        title="S",
        slides=(
            Slide(svg, "evil.png", "image/png", "Says PNG"),
            Slide(jpeg.getvalue(), "photo.png", "image/png", "Really a JPEG"),
        ),
    )
    page = _page(summary_html(EventSummary(id="e", title="E", sessions=(session,))))
    images = page.findall(".//img")
    assert [i.get("src").split(";")[0] for i in images] == ["data:image/jpeg"]
    assert base64.b64decode(images[0].get("src").split(",", 1)[1]) == jpeg.getvalue()
    assert images[0].get("alt") == "Really a JPEG"
    assert "alert(1)" not in lxml.html.tostring(page, encoding="unicode")


def test_only_web_and_mail_addresses_become_links() -> None:
    long_url = "https://example.org/" + "a" * 5_000
    session = SessionSummary(
        id="s",
        title="S",
        outcomes=(
            f"See {long_url}. And javascript:alert(1) or file:///etc/passwd, mailto:cmcs@un.org",
        ),
    )
    summary = EventSummary(
        id="e", title="E", platform_link="javascript:alert(1)", sessions=(session,)
    )
    page = _page(summary_html(summary))
    hrefs = [a.get("href") for a in page.findall(".//article//a")]
    assert hrefs == [long_url, "mailto:cmcs@un.org"]
    assert "javascript:alert(1)" in _text(page.find(".//table[@class='facts']"))


def test_body_only_is_the_article_alone(tmp_path: Path) -> None:
    out = export_event_html(
        demo_summary(), tmp_path / "body.html", page=PageOptions(body_only=True)
    )
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<article") and "<style" not in html and "<head>" not in html
    fragment = lxml.html.fragment_fromstring(html)
    assert fragment.get("lang") == "en"
    # Without our stylesheet there is nothing to enlarge a slide: no link that goes nowhere.
    assert not [a for a in fragment.iter("a") if a.get("href", "").startswith("#slide")]


def test_slides_in_a_folder_beside_the_page(tmp_path: Path) -> None:
    out = export_event_html(
        demo_summary(), tmp_path / "week.html", page=PageOptions(images_folder=True)
    )
    page = _page(out.read_text(encoding="utf-8"))
    images = page.findall(".//img")
    assert images
    for image in images:
        source = image.get("src")
        assert source.startswith("week-images/")
        assert image.getparent().tag == "a" and image.getparent().get("href") == source
        assert (tmp_path / source).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "data:image" not in out.read_text(encoding="utf-8")


def test_a_huge_outcome_is_kept_whole() -> None:
    outcome = "lorem ipsum " * 9_000 + "THE END"
    assert len(outcome) > 100_000
    summary = EventSummary(
        id="e", title="Long", sessions=(SessionSummary(id="s", title="S", outcomes=(outcome,)),)
    )
    page = _page(summary_html(summary))
    assert page.find(".//ol[@class='outcomes']/li").text_content() == outcome


def test_rlo_becomes_an_isolate_that_ends_with_its_field() -> None:
    summary = EventSummary(
        id="e",
        title="E",
        sessions=(SessionSummary(id="s", title="S", outcomes=("abc\u202eexe.txt", "next")),),
    )
    html = summary_html(summary)
    assert "\u202e" not in html and "abc\u2067exe.txt\u2069</li>" in html


def test_command_line_writes_html(tmp_path: Path) -> None:
    out = tmp_path / "s.html"
    done = subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--demo", "export", DEMO_TITLE]
        + ["--format", "html", "--out", str(out), "--images-folder"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert any((tmp_path / "s-images").iterdir())


def test_progress_and_cancel(tmp_path: Path) -> None:
    from cmcoord_desktop.export.summary_options import ExportCancelled

    summary = dataclasses.replace(
        demo_summary(), sessions=tuple(SessionSummary(id=f"s{i}", title=f"S{i}") for i in range(9))
    )
    seen: list[tuple[int, int]] = []
    export_event_html(summary, tmp_path / "a.html", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 10) and seen[-1] == (10, 10)
    with pytest.raises(ExportCancelled):
        export_event_html(summary, tmp_path / "b.html", cancelled=lambda: True)
    assert not (tmp_path / "b.html").exists()


@pytest.mark.parametrize(
    ("format", "extra"),
    [("html", ["--images-folder"]), ("docx", []), ("email", []), ("md", [])],
)
def test_a_folder_that_is_gone_is_refused_naming_the_chosen_file(
    tmp_path: Path, format: str, extra: list[str]
) -> None:
    out = tmp_path / "USB stick" / f"summary.{format}"
    done = subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", "--demo", "export", DEMO_TITLE]
        + ["--format", format, "--out", str(out), *extra],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"cmcoord-desktop: No such file or directory ({out})"
    assert not out.parent.exists()
