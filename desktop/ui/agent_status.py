"""An agent's status as people see it: a coloured dot and a word (online, on a break,
offline), the same in the status bar, the assign menu and the transfer dialog."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.services.team import AgentStatus

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

COLOURS = {AgentStatus.ONLINE: "#00b42a", AgentStatus.BREAK: "#ff9a2e",
           AgentStatus.OFFLINE: "#a9aeb8"}


def name(status: AgentStatus) -> str:
    return {AgentStatus.ONLINE: translate("AgentStatus", "Online"),
            AgentStatus.BREAK: translate("AgentStatus", "On a break"),
            AgentStatus.OFFLINE: translate("AgentStatus", "Offline")}[status]


class _Plurals(QObject):
    """Words with a count (lupdate marks ``self.tr(text, "", n)`` as plural)."""

    def load(self, count: int) -> str:
        return self.tr("%n open conversation(s)", "", count)


def load_text(count: int) -> str:
    """How many open conversations an agent is serving, in words."""
    return _Plurals().load(count)


def describe(agent_name: str, status: AgentStatus, count: int) -> str:
    """小王 · 在线 · 3 个进行中的会话"""
    return f"{agent_name} · {name(status)} · {load_text(count)}"


@cache
def dot(status: AgentStatus, size: int = 12) -> QIcon:
    """A filled dot in the status's colour."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(COLOURS[status]))
    painter.drawEllipse(size // 2, size // 2, size, size)
    painter.end()
    return QIcon(pixmap)
