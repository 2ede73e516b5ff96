"""The shop's week as typed: days (``mon-fri``, ``周一至周五``) and intervals of a day
(``09:00-12:00,13:30-18:00``, ``17:00-01:00`` past midnight, ``24:00`` to end a day), read,
checked and written back. Times of day are minutes after local midnight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_INDEX = {d: i for i, d in enumerate(DAYS)}
# the way a Chinese shop writes days: 周一 … 周日, 星期一 … 星期天, 礼拜六; 周一至周五
_ZH_DAY = {**{f"{p}{n}": i for p in ("周", "星期", "礼拜")
              for i, n in enumerate("一二三四五六日")},
           **{f"{p}天": 6 for p in ("周", "星期", "礼拜")}}
_EVERY_DAY = ("daily", "every", "all", "everyday", "每天", "每日", "天天")


class HoursError(ValueError):
    """A schedule that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class Interval:
    start: int  # minutes after midnight, 0..1439
    end: int  # 1..1440; not after start: ends the next day

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    @property
    def length(self) -> int:
        return self.end - self.start if not self.crosses_midnight else 1440 - self.start + self.end

    def __str__(self) -> str:
        return f"{_hhmm(self.start)}-{_hhmm(self.end)}"


Week = dict[int, tuple[Interval, ...]]  # weekday (0 = Monday) -> intervals


# --- parsing ---------------------------------------------------------------------------------

_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_time(text: str) -> int:
    match = _TIME.match(text.strip())
    if not match:
        raise HoursError(f"“{text.strip()}” is not a time like 09:00")
    hours, minutes = int(match.group(1)), int(match.group(2))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise HoursError(f"“{text.strip()}” is not a time of day")
    return hours * 60 + minutes


def parse_intervals(text: str) -> tuple[Interval, ...]:
    """``09:00-12:00,13:30-18:00``; ``closed`` (or empty) for none."""
    text = text.strip().lower()
    if text in ("", "closed", "off", "休息"):
        return ()
    out = []
    for part in text.split(","):
        start_text, sep, end_text = part.partition("-")
        if not sep:
            raise HoursError(f"“{part.strip()}” needs a start and an end, like 09:00-18:00")
        start, end = parse_time(start_text), parse_time(end_text)
        if start == 1440:
            raise HoursError("an interval cannot start at 24:00")
        if start == end:
            raise HoursError(f"“{part.strip()}” ends when it starts")
        out.append(Interval(start, end))
    return tuple(sorted(out, key=lambda i: i.start))


def parse_days(text: str) -> list[int]:
    """``mon``, ``mon-fri``, ``sat,sun``, ``fri-mon`` (wrapping), ``daily``; in Chinese too
    (``周一至周五``, ``周六、周日``, ``每天``)."""
    text = text.strip().lower()
    for sep in ("至", "到", "～", "~", "—"):
        text = text.replace(sep, "-")
    for sep in ("、", "，"):
        text = text.replace(sep, ",")
    if text in _EVERY_DAY:
        return list(range(7))
    days: list[int] = []
    for part in text.split(","):
        first, sep, last = part.partition("-")
        try:
            a = _day(first)
            b = _day(last) if sep else a
        except KeyError:
            raise HoursError(f"“{part.strip()}” is not a day (mon … sun, 周一 … 周日)") from None
        days += [(a + k) % 7 for k in range((b - a) % 7 + 1)]
    return days


def _day(word: str) -> int:
    word = word.strip()
    return _ZH_DAY[word] if word in _ZH_DAY else _DAY_INDEX[word[:3]]


def apply_specs(week: Week, specs: list[str]) -> Week:
    """``["mon-fri 09:00-12:00,13:30-18:00", "sun closed"]``: days not named keep their hours."""
    new = dict(week)
    for spec in specs:
        days_text, _, intervals_text = spec.strip().partition(" ")
        if not intervals_text.strip():
            raise HoursError(f"“{spec}” needs days and hours, like “mon-fri 09:00-18:00”")
        intervals = parse_intervals(intervals_text)
        for day in parse_days(days_text):
            new[day] = intervals
    validate(new)
    return new


def validate(week: Week) -> None:
    """No overlaps within a day or across midnight into the next day."""
    for day in range(7):
        spans = sorted((i.start, i.start + i.length) for i in week.get(day, ()))
        following = [(i.start + 1440, i.start + 1440 + i.length)
                     for i in week.get((day + 1) % 7, ())]
        for (a_start, a_end), (b_start, _) in pairwise(spans):
            if b_start < a_end:
                raise HoursError(f"{DAYS[day]}: {_hhmm(a_start)}–{_hhmm(a_end % 1440)} overlaps "
                                 f"the interval starting {_hhmm(b_start)}")
        if spans and following:
            last_end = spans[-1][1]
            if last_end > following[0][0]:
                raise HoursError(f"{DAYS[day]}: the hours after midnight overlap "
                                 f"{DAYS[(day + 1) % 7]}'s")


def week_to_specs(week: Week) -> dict[str, str]:
    return {DAYS[d]: ",".join(str(i) for i in week.get(d, ())) or "closed" for d in range(7)}


def week_from_specs(specs: dict[str, str]) -> Week:
    week = {_DAY_INDEX[d]: parse_intervals(text) for d, text in specs.items()}
    validate(week)
    return week
