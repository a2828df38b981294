"""Presentation images made safe to print: size read from the header, scaled to fit the frame.

A slide synced from a colleague may be enormous (a 20,000 x 20,000 pixel PNG decodes to more than
a gigabyte). The size is read from the file's header without decoding; JPEGs that big are decoded
at a reduced scale, and other formats that big are replaced by a note instead of the picture.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

from PIL import Image as PILImage
from reportlab.lib.utils import ImageReader

# Beyond this many pixels an image is not decoded at full size (about 100 MB of RGB).
MAX_PIXELS = 32_000_000


@dataclass(frozen=True)
class ImageSize:
    width: int
    height: int


def image_size(data: bytes) -> ImageSize | None:
    """Pixel size of a PNG, GIF or JPEG from its header; None if it is none of those or broken."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return ImageSize(width, height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return ImageSize(width, height)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> ImageSize | None:
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE):
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return ImageSize(width, height)
        index += 2 + length
    return None


def printable_image(data: bytes) -> tuple[bytes, ImageSize] | None:
    """Image bytes ReportLab can embed, and their pixel size; None if they cannot be printed
    safely (unknown format, corrupt, or too many pixels)."""
    size = image_size(data)
    if size is None or size.width <= 0 or size.height <= 0:
        return None
    try:
        if size.width * size.height <= MAX_PIXELS:
            ImageReader(io.BytesIO(data)).getSize()  # decodes the header: fails if corrupt
            return data, size
        if data.startswith(b"\xff\xd8"):
            return _reduced_jpeg(data)
    except Exception:  # a corrupt image must not stop the summary: it is left out instead
        return None
    return None


def _reduced_jpeg(data: bytes) -> tuple[bytes, ImageSize] | None:
    """A huge JPEG decoded at 1/2, 1/4 or 1/8 scale by the JPEG decoder itself (cheap)."""
    with PILImage.open(io.BytesIO(data)) as image:
        image.draft("RGB", (image.width // 8, image.height // 8))
        if image.width * image.height > MAX_PIXELS:
            return None
        image.load()
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=85)
        return out.getvalue(), ImageSize(image.width, image.height)
