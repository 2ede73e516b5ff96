"""Icons drawn in code: channel badges and avatars (crisp at any DPI, no image files)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

CHANNEL_STYLE = {
    "tiktok": ("#111111", "T"),
    "douyin": ("#fe2c55", "抖"),
    "email": ("#1677ff", "@"),
    "webhook": ("#722ed1", "W"),
}
_AVATAR_COLOURS = ["#1677ff", "#13c2c2", "#52c41a", "#fa8c16", "#eb2f96", "#722ed1",
                   "#2f54eb", "#faad14"]


def channel_style(kind: str) -> tuple[str, str]:
    return CHANNEL_STYLE.get(kind, ("#86909c", kind[:1].upper() or "?"))


def draw_badge(painter: QPainter, rect: QRectF, colour: str, text: str,
               radius: float | None = None) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    r = rect.height() / 2 if radius is None else radius
    painter.drawRoundedRect(rect, r, r)
    font = QFont(painter.font())
    font.setPixelSize(max(8, int(rect.height() * 0.52)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def avatar_colour(name: str) -> str:
    return _AVATAR_COLOURS[sum(map(ord, name)) % len(_AVATAR_COLOURS)]


@cache
def channel_icon(kind: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour, text = channel_style(kind)
    draw_badge(painter, QRectF(0, 0, size * 2, size * 2), colour, text, radius=size * 0.5)
    painter.end()
    return QIcon(pixmap)


@cache
def glyph_icon(glyph: str, colour: str = "#4e5969", size: int = 20) -> QIcon:
    """A navigation icon from a symbol of the font (works on every platform's fonts)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(int(size * 1.5))
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)


@cache
def nav_icon(key: str, colour: str = "#c9cdd4", size: int = 22) -> QIcon:
    """Simple line icons for the navigation, drawn with the painter."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPen

    s = size * 2
    pixmap = QPixmap(s, s)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), s * 0.08)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    m = s * 0.16
    box = QRectF(m, m, s - 2 * m, s - 2 * m)
    if key == "inbox":  # a speech bubble
        p.drawRoundedRect(box.adjusted(0, 0, 0, -s * 0.14), s * 0.12, s * 0.12)
        p.drawLine(QPointF(box.left() + s * 0.2, box.bottom() - s * 0.14),
                   QPointF(box.left() + s * 0.12, box.bottom()))
    elif key == "kb":  # an open book
        mid = box.center().x()
        p.drawRect(QRectF(box.left(), box.top() + s * 0.06, mid - box.left(), box.height() * 0.8))
        p.drawRect(QRectF(mid, box.top() + s * 0.06, box.right() - mid, box.height() * 0.8))
    elif key == "templates":  # a lightning bolt
        pts = [QPointF(box.center().x() + s * 0.08, box.top()),
               QPointF(box.left() + s * 0.12, box.center().y() + s * 0.04),
               QPointF(box.center().x(), box.center().y() + s * 0.04),
               QPointF(box.center().x() - s * 0.08, box.bottom()),
               QPointF(box.right() - s * 0.12, box.center().y() - s * 0.04),
               QPointF(box.center().x(), box.center().y() - s * 0.04)]
        p.drawPolygon(pts)
    elif key == "schedule":  # a calendar
        p.drawRoundedRect(box.adjusted(0, s * 0.06, 0, 0), s * 0.06, s * 0.06)
        p.drawLine(QPointF(box.left(), box.top() + s * 0.24), QPointF(box.right(),
                                                                      box.top() + s * 0.24))
    elif key == "dashboard":  # bars
        w = box.width() / 5
        for i, h in enumerate((0.45, 0.8, 0.6)):
            x = box.left() + w * (i * 2 - 0) + w * 0.5 * 0
            p.drawLine(QPointF(x + w / 2, box.bottom()), QPointF(x + w / 2,
                                                                 box.bottom() - box.height() * h))
    else:  # settings: a gear-like circle
        p.drawEllipse(box.center(), box.width() * 0.2, box.width() * 0.2)
        p.drawEllipse(box.center(), box.width() * 0.42, box.width() * 0.42)
    p.end()
    return QIcon(pixmap)
