"""Which slides a document can show, and as what: the bytes' real type, never the claimed one.

A slide synced from a colleague may say "image/png" and be an SVG (which can carry script and
fetch URLs), a corrupt file, or a 20,000 x 20,000 pixel PNG that would take a gigabyte to
decode. Pillow reads the header without decoding the pixels; only PNG, JPEG and GIF of a sane
size are shown. Every other slide gets a note in its place.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image

from cmcoord_desktop.export.summary_data import Slide

# Beyond this many pixels a browser or Word would need hundreds of megabytes to show the slide.
MAX_PIXELS = 32_000_000
_TYPES = {"PNG": ("image/png", "png"), "JPEG": ("image/jpeg", "jpg"), "GIF": ("image/gif", "gif")}


@dataclass(frozen=True)
class ShownSlide:
    data: bytes
    mime: str
    extension: str
    width: int
    height: int


def shown_slide(slide: Slide) -> ShownSlide | None:
    """The slide as an image a document may embed, or None when it must be left out."""
    data = slide.data
    if not data:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind = image.format or ""
                width, height = image.size
                if kind not in _TYPES or width <= 0 or height <= 0:
                    return None
                if width * height > MAX_PIXELS:
                    return None
                image.verify()  # checks the file's structure without decoding every pixel
    except Exception:  # corrupt, truncated, a bomb, or not an image at all: shown as a note
        return None
    mime, extension = _TYPES[kind]
    return ShownSlide(data, mime, extension, width, height)
