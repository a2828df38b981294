"""Which slides a place's records files still refer to, read from real files a block at a time.

A shared file can hold a quarter of a gigabyte of slides; its references are found without
reading it whole, and a reference that a block boundary cuts in two still keeps its slide.
"""

from __future__ import annotations

import hashlib
import tracemalloc
from pathlib import Path

import pytest

from cmcoord_desktop.sync import shared_file
from cmcoord_desktop.sync.media import MEDIA_FOLDER
from cmcoord_desktop.sync.shared_place import Place
from cmcoord_desktop.sync.slide_cleanup import remove_unreferenced

BLOCK = 1 << 20  # how much the cleanup reads at a time


def slide(media: Path, text: str) -> str:
    digest = hashlib.sha256(text.encode()).hexdigest()
    (media / digest).write_bytes(text.encode())
    return digest


@pytest.mark.parametrize("cut", [1, 8, 40, 72])
def test_a_reference_across_a_block_boundary_keeps_its_slide(tmp_path: Path, cut: int) -> None:
    place = Place(chosen=tmp_path / "workshop.cmcsync", target=tmp_path / "workshop.cmcsync")
    place.target.write_bytes(b"{}")
    media = place.folder / MEDIA_FOLDER
    media.mkdir(parents=True)
    kept, gone = slide(media, "map of the camps"), slide(media, "old agenda")
    reference = f'"sha256:{kept}"'.encode()
    # A laptop's file in the place whose one reference starts `cut` bytes before a block ends.
    padding = b" " * (BLOCK - cut)
    (place.folder / "laptop-b.cmclaptop").write_bytes(b"[" + padding[1:] + reference + b"]")

    removed = remove_unreferenced(place, shared_file.EncodedFile([b'{"records":[]}']))

    assert removed == [gone]
    assert (media / kept).exists()
    assert not (media / gone).exists()


def test_a_large_file_is_not_read_whole(tmp_path: Path) -> None:
    place = Place(chosen=tmp_path / "workshop.cmcsync", target=tmp_path / "workshop.cmcsync")
    place.target.write_bytes(b"{}")
    media = place.folder / MEDIA_FOLDER
    media.mkdir(parents=True)
    kept, gone = slide(media, "map of the camps"), slide(media, "old agenda")
    size = 48 * BLOCK  # a shared file that carries slides inside it
    with open(place.folder / "laptop-b.cmclaptop", "wb") as fh:
        fh.write(b"[" + b" " * (size // 2) + f'"sha256:{kept}"'.encode())
        fh.write(b" " * (size // 2) + b"]")

    tracemalloc.start()
    try:
        removed = remove_unreferenced(place, shared_file.EncodedFile([b'{"records":[]}']))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert removed == [gone]
    assert peak < size // 8, f"{peak} bytes held to read a {size}-byte file"
