"""Reading an iCalendar (.ics) file with the ``icalendar`` library and expanding repeating
events with ``recurring-ical-events`` (both well kept; iCalendar's folding, time zones and
recurrence rules are not things to write again), then closing the shop by what it says
(desktop.domain.ics): days, hours, and make-up working days kept open.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.domain import ics
from desktop.domain.ics import IcsError, Occurrence

AHEAD_DAYS = 2 * 366  # repeats are expanded this far ahead
MAX_REPEATS = 800  # one event's days off in that time: a daily one has 732


@dataclass(frozen=True)
class IcsImport:
    """What an import read: days closed, times closed for some hours, make-up working days
    recognised (kept open), and the events skipped with how many for each reason
    (``over``: ended before today; ``ahead``: more than two years ahead; ``cancelled``;
    ``no_length``; ``too_long``: longer than a year; ``no_start``: without a start;
    ``too_often``: repeating more often than days off do)."""

    events: int
    closed_days: int
    closed_hours: int
    workdays: int
    skipped: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"events": self.events, "closed_days": self.closed_days,
                "closed_hours": self.closed_hours, "workdays": self.workdays,
                "skipped": self.skipped}

    def summary(self) -> str:
        skipped = ", ".join(f"{n} {why.replace('_', ' ')}" for why, n in self.skipped.items())
        return (f"Read {self.events} event(s): {self.closed_days} day(s) closed, "
                f"{self.closed_hours} time(s) closed for some hours, {self.workdays} make-up "
                f"working day(s) recognised (kept open), "
                f"{sum(self.skipped.values())} skipped" + (f" ({skipped})" if skipped else ""))


def _lines(text: str) -> list[tuple[int, str]]:
    """Content lines unfolded, each with the number of the file line it starts on."""
    out: list[tuple[int, str]] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if raw[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + raw[1:])
        elif raw.strip():
            out.append((number, raw))
    return out


def _event_lines(lines: list[tuple[int, str]]) -> list[dict[str, list[tuple[int, str]]]]:
    """Per event, in file order: each property's lines (number and value)."""
    events: list[dict[str, list[tuple[int, str]]]] = []
    inside = False
    for number, line in lines:
        name, _, value = line.partition(":")
        key = name.split(";", 1)[0].strip().upper()
        if key == "BEGIN" and value.strip().upper() == "VEVENT":
            inside = True
            events.append({"BEGIN": [(number, value)]})
        elif key == "END" and value.strip().upper() == "VEVENT":
            inside = False
        elif inside:
            events[-1].setdefault(key, []).append((number, value.strip()))
    return events


def _bad_value(where: list[dict[str, list[tuple[int, str]]]], k: int, prop: str,
               message: str) -> IcsError:
    """The error for event ``k``'s unreadable ``prop``, at the line holding the value."""
    found = where[k] if k < len(where) else {"BEGIN": [(1, "")]}
    candidates = found.get(prop.upper()) or found["BEGIN"]
    number, value = next(((n, v) for n, v in candidates if v and v in message), candidates[0])
    return IcsError(number, "bad_value", f"{prop.upper()}:{value}"[:80])


def read(text: str, today: date) -> tuple[list[Occurrence], Counter[str], int]:
    """The events from today on (repeats expanded), those skipped by reason, and how many
    events the file holds. A file that cannot be read raises :class:`IcsError`."""
    lines = _lines(text)
    if not any(line.strip().upper() == "BEGIN:VCALENDAR" for _, line in lines):
        raise IcsError(lines[0][0] if lines else 1, "not_calendar")
    import icalendar  # here: ~11 MB and ~50 ms to import, and only an import needs it

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as exc:
        bad = next(((n, line) for n, line in lines if line in str(exc)), lines[0])
        raise IcsError(bad[0], "bad_line", bad[1][:80]) from None
    where = _event_lines(lines)
    components = list(calendar.walk("VEVENT"))
    for k, event in enumerate(components):
        for prop, message in event.errors:
            raise _bad_value(where, k, prop, str(message))
    zones = list(calendar.walk("VTIMEZONE"))
    skipped: Counter[str] = Counter()
    out: list[Occurrence] = []
    # an event with its changed or cancelled repeats (the same UID) is expanded on its own
    groups: dict[str, list[tuple[int, Any]]] = {}
    for k, event in enumerate(components):
        groups.setdefault(str(event.get("UID") or f"#{k}"), []).append((k, event))
    for group in groups.values():
        k, first = group[0]
        if any("DTSTART" not in event for _, event in group):
            skipped["no_start"] += 1
            continue
        found = _expand(zones, [event for _, event in group], today,
                        where[k]["BEGIN"][0][0] if k < len(where) else 1)
        if found is None:
            skipped["too_often"] += 1
            continue
        live = [o for o in found if str(o.get("STATUS", "")).upper() != "CANCELLED"]
        skipped["cancelled"] += len(found) - len(live)
        if not found:
            start = first.decoded("DTSTART")
            day = start.date() if isinstance(start, datetime) else start
            skipped["ahead" if day >= today + timedelta(days=AHEAD_DAYS) else "over"] += 1
        for o in live:
            start = o.decoded("DTSTART")
            stop = o.decoded("DTEND") if "DTEND" in o else _end(o, start)
            out.append(Occurrence(str(o.get("SUMMARY", "")).strip(), start, stop))
    return out, +skipped, len(groups)


def _expand(zones: list[Any], events: list[Any], today: date, line: int) -> list[Any] | None:
    """An event's occurrences from today to two years ahead; ``None`` when it repeats more
    often than a shop's days off could (every hour, every minute)."""
    for event in events:
        rules = event.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
            if str(rule.get("FREQ", [""])[0]).upper() in ("SECONDLY", "MINUTELY", "HOURLY"):
                return None
    import icalendar
    import recurring_ical_events

    single = icalendar.Calendar()
    for component in [*zones, *events]:
        single.add_component(component)
    try:
        found = recurring_ical_events.of(single).between(
            today, today + timedelta(days=AHEAD_DAYS))
    except (ValueError, TypeError, KeyError, OverflowError) as exc:  # a rule it cannot expand
        raise IcsError(line, "bad_value", str(exc)[:80]) from None
    return None if len(found) > MAX_REPEATS else found


def _end(event: Any, start: date | datetime) -> date | datetime:
    if "DURATION" in event:
        return start + event.decoded("DURATION")
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def load(path: Path | str, today: date, zone: Any) -> tuple[ics.Plan, int]:
    """Read a file into what it changes, and how many events it holds."""
    raw = Path(path).read_bytes()
    text = raw.decode("utf-8-sig", errors="replace")
    if "\x00" in text:
        raise IcsError(1, "not_calendar")
    occurrences, skipped, events = read(text, today)
    plan = ics.plan(occurrences, zone)
    plan.skipped.update(skipped)
    return plan, events
