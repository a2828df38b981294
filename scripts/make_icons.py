"""Draw the application icon and write it as PNGs, a Windows .ico and a macOS .icns.

Run from the repository root: `python scripts/make_icons.py`. The outputs are committed in
resources/icons/, so building the program never needs this script.

The icon: a summary sheet (the published outcomes list, the program's end product) with a check
mark on a UN-blue rounded square. Small sizes drop the detail that would blur.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size (the @2x types share a size with others).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)

UN_BLUE_LIGHT = QColor("#2f8fd8")
UN_BLUE_DARK = QColor("#0b4f8f")
SHEET = QColor("#ffffff")
LINE = QColor("#9bb7d4")
CHECK = QColor("#f29100")  # a warm accent that reads on blue and on white


def draw_icon(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)  # draw on a 100 x 100 grid
    detailed = size >= 32

    margin = 4 if size >= 32 else 1
    background = QRectF(margin, margin, 100 - 2 * margin, 100 - 2 * margin)
    gradient = QLinearGradient(0, 0, 0, 100)
    gradient.setColorAt(0, UN_BLUE_LIGHT)
    gradient.setColorAt(1, UN_BLUE_DARK)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(background, 20, 20)

    # The sheet, with a folded corner.
    sheet = QPainterPath()
    left, top, right, bottom, fold = 25.0, 16.0, 75.0, 84.0, 12.0
    sheet.moveTo(left, top)
    sheet.lineTo(right - fold, top)
    sheet.lineTo(right, top + fold)
    sheet.lineTo(right, bottom)
    sheet.lineTo(left, bottom)
    sheet.closeSubpath()
    painter.setBrush(SHEET)
    painter.drawPath(sheet)
    if detailed:
        corner = QPainterPath()
        corner.moveTo(right - fold, top)
        corner.lineTo(right - fold, top + fold)
        corner.lineTo(right, top + fold)
        corner.closeSubpath()
        painter.setBrush(QColor("#d6e4f2"))
        painter.drawPath(corner)

    # The outcome lines: a bullet and a line each.
    line_pen = QPen(LINE, 5 if detailed else 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    rows = (40.0, 53.0, 66.0) if detailed else (44.0, 64.0)
    for y in rows:
        painter.setPen(line_pen)
        start = 42.0 if detailed else 34.0
        painter.drawLine(QPointF(start, y), QPointF(66, y))
        if detailed:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(UN_BLUE_DARK)
            painter.drawEllipse(QPointF(34, y), 3.2, 3.2)

    # The check mark, crossing the sheet's lower right edge.
    check = QPainterPath()
    check.moveTo(54, 74)
    check.lineTo(64, 84)
    check.lineTo(86, 58)
    outline = QPen(QColor("#ffffff"), 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(outline)
    painter.drawPath(check)
    stroke = QPen(CHECK, 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    stroke.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(stroke)
    painter.drawPath(check)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon with PNG-compressed images (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    QGuiApplication(sys.argv)
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw_icon(size)) for size in PNG_SIZES}
    for size in PNG_SIZES:
        (ICONS / f"cmcoord-desktop-{size}.png").write_bytes(pngs[size])
    (ICONS / "cmcoord-desktop.png").write_bytes(pngs[256])
    (ICONS / "cmcoord-desktop.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "cmcoord-desktop.icns").write_bytes(icns_bytes(pngs))
    print(f"Wrote {len(PNG_SIZES) + 3} icon files to {ICONS.name}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
