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
    assert not [n for n in after if n.endswith(".cnv") or "/brkitr/" in n or "/lang/" in n]
    # Nothing new appears: every kept item comes from the full package.
    assert set(after) <= set(before)
