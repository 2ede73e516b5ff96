"""Reminders: what an agent or the owner must not miss, raised once each.

Each reminder has a key naming the thing it is about (this conversation's wait that began at
that time, this complaint, this day's review list…): it is raised the first time a scan finds
it and never again, and stays until dismissed — or until it no longer holds: a wait answered
or closed, a complaint closed or untagged, a conversation closed before its closing message.
A wait's later reminder (close to 3 minutes, 20 hours) takes the place of its earlier one.
Reminders speak of real moments: a wait from when it began (the words work out how long it is
now), a complaint from when the conversation was tagged (not when the row was written, which
for imported history is the time of the import). The app shows new ones as a tray
notification and all open ones behind a badge in the inbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.domain import hours
from desktop.domain.model import COMPLAINT_TAG
from desktop.services import aftersale_reminders, shop
from desktop.store import jobs, waits
from desktop.store.db import Store

HOUR_MS = 3_600_000
SETTINGS = {  # defaults live in shop.DEFAULTS under these keys
    "waiting_alert_s": "reminders.waiting_alert_s",  # 100 s, as seller workbenches do
    "three_min_warn_s": "reminders.three_min_warn_s",  # before the 3-minute target
    "deadline_warn_h": "reminders.deadline_warn_h",  # into the 24-hour window
    "complaint_open_h": "reminders.complaint_open_h",
    "closing_after_h": "reminders.closing_after_h",
    "surge_count": "reminders.surge_count",  # complaints within an hour
}


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str
    kind: str
    conversation_id: str | None
    data: dict[str, Any]


def _setting(store: Store, name: str) -> float:
    return float(shop.get(store, SETTINGS[name]))


def scan(store: Store, now: int | None = None) -> list[Reminder]:
    """Look for everything worth a reminder now; returns the ones raised for the first time.
    Snoozed conversations whose time came are woken here too."""
    # here, not at the top: the inbox's first screen lists and puts away reminders with
    # this module, and does without the scan's imports
    from desktop.services import actions, schedule

    now = store.clock() if now is None else now
    found: list[Reminder] = []
    current = schedule.current(store, now)
    open_now = hours.status_at(current, now).open
    alert_ms = _setting(store, "waiting_alert_s") * 1000
    warn_3_ms = _setting(store, "three_min_warn_s") * 1000
    deadline_ms = _setting(store, "deadline_warn_h") * HOUR_MS
    for cid, since, customer, _assignee in waits.waiting_customers(store.conn):
        waited = now - since
        data = {"customer": customer, "since": since}
        if waited >= deadline_ms:
            found.append(Reminder(f"deadline:{cid}:{since}", "deadline_24h", cid, data))
        elif open_now and waited >= warn_3_ms and hours.status_at(current, since).open:
            found.append(Reminder(f"three_min:{cid}:{since}", "three_min", cid, data))
        elif open_now and waited >= alert_ms:
            found.append(Reminder(f"waiting:{cid}:{since}", "waiting", cid, data))
    for cid, until in waits.snoozed_due(store.conn, now):
        found.append(Reminder(f"snooze:{cid}:{until}", "snooze_due", cid, {"until": until}))
    if found and any(r.kind == "snooze_due" for r in found):
        actions.wake_due(store)
    complaint_ms = _setting(store, "complaint_open_h") * HOUR_MS
    for cid, tagged, customer in waits.tagged_open_since(store.conn, COMPLAINT_TAG):
        if now - tagged >= complaint_ms:
            found.append(Reminder(f"complaint:{cid}:{tagged}", "complaint_open", cid,
                                  {"customer": customer, "since": tagged}))
    quiet = now - _setting(store, "closing_after_h") * HOUR_MS
    for cid, last, customer in waits.answered_and_quiet(store.conn, int(quiet)):
        found.append(Reminder(f"closing:{cid}:{last}", "closing_due", cid,
                              {"customer": customer, "since": last}))
    found += _shop_wide(store, now, current)
    found += [Reminder(*r) for r in aftersale_reminders.found(store, now)]
    raised = [r for r in found
              if jobs.raise_reminder(store.conn, r.key, r.kind, r.conversation_id, r.data, now)]
    expire(store, now)
    return raised


def _shop_wide(store: Store, now: int, current: hours.Schedule) -> list[Reminder]:
    from desktop.services import kb, schedule

    zone = current.zone
    today = datetime.fromtimestamp(now / 1000, zone).date()
    out: list[Reminder] = []
    due = kb.review_queue(store)
    if due:
        out.append(Reminder(f"kb_review:{today.isoformat()}", "kb_review", None,
                            {"articles": len(due)}))
    tomorrow = today + timedelta(days=1)
    for at, what in schedule.holiday_mode_changes(store, now, now + 48 * HOUR_MS):
        if datetime.fromtimestamp(at / 1000, zone).date() == tomorrow:
            out.append(Reminder(f"holiday_mode:{what}:{at}", f"holiday_mode_{what}", None,
                                {"at": at}))
    shifts = schedule.shifts(store)
    if shifts:
        ahead = now + 15 * 60_000  # a quarter of an hour before the shift changes
        before, after = (set(hours.on_shift(shifts, zone, t)) for t in (now, ahead))
        if before != after:
            change = ahead - (ahead % (15 * 60_000))
            out.append(Reminder(f"handover:{change}", "handover", None,
                                {"leaving": sorted(before - after),
                                 "coming": sorted(after - before), "at": change}))
    surge = int(_setting(store, "surge_count"))
    recent = waits.tagged_between(store.conn, COMPLAINT_TAG, now - HOUR_MS, now + 1)
    if recent >= surge and not any(r["kind"] == "complaint_surge" and
                                   now - r["raised_at"] < 2 * HOUR_MS
                                   for r in jobs.open_reminders(store.conn)):
        out.append(Reminder(f"surge:{now // HOUR_MS}", "complaint_surge", None,
                            {"count": recent}))
    return out


# a wait's reminders, earliest stage first: a later one takes the place of an earlier one
WAIT_STAGES = ("waiting", "three_min", "deadline_24h")


def expire(store: Store, now: int | None = None) -> list[str]:
    """Put away the open reminders that no longer hold; returns their keys."""
    now = store.clock() if now is None else now
    still = jobs.open_reminders(store.conn)
    about = [r["conversation_id"] for r in still if r["conversation_id"]]
    facts = waits.reminder_facts(store.conn, about, COMPLAINT_TAG)
    stage: dict[tuple[str, Any], int] = {}  # (conversation, wait) -> its latest stage
    for r in still:
        if r["kind"] in WAIT_STAGES:
            wait = (r["conversation_id"], r["data"].get("since"))
            stage[wait] = max(stage.get(wait, 0), WAIT_STAGES.index(r["kind"]))
    gone = []
    for r in still:
        fact = facts.get(r["conversation_id"] or "")
        since = r["data"].get("since")
        if r["kind"] in WAIT_STAGES:
            over = fact is None or fact.status != "open" or fact.waiting_since != since or \
                WAIT_STAGES.index(r["kind"]) < stage[r["conversation_id"], since]
        elif r["kind"] == "complaint_open":
            over = fact is None or fact.status == "closed" or not fact.complaint
        elif r["kind"] == "closing_due":
            over = fact is None or fact.status == "closed" or fact.waiting_since is not None \
                or fact.last_message_at != since
        else:
            over = False
        if over:
            gone.append(r["key"])
    gone += aftersale_reminders.over(store, still)
    if gone:
        jobs.dismiss(store.conn, gone, now)
    return gone


def open_reminders(store: Store) -> list[dict[str, Any]]:
    """The reminders open now (those that no longer hold are put away first)."""
    if not store.readonly:
        expire(store)
    return jobs.open_reminders(store.conn)


def dismiss(store: Store, keys: list[str]) -> None:
    jobs.dismiss(store.conn, keys, store.clock())
