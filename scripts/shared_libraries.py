"""The Linux bundle's libraries made one: a wheel's copy of a library the bundle holds already
becomes a link to it.

The wheels each carry their own copies of common libraries (auditwheel renames them
`libNAME-<hash>.so.N`): psycopg brings a second OpenSSL beside the one Python's `ssl` uses,
pikepdf a second libjpeg beside Pillow's, Pillow a libXau and a libzstd the bundle has already.
`merged_duplicates` makes such a copy a symbolic link to the other library of the same
soname major (the ABI promise of a soname) when that library defines, with the same symbol
versions, every symbol each user of the copy takes from it. No file is edited for that.
The two copies padded to 2 MB alignment by auditwheel's patchelf (Pillow's libXau, pikepdf's
libjpeg: 2 MB each for 20-400 KB of code) go this way too.

Linux only (readelf and nm from binutils, which the build needs anyway). Used by build.spec.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

_VENDORED = re.compile(r"(lib[^/]+?)-[0-9a-f]{8}\.so\.(\d+)(?:\.[\d.]+)?")
_PLAIN = re.compile(r"(lib[^/]+?)\.so\.(\d+)(?:\.[\d.]+)?")


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def needed(path: Path) -> list[str]:
    output = _run("readelf", "-dW", str(path))
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def _symbols(path: Path, *, defined: bool) -> set[str]:
    """Dynamic symbols as name@version (name alone when unversioned)."""
    flag = "--defined-only" if defined else "--undefined-only"
    result = set()
    for line in _run("nm", "-D", flag, str(path)).splitlines():
        fields = line.split()
        if not fields or (not defined and fields[0] in ("w", "v")):
            continue  # a weak reference needs nothing
        result.add(fields[-1].replace("@@", "@"))
    return result


def _names(symbols: Iterable[str]) -> set[str]:
    return {symbol.split("@")[0] for symbol in symbols}


def provides_for(user: Path, old: Path, new: Path) -> bool:
    """Whether `new` defines every symbol, with its version, that `user` takes from `old`."""
    wanted = _symbols(user, defined=False)
    from_old = _symbols(old, defined=True)
    offered = _symbols(new, defined=True)
    old_names, offered_names = _names(from_old), _names(offered)
    for symbol in wanted:
        name, _, version = symbol.partition("@")
        if name not in old_names:
            continue
        if version:
            if symbol in from_old and symbol not in offered:
                return False
        elif name not in offered_names:
            return False
    return True


def _key(dest: str) -> tuple[str, str] | None:
    """(library name, soname major) of a bundled library's file name."""
    name = Path(dest).name
    match = _VENDORED.fullmatch(name) or _PLAIN.fullmatch(name)
    return (match[1], match[2]) if match else None


def _version(dest: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", Path(dest).name.split(".so.")[-1]))


def merged_duplicates(binaries: list, log=print) -> list:  # noqa: ANN001
    """PyInstaller's binaries with each wheel's private copy of a library the bundle holds
    twice replaced by the other copy where the ABI allows (see the module's docstring)."""
    by_key: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for entry in binaries:
        key = _key(entry[0])
        if key and entry[2] == "BINARY":
            by_key.setdefault(key, []).append(entry)
    # The copy kept: the system's (unhashed) one, else the newest of the vendored ones.
    replacements: dict[str, tuple[str, str, str]] = {}
    for entries in by_key.values():
        if len(entries) < 2:
            continue
        plain = [e for e in entries if not _VENDORED.fullmatch(Path(e[0]).name)]
        kept = plain[0] if plain else max(entries, key=lambda e: _version(e[0]))
        for entry in entries:
            if entry is not kept and _VENDORED.fullmatch(Path(entry[0]).name):
                replacements[Path(entry[0]).name] = kept

    users: dict[str, list[tuple[str, str, str]]] = {}
    for entry in binaries:
        if entry[2] in ("BINARY", "EXTENSION"):
            for name in needed(Path(entry[1])):
                users.setdefault(name, []).append(entry)
    sources = {Path(e[0]).name: Path(e[1]) for e in binaries if e[2] == "BINARY"}
    # A copy can go only if every user that stays takes what it needs from the other one;
    # a copy that must stay is a user that stays, so check again until nothing changes.
    merged = dict(replacements)
    changed = True
    while changed:
        changed = False
        for old_name, kept in list(merged.items()):
            staying = [u for u in users.get(old_name, []) if Path(u[0]).name not in merged]
            if not all(provides_for(Path(u[1]), sources[old_name], Path(kept[1])) for u in staying):
                log(f"shared libraries: {old_name} kept (a user needs its own symbols)")
                del merged[old_name]
                changed = True
    # The copy becomes a symbolic link to the one kept: its users find it under their own
    # name, and the loader sees one file (one library loaded, whichever name comes first).
    dest_of = {Path(e[0]).name: e[0] for e in binaries}
    result = []
    for dest, source, kind in binaries:
        kept = merged.get(Path(dest).name)
        if kept is None:
            result.append((dest, source, kind))
            continue
        link = os.path.relpath(kept[0], os.path.dirname(dest_of[Path(dest).name]) or ".")
        result.append((dest, link, "SYMLINK"))
        log(f"shared libraries: {dest} is now a link to {kept[0]}")
    return result
