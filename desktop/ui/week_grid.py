"""A week you paint: seven rows of half hours; drag to open or close them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

SLOTS = 48  # half hours
LABEL_W = 44
HEADER_H = 18


class WeekGrid(QWidget):
    """``cells[day][slot]`` is True when the shop is open; ``edited`` after each drag."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = [[False] * SLOTS for _ in range(7)]
        self.day_names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        self._paint_value: bool | None = None
        self.setMinimumSize(QSize(LABEL_W + SLOTS * 10, HEADER_H + 7 * 24))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(False)

    # -- conversion ---------------------------------------------------------------------------
    def set_specs(self, specs: dict[int, list[tuple[int, int]]]) -> None:
        """Intervals per day in minutes; an interval past 24:00 spills into the next day."""
        self.cells = [[False] * SLOTS for _ in range(7)]
        for day, intervals in specs.items():
            for start, end in intervals:
                for minute in range(start, end, 30):
                    d = (day + minute // 1440) % 7
                    self.cells[d][(minute % 1440) // 30] = True
        self.update()

    def intervals(self, day: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        run_start = None
        for slot, on in enumerate([*self.cells[day], False]):
            if on and run_start is None:
                run_start = slot
            elif not on and run_start is not None:
                out.append((run_start * 30, slot * 30))
                run_start = None
        return out

    # -- drawing and editing ------------------------------------------------------------------
    def _cell_rect(self, day: int, slot: int) -> QRect:
        width = (self.width() - LABEL_W) / SLOTS
        height = (self.height() - HEADER_H) / 7
        return QRect(int(LABEL_W + slot * width), int(HEADER_H + day * height),
                     int(width) - 1, int(height) - 2)

    def _hit(self, pos: QPoint) -> tuple[int, int] | None:
        width = (self.width() - LABEL_W) / SLOTS
        height = (self.height() - HEADER_H) / 7
        slot = int((pos.x() - LABEL_W) // width)
        day = int((pos.y() - HEADER_H) // height)
        if 0 <= slot < SLOTS and 0 <= day < 7:
            return day, slot
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QColor("#86909c"))
        font = painter.font()
        font.setPixelSize(11)
        painter.setFont(font)
        for hour in range(0, 25, 3):
            x = min(int(LABEL_W + hour * 2 * (self.width() - LABEL_W) / SLOTS),
                    self.width() - 15)
            painter.drawText(QRect(x - 15, 0, 30, HEADER_H), Qt.AlignmentFlag.AlignCenter,
                             f"{hour:02d}")
        for day in range(7):
            first = self._cell_rect(day, 0)
            painter.setPen(QColor("#4e5969"))
            painter.drawText(QRect(0, first.top(), LABEL_W - 6, first.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self.day_names[day])
            for slot in range(SLOTS):
                colour = "#1677ff" if self.cells[day][slot] else "#f2f3f5"
                painter.fillRect(self._cell_rect(day, slot), QColor(colour))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position().toPoint())
        if hit is not None:
            day, slot = hit
            self._paint_value = not self.cells[day][slot]
            self._set(day, slot)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position().toPoint())
        if hit is not None and self._paint_value is not None:
            self._set(*hit)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._paint_value is not None:
            self._paint_value = None
            self.edited.emit()

    def _set(self, day: int, slot: int) -> None:
        assert self._paint_value is not None
        if self.cells[day][slot] != self._paint_value:
            self.cells[day][slot] = self._paint_value
            self.update(self._cell_rect(day, slot))
