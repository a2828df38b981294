"""A smaller ICU data library for the Linux bundle: 30 MB of ICU data down to about 5 MB.

The Linux Qt wheels link ICU, whose data library (libicudata.so.NN) is the largest file of the
bundle. Qt uses ICU for collation (sorting by locale), case mapping and normalisation; it does
not use ICU's legacy code pages, break-iterator dictionaries, or the translated names of
languages, regions, currencies, units and time zones, nor transliteration or number spelling,
nor the per-language locale bundles of dates and numbers (Qt formats with its own CLDR data);
collation keeps the rules of the six UN languages only (other languages sort by the root order).
This rewrites ICU's common data package without those items (keeping the package format: a
header, a sorted table of contents, 16-byte aligned items) and assembles it into a library of the
same name with binutils (`as`, `ld`), which the build needs anyway for stripping.

Used by build.spec; run by hand to see the effect:  python scripts/trim_icu_data.py LIB OUT_DIR
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

# Item folders (the part after "icudt73l/") and root-level suffixes that Qt never reads.
DROPPED_FOLDERS = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit", "zone")
DROPPED_SUFFIXES = (".cnv",)
# The per-language locale bundles of the main tree (fr.res, zh_Hant_TW.res...): date, number and
# calendar formats for ICU's formatting services, which Qt replaces with its own CLDR data.
# Collation reads the coll/ tree, case mapping only the language code; root.res and the
# supplemental data (likely subtags, aliases) stay.
LOCALE_BUNDLE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")
# Collation rules of the six UN languages (and their regional variants, zh_Hant_TW...) stay;
# other languages sort by the root rules (the Unicode Collation Algorithm's default order: a
# Swede's "ä" sorts beside "a", not after "z"). ucadata.icu (the root order) and res_index.res
# stay with them.
COLLATION_LANGUAGES = ("root", "ar", "en", "es", "fr", "ru", "zh")
COLLATION_DATA = ("ucadata.icu", "res_index.res")
ALIGNMENT = 16


class IcuTrimError(RuntimeError):
    pass


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def read_common_data(library: Path) -> tuple[str, bytes]:
    """(symbol, package bytes) of the icudtNN_dat symbol in the library."""
    symbols = _run("nm", "-D", "-S", str(library))
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", symbols, re.MULTILINE)
    if not match:
        raise IcuTrimError(f"no icudtNN_dat symbol in {library.name}")
    address, size, symbol = int(match[1], 16), int(match[2], 16), match[3]
    for line in _run("readelf", "-lW", str(library)).splitlines():
        fields = line.split()
        if fields and fields[0] == "LOAD":
            offset, vaddr, filesz = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if vaddr <= address < vaddr + filesz:
                with open(library, "rb") as fh:
                    fh.seek(address - vaddr + offset)
                    return symbol, fh.read(size)
    raise IcuTrimError(f"{symbol} is not in a loaded segment of {library.name}")


def trim_package(package: bytes) -> bytes:
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise IcuTrimError("not an ICU common data package (little-endian)")
    body = package[header_size:]
    count = struct.unpack_from("<I", body, 0)[0]
    entries = [struct.unpack_from("<II", body, 4 + 8 * i) for i in range(count)]
    items: list[tuple[bytes, bytes]] = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name = body[name_offset : body.index(b"\0", name_offset)]
        end = entries[index + 1][1] if index + 1 < count else len(body)
        items.append((name, body[data_offset:end]))
    kept = [(name, data) for name, data in items if _kept(name.decode("ascii"))]

    # Table of contents, then the names, then each item aligned (names stay in sorted order).
    toc_size = 4 + 8 * len(kept)
    names = b"".join(name + b"\0" for name, _ in kept)
    name_offsets, position = [], toc_size
    for name, _ in kept:
        name_offsets.append(position)
        position += len(name) + 1
    data_start = _aligned(toc_size + len(names))
    data, data_offsets = bytearray(), []
    for _, item in kept:
        data_offsets.append(data_start + len(data))
        data += item
        data += b"\0" * (_aligned(len(data)) - len(data))
    toc = struct.pack("<I", len(kept)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    padding = b"\0" * (data_start - toc_size - len(names))
    return package[:header_size] + toc + names + padding + bytes(data)


def _kept(name: str) -> bool:
    parts = name.split("/")
    if len(parts) > 2 and parts[1] in DROPPED_FOLDERS:
        return False
    if len(parts) == 2 and parts[1] != "root.res" and LOCALE_BUNDLE.fullmatch(parts[1]):
        return False
    if len(parts) == 3 and parts[1] == "coll" and parts[2] not in COLLATION_DATA:
        return parts[2].split(".")[0].split("_")[0] in COLLATION_LANGUAGES
    return not name.endswith(DROPPED_SUFFIXES)


def _aligned(size: int) -> int:
    return (size + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT


def trimmed_icu_data_library(library: Path, out_dir: Path) -> Path:
    """The trimmed library, written to out_dir under the original file name (and soname)."""
    symbol, package = read_common_data(library)
    out_dir.mkdir(parents=True, exist_ok=True)
    package_file = out_dir / f"{symbol}.dat"
    package_file.write_bytes(trim_package(package))
    source = out_dir / f"{symbol}.s"
    source.write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
        f"\t.balign {ALIGNMENT}\n{symbol}:\n"
        f'\t.incbin "{package_file.name}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    obj = out_dir / f"{symbol}.o"
    output = out_dir / library.name
    subprocess.run(["as", "-o", str(obj), source.name], cwd=out_dir, check=True)
    subprocess.run(
        ["ld", "-shared", "-soname", library.name, "-o", str(output), str(obj)], check=True
    )
    return output


if __name__ == "__main__":
    built = trimmed_icu_data_library(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[1]}: {Path(sys.argv[1]).stat().st_size:,} bytes")
    print(f"{built}: {built.stat().st_size:,} bytes")
