"""Draw the application icon: resources/icons/reviewer.svg, and from it reviewer.png (256 px), the
Windows reviewer.ico and the macOS reviewer.icns.

A calm icon on purpose: muted teal, a soft shield (protection of the person reviewed and of the
reviewer) with a gentle check mark (a sealed review). Run again after changing the drawing:
    .venv/bin/python installers/draw_icon.py
The PNG is rendered from the SVG with Qt's SVG renderer so the two never drift apart; Pillow writes
the .ico and .icns from the PNG, so the Windows and macOS build machines need no icon tools.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#6A9C9E"/>
      <stop offset="1" stop-color="#41707A"/>
    </linearGradient>
    <linearGradient id="shield" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#FBF8F2"/>
      <stop offset="1" stop-color="#E8E1D3"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="52" ry="52" fill="url(#bg)"/>
  <path d="M128 44 L194 68 C194 128 172 176 128 204 C84 176 62 128 62 68 Z"
        fill="url(#shield)" stroke="#F6F1E7" stroke-width="4" stroke-linejoin="round"/>
  <path d="M98 124 L120 146 L160 104" fill="none" stroke="#5E8F88" stroke-width="14"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    ICONS.mkdir(parents=True, exist_ok=True)
    svg_path = ICONS / "reviewer.svg"
    svg_path.write_text(SVG, encoding="utf-8")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        print(f"draw_icon: {svg_path} is not valid SVG", file=sys.stderr)
        return 1
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    png_path = ICONS / "reviewer.png"
    if not image.save(str(png_path), "PNG"):
        print(f"draw_icon: could not write {png_path}", file=sys.stderr)
        return 1
    from PIL import Image

    with Image.open(png_path) as png:
        png.save(ICONS / "reviewer.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
        png.save(ICONS / "reviewer.icns")
    print(f"wrote {svg_path}, {png_path} and the .ico and .icns made from it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
