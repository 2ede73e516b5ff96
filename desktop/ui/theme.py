"""Fonts and the style sheet: Chinese text in a proper CJK face on every platform."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.services.resources import resource

_FACES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
          "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei")


def apply(app: QApplication) -> None:
    families = set(QFontDatabase.families())
    face = next((f for f in _FACES if f in families), None)
    font = QFont(face) if face else QFont(app.font())
    font.setPointSizeF(10)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    path = resource("style.qss")
    if path.is_file():
        # Style sheets take no relative image paths: ``@icons@`` stands for the icons folder.
        icons = resource("icons").as_posix()
        app.setStyleSheet(path.read_text(encoding="utf-8").replace("@icons@", icons))
