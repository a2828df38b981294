"""Build the window's catalogues: pyside6-lupdate over the sources into resources/translations/
cmcoord_<code>.ts, the translations filled in from scripts/translations/<code>.py, and
pyside6-lrelease into the .qm files the program loads.

    python scripts/build_translations.py          # rebuild .ts and .qm
    python scripts/build_translations.py --check  # fail if a string has no translation

The .ts and .qm files are committed (an editable install, the wheel and the bundle all read them
from resources/; nothing to build before running); tests/i18n checks they match the sources.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "cmcoord_desktop"
OUT = ROOT / "resources" / "translations"
TABLES = ROOT / "scripts" / "translations"
# English too: its catalogue holds only the plural forms ("%n delegate(s)" -> "1 delegate",
# "92 delegates"); every other English string is its own source.
CODES = ("ar", "zh", "fr", "ru", "es", "en")
TARGET = {"ar": "ar", "zh": "zh_CN", "fr": "fr", "ru": "ru", "es": "es", "en": "en"}
PLURALS_ONLY = ("en",)


def tool(name: str) -> str:
    """pyside6-lupdate / -lrelease beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def table(code: str) -> dict[str, str | list[str]]:
    spec = importlib.util.spec_from_file_location(f"translations_{code}", TABLES / f"{code}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TRANSLATIONS


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(code: str, files: list[str]) -> Path:
    ts = OUT / f"cmcoord_{code}.ts"
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            TARGET[code],
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return ts


def fill(
    ts: Path, translations: dict[str, str | list[str]], plurals_only: bool = False
) -> list[str]:
    """Write each message's translation from the table; the sources the table lacks."""
    tree = ElementTree.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            text = translations.get(f"{name}|{source}", translations.get(source))
            element = message.find("translation")
            assert element is not None
            forms = element.findall("numerusform")
            if plurals_only and not forms:
                element.set("type", "unfinished")  # shown as its source
                continue
            if text is None:
                missing.append(f"{name}: {source}")
                element.set("type", "unfinished")
                continue
            element.attrib.pop("type", None)
            if forms:
                values = [text] * len(forms) if isinstance(text, str) else list(text)
                if len(values) != len(forms):
                    sys.exit(f"{ts.name}: {len(forms)} plural forms wanted for {source!r}")
                for form, value in zip(forms, values, strict=True):
                    form.text = value
            else:
                if not isinstance(text, str):
                    sys.exit(f"{ts.name}: {source!r} is not a plural")
                element.text = text
    ElementTree.indent(tree)
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return missing


def release(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on a missing translation")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    files = sources()
    failed = False
    for code in CODES:
        ts = update(code, files)
        missing = fill(ts, table(code), plurals_only=code in PLURALS_ONLY)
        release(ts)
        for line in missing:
            print(f"{code}: no translation for {line}", file=sys.stderr)
        failed |= bool(missing)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} missing")
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
