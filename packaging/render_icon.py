"""Render packaging/icons/lapor-desk.svg to PNG (and a Windows .ico) with Qt's own SVG renderer.

    python packaging/render_icon.py OUT_DIR [--ico]

Writes OUT_DIR/lapor-desk.png (256 px) and OUT_DIR/lapor-desk-{16,32,48,64,128}.png; with --ico
also OUT_DIR/lapor-desk.ico (ImageMagick's ``convert``/``magick`` makes a multi-size icon when
present, else Qt writes a single 256 px icon). Used by build.sh and build.ps1; nothing it writes
is committed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent / "icons" / "lapor-desk.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("build/icons")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    pngs = []
    for size in SIZES:
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p)
        p.end()
        name = out / ("lapor-desk.png" if size == 256 else f"lapor-desk-{size}.png")
        img.save(str(name))
        pngs.append(name)
    if "--ico" in argv:
        ico = out / "lapor-desk.ico"
        magick = shutil.which("magick") or shutil.which("convert")
        if magick:
            subprocess.run([magick, *map(str, pngs), str(ico)], check=True)
        else:
            QImage(str(out / "lapor-desk.png")).save(str(ico), "ICO")
        print(ico)
    print(out / "lapor-desk.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
