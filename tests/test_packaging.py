"""The wheel is the program: it carries every package and every resource, and runs on its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
DEMO_EVENT = "Humanitarian Network and Partnership Week (HNPW) 2017"


def source_resources() -> set[str]:
    """Every file under resources/ except the scripts that make them (make_demo.py)."""
    return {
        path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    }


def test_every_package_of_the_source_is_named_in_pyproject() -> None:
    # pyproject.toml names its packages (because resources/ is mapped into one): a package added
    # to the source but not there would be missing from every installed program.
    named = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    in_source = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "cmcoord_desktop").rglob("__init__.py")
    }
    assert named == in_source | {"cmcoord_desktop.resources"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip install .` builds, from a copy of the repository's files (as a fresh clone
    has them: no build/ left over, nothing written into the checkout)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    ignored = shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
    )
    shutil.copytree(ROOT, source, ignore=ignored)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work), str(source)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    [found] = work.glob("cmcoord_desktop-*.whl")
    return found


@pytest.mark.slow
def test_the_wheel_carries_every_resource_and_every_module(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    prefix = "cmcoord_desktop/resources/"
    packed = {name.removeprefix(prefix) for name in names if name.startswith(prefix)}
    expected = source_resources()
    assert {"demo/hnpw-2017.json", "cmcoord-desktop.desktop", "fonts/LICENSE-Noto.txt"} <= expected
    # The window's five catalogues, compiled (the window loads .qm; the command line reads .ts).
    catalogues = {
        f"translations/cmcoord_{code}.{kind}"
        for code in ("ar", "zh", "fr", "ru", "es")
        for kind in ("qm", "ts")
    }
    assert catalogues <= expected
    assert packed - {"__init__.py"} == expected
    modules = {
        path.relative_to(ROOT).as_posix() for path in (ROOT / "cmcoord_desktop").rglob("*.py")
    }
    assert modules <= names


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The wheel's files unpacked as pip installs them (site-packages), away from the checkout."""
    site = tmp_path_factory.mktemp("site-packages")
    zipfile.ZipFile(wheel).extractall(site)
    yield site


def run_installed(
    site: Path, cwd: Path, *args: str, **environ: str
) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import cmcoord_desktop;"
        "assert cmcoord_desktop.__file__.startswith(sys.argv[1]), cmcoord_desktop.__file__;"
        "from cmcoord_desktop.cli import main; sys.exit(main(sys.argv[2:]))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-c", code, str(site), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**env, "XDG_DATA_HOME": str(cwd / "data-home"), "TMPDIR": str(cwd), **environ},
        timeout=300,
    )


@pytest.mark.slow
def test_the_installed_wheel_exports_the_demo_with_its_fonts(
    installed: Path, tmp_path: Path
) -> None:
    import pypdf

    for fmt in ("pdf", "md"):
        done = run_installed(
            installed,
            tmp_path,
            "--demo",
            "export",
            DEMO_EVENT,
            "--format",
            fmt,
            "--out",
            f"demo.{fmt}",
        )
        assert done.returncode == 0, done.stderr[-3000:]
    backup = run_installed(
        installed, tmp_path, "--demo", "export", "--all", "--format", "json", "--out", "demo.json"
    )
    assert backup.returncode == 0, backup.stderr[-3000:]
    assert DEMO_EVENT in (tmp_path / "demo.md").read_text(encoding="utf-8")
    assert DEMO_EVENT in (tmp_path / "demo.json").read_text(encoding="utf-8")
    reader = pypdf.PdfReader(tmp_path / "demo.pdf")
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"].get("/Font", {}).values()
    }
    assert any("NotoSans" in name for name in fonts), fonts  # the wheel's own font file


@pytest.mark.slow
def test_the_installed_wheel_opens_the_demo_window_and_closes_it(
    installed: Path, tmp_path: Path
) -> None:
    done = run_installed(installed, tmp_path, "--demo", CMCOORD_QUIT_AFTER_START_MS="300")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "cmcoord-desktop: first paint" in done.stderr
    assert "Traceback" not in done.stderr
