"""A file that cannot be read is refused with a reason; neither it nor the local store changes."""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest

from cmcoord_desktop.core import clock
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.sync.errors import SharedFileError
from cmcoord_desktop.sync.shared_sync import sync_with_shared_file
from tests.sync.workshop import capture, parts, seal, snapshot


@pytest.fixture
def good_file(tmp_path: Path) -> bytes:
    """A real shared file written by another laptop's sync."""
    shared = tmp_path / "elsewhere" / "workshop.cmcsync"
    shared.parent.mkdir()
    with Store(tmp_path / "other") as other:
        capture(other, "Prague workshop")
        sync_with_shared_file(other, shared)
    return shared.read_bytes()


def first_version(data: bytes, field: str) -> bytes:
    """The raw text of the first version of `field` in the file, e.g. b'{"v":"Geneva",...}'."""
    start = data.index(b'"%s":[{' % field.encode()) + len(field) + 4
    return data[start : data.index(b"}}", start) + 2]


def replace_in_records(good: bytes, old: bytes, new: bytes) -> bytes:
    values = parts(good)
    assert old in values["records"]
    values["records"] = values["records"].replace(old, new, 1)
    return seal(values)


def with_header(good: bytes, **changes: bytes) -> bytes:
    return seal({**parts(good), **changes})


def far_future(good: bytes) -> bytes:
    stamp = (clock.wall_ms() + 2 * 365 * 86_400_000) << clock.COUNTER_BITS
    version = msgspec.json.decode(first_version(good, "city"))
    forged = {**version, "t": stamp, "seen": {version["d"]: stamp}}
    return replace_in_records(good, first_version(good, "city"), msgspec.json.encode(forged))


def duplicate_key(good: bytes) -> bytes:
    version = first_version(good, "city")
    return replace_in_records(good, version, version.replace(b'{"v":', b'{"v":"X","v":', 1))


BUILDERS: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "garbage": (lambda g: random.Random(7).randbytes(5000), "not a CMCoord Desktop"),
    "empty": (lambda g: b"", "empty"),
    "someone else's json": (lambda g: b'{"hello": "world"}', "not a CMCoord Desktop"),
    "newer major version": (lambda g: with_header(g, version=b"[2,0]"), "newer CMCoord"),
    "nan": (
        lambda g: replace_in_records(g, first_version(g, "city")[:14], b'{"v":NaN,"t":1'),
        "damaged",
    ),
    "infinity": (
        lambda g: replace_in_records(g, first_version(g, "city")[:14], b'{"v":1e999,"t":1'),
        "damaged",
    ),
    "duplicate keys in a record": (duplicate_key, 'the key "v" appears twice'),
    "duplicate records key": (
        lambda g: g[:-1] + b',"records":[]}',
        'the key "records" appears twice',
    ),
    "deep nesting": (
        lambda g: with_header(g, records=b"[" * 200_000 + b"]" * 200_000),
        "nested too deeply",
    ),
    "far-future stamp": (far_future, "clock was ahead"),
    "bad checksum": (lambda g: g.replace(b"Prague workshop", b"Prague Workshop"), "checksum"),
    "count mismatch": (lambda g: with_header(g, count=b"99"), "says 99 records"),
    "bad uuid": (
        lambda g: replace_in_records(
            g,
            b'"id":"',
            b'"id":"not-a-uuid-',
        ),
        "damaged",
    ),
    "unknown kind": (
        lambda g: replace_in_records(g, b'"kind":"event"', b'"kind":"meeting"'),
        'unknown kind "meeting"',
    ),
    "unknown field": (
        lambda g: replace_in_records(g, b'"city":[', b'"mood":['),
        'field "mood"',
    ),
    "wrong value type": (
        lambda g: replace_in_records(g, b'{"v":"Geneva"', b'{"v":12'),
        "holds a bad value",
    ),
    "pretty-printed": (lambda g: g.replace(b'","', b'", "', 1), "changed by another program"),
    "overlong text": (
        lambda g: replace_in_records(g, b'{"v":"Geneva"', b'{"v":"' + b"x" * 1_000_001 + b'"'),
        "longer than",
    ),
}


def assert_refused(store: Store, shared: Path, reason: str) -> None:
    before_file = shared.read_bytes() if shared.is_file() else None
    before_store = snapshot(store)
    with pytest.raises(SharedFileError) as refusal:
        sync_with_shared_file(store, shared)
    message = str(refusal.value)
    assert reason in message and "\n" not in message
    assert (shared.read_bytes() if shared.is_file() else None) == before_file
    assert snapshot(store) == before_store
    assert sorted(p.name for p in shared.parent.iterdir()) == [shared.name]


@pytest.mark.parametrize("case", sorted(BUILDERS))
def test_a_bad_file_is_refused_and_nothing_changes(
    case: str, good_file: bytes, store: Store, tmp_path: Path
) -> None:
    build, reason = BUILDERS[case]
    capture(store, "Mine")
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    shared.write_bytes(build(good_file))
    assert_refused(store, shared, reason)


def test_truncated_at_any_offset_is_refused(good_file: bytes, store: Store, tmp_path: Path) -> None:
    capture(store, "Mine")
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    offsets = sorted({*range(1, 300, 7), *random.Random(1).sample(range(len(good_file)), 60)})
    for offset in [*offsets, len(good_file) - 1]:
        shared.write_bytes(good_file[:offset])
        assert_refused(store, shared, '"workshop.cmcsync"')


def test_any_flipped_bit_is_refused(good_file: bytes, store: Store, tmp_path: Path) -> None:
    capture(store, "Mine")
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    rng = random.Random(2017)
    for _ in range(120):
        damaged = bytearray(good_file)
        damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        shared.write_bytes(bytes(damaged))
        assert_refused(store, shared, '"workshop.cmcsync"')


def test_a_folder_is_refused(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "share" / "workshop.cmcsync"
    folder.mkdir(parents=True)
    before = snapshot(store)
    with pytest.raises(SharedFileError, match="is a folder"):
        sync_with_shared_file(store, folder)
    assert folder.is_dir() and not any(folder.iterdir()) and snapshot(store) == before


def test_a_2_gb_file_is_refused_by_its_size_before_reading(store: Store, tmp_path: Path) -> None:
    shared = tmp_path / "share" / "workshop.cmcsync"
    shared.parent.mkdir()
    with open(shared, "wb") as fh:
        fh.truncate(2 * 1024**3)  # sparse: no disk used, and reading it would take 2 GB of RAM
    capture(store)
    before_file, before_store = shared.stat(), snapshot(store)
    with pytest.raises(SharedFileError, match="too large"):
        sync_with_shared_file(store, shared)
    after = shared.stat()
    assert (after.st_size, after.st_mtime_ns) == (before_file.st_size, before_file.st_mtime_ns)
    assert snapshot(store) == before_store and len(list(shared.parent.iterdir())) == 1


def test_the_command_line_says_why_in_one_line(good_file: bytes, tmp_path: Path) -> None:
    shared = tmp_path / "workshop.cmcsync"
    shared.write_bytes(good_file[: len(good_file) // 2])
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cmcoord_desktop",
            "--data-dir",
            str(tmp_path / "d"),
            "sync",
            str(shared),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "damaged or incomplete" in result.stderr
    assert result.stdout == ""
    assert shared.read_bytes() == good_file[: len(good_file) // 2]
