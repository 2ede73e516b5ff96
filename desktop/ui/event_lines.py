"""What was done to a conversation, as a line for its thread: who, what, and any note.

Assign, tag, snooze, close and reopen are kept as conversation events; the thread shows
each one between the messages, the way a shared inbox shows who handed what to whom.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desktop.services.threads import ThreadEvent

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _priority(value: str) -> str:
    return {
        "low": translate("Thread", "low"),
        "normal": translate("Thread", "normal"),
        "high": translate("Thread", "high"),
        "urgent": translate("Thread", "urgent"),
    }.get(value, value)


def _until(text: str | None, zone: ZoneInfo) -> str:
    if not text:
        return translate("Thread", "until the customer replies")
    try:
        value = datetime.fromisoformat(text).astimezone(zone)
    except ValueError:
        return text
    return translate("Thread", "until {0}").format(value.strftime("%m-%d %H:%M"))


def _assign(e: ThreadEvent) -> str:
    to = str(e.data.get("agent") or "")
    if e.by is None:
        return translate("Thread", "Assigned to {0} automatically").format(to)
    if e.by == to:
        return translate("Thread", "{0} took the conversation").format(to)
    return translate("Thread", "{0} handed the conversation to {1}").format(e.by, to)


def describe(e: ThreadEvent, zone: ZoneInfo) -> str:
    """The line for one event, e.g. 小李 将会话转给 小王：备注…"""
    who = e.by
    d = e.data
    if e.kind == "assign":
        line = _assign(e)
    elif e.kind == "tag":
        line = (
            translate("Thread", "{0} added the tag “{1}”").format(who, d.get("tag"))
            if who
            else translate("Thread", "Tagged “{0}” automatically").format(d.get("tag"))
        )
    elif e.kind == "untag":
        line = (
            translate("Thread", "{0} removed the tag “{1}”").format(who, d.get("tag"))
            if who
            else translate("Thread", "The tag “{0}” was removed").format(d.get("tag"))
        )
    elif e.kind == "snooze":
        until = _until(d.get("until"), zone)
        line = (
            translate("Thread", "{0} snoozed the conversation {1}").format(who, until)
            if who
            else translate("Thread", "Snoozed {0}").format(until)
        )
    elif e.kind == "close":
        how = (
            translate("Thread", "resolved")
            if d.get("resolved")
            else translate("Thread", "not resolved")
        )
        line = (
            translate("Thread", "{0} closed the conversation ({1})").format(who, how)
            if who
            else translate("Thread", "Closed ({0})").format(how)
        )
    elif e.kind == "reopen":
        line = (
            translate("Thread", "{0} reopened the conversation").format(who)
            if who
            else translate("Thread", "Reopened")
        )
    elif e.kind == "priority":
        value = _priority(str(d.get("priority")))
        line = (
            translate("Thread", "{0} set the priority to {1}").format(who, value)
            if who
            else translate("Thread", "Priority set to {0}").format(value)
        )
    elif e.kind == "category":
        line = (
            translate("Thread", "{0} set the category to “{1}”").format(who, d.get("category"))
            if who
            else translate("Thread", "Category set to “{0}”").format(d.get("category"))
        )
    elif e.kind == "rating":
        line = translate("Thread", "The customer rated the service {0} of 5").format(d.get("score"))
    else:
        line = e.kind
    note = d.get("note")
    return translate("Thread", "{0}: {1}").format(line, note) if note else line
