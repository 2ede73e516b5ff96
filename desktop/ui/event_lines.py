"""What was done to a conversation, as a line for its thread: who, what, and any note.

Assign, tag, snooze, close and reopen are kept as conversation events; the thread shows
each one between the messages, the way a shared inbox shows who handed what to whom.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desktop.services.threads import ThreadEvent


def _t(text: str) -> str:
    return QCoreApplication.translate("Thread", text)


def _priority(value: str) -> str:
    return {"low": _t("low"), "normal": _t("normal"), "high": _t("high"),
            "urgent": _t("urgent")}.get(value, value)


def _until(text: str | None, zone: ZoneInfo) -> str:
    if not text:
        return _t("until the customer replies")
    try:
        value = datetime.fromisoformat(text).astimezone(zone)
    except ValueError:
        return text
    return _t("until {0}").format(value.strftime("%m-%d %H:%M"))


def _assign(e: ThreadEvent) -> str:
    to = str(e.data.get("agent") or "")
    if e.by is None:
        return _t("Assigned to {0} automatically").format(to)
    if e.by == to:
        return _t("{0} took the conversation").format(to)
    return _t("{0} handed the conversation to {1}").format(e.by, to)


def describe(e: ThreadEvent, zone: ZoneInfo) -> str:
    """The line for one event, e.g. 小李 将会话转给 小王：备注…"""
    who = e.by
    d = e.data
    if e.kind == "assign":
        line = _assign(e)
    elif e.kind == "tag":
        line = (_t("{0} added the tag “{1}”").format(who, d.get("tag")) if who
                else _t("Tagged “{0}” automatically").format(d.get("tag")))
    elif e.kind == "untag":
        line = (_t("{0} removed the tag “{1}”").format(who, d.get("tag")) if who
                else _t("The tag “{0}” was removed").format(d.get("tag")))
    elif e.kind == "snooze":
        until = _until(d.get("until"), zone)
        line = (_t("{0} snoozed the conversation {1}").format(who, until) if who
                else _t("Snoozed {0}").format(until))
    elif e.kind == "close":
        how = _t("resolved") if d.get("resolved") else _t("not resolved")
        line = (_t("{0} closed the conversation ({1})").format(who, how) if who
                else _t("Closed ({0})").format(how))
    elif e.kind == "reopen":
        line = (_t("{0} reopened the conversation").format(who) if who
                else _t("Reopened"))
    elif e.kind == "priority":
        value = _priority(str(d.get("priority")))
        line = (_t("{0} set the priority to {1}").format(who, value) if who
                else _t("Priority set to {0}").format(value))
    elif e.kind == "category":
        line = (_t("{0} set the category to “{1}”").format(who, d.get("category")) if who
                else _t("Category set to “{0}”").format(d.get("category")))
    elif e.kind == "rating":
        line = _t("The customer rated the service {0} of 5").format(d.get("score"))
    else:
        line = e.kind
    note = d.get("note")
    return _t("{0}: {1}").format(line, note) if note else line
