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


_ZH_WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")


def spoken_time(when: datetime, now: datetime, language: str) -> str:
    """A time ahead as people say it to a customer, seen from ``now`` (both in the shop's
    zone): 今天下午2点 / 明天上午9点 / 周一上午9点半 / 12月8日上午9点 in Chinese,
    today 14:00 / tomorrow 9:00 / Monday 9:00 / Dec 8, 9:00 in English."""
    days = (when.date() - now.date()).days
    english = language.startswith("en")
    if english:
        clock = f"{when.hour}:{when.minute:02d}"
        if days == 0:
            return f"today {clock}"
        if days == 1:
            return f"tomorrow {clock}"
        if 1 < days < 7:
            return f"{_EN_WEEKDAYS[when.weekday()]} {clock}"
        return f"{_EN_MONTHS[when.month - 1]} {when.day}, {clock}"
    if days == 0:
        day = "今天"
    elif days == 1:
        day = "明天"
    elif days == 2:
        day = "后天"
    elif 2 < days < 7:
        day = _ZH_WEEKDAYS[when.weekday()]
    else:
        day = f"{when.month}月{when.day}日"
    return day + _zh_clock(when.hour, when.minute)


def spoken_opening(opening_ms: int | None, now_ms: int, zone: ZoneInfo) -> dict[str, str]:
    """When the shop opens next, as a customer is told it, per reply language (``zh``,
    ``en``); empty when no opening is ahead."""
    if opening_ms is None:
        return {"zh": "", "en": ""}
    when, now = to_datetime(opening_ms, zone), to_datetime(now_ms, zone)
    return {lang: spoken_time(when, now, lang) for lang in ("zh", "en")}


def _zh_clock(hour: int, minute: int) -> str:
    """上午9点, 中午12点, 下午2点半, 晚上8点15分, 凌晨0点."""
    if hour < 6:
        part, shown = "凌晨", hour
    elif hour < 12:
        part, shown = "上午", hour
    elif hour == 12:
        part, shown = "中午", 12
    elif hour < 18:
        part, shown = "下午", hour - 12
    else:
        part, shown = "晚上", hour - 12
    if minute == 0:
        return f"{part}{shown}点"
    if minute == 30:
        return f"{part}{shown}点半"
    return f"{part}{shown}点{minute:02d}分"
