"""What an imported calendar (.ics) means for the shop, from its events already read and their
repeats expanded (desktop.services.ics_import): an all-day event closes its days, a timed one
only its hours, and a make-up working day (补班/上班, listed by the holiday calendars Chinese
shops subscribe to, often timed 09:00–18:00) is a working day that is never closed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MAX_DAYS = 366  # an event longer than this is not a day off
_WORKDAY = re.compile(r"补班|上班|调班|^\s*班\s*$|make-?up\s*work|working\s*day|work\s*day", re.I)


class IcsError(ValueError):
    """Not a calendar file ShopDesk can read: ``problem`` says what, ``line`` where."""

    def __init__(self, line: int, problem: str, text: str = "") -> None:
        self.line, self.problem, self.text = line, problem, text
        words = {"not_calendar": "not an iCalendar file (no BEGIN:VCALENDAR)",
                 "bad_line": "a line that is not iCalendar",
                 "bad_value": "a value that cannot be read",
                 "empty": "no events in the file"}
        detail = f": “{text}”" if text else ""
        super().__init__(f"line {line}: {words.get(problem, problem)}{detail}")


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One event, or one repeat of a repeating event: dates for an all-day one, times
    otherwise (without a zone: the shop's wall-clock time)."""

    summary: str
    start: date | datetime
    end: date | datetime


@dataclass
class Plan:
    """What the calendar changes: days closed, hours closed (UTC ms, with the event's name),
    make-up working days, and the events skipped by reason."""

    closed_days: dict[date, str] = field(default_factory=dict)
    closed_hours: list[tuple[int, int, str]] = field(default_factory=list)
    workdays: set[date] = field(default_factory=set)
    skipped: Counter[str] = field(default_factory=Counter)


def is_workday(summary: str) -> bool:
    return bool(_WORKDAY.search(summary))


def _instant(value: date | datetime, zone: ZoneInfo) -> datetime:
    if not isinstance(value, datetime):
        return datetime.combine(value, time.min, zone)
    return value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)


def plan(occurrences: list[Occurrence], zone: ZoneInfo) -> Plan:
    """Sort each occurrence into closed days, closed hours or working days."""
    out = Plan()
    for o in occurrences:
        if not isinstance(o.start, datetime):  # all day: DTEND is the day after the last
            last = (o.end if not isinstance(o.end, datetime) else o.end.date()) - \
                timedelta(days=1)
            last = max(last, o.start)
            if (last - o.start).days >= MAX_DAYS:
                out.skipped["too_long"] += 1
                continue
            days = [o.start + timedelta(days=k) for k in range((last - o.start).days + 1)]
        else:
            start, end = _instant(o.start, zone), _instant(o.end, zone)
            if end <= start:
                out.skipped["no_length"] += 1
                continue
            if end - start > timedelta(days=MAX_DAYS):
                out.skipped["too_long"] += 1
                continue
            if not is_workday(o.summary):
                out.closed_hours.append((int(start.timestamp() * 1000),
                                         int(end.timestamp() * 1000), o.summary))
                continue
            last_moment = end - timedelta(microseconds=1)
            days = [start.date() + timedelta(days=k)
                    for k in range((last_moment.date() - start.date()).days + 1)]
        if is_workday(o.summary):
            out.workdays.update(days)
        else:
            out.closed_days.update((d, o.summary) for d in days)
    for day in out.workdays:  # a working day is never closed
        out.closed_days.pop(day, None)
    out.closed_hours.sort()
    return out
