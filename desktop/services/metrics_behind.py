"""What stands behind a figure of the Dashboard: the inquiries a click on a tile, a bar or a
row lists (e.g. the 3-minute rate lists those no person answered in time)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from desktop.domain import metrics as m
from desktop.services.errors import UserError
from desktop.services.gc_paused import gc_paused
from desktop.services.metrics import FRT_BUCKETS, Item, Pass, inquiry_rows, period_bounds, read_pass
from desktop.store.db import Store

DRILLS = ("inquiries", "missed_24h", "missed_3min", "unanswered", "bot_handled")


def _selector(read: Pass, figure: str) -> Callable[[Item], bool]:
    """Which inquiries stand behind a figure: one of ``DRILLS``, or ``hour:H``,
    ``day:YYYY-MM-DD``, ``channel:NAME``, ``agent:NAME``, ``frt:K`` (the K-th bucket)."""
    as_of, zone = read.as_of, read.open_time.zone
    holiday, working = read.open_time.in_holiday_mode, read.open_time.is_open
    kind, _, value = figure.partition(":")

    def missed(item: Item) -> bool:
        i = item.inquiry
        return m.counts_for_response(i, as_of, 24, holiday) and not m.responded_within(i, 24)

    def local(item: Item) -> datetime:
        return datetime.fromtimestamp(item.inquiry.start / 1000, zone)

    def late_human(item: Item) -> bool:
        i = item.inquiry
        return m.needs_a_person(i, as_of, working(i.start)) and not m.person_within_3_min(i)

    def frt_bucket(item: Item) -> bool:
        i = item.inquiry
        return i.first_human_at is not None and \
            bisect_left(FRT_BUCKETS, (i.first_human_at - i.start) / 1000) == int(value)

    selectors: dict[str, Callable[[Item], bool]] = {
        "inquiries": lambda item: True,
        "missed_24h": missed,
        "missed_3min": late_human,
        "unanswered": lambda item: item.inquiry.responded_at is None,
        "bot_handled": lambda item: item.inquiry.responded_by_bot,
        "hour": lambda item: local(item).hour == int(value),
        "day": lambda item: local(item).date().isoformat() == value,
        "channel": lambda item: item.channel == value,
        "agent": lambda item: read.names.get(item.inquiry.first_human_agent or "") == value,
        "frt": frt_bucket,
    }
    if kind not in selectors:
        raise UserError(f"unknown figure: {figure}")
    return selectors[kind]


def behind(store: Store, first: date, last: date, figure: str,
           as_of: int | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """The inquiries behind a figure of the period, newest first (what a click on the
    dashboard lists): conversation, customer, channel, when it began and how it was answered."""
    with gc_paused():
        read = read_pass(store, *period_bounds(store, first, last), as_of, None, None)
    chosen = _selector(read, figure)
    picked = [item for item in reversed(read.items) if chosen(item)][:limit]
    return inquiry_rows(store, read, picked)
