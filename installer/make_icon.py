"""Make the program icon from resources/icons/cabang.svg: cabang.ico (16 to 256 px, for the Windows
executable, the installer and the shortcuts) and cabang.png (256 px, the window icon on Linux).

    uv run python installer/make_icon.py [--out DIR]

Qt renders the SVG (QSvgRenderer -> QImage) and writes each size with its own ICO writer
(QImageWriter "ico"); Qt writes one image per file, so the entries are then gathered into one
multi-size .ico. The 256 px entry is stored as PNG, as Windows expects for that size.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "cabang.svg"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def encode(image, fmt: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt.encode())
    if not writer.write(image):
        raise SystemExit(f"Qt could not write {fmt}: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_entry(image) -> tuple[bytes, bytes]:
    """(the 16-byte directory entry without its offset, the image data) of a one-image ICO by Qt."""
    blob = encode(image, "ico")
    _reserved, kind, count = struct.unpack_from("<HHH", blob, 0)
    if kind != 1 or count != 1:
        raise SystemExit("unexpected ICO layout from Qt")
    entry = blob[6:22]
    size, offset = struct.unpack_from("<II", entry, 8)
    return entry[:8], blob[offset:offset + size]


def build_ico(sizes: tuple[int, ...] = SIZES) -> bytes:
    entries: list[tuple[bytes, bytes]] = []
    for size in sizes:
        image = render(size)
        if size >= 256:  # Vista+ icons: a PNG payload; width/height 0 mean 256
            png = encode(image, "png")
            head = struct.pack("<BBBBHH", 0, 0, 0, 0, 1, 32)
            entries.append((head, png))
        else:
            entries.append(ico_entry(image))
    out = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    offset = 6 + 16 * len(entries)
    for head, data in entries:
        out += head + struct.pack("<II", len(data), offset)
        offset += len(data)
    for _head, data in entries:
        out += data
    return bytes(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SVG.parent, help="folder for cabang.ico and cabang.png")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    ico = args.out / "cabang.ico"
    png = args.out / "cabang.png"
    ico.write_bytes(build_ico())
    png.write_bytes(encode(render(256), "png"))
    del app
    print(ico)
    print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
