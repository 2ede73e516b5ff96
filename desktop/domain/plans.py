"""When scheduled jobs are due: plans like "daily 08:00", "weekly mon 09:00", "every 60s".

Daily and weekly plans are wall-clock times in the shop's zone, worked out per local date, so a
clock change neither skips nor doubles a run: a time that does not exist on the day clocks go
forward runs at the first instant after the gap, and a time that happens twice when they go
back runs at its first occurrence only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PLAN = re.compile(r"^\s*(?:(daily)|weekly\s+(mon|tue|wed|thu|fri|sat|sun))\s+"
                   r"([01]?\d|2[0-3]):([0-5]\d)\s*$|^\s*every\s+(\d+)\s*([smh])\s*$", re.I)


class PlanError(ValueError):
    pass


class Catchup(StrEnum):
    """What a job does about runs missed while the machine was off or asleep."""

    EACH = "each"  # every missed run (the daily report of every missed day)
    ONCE = "once"  # one run for all of them (one backup, not five)


@dataclass(frozen=True)
class Plan:
    every_s: int | None = None  # an interval; or a wall-clock time:
    at: time | None = None
    weekday: int | None = None  # 0 = Monday; None: every day

    @classmethod
    def parse(cls, text: str) -> Plan:
        m = _PLAN.match(text or "")
        if not m:
            raise PlanError(f"not a plan: {text!r} (e.g. 'daily 08:00', 'weekly mon 09:00', "
                            "'every 60s')")
        if m.group(5):
            seconds = int(m.group(5)) * {"s": 1, "m": 60, "h": 3600}[m.group(6).lower()]
            if seconds < 10:
                raise PlanError("a job cannot run more often than every 10 seconds")
            return cls(every_s=seconds)
        weekday = None if m.group(1) else DAYS.index(m.group(2).lower())
        return cls(at=time(int(m.group(3)), int(m.group(4))), weekday=weekday)

    def text(self) -> str:
        if self.every_s is not None:
            return f"every {self.every_s}s"
        assert self.at is not None
        clock = self.at.strftime("%H:%M")
        return f"daily {clock}" if self.weekday is None else f"weekly {DAYS[self.weekday]} {clock}"


def _instant(day: date, at: time, zone: ZoneInfo) -> int:
    """The first instant the wall clock shows ``at`` on ``day``, or, when clocks skip that
    time, the instant they jump (the end of the gap)."""
    wall = datetime.combine(day, at, zone)  # fold=0: the first of a repeated time
    moment = int(wall.timestamp() * 1000)
    if datetime.fromtimestamp(moment / 1000, zone).replace(tzinfo=None) == \
            wall.replace(tzinfo=None):
        return moment
    # skipped: ``moment`` lies after the jump; walk back to it a minute at a time
    offset = datetime.fromtimestamp(moment / 1000, zone).utcoffset()
    while datetime.fromtimestamp((moment - 60_000) / 1000, zone).utcoffset() == offset:
        moment -= 60_000
    return moment - moment % 60_000


def planned_between(plan: Plan, zone: ZoneInfo, after: int, until: int) -> list[int]:
    """The planned instants t with ``after`` < t <= ``until`` (UTC ms), oldest first."""
    if until <= after:
        return []
    if plan.every_s is not None:
        step = plan.every_s * 1000
        first = (after // step + 1) * step
        return list(range(first, until + 1, step))
    assert plan.at is not None
    day = datetime.fromtimestamp(after / 1000, zone).date() - timedelta(days=1)
    last = datetime.fromtimestamp(until / 1000, zone).date()
    out = []
    while day <= last:
        if plan.weekday is None or day.weekday() == plan.weekday:
            t = _instant(day, plan.at, zone)
            if after < t <= until:
                out.append(t)
        day += timedelta(days=1)
    return out


def next_planned(plan: Plan, zone: ZoneInfo, after: int) -> int:
    """The first planned instant after ``after``."""
    horizon = 8 * 86_400_000 if plan.every_s is None else plan.every_s * 1000 + 1
    found = planned_between(plan, zone, after, after + horizon)
    assert found, plan
    return found[0]


def missed(plan: Plan, zone: ZoneInfo, catchup: Catchup, since: int, now: int) -> list[int]:
    """The planned runs after ``since`` up to ``now`` still to do: each of them, or only the
    latest (interval plans always only the latest)."""
    due = planned_between(plan, zone, since, now)
    if catchup is Catchup.EACH and plan.every_s is None:
        return due
    return due[-1:]
