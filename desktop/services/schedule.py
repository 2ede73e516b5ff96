"""The shop's hours: one place every time-based part asks whether the shop is open.

Public holidays and China's make-up working days come from the ``holidays`` package; the
owner can switch each holiday, add closed or extra open days, import days from an .ics file,
and correct a year the package does not know yet. Holiday mode is on now, or planned.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.domain import hours
from desktop.domain.hours import Calendar, HolidayMode, HoursError, Schedule, State
from desktop.domain.timefmt import format_moment, moment_in_zone, parse_moment
from desktop.services import ics_import, shop
from desktop.services.errors import UserError
from desktop.services.ics_import import IcsImport
from desktop.store import settings as settings_store
from desktop.store.db import Store

YEAR_MS = 366 * 24 * hours.HOUR_MS


def _setting(store: Store, key: str) -> Any:
    return shop.get(store, key)


def _write(store: Store, values: dict[str, Any]) -> None:
    with store.write() as w:
        for key, value in values.items():
            settings_store.write(w, key, value)


def _country_days(country: str, years: list[int], language: str) -> tuple[dict[date, str],
                                                                         set[date]]:
    """The country's public holidays and make-up working days of these years (copies: the
    callers add the shop's own corrections)."""
    names, workdays = _country_days_of(country, tuple(sorted(years)), language)
    return dict(names), set(workdays)


@lru_cache(maxsize=64)
def _country_days_of(country: str, years: tuple[int, ...], language: str
                     ) -> tuple[dict[date, str], frozenset[date]]:
    """Worked out once per process: building the holiday tables costs milliseconds, and the
    auto-reply asks for the schedule for every message."""
    import holidays as holiday_data  # here: ~0.3 s to import, needed by few screens

    try:
        lang = "zh_CN" if language.startswith("zh") else "en_US"
        table = holiday_data.country_holidays(country, years=years, language=lang)
    except NotImplementedError:
        raise UserError(f"no public-holiday data for country “{country}”") from None
    except Exception:  # noqa: BLE001 - an unsupported language falls back to the default
        table = holiday_data.country_holidays(country, years=years)
    workdays = {d for d in getattr(table, "weekend_workdays", set()) if d.year in years}
    names = dict(table.items())
    if country == "CN":
        names.update(_weekends_inside_holiday_weeks(names, workdays))
    return names, frozenset(workdays)


def _weekends_inside_holiday_weeks(names: dict[date, str], workdays: set[date]) -> dict:
    """China's official holiday weeks (放假) include the weekend days inside them
    (2025-10-01..08); the holiday data lists only the weekdays."""
    one = timedelta(days=1)
    filled = {}
    for day in list(names):
        for k in (1, 2):
            weekend = day + k * one
            if weekend.weekday() < 5 or weekend in names or weekend in workdays:
                continue
            if any((weekend + j * one) in names for j in (1, 2)):
                filled[weekend] = names[day]  # named after the holiday it continues
    return filled


def calendar(store: Store, years: list[int]) -> Calendar:
    return calendar_of(shop.all_settings(store), years)


def calendar_of(values: Mapping[str, Any], years: list[int]) -> Calendar:
    """The calendar of these years from the schedule's settings (today's, or those in force
    at some past moment: see desktop.services.schedule_history)."""
    names, workdays = _country_days(values["shop.country"], years, values["shop.language"])
    for year, fix in (values["schedule.corrections"] or {}).items():
        if int(year) in years:
            names.update({date.fromisoformat(d): n for d, n in fix.get("holidays", {}).items()})
            workdays |= {date.fromisoformat(d) for d in fix.get("workdays", [])}
    switches = values["schedule.holiday_switches"] or {}
    return Calendar(
        holidays=names,
        open_holidays=frozenset(date.fromisoformat(d) for d, v in switches.items()
                                if v == "open"),
        workdays=frozenset(workdays),
        closed_days={date.fromisoformat(d): n for d, n in
                     (values["schedule.closed_days"] or {}).items()},
        open_days=frozenset(date.fromisoformat(d) for d in
                            values["schedule.open_days"] or []),
        closed_hours=tuple(_closed_hours(values)))


def _closed_hours(values: Mapping[str, Any]) -> list[tuple[int, int, str]]:
    zone = shop.zone_of(values["shop.timezone"])
    return sorted((parse_moment(c["from"], zone).epoch_ms, parse_moment(c["to"], zone).epoch_ms,
                   c.get("name", "")) for c in values.get("schedule.closed_hours") or [])


def _holiday_mode(store: Store) -> HolidayMode:
    return holiday_mode_of(shop.all_settings(store))


def holiday_mode_of(values: Mapping[str, Any]) -> HolidayMode:
    raw = values["schedule.holiday_mode"] or {}
    zone = shop.zone_of(values["shop.timezone"])
    start = parse_moment(raw["from"], zone).epoch_ms if raw.get("from") else None
    end = parse_moment(raw["to"], zone).epoch_ms if raw.get("to") else None
    return HolidayMode(on=bool(raw.get("on")), start=start, end=end, reply=raw.get("reply", ""))


def current(store: Store, around_ms: int | None = None) -> Schedule:
    """The schedule in force, with the calendar of the years around ``around_ms``."""
    t = store.clock() if around_ms is None else around_ms
    return schedule_of(shop.all_settings(store), t, t)


def schedule_of(values: Mapping[str, Any], start: int, end: int) -> Schedule:
    """The schedule these settings make, with the calendar of the years around the instants
    ``start``..``end``."""
    zone = shop.zone_of(values["shop.timezone"])
    first, last = (datetime.fromtimestamp(t / 1000, zone).year for t in (start, end))
    week = hours.week_from_specs(values["schedule.week"])
    return Schedule(zone, week, calendar_of(values, list(range(first - 1, last + 2))),
                    holiday_mode_of(values))


def shifts(store: Store) -> dict[str, hours.Week]:
    return shifts_of(shop.all_settings(store))


def shifts_of(values: Mapping[str, Any]) -> dict[str, hours.Week]:
    """Each agent's shifts, as these settings hold them."""
    return {name: hours.week_from_specs(spec)
            for name, spec in (values.get("schedule.shifts") or {}).items()}


@dataclass(frozen=True)
class HoursStatus:
    open: bool
    state: str
    reason: str
    next_change: str | None
    on_shift: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {"open": self.open, "state": self.state, "reason": self.reason,
                "next_change": self.next_change, "on_shift": self.on_shift}


def instant(store: Store, text: str) -> int:
    """An ISO-8601 time typed by a user; without an offset it is the shop's local time."""
    try:
        return parse_moment(text, shop.shop_zone(store)).epoch_ms
    except ValueError as exc:
        raise UserError(str(exc)) from None


def status(store: Store, at_ms: int | None = None) -> HoursStatus:
    t = store.clock() if at_ms is None else at_ms
    schedule = current(store, t)
    now = hours.status_at(schedule, t)
    change = hours.next_change(schedule, t)
    local_day = datetime.fromtimestamp(t / 1000, schedule.zone).date()
    if now.state is State.OPEN:
        reason = ("make-up working day" if local_day in schedule.calendar.workdays
                  else "working hours")
    else:
        reason = now.reason or {State.OFF_HOURS: "outside working hours",
                                State.HOLIDAY_MODE: "holiday mode"}.get(now.state, "")
    return HoursStatus(now.open, now.state.value, reason,
                       format_moment(moment_in_zone(change, schedule.zone)) if change else None,
                       hours.on_shift(shifts(store), schedule.zone, t))


# --- changing it ------------------------------------------------------------------------------

def set_hours(store: Store, specs: list[str], timezone: str | None = None,
              country: str | None = None) -> dict[str, str]:
    """Apply day specs (days not named keep their hours); nothing is saved if one is wrong."""
    try:
        week = hours.apply_specs(hours.week_from_specs(_setting(store, "schedule.week")), specs)
    except HoursError as exc:
        raise UserError(str(exc)) from None
    values: dict[str, Any] = {"schedule.week": hours.week_to_specs(week)}
    if timezone:
        shop.zone_of(timezone)
        values["shop.timezone"] = timezone
    if country:
        _country_days(country.upper(), [2025], "en")
        values["shop.country"] = country.upper()
    _write(store, values)
    return values["schedule.week"]


def set_week(store: Store, week_specs: dict[str, str]) -> None:
    """The whole week at once (the Schedule page)."""
    try:
        week = hours.week_from_specs(week_specs)
    except HoursError as exc:
        raise UserError(str(exc)) from None
    _write(store, {"schedule.week": hours.week_to_specs(week)})


def set_holiday_mode(store: Store, on: bool, start: str | None = None, end: str | None = None,
                     reply: str | None = None) -> dict[str, Any]:
    """On now (no dates), planned for a range (dates), or off."""
    zone = shop.shop_zone(store)
    old = _setting(store, "schedule.holiday_mode") or {}
    value = {"on": False, "from": None, "to": None, "reply": old.get("reply", "")}
    if reply is not None:
        value["reply"] = reply
    if on and start is None and end is None:
        value["on"] = True  # until switched off
    elif on:
        if end is None:
            raise UserError("a planned holiday needs an end (--to) as well")
        a = moment_in_zone(instant(store, start) if start else store.clock(), zone)
        b = moment_in_zone(instant(store, end), zone)
        if b.epoch_ms <= a.epoch_ms:
            raise UserError("the holiday ends before it starts")
        value.update({"from": format_moment(a), "to": format_moment(b)})
    _write(store, {"schedule.holiday_mode": value})
    return value


@dataclass(frozen=True)
class HolidayRow:
    day: date
    name: str
    kind: str  # "holiday" or "workday" (调休)
    open: bool  # for holidays: the shop works anyway

    def as_dict(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "name": self.name, "kind": self.kind,
                "open": self.open}


def holiday_list(store: Store, year: int | None = None) -> list[HolidayRow]:
    """Public holidays and make-up working days in force (a year, or the coming 12 months)."""
    zone = shop.shop_zone(store)
    today = datetime.fromtimestamp(store.clock() / 1000, zone).date()
    years = [year] if year else [today.year, today.year + 1]
    cal = calendar(store, years)
    rows = [HolidayRow(d, n, "holiday", d in cal.open_holidays) for d, n in cal.holidays.items()]
    rows += [HolidayRow(d, "", "workday", True) for d in cal.workdays]
    if not year:
        rows = [r for r in rows if today <= r.day < today.replace(year=today.year + 1)]
    return sorted(rows, key=lambda r: r.day)


def switch_holiday(store: Store, day: date, open_: bool) -> None:
    switches = dict(_setting(store, "schedule.holiday_switches") or {})
    if open_:
        switches[day.isoformat()] = "open"
    else:
        switches.pop(day.isoformat(), None)
    _write(store, {"schedule.holiday_switches": switches})


def set_closed_day(store: Store, day: date, name: str | None) -> None:
    """Close the shop on a day (``name``), or reopen it (``None``)."""
    closed = dict(_setting(store, "schedule.closed_days") or {})
    if name is None:
        closed.pop(day.isoformat(), None)
    else:
        closed[day.isoformat()] = name
    _write(store, {"schedule.closed_days": closed})


def set_open_day(store: Store, day: date, open_: bool) -> None:
    """An extra day the shop opens with its weekday hours (say, a Sunday before a big sale)."""
    days = set(_setting(store, "schedule.open_days") or [])
    days = days | {day.isoformat()} if open_ else days - {day.isoformat()}
    _write(store, {"schedule.open_days": sorted(days)})


def correct_year(store: Store, year: int, holidays: dict[str, str], workdays: list[str]) -> None:
    """The owner's own calendar for a year the holiday data does not know yet."""
    for d in [*holidays, *workdays]:
        if date.fromisoformat(d).year != year:
            raise UserError(f"{d} is not in {year}")
    fixes = dict(_setting(store, "schedule.corrections") or {})
    fixes[str(year)] = {"holidays": holidays, "workdays": workdays}
    _write(store, {"schedule.corrections": fixes})


def import_ics(store: Store, path: Path | str) -> IcsImport:
    """Close the shop on the days and hours of an .ics file's events from today on; its
    make-up working days (补班/上班) are kept open. Says what was read; nothing is saved
    when the file cannot be read (:class:`IcsError`, with the line)."""
    zone = shop.shop_zone(store)
    today = datetime.fromtimestamp(store.clock() / 1000, zone).date()
    try:
        plan, events = ics_import.load(path, today, zone)
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    closed = dict(_setting(store, "schedule.closed_days") or {})
    closed.update({d.isoformat(): name or "imported" for d, name in plan.closed_days.items()})
    workdays = {d.isoformat() for d in plan.workdays}
    closed = {d: n for d, n in closed.items() if d not in workdays}
    now = store.clock()  # closures already over are dropped (the history keeps them)
    hours_closed = [c for c in _setting(store, "schedule.closed_hours") or []
                    if parse_moment(c["to"], zone).epoch_ms > now]
    for a, b, name in plan.closed_hours:
        entry = {"from": format_moment(moment_in_zone(a, zone)),
                 "to": format_moment(moment_in_zone(b, zone)), "name": name or "imported"}
        if entry not in hours_closed:
            hours_closed.append(entry)
    _write(store, {"schedule.closed_days": closed, "schedule.closed_hours": hours_closed,
                   "schedule.open_days": sorted(set(_setting(store, "schedule.open_days") or [])
                                                | workdays)})
    return IcsImport(events, len(plan.closed_days), len(plan.closed_hours), len(plan.workdays),
                     dict(sorted(plan.skipped.items())))


def set_shift(store: Store, agent: str, specs: list[str]) -> None:
    """An agent's shift, e.g. ``["daily 08:00-17:00"]``; an empty list removes it."""
    all_shifts = dict(_setting(store, "schedule.shifts") or {})
    if not specs:
        all_shifts.pop(agent, None)
    else:
        try:
            week = hours.apply_specs({}, specs)
        except HoursError as exc:
            raise UserError(str(exc)) from None
        all_shifts[agent] = hours.week_to_specs(week)
    _write(store, {"schedule.shifts": all_shifts})


def handover(store: Store, text: str, by: str) -> None:
    """The note the next shift sees."""
    _write(store, {"schedule.handover": {"text": text, "by": by, "at": store.clock()}})


def holiday_mode_changes(store: Store, start_ms: int, end_ms: int) -> list[tuple[int, str]]:
    """Holiday mode starting or ending in a window (the scheduler's reminders act on these)."""
    mode = _holiday_mode(store)
    out = []
    for at, what in ((mode.start, "starts"), (mode.end, "ends")):
        if at is not None and start_ms <= at < end_ms:
            out.append((at, what))
    return out



def notices(store: Store, now_ms: int | None = None) -> list[str]:
    """Things the owner should act on today (shown by the app; the scheduler reminds too)."""
    t = store.clock() if now_ms is None else now_ms
    out = []
    for _at, what in holiday_mode_changes(store, t, t + 24 * hours.HOUR_MS):
        out.append("holiday_mode_starts" if what == "starts" else "holiday_mode_ends")
    return out
