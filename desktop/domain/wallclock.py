"""Wall-clock times of the shop's zone as instants, across daylight-saving changes.

A time the clocks skip (02:30 on a spring-forward night) does not exist: it maps to the first
instant after the gap, so an interval ``02:30-03:30`` is open from 03:00 to 03:30, the real time
of it that exists. A time the clocks repeat (01:30 on an autumn night) maps to its first
occurrence, so an hour that comes twice is counted once by an interval that ends inside it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

MINUTE_MS = 60_000


def _offset_ms(zone: ZoneInfo, t: int) -> int:
    offset = datetime.fromtimestamp(t / 1000, UTC).astimezone(zone).utcoffset()
    return int(offset.total_seconds() * 1000) if offset else 0


def _exists(zone: ZoneInfo, wall: datetime, t: int) -> bool:
    return datetime.fromtimestamp(t / 1000, zone).replace(tzinfo=None) == wall


def instant(zone: ZoneInfo, day: date, minutes: int) -> int:
    """UTC ms of the wall-clock time ``minutes`` after ``day``'s midnight (may be the next
    day): a skipped time is the end of its gap, a repeated one its first occurrence."""
    wall = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)
    first = int(wall.replace(tzinfo=zone, fold=0).timestamp() * 1000)
    if _exists(zone, wall, first):
        return first
    # in a gap: the change happened between the two readings of the time; find it (zones
    # change on whole minutes)
    lo = int(wall.replace(tzinfo=zone, fold=1).timestamp() * 1000)
    lo, hi = min(lo, first), max(lo, first)
    after = _offset_ms(zone, hi)
    lo //= MINUTE_MS
    hi = -(-hi // MINUTE_MS)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if _offset_ms(zone, mid * MINUTE_MS) == after:
            hi = mid
        else:
            lo = mid
    return hi * MINUTE_MS
