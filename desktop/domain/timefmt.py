"""Reading and writing instants as ISO-8601 with their UTC offset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from desktop.domain.model import Moment

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class TimeFormatError(ValueError):
    """The text is not an ISO-8601 time."""


def parse_moment(text: str, default_zone: ZoneInfo) -> Moment:
    """Parse ISO-8601; a time without an offset is read in ``default_zone``.

    Milliseconds come from whole days, seconds and microseconds of the difference to the
    epoch (integers all the way: no float error, and no ``timestamp()`` call, which costs
    more than the parse itself in an import of millions of lines).
    """
    if not isinstance(text, str) or not text.strip():
        raise TimeFormatError("empty time")
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raw = text.strip()
        if raw.endswith(("Z", "z")):
            raw = raw[:-1] + "+00:00"
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            raise TimeFormatError(f"unparseable time {text!r}") from None
    offset = value.utcoffset()
    if offset is None:
        value = value.replace(tzinfo=default_zone)
        offset = value.utcoffset() or timedelta(0)
    delta = value - _EPOCH
    return Moment(delta.days * 86_400_000 + delta.seconds * 1000 + delta.microseconds // 1000,
                  offset.days * 1440 + offset.seconds // 60)


def format_moment(moment: Moment) -> str:
    """ISO-8601 in the offset the instant was written with (seconds, or ms if any)."""
    tz = timezone(timedelta(minutes=moment.offset_min))
    value = _EPOCH + timedelta(milliseconds=moment.epoch_ms)
    local = value.astimezone(tz)
    spec = "milliseconds" if moment.epoch_ms % 1000 else "seconds"
    return local.isoformat(timespec=spec)


def to_datetime(epoch_ms: int, zone: ZoneInfo | timezone = UTC) -> datetime:
    """An aware datetime for UTC milliseconds, shown in ``zone``."""
    return (_EPOCH + timedelta(milliseconds=epoch_ms)).astimezone(zone)


def epoch_ms(value: datetime) -> int:
    """UTC milliseconds of an aware datetime."""
    delta = value - _EPOCH
    return delta.days * 86_400_000 + delta.seconds * 1000 + delta.microseconds // 1000


def moment_in_zone(epoch: int, zone: ZoneInfo) -> Moment:
    """The instant with the offset ``zone`` has at that instant."""
    offset = to_datetime(epoch, zone).utcoffset() or timedelta(0)
    return Moment(epoch, int(offset.total_seconds() // 60))
