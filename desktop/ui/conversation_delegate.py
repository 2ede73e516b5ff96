"""How one conversation row is drawn: avatar, channel, name, VIP, timer, preview, unread."""

from __future__ import annotations

import time
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.services.queues import ConversationSummary
from desktop.ui import formatting
from desktop.ui.conversation_model import SummaryRole
from desktop.ui.icons import avatar_colour, channel_style, draw_badge

ROW_HEIGHT = 68


class ConversationDelegate(QStyledItemDelegate):
    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.now_ms = lambda: time.time_ns() // 1_000_000

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(280, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(SummaryRole)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect)  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor("#e8f3ff"))
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor("#f7f8fa"))
        painter.setPen(QColor("#f2f3f5"))
        painter.drawLine(rect.bottomLeft() + QPointF(68, 0), rect.bottomRight())

        avatar = self._paint_avatar(painter, rect, row)
        left = avatar.right() + 12
        right = rect.right() - 12
        base = QFont(option.font)  # type: ignore[attr-defined]

        # right side of line 1: the waiting timer, or the time of the last message
        now = self.now_ms()
        small = QFont(base)
        small.setPixelSize(12)
        if row.waiting_since is not None and row.status == "open":
            seconds = (now - row.waiting_since) / 1000
            stamp, pen = formatting.duration(seconds), formatting.wait_colour(seconds)
            small.setBold(seconds >= 120)
        else:
            stamp = formatting.when(row.last_message_at, self.zone, now)
            pen = QColor("#86909c")
        painter.setFont(small)
        stamp_width = QFontMetrics(small).horizontalAdvance(stamp) + 2
        painter.setPen(pen)
        line1 = QRectF(left, rect.top() + 12, right - left, 22)
        painter.drawText(line1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         stamp)

        # name, VIP, assignee
        name_font = QFont(base)
        name_font.setPixelSize(14)
        name_font.setBold(row.unread > 0)
        painter.setFont(name_font)
        painter.setPen(QColor("#1d2129"))
        room = line1.width() - stamp_width - 8
        vip_width = 30 if row.vip else 0
        name = QFontMetrics(name_font).elidedText(row.customer, Qt.TextElideMode.ElideRight,
                                                  int(room - vip_width - 60))
        painter.drawText(line1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        x = left + QFontMetrics(name_font).horizontalAdvance(name) + 6
        if row.vip:
            draw_badge(painter, QRectF(x, line1.center().y() - 8, 28, 16), "#ff9a2e", "VIP",
                       radius=4)
            x += 32
        if row.assignee:
            painter.setFont(small)
            painter.setPen(QColor("#86909c"))
            room_left = line1.right() - stamp_width - 8 - x
            text = QFontMetrics(small).elidedText("· " + row.assignee,
                                                  Qt.TextElideMode.ElideRight, int(room_left))
            painter.drawText(QRectF(x, line1.top(), room_left, line1.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

        self._paint_preview(painter, row, QRectF(left, rect.top() + 36, right - left, 20), base)
        painter.restore()

    def _paint_avatar(self, painter: QPainter, rect: QRectF, row: ConversationSummary) -> QRectF:
        """The customer's avatar with the channel's badge on its corner."""
        avatar = QRectF(rect.left() + 14, rect.top() + 14, 40, 40)
        draw_badge(painter, avatar, avatar_colour(row.customer), (row.customer or "?")[:1])
        colour, letter = channel_style(row.channel_kind)
        badge = QRectF(avatar.right() - 14, avatar.bottom() - 14, 17, 17)
        painter.setBrush(QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(badge.adjusted(-1.5, -1.5, 1.5, 1.5))
        draw_badge(painter, badge, colour, letter)
        return avatar

    def _paint_preview(self, painter: QPainter, row: ConversationSummary, line2: QRectF,
                       base: QFont) -> None:
        """Line 2: the last message's beginning and the unread badge."""
        badge_w = 0.0
        if row.unread:
            label = str(row.unread) if row.unread < 100 else "99+"
            badge_w = max(18.0, 10.0 + 7 * len(label))
            draw_badge(painter, QRectF(line2.right() - badge_w, line2.top() + 1, badge_w, 18),
                       "#f53f3f", label)
        preview_font = QFont(base)
        preview_font.setPixelSize(13)
        painter.setFont(preview_font)
        painter.setPen(QColor("#86909c"))
        preview = formatting.message_preview(row.preview).replace("\n", " ")
        if row.ours_last:  # so nobody takes the shop's own words for the customer's
            preview = self.tr("You: ") + preview
        text = QFontMetrics(preview_font).elidedText(
            preview, Qt.TextElideMode.ElideRight,
            int(line2.width() - badge_w - 8))
        painter.drawText(line2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
