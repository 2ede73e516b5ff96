"""The bell in the inbox bar: how many reminders are open, and the list of them."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.services import reminders
from desktop.ui import formatting
from desktop.ui.context import Context

DAY_MS = 86_400_000


def describe(r: dict[str, Any], zone: Any, now: int) -> str:
    """A reminder in words (also the tray notification's text): a wait or a complaint as long
    as it is ``now``, not as it was when the reminder was raised."""
    translate = QCoreApplication.translate
    d = r.get("data", {})
    who = d.get("customer", "")
    at = _hm(d.get("at"), zone)
    since = d.get("since")
    held = formatting.duration((now - since) / 1000) if since is not None else ""
    kind = r.get("reminder") or r.get("kind", "")
    if kind == "waiting":
        return translate("Reminders", "{0} has been waiting {1} for a reply").format(who, held)
    if kind == "three_min":
        return translate("Reminders", "{0} has been waiting {1}: close to the 3-minute reply "
                                      "target").format(who, held)
    if kind == "deadline_24h":
        if since is not None and now - since >= DAY_MS:
            return translate("Reminders", "{0} has been waiting {1}: past the 24-hour reply "
                                          "window").format(who, held)
        return translate("Reminders", "{0} has been waiting {1}: reply within {2} to keep the "
                                      "24-hour window").format(
            who, held, formatting.duration((since + DAY_MS - now) / 1000 if since else 0))
    if kind == "snooze_due":
        return translate("Reminders", "A snoozed conversation is back")
    if kind == "complaint_open":
        return translate("Reminders", "{0}'s complaint has been open for {1}").format(who, held)
    if kind == "closing_due":
        return translate("Reminders", "{0} has not replied for {1}: send the closing message "
                                      "and close").format(who, held)
    if kind == "kb_review":
        return translate("Reminders", "{0} knowledge-base articles are due for review"
                         ).format(d.get("articles", 0))
    if kind == "holiday_mode_starts":
        return translate("Reminders", "Holiday mode starts tomorrow at {0}").format(at)
    if kind == "holiday_mode_ends":
        return translate("Reminders", "Holiday mode ends tomorrow at {0}").format(at)
    if kind == "handover":
        return translate("Reminders", "Shift handover at {0}: {1} off, {2} on").format(
            at, "、".join(d.get("leaving", [])) or "—", "、".join(d.get("coming", [])) or "—")
    if kind == "claim_lost":
        return translate("Reminders", "{0}: {1} took this conversation at the same time; it "
                                      "is theirs now").format(who, d.get("winner", ""))
    if kind == "complaint_surge":
        return translate("Reminders", "Complaint surge: {0} complaints in the last hour"
                         ).format(d.get("count", 0))
    if kind in ("after_sale_due", "after_sale_urgent"):
        return translate("Reminders", "{0}'s after-sales request on order {1}: {2} left to "
                                      "act before the platform decides").format(
            who, d.get("order_id", ""), formatting.duration(max(
                (d.get("deadline") or now) - now, 0) / 1000))
    return translate("Reminders", "Something needs your attention")


def _hm(ms: int | None, zone: Any) -> str:
    return "" if ms is None else datetime.fromtimestamp(ms / 1000, zone).strftime("%H:%M")


class RemindersButton(QToolButton):
    """Shows the count of open reminders; its menu lists them (a click opens the
    conversation and dismisses the reminder) and dismisses them all."""

    openConversation = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reminders")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.menu_.aboutToShow.connect(self._fill_menu)
        self.items: list[dict[str, Any]] = []
        self.refresh()

    def refresh(self) -> None:
        self.context.db.run(reminders.open_reminders, self._show)

    def retranslate(self) -> None:
        """The reminders read last, worded again (no new read)."""
        self._show(self.items)

    def _show(self, items: list[dict[str, Any]]) -> None:
        self.items = items
        self.setText(self.tr("🔔 {0}").format(len(items)) if items else "🔔")
        self.setToolTip(self.tr("%n open reminders", "", len(items)))
        self.setProperty("alert", bool(items))
        self.style().unpolish(self)
        self.style().polish(self)
        self._fill_menu()

    def _fill_menu(self) -> None:
        """The list, worded as things are now (a wait keeps growing while it is open)."""
        self.menu_.clear()
        if not self.items:
            self.menu_.addAction(self.tr("No reminders")).setEnabled(False)
            return
        now = self.context.reader.clock()
        for r in self.items[:30]:
            when = formatting.when(r["raised_at"], self.context.zone, now)
            action = self.menu_.addAction(f"{when}  {describe(r, self.context.zone, now)}")
            action.triggered.connect(partial(self._open, r))
        self.menu_.addSeparator()
        self.menu_.addAction(self.tr("Dismiss all"), self._dismiss_all)

    def _open(self, r: dict[str, Any]) -> None:
        if r.get("conversation_id"):
            self.openConversation.emit(r["conversation_id"])
        self.context.db.run(partial(reminders.dismiss, keys=[r["key"]]),
                            lambda _r: self.refresh())

    def _dismiss_all(self) -> None:
        self.context.db.run(partial(reminders.dismiss, keys=[r["key"] for r in self.items]),
                            lambda _r: self.refresh())
