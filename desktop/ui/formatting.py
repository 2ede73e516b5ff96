"""How times and waits read on screen, in the user's language."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desktop.domain import channel_names

# Waiting-timer colours as sellers know them from their platform workbenches.
FRESH = QColor("#00a870")  # under a minute
GREY = QColor("#86909c")  # from 1 minute
YELLOW = QColor("#d48806")  # from 2 minutes
RED = QColor("#f53f3f")  # from 10 minutes


def wait_colour(seconds: float) -> QColor:
    if seconds >= 600:
        return RED
    if seconds >= 120:
        return YELLOW
    if seconds >= 60:
        return GREY
    return FRESH


def duration(seconds: float) -> str:
    """3秒 / 2分05秒 / 1小时20分 / 3天 — short, for timers and badges."""
    s = max(0, int(seconds))
    if s < 60:
        return QCoreApplication.translate("Formatting", "{0}s").format(s)
    if s < 3600:
        return QCoreApplication.translate("Formatting", "{0}m {1:02d}s").format(s // 60, s % 60)
    if s < 86400:
        return QCoreApplication.translate("Formatting", "{0}h {1:02d}m").format(
            s // 3600, s % 3600 // 60
        )
    return QCoreApplication.translate("Formatting", "{0}d {1}h").format(
        s // 86400, s % 86400 // 3600
    )


def when(epoch_ms: int | None, zone: ZoneInfo, now_ms: int) -> str:
    """Today: 14:05; this year: 10-01 14:05; else 2024-10-01."""
    if epoch_ms is None:
        return ""
    value = datetime.fromtimestamp(epoch_ms / 1000, zone)
    now = datetime.fromtimestamp(now_ms / 1000, zone)
    if value.date() == now.date():
        return value.strftime("%H:%M")
    if value.year == now.year:
        return value.strftime("%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")


def full_time(epoch_ms: int, zone: ZoneInfo) -> str:
    return datetime.fromtimestamp(epoch_ms / 1000, zone).strftime("%Y-%m-%d %H:%M:%S")


def short_duration(seconds: float) -> str:
    """30秒 / 3分 / 4小时 / 1天 — a round figure, for chart labels."""
    s = int(seconds)
    if s < 60:
        return QCoreApplication.translate("Formatting", "{0}s").format(s)
    if s < 3600:
        return QCoreApplication.translate("Formatting", "{0}m").format(s // 60)
    if s < 86400 or s % 86400:
        return QCoreApplication.translate("Formatting", "{0}h").format(s // 3600)
    return QCoreApplication.translate("Formatting", "{0}d").format(s // 86400)


# desktop.domain.channel_names.NAMES, for lupdate (it reads literal strings only)
NAMES = (QT_TRANSLATE_NOOP("Formatting", "Douyin"),
         QT_TRANSLATE_NOOP("Formatting", "TikTok Shop"),
         QT_TRANSLATE_NOOP("Formatting", "E-mail"),
         QT_TRANSLATE_NOOP("Formatting", "Webhook"))


def channel_name(name: str) -> str:
    """A channel as people call it (抖音, TikTok Shop, 邮件), not its code; a channel the shop
    named itself keeps its name."""
    kind = channel_names.known_kind(name)
    return name if kind is None else \
        QCoreApplication.translate("Formatting", channel_names.NAMES[kind])


def message_preview(text: str) -> str:
    """A message's preview as shown: a message without words is stored as its kind in
    brackets (``[order_card]``), which reads here as the kind's name (``[Order card]``)."""
    if not (text.startswith("[") and text.endswith("]")):
        return text
    words = {
        "text": QCoreApplication.translate("Formatting", "[Message]"),
        "image": QCoreApplication.translate("Formatting", "[Picture]"),
        "emoji": QCoreApplication.translate("Formatting", "[Emoji]"),
        "link": QCoreApplication.translate("Formatting", "[Link]"),
        "product_card": QCoreApplication.translate("Formatting", "[Product card]"),
        "order_card": QCoreApplication.translate("Formatting", "[Order card]"),
        "system": QCoreApplication.translate("Formatting", "[System message]"),
        "service_request": QCoreApplication.translate("Formatting", "[Service request]")}
    return words.get(text[1:-1], text)
