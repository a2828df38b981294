"""The bundle's trimmed ICU data: a valid package holding what Qt reads and nothing it doesn't."""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from trim_icu_data import read_common_data, trim_package  # noqa: E402

QT_LIB = Path(pytest.importorskip("PySide6").__file__).parent / "Qt" / "lib"
ICU_DATA = sorted(QT_LIB.glob("libicudata.so.*"))

pytestmark = pytest.mark.skipif(
    not ICU_DATA or shutil.which("nm") is None or shutil.which("readelf") is None,
    reason="needs a Linux Qt wheel with ICU, and binutils",
)


def item_names(package: bytes) -> list[str]:
    header_size = struct.unpack_from("<H", package, 0)[0]
    body = package[header_size:]
    count = struct.unpack_from("<I", body, 0)[0]
    names = []
    for index in range(count):
        name_offset, data_offset = struct.unpack_from("<II", body, 4 + 8 * index)
        assert data_offset % 16 == 0
        names.append(body[name_offset : body.index(b"\0", name_offset)].decode("ascii"))
    return names


def test_the_trimmed_package_keeps_collation_and_drops_code_pages() -> None:
    _symbol, package = read_common_data(ICU_DATA[0])
    trimmed = trim_package(package)
    before, after = item_names(package), item_names(trimmed)

    assert after == sorted(after)  # ICU finds items by binary search
    assert len(trimmed) < len(package) / 2
    prefix = before[0].split("/")[0]
    for needed in ("coll/root.res", "coll/ucadata.icu", "coll/zh.res", "pool.res", "nfkc.nrm"):
        assert f"{prefix}/{needed}" in after
    for language in ("ar", "en", "es", "fr", "ru", "zh_Hant_TW"):
        assert f"{prefix}/coll/{language}.res" in after
    for language in ("de", "sv", "ja", "ko"):  # collation of the six UN languages only
        assert f"{prefix}/coll/{language}.res" in before
        assert f"{prefix}/coll/{language}.res" not in after
    assert not [n for n in after if n.endswith(".cnv") or "/brkitr/" in n or "/lang/" in n]
    # Nothing new appears: every kept item comes from the full package.
    assert set(after) <= set(before)


SORT = """
import json, sys
from PySide6.QtCore import QCollator, QLocale
words = json.loads(sys.argv[1])
out = {}
for name in json.loads(sys.argv[2]):
    collator = QCollator(QLocale(name))
    out[name] = sorted(words, key=collator.sortKey)
print(json.dumps(out, ensure_ascii=False))
"""
WORDS = [
    "Zürich",
    "zebra",
    "Ärger",
    "apple",
    "Æsir",
    "œuvre",
    "côte",
    "coté",
    "cote",
    "côté",
    "llama",
    "luz",
    "ñandú",
    "nube",
    "chico",
    "cuna",
    "ёлка",
    "ель",
    "Жук",
    "зима",
    "مدني",
    "عسكري",
    "تنسيق",
    "إنساني",
    "中国",
    "北京",
    "人道",
    "協調",
    "協调",
    "ä",
    "z",
    "å",
    "o",
]


def _sorted_with(library_dir: Path | None, locales: list[str]) -> dict[str, list[str]]:
    import json
    import os
    import subprocess

    env = dict(os.environ)
    if library_dir is not None:
        # LD_LIBRARY_PATH comes before the Qt libraries' RUNPATH: ICU loads the trimmed data.
        env["LD_LIBRARY_PATH"] = str(library_dir)
    done = subprocess.run(
        [sys.executable, "-c", SORT, json.dumps(WORDS), json.dumps(locales)],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    return dict(json.loads(done.stdout))


@pytest.mark.slow
def test_the_six_languages_sort_as_with_the_full_data_and_others_by_the_root_order(
    tmp_path: Path,
) -> None:
    from trim_icu_data import trimmed_icu_data_library

    trimmed_icu_data_library(ICU_DATA[0], tmp_path)
    six = ["ar_SA", "en_US", "es_ES", "fr_FR", "fr_CA", "ru_RU", "zh_CN", "zh_TW", "zh_HK"]
    assert _sorted_with(tmp_path, six) == _sorted_with(None, six)
    # A language whose rules are left out sorts as the root order does, without failing.
    by_root = _sorted_with(None, ["en_US"])["en_US"]
    trimmed = _sorted_with(tmp_path, ["sv_SE", "de_DE"])
    assert trimmed["sv_SE"] == trimmed["de_DE"] == by_root
    assert _sorted_with(None, ["sv_SE"])["sv_SE"] != by_root  # the test can tell them apart
