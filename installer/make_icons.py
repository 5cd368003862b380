"""Draw the bundle's icons from star-desktop.svg with Qt (no Pillow needed).

    .venv/bin/python installer/make_icons.py

PyInstaller wants a .ico (Windows) and a .icns (macOS); Qt's imageformats plugins write both
(qico, qicns). The PNG is for Linux desktop files. Run again after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "resources" / "icons"
#: (file, pixel size) written from the SVG.
OUTPUTS = (("star-desktop.png", 256), ("star-desktop.ico", 256), ("star-desktop.icns", 512))


def render(size: int):  # noqa: ANN201 - a QImage
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(HERE / "star-desktop.svg"))
    if not renderer.isValid():
        raise SystemExit("star-desktop.svg kunde inte läsas")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - plugins
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    for name, size in OUTPUTS:
        fmt = name.rsplit(".", 1)[1]
        if fmt not in formats:
            raise SystemExit(f"Qt kan inte skriva {fmt} här (imageformats-pluginet saknas)")
        if not render(size).save(str(HERE / name), fmt):
            raise SystemExit(f"{name} kunde inte skrivas")
        print(f"{name} ({size}×{size})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
