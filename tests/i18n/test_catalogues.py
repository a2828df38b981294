"""The catalogues are complete and true to their sources, read as files (no Qt needed)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from cmcoord_desktop.core.languages import TRANSLATED
from cmcoord_desktop.core.ts_catalogue import (
    QM_MAGIC,
    CatalogueError,
    QmCatalogue,
    TsCatalogue,
    catalogue_path,
)

ROOT = Path(__file__).resolve().parents[2]
# How many plural forms Qt's numerus rules have per language.
PLURAL_FORMS = {"ar": 6, "zh": 1, "fr": 2, "ru": 3, "es": 2}
PLACEHOLDER = re.compile(r"%\d+|%L?n|\{[a-z_]+\}")


def messages(code: str) -> list[tuple[str, ElementTree.Element]]:
    root = ElementTree.parse(catalogue_path(code)).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ElementTree.Element) -> list[str]:
    element = message.find("translation")
    assert element is not None
    forms = [form.text or "" for form in element.iter("numerusform")]
    return forms or [element.text or ""]


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_string_is_translated_and_none_is_obsolete(code: str) -> None:
    found = messages(code)
    assert len(found) > 50
    for context, message in found:
        element = message.find("translation")
        assert element is not None
        source = message.findtext("source")
        assert element.get("type") not in ("unfinished", "obsolete", "vanished"), (context, source)
        texts = translations_of(message)
        assert all(text.strip() for text in texts), (context, source)
        if message.get("numerus") == "yes":
            assert len(texts) == PLURAL_FORMS[code], (context, source)


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_and_accelerators_match_the_source(code: str) -> None:
    for context, message in messages(code):
        source = message.findtext("source", "")
        for text in translations_of(message):
            wanted = sorted(PLACEHOLDER.findall(source))
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (code, context, source, text)
            assert accelerators(text) == accelerators(source), (code, context, source, text)


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def test_the_catalogues_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    """A string wrapped in tr() since the last build would be shown in English: lupdate over
    today's sources finds nothing the committed catalogue lacks, and nothing it no longer needs."""
    fresh = _lupdate(tmp_path)
    wanted = {(c, m.findtext("source")) for c, m in _messages_of(fresh)}
    committed = {(c, m.findtext("source")) for c, m in messages("fr")}
    assert wanted - committed == set(), "run scripts/build_translations.py"
    assert committed - wanted == set(), "run scripts/build_translations.py"


def test_lupdate_itself_marks_every_plural(tmp_path: Path) -> None:
    """One way to write a plural, the one lupdate reads as one: `tr(text, "", n)` (in the
    Qt-free layers `words.plurals.tr`). A sentence with %n that lupdate leaves singular would
    need the build to mark it (as it once did for sync/'s constants); none does."""
    fresh = _messages_of(_lupdate(tmp_path))
    singular = {
        (c, m.findtext("source", ""))
        for c, m in fresh
        if "%n" in m.findtext("source", "") and m.get("numerus") != "yes"
    }
    assert singular == set()
    marked_by_lupdate = {(c, m.findtext("source")) for c, m in fresh if m.get("numerus") == "yes"}
    for code in TRANSLATED:
        committed = {(c, m.findtext("source")) for c, m in messages(code) if m.get("numerus")}
        assert committed == marked_by_lupdate, code


def _lupdate(tmp_path: Path) -> Path:
    """pyside6-lupdate over today's sources, nothing filled in or marked by our build."""
    fresh = tmp_path / "fresh_fr.ts"
    sources = sorted(str(p) for p in (ROOT / "cmcoord_desktop").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    return fresh


def _messages_of(path: Path) -> list[tuple[str, ElementTree.Element]]:
    root = ElementTree.parse(path).getroot()
    return [(c.findtext("name", ""), m) for c in root.iter("context") for m in c.iter("message")]


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_compiled_catalogue_is_built_from_the_committed_one(code: str, tmp_path: Path) -> None:
    built = tmp_path / f"cmcoord_{code}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(catalogue_path(code)), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == catalogue_path(code).with_suffix(".qm").read_bytes()


def test_the_command_line_reads_the_compiled_catalogue_without_qt() -> None:
    french = QmCatalogue("fr")
    assert french("cli", "file to write") == "fichier à écrire"
    assert french("cli", "a string nobody wrote") == "a string nobody wrote"
    russian = QmCatalogue("ru")
    forms = [russian("TrashDock", "%n deleted record(s)", n) for n in (1, 3, 5, 21, 112)]
    assert forms == [
        "1 удалённая запись",
        "3 удалённые записи",
        "5 удалённых записей",
        "21 удалённая запись",
        "112 удалённых записей",
    ]


# French typography (Imprimerie nationale, as UN French documents print it): a no-break space
# before a colon and inside guillemets, a narrow no-break space before ; ! ?, so that a line
# never starts with the sign. An ordinary space there is the mistake this finds.
FRENCH_SPACE_MISSED = re.compile(r"\S [:;!?](?=\s|$)|« | »")


def test_french_punctuation_is_spaced_with_no_break_spaces() -> None:
    missed = [
        text
        for _, message in messages("fr")
        for text in translations_of(message)
        if FRENCH_SPACE_MISSED.search(text)
    ]
    assert not missed, missed[:5]


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_the_compiled_catalogue_holds_every_translation_of_its_source(code: str) -> None:
    """The bundle carries only the .qm: the command line must find in it what the .ts says."""
    compiled = QmCatalogue(code).messages
    assert len(compiled) > (10 if code == "en" else 900)
    assert compiled == TsCatalogue(code).messages


@pytest.mark.parametrize(
    "damage",
    [
        lambda qm: qm[: len(qm) // 2],  # cut off mid-message
        lambda qm: b"<TS version='2.1'></TS>",  # a .ts saved under the .qm's name
        lambda qm: QM_MAGIC + b"\x69\x00\x00\x00\x05\x3f\x00\x00\x00\x01",  # unknown field
        lambda qm: QM_MAGIC + b"\x69\x00\x00\x00\x07\x03\x00\x00\x00\x02\xd8\x00",
    ],
    ids=["truncated", "not-a-qm", "unknown-field", "lone-surrogate"],
)
def test_a_damaged_compiled_catalogue_is_refused_with_its_name(tmp_path: Path, damage) -> None:
    damaged = tmp_path / "cmcoord_fr.qm"
    damaged.write_bytes(damage(catalogue_path("fr", ".qm").read_bytes()))
    with pytest.raises(CatalogueError, match="cmcoord_fr.qm"):
        QmCatalogue("fr", damaged)
