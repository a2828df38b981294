"""Slides written as files in a folder beside a document (`summary-images/` next to
`summary.html` or `summary.md`), named by their place in the summary, never by the name a
colleague gave them (which could be `../../something`)."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Protocol

from cmcoord_desktop.core.atomic_write import write_atomically
from cmcoord_desktop.export.slide_images import ShownSlide


class SlideSink(Protocol):
    """Where a document's slides go when they are not inline: files beside it, or an
    e-mail's related parts."""

    linkable: bool  # whether a link to the slide's address opens it

    def add(self, session_number: int, slide_number: int, slide: ShownSlide) -> str:
        """The address the document refers to the slide by."""
        ...


def images_folder_for(document: Path) -> Path:
    return document.with_name(f"{document.stem}-images")


class ImageFolder:
    """Collects the slides a document shows; `write` puts them on disk with the document."""

    linkable = True

    def __init__(self, document: Path) -> None:
        self.document = document
        self.folder = images_folder_for(document)
        self._files: dict[str, bytes] = {}

    def add(self, session_number: int, slide_number: int, slide: ShownSlide) -> str:
        """The relative path (with forward slashes, as links want) the slide will have."""
        name = f"session-{session_number}-slide-{slide_number}.{slide.extension}"
        self._files[name] = slide.data
        return f"{self.folder.name}/{name}"

    def write(self) -> None:
        if not self._files:
            return
        if not self.folder.parent.is_dir():  # a pulled-out stick: refused as the chosen file
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(self.document))
        self.folder.mkdir(exist_ok=True)
        for name, data in self._files.items():
            write_atomically(self.folder / name, data)


class SessionsAfter:
    """A sink for one of several events: its sessions numbered after the earlier events' (so
    two events' first slides never take one file name)."""

    def __init__(self, sink: SlideSink, earlier_sessions: int) -> None:
        self.sink = sink
        self.offset = earlier_sessions
        self.linkable = sink.linkable

    def add(self, session_number: int, slide_number: int, slide: ShownSlide) -> str:
        return self.sink.add(session_number + self.offset, slide_number, slide)
