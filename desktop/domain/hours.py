"""Business time: is the shop open, until when, and how much working time lies between two
instants. Pure: the calendar (public holidays, make-up working days, the shop's own days) is
handed in as plain data, the time zone as a ``ZoneInfo``.

Times of day are minutes after local midnight. An interval whose end is not after its start
crosses midnight (``17:00-01:00``); ``24:00`` ends a day. Instants are UTC milliseconds.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import accumulate
from zoneinfo import ZoneInfo

from desktop.domain import wallclock
from desktop.domain.week import (  # noqa: F401 - the week as typed, also used through hours
    DAYS,
    HoursError,
    Interval,
    Week,
    apply_specs,
    parse_days,
    parse_intervals,
    parse_time,
    validate,
    week_from_specs,
    week_to_specs,
)

HOUR_MS = 3_600_000
HORIZON_DAYS = 400  # how far ahead "next change" looks


class State(StrEnum):
    OPEN = "open"
    OFF_HOURS = "off_hours"
    PUBLIC_HOLIDAY = "public_holiday"
    CLOSED_DAY = "closed_day"
    HOLIDAY_MODE = "holiday_mode"


@dataclass(frozen=True)
class HolidayMode:
    on: bool = False  # on now, until switched off
    start: int | None = None  # or a scheduled period [start, end)
    end: int | None = None
    reply: str = ""

    def active(self, t: int) -> bool:
        if self.on:
            return True
        return self.start is not None and self.end is not None and self.start <= t < self.end


@dataclass(frozen=True)
class Calendar:
    """The days that are not ordinary: holidays, make-up working days, the shop's own."""

    holidays: dict[date, str] = field(default_factory=dict)  # public holidays (closed)
    open_holidays: frozenset[date] = frozenset()  # holidays the shop works anyway
    workdays: frozenset[date] = frozenset()  # make-up working days (调休)
    closed_days: dict[date, str] = field(default_factory=dict)  # the shop's own days off
    open_days: frozenset[date] = frozenset()  # extra days open with weekday hours
    # times the shop closes for some hours (a calendar's timed events): UTC ms [from, to), name
    closed_hours: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True)
class Schedule:
    zone: ZoneInfo
    week: Week
    calendar: Calendar = field(default_factory=Calendar)
    holiday_mode: HolidayMode = field(default_factory=HolidayMode)


@dataclass(frozen=True, slots=True)
class Status:
    state: State
    reason: str  # the holiday's or closed day's name, else ""

    @property
    def open(self) -> bool:
        return self.state is State.OPEN


# --- the open spans --------------------------------------------------------------------------

def _ms(value: datetime) -> int:
    return int(value.timestamp() * 1000)


def day_intervals(schedule: Schedule, day: date) -> tuple[tuple[Interval, ...], Status | None]:
    """The day's working intervals and, when it is not an ordinary day, why."""
    cal = schedule.calendar
    if day in cal.closed_days:
        return (), Status(State.CLOSED_DAY, cal.closed_days[day])
    weekday_hours = schedule.week.get(day.weekday(), ())
    if day in cal.open_days or day in cal.workdays:
        # extra open days and make-up working days keep Monday-to-Friday hours
        hours = weekday_hours if day.weekday() < 5 else _weekday_hours(schedule.week)
        return hours, None
    if day in cal.holidays and day not in cal.open_holidays:
        return (), Status(State.PUBLIC_HOLIDAY, cal.holidays[day])
    return weekday_hours, None


def _weekday_hours(week: Week) -> tuple[Interval, ...]:
    return next((week[d] for d in range(5) if week.get(d)), ())


def open_spans(schedule: Schedule, start: int, end: int) -> list[tuple[int, int]]:
    """Merged [from, to) open spans (UTC ms) overlapping [start, end), holiday mode removed."""
    zone = schedule.zone
    first = datetime.fromtimestamp(start / 1000, zone).date() - timedelta(days=1)
    last = datetime.fromtimestamp(end / 1000, zone).date()
    spans: list[tuple[int, int]] = []
    day = first
    while day <= last:
        for interval in day_intervals(schedule, day)[0]:
            a = wallclock.instant(zone, day, interval.start)
            b = wallclock.instant(zone, day, interval.start + interval.length)
            if b > a and b > start and a < end:
                spans.append((a, b))
        day += timedelta(days=1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    mode = schedule.holiday_mode
    if mode.on:
        return []
    cuts = [(a, b) for a, b, _ in schedule.calendar.closed_hours if b > start and a < end]
    if mode.start is not None and mode.end is not None:
        cuts.append((mode.start, mode.end))
    for cut in cuts:
        merged = _minus(merged, *cut)
    return merged


def _minus(spans: list[tuple[int, int]], cut_start: int, cut_end: int) -> list[tuple[int, int]]:
    """The spans without [cut_start, cut_end)."""
    out = []
    for a, b in spans:
        if b <= cut_start or a >= cut_end:
            out.append((a, b))
            continue
        if a < cut_start:
            out.append((a, cut_start))
        if b > cut_end:
            out.append((cut_end, b))
    return out


# --- the queries everything else uses ---------------------------------------------------------

def status_at(schedule: Schedule, t: int) -> Status:
    """Open, or closed and why, at instant ``t``."""
    if schedule.holiday_mode.active(t):
        return Status(State.HOLIDAY_MODE, schedule.holiday_mode.reply)
    for a, b in open_spans(schedule, t, t + 1):
        if a <= t < b:
            return Status(State.OPEN, "")
    day = datetime.fromtimestamp(t / 1000, schedule.zone).date()
    why = day_intervals(schedule, day)[1]
    closed = next((name for a, b, name in schedule.calendar.closed_hours if a <= t < b), None)
    if why is None and closed is not None:  # closed for some hours it would be open
        usual = replace(schedule, calendar=replace(schedule.calendar, closed_hours=()))
        if any(a <= t < b for a, b in open_spans(usual, t, t + 1)):
            return Status(State.CLOSED_DAY, closed)
    return why or Status(State.OFF_HOURS, "")


def _boundaries(schedule: Schedule, t: int, horizon: int) -> list[int]:
    points: set[int] = set()
    for a, b in open_spans(schedule, t, horizon):
        points.update((a, b))
    zone = schedule.zone
    day = datetime.fromtimestamp(t / 1000, zone).date()
    end_day = datetime.fromtimestamp(horizon / 1000, zone).date()
    while day <= end_day:
        points.add(_ms(datetime(day.year, day.month, day.day, tzinfo=zone)))
        day += timedelta(days=1)
    mode = schedule.holiday_mode
    if not mode.on and mode.start is not None and mode.end is not None:
        points.update((mode.start, mode.end))
    points.update(p for a, b, _ in schedule.calendar.closed_hours for p in (a, b))
    return sorted(p for p in points if t < p <= horizon)


def next_change(schedule: Schedule, t: int) -> int | None:
    """The first instant after ``t`` at which :func:`status_at` differs, if any soon."""
    now = status_at(schedule, t)
    if schedule.holiday_mode.on:
        return None  # until someone switches it off
    for point in _boundaries(schedule, t, t + HORIZON_DAYS * 24 * HOUR_MS):
        if status_at(schedule, point) != now:
            return point
    return None


def next_opening(schedule: Schedule, t: int) -> int | None:
    if status_at(schedule, t).open:
        return t
    # usually tomorrow morning: look a little ahead before looking far
    for days in (2, 9, HORIZON_DAYS):
        spans = open_spans(schedule, t, t + days * 24 * HOUR_MS)
        found = next((a for a, b in spans if b > t and a >= t), None)
        if found is not None:
            return found
    return None


def next_closing(schedule: Schedule, t: int) -> int | None:
    spans = open_spans(schedule, t, t + HORIZON_DAYS * 24 * HOUR_MS)
    return next((b for a, b in spans if b > t), None)


def business_ms(schedule: Schedule, start: int, end: int) -> int:
    """Working time between two instants (0 if ``end`` is not after ``start``)."""
    if end <= start:
        return 0
    return sum(min(b, end) - max(a, start) for a, b in open_spans(schedule, start, end)
               if b > start and a < end)


def deadline(schedule: Schedule, t: int, business_hours: float) -> int | None:
    """The instant at which ``business_hours`` of working time after ``t`` have passed."""
    remaining = round(business_hours * HOUR_MS)
    if remaining <= 0:
        return t
    window = t
    while window < t + HORIZON_DAYS * 24 * HOUR_MS:
        chunk_end = window + 30 * 24 * HOUR_MS
        for a, b in open_spans(schedule, window, chunk_end):
            a, b = max(a, window), min(b, chunk_end)
            if b <= a:
                continue
            if b - a >= remaining:
                return a + remaining
            remaining -= b - a
        window = chunk_end
    return None


class OpenTime:
    """The open spans of a window worked out once, for questions about many instants in it
    (the metrics ask about every inquiry of a month). Answers equal :func:`status_at` and
    :func:`business_ms`; instants outside the window fall back to them."""

    def __init__(self, schedule: Schedule, start: int, end: int) -> None:
        self.schedule, self.start, self.end = schedule, start, end
        spans = open_spans(schedule, start, end)
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]
        self._before = list(accumulate((b - a for a, b in spans), initial=0))

    def is_open(self, t: int) -> bool:
        if not self.start <= t < self.end:
            return status_at(self.schedule, t).open
        i = bisect_right(self._starts, t) - 1
        return i >= 0 and t < self._ends[i]

    def _open_before(self, t: int) -> int:
        """Open time in the window before instant ``t``."""
        i = bisect_right(self._starts, t) - 1
        if i < 0:
            return 0
        return self._before[i] + min(t, self._ends[i]) - self._starts[i]

    def business_ms(self, start: int, end: int) -> int:
        if end <= start:
            return 0
        if start < self.start or end > self.end:
            return business_ms(self.schedule, start, end)
        return self._open_before(end) - self._open_before(start)


# --- shifts ----------------------------------------------------------------------------------

def on_shift(shifts: dict[str, Week], zone: ZoneInfo, t: int) -> list[str]:
    """The agents (keys of ``shifts``) whose shift covers instant ``t``."""
    local = datetime.fromtimestamp(t / 1000, zone)
    minute = local.hour * 60 + local.minute
    today, yesterday = local.weekday(), (local.weekday() - 1) % 7
    names = []
    for name, week in shifts.items():
        covered = any(i.start <= minute < i.start + i.length for i in week.get(today, ())) or \
            any(i.crosses_midnight and minute < i.end for i in week.get(yesterday, ()))
        if covered:
            names.append(name)
    return sorted(names)

