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

    Milliseconds are counted from the date's ordinal and the time of day with integers
    only (no float error), and a fixed offset's minutes are looked up, not worked out:
    an import parses millions of times in a handful of offsets, and the aware datetime
    arithmetic (or ``timestamp()``) costs more than the parse itself.
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
    tz = value.tzinfo
    east = _FIXED_OFFSETS.get(tz) if type(tz) is timezone else None  # type: ignore[arg-type]
    if east is None:
        if tz is None:
            value = value.replace(tzinfo=default_zone)
        offset = value.utcoffset() or timedelta(0)
        if offset.microseconds:  # a sub-second offset (no real zone has one): exactly
            delta = value - _EPOCH
            return Moment(delta.days * 86_400_000 + delta.seconds * 1000
                          + delta.microseconds // 1000, offset.days * 1440 + offset.seconds // 60)
        east = offset.days * 86_400 + offset.seconds
        if type(tz) is timezone and len(_FIXED_OFFSETS) < 1000:
            _FIXED_OFFSETS[tz] = east
    return Moment(((value.toordinal() - _EPOCH_ORDINAL) * 86_400 + value.hour * 3600
                   + value.minute * 60 + value.second - east) * 1000
                  + value.microsecond // 1000, east // 60)


# Seconds east of UTC of the fixed offsets met so far (datetime.timezone is hashable).
_FIXED_OFFSETS: dict[timezone, int] = {}
_EPOCH_ORDINAL = _EPOCH.toordinal()


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
