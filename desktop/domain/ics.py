"""Days from an iCalendar (.ics) file: each all-day event becomes the dates it covers."""

from __future__ import annotations

from datetime import date, timedelta


class IcsError(ValueError):
    """Not a calendar file ShopDesk can read."""


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    return lines


def _date(value: str) -> date:
    digits = value.strip()[:8]
    if len(digits) != 8 or not digits.isdigit():
        raise IcsError(f"“{value.strip()}” is not a date")
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _unescape(value: str) -> str:
    return value.replace("\\n", " ").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def parse_days(text: str, limit_days: int = 366) -> dict[date, str]:
    """``{date: summary}`` for every day an event covers (``DTEND`` is exclusive)."""
    lines = _unfold(text)
    if not any(line.strip().upper() == "BEGIN:VCALENDAR" for line in lines):
        raise IcsError("not an iCalendar file (no BEGIN:VCALENDAR)")
    days: dict[date, str] = {}
    event: dict[str, str] | None = None
    for line in lines:
        name, _, value = line.partition(":")
        key = name.split(";", 1)[0].strip().upper()
        if key == "BEGIN" and value.strip().upper() == "VEVENT":
            event = {}
        elif key == "END" and value.strip().upper() == "VEVENT" and event is not None:
            if "DTSTART" in event:
                start = _date(event["DTSTART"])
                end = _date(event["DTEND"]) if "DTEND" in event else start + timedelta(days=1)
                span = min(max((end - start).days, 1), limit_days)
                for k in range(span):
                    days[start + timedelta(days=k)] = _unescape(event.get("SUMMARY", "")).strip()
            event = None
        elif event is not None and key in ("DTSTART", "DTEND", "SUMMARY"):
            event[key] = value
    return days
