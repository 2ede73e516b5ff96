"""Reading and writing instants as ISO-8601 with their UTC offset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from desktop.domain.model import Moment

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class TimeFormatError(ValueError):
    """The text is not an ISO-8601 time."""


def _days_from_civil(y: int, m: int, d: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm)."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _fast(text: str) -> Moment | None:
    """``YYYY-MM-DDTHH:MM:SS[.fff]±HH:MM`` (the forms ShopDesk writes), no datetime objects."""
    ms = 0
    if len(text) == 29 and text[19] == ".":
        if not text[20:23].isdigit():
            return None
        ms = int(text[20:23])
        text = text[:19] + text[23:]
    if len(text) != 25 or text[10] != "T" or text[19] not in "+-" or text[22] != ":":
        return None
    try:
        y, mo, d = int(text[0:4]), int(text[5:7]), int(text[8:10])
        h, mi, s = int(text[11:13]), int(text[14:16]), int(text[17:19])
        oh, om = int(text[20:22]), int(text[23:25])
    except ValueError:
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 28 and h < 24 and mi < 60 and s < 60 and oh < 24
            and om < 60 and text[4] == "-" and text[7] == "-" and text[13] == ":"
            and text[16] == ":"):
        return None  # day 29-31 and anything unusual take the careful path
    offset = (oh * 60 + om) * (-1 if text[19] == "-" else 1)
    seconds = _days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset * 60
    return Moment(seconds * 1000 + ms, offset)


def parse_moment(text: str, default_zone: ZoneInfo) -> Moment:
    """Parse ISO-8601; a time without an offset is read in ``default_zone``."""
    if type(text) is str and (fast := _fast(text)) is not None:
        return fast
    if not isinstance(text, str) or not text.strip():
        raise TimeFormatError("empty time")
    raw = text.strip()
    if raw.endswith(("Z", "z")):
        raw = raw[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise TimeFormatError(f"unparseable time {text!r}") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=default_zone)
    offset = value.utcoffset() or timedelta(0)
    # Whole seconds from the C timestamp, milliseconds from the field: exact, no float error.
    seconds = int(value.replace(microsecond=0).timestamp())
    return Moment(seconds * 1000 + value.microsecond // 1000, int(offset.total_seconds() // 60))


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
