"""Feige's own service figures (飞鸽 › 数据 › 客服数据 › 历史数据 › 导出报表): one row per agent,
the columns the shop chose. Columns are matched by their header (any order, extra columns
ignored); rates are written ``92.5%`` or ``0.925`` and kept 0–1; durations are seconds. These
are the numbers Douyin scores the shop by."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

# figure -> the headers Feige writes for it (compared without spaces, brackets half-width)
HEADERS: dict[str, tuple[str, ...]] = {
    "agent": ("客服昵称", "客服名称", "客服", "客服账号"),
    "sessions": ("人工已接待会话量", "人工接待会话量", "已接待会话量"),
    "three_min_rate": ("3分钟人工回复率(会话)", "3分钟人工回复率", "3分钟回复率(会话)",
                       "3分钟回复率"),
    "first_response_s": ("首次响应时长(秒)", "平均首次响应时长(秒)", "首响时长(秒)"),
    "avg_response_s": ("平均响应时长(秒)", "响应时长(秒)"),
    "satisfaction": ("满意率",),
    "dissatisfaction": ("不满意率",),
    "inquiry_conversion": ("询单转化率",),
    "date": ("日期", "统计日期", "时间"),
}
RATES = frozenset({"three_min_rate", "satisfaction", "dissatisfaction", "inquiry_conversion"})
COUNTS = frozenset({"sessions"})
FIGURES = ("sessions", "three_min_rate", "first_response_s", "avg_response_s", "satisfaction",
           "dissatisfaction", "inquiry_conversion")
TOTAL_ROWS = frozenset({"合计", "总计", "汇总", "全部", "total"})
_DATE = re.compile(r"(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")
# a day in a file name: 客服数据_20261203.xlsx, 客服数据_2026-12-03.xlsx, …2026年12月3日…
_NAME_DATES = (re.compile(r"(?<!\d)(20\d\d)(\d\d)(\d\d)(?!\d)"),
               re.compile(r"(?<!\d)(20\d\d)[-_.年](\d{1,2})[-_.月](\d{1,2})(?!\d)"))
_HEADER_ROWS = 15  # the header is among the first rows (a title line may come first)


class FeigeFileError(ValueError):
    """A file that is not a Feige export as documented."""


class NoDayError(FeigeFileError):
    """Neither the file nor its name says the day of its figures."""


def _key(text: Any) -> str:
    return re.sub(r"\s+", "", str(text or "")).replace("（", "(").replace("）", ")").lower()


_LOOKUP = {_key(h): figure for figure, names in HEADERS.items() for h in names}


def columns(header: list[Any]) -> dict[str, int]:
    """The figures a header row has, by column; FeigeFileError without an agent column."""
    found: dict[str, int] = {}
    for index, text in enumerate(header):
        figure = _LOOKUP.get(_key(text))
        if figure and figure not in found:
            found[figure] = index
    if "agent" not in found:
        raise FeigeFileError("no 客服昵称 column: is this Feige's 客服数据 export?")
    return found


def find_header(rows: list[list[Any]]) -> int:
    """The index of the header row among the first rows."""
    for index, row in enumerate(rows[:_HEADER_ROWS]):
        if any(_LOOKUP.get(_key(c)) == "agent" for c in row):
            return index
    raise FeigeFileError("no 客服昵称 column: is this Feige's 客服数据 export?")


def a_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    found = _DATE.search(str(value or ""))
    if not found:
        return None
    try:
        return date(*(int(g) for g in found.groups()))
    except ValueError:
        return None


def name_date(name: str) -> date | None:
    """The day a file's name gives (``客服数据_20261203.xlsx``, ``…2026-12-03…``); None when
    it gives none, or several (a range)."""
    days = set()
    for found in (f for pattern in _NAME_DATES for f in pattern.finditer(name)):
        try:
            days.add(date(*(int(g) for g in found.groups())))
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None


def value(figure: str, cell: Any) -> float | int | None:
    """A cell as its figure: rates 0–1, seconds, counts; None when empty or ``-``."""
    if cell is None or (isinstance(cell, str) and cell.strip() in ("", "-", "--", "—")):
        return None
    text = str(cell).strip().replace(",", "")
    percent = text.endswith("%")
    try:
        number = float(text.rstrip("%").strip())
    except ValueError:
        raise FeigeFileError(f"{cell!r} is not a number") from None
    if figure in RATES:
        number = number / 100 if percent or number > 1 else number
        if not 0 <= number <= 1:
            raise FeigeFileError(f"{cell!r} is not a rate")
        return round(number, 6)
    if number < 0:
        raise FeigeFileError(f"{cell!r} cannot be negative")
    return int(number) if figure in COUNTS else number


def parse(rows: list[list[Any]], day: date | None,
          file_name: str = "") -> tuple[date, list[dict[str, Any]]]:
    """(the day, one dict per agent with the figures the file has). The day is ``day`` when
    given, else the file's (a 日期 column, or a date in the lines above the header), else the
    one its name gives; NoDayError when none says it."""
    start = find_header(rows)
    cols = columns(rows[start])
    found_day = day
    if found_day is None:
        above = [a_date(c) for r in rows[:start] for c in r]
        in_rows = [a_date(r[cols["date"]]) for r in rows[start + 1:]
                   if "date" in cols and cols["date"] < len(r)]
        days = {d for d in above + in_rows if d is not None}
        if len(days) > 1:
            raise FeigeFileError("the file holds several days; export one day, or give "
                                 "--date")
        found_day = days.pop() if days else name_date(file_name)
    if found_day is None:
        raise NoDayError("the file does not say its day")
    out = []
    for number, row in enumerate(rows[start + 1:], start + 2):
        cells = list(row) + [None] * (len(rows[start]) - len(row))
        agent = str(cells[cols["agent"]] or "").strip()
        if not agent or agent.lower() in TOTAL_ROWS:
            continue
        entry: dict[str, Any] = {"agent": agent}
        for figure in FIGURES:
            if figure in cols:
                try:
                    shown = value(figure, cells[cols[figure]])
                except FeigeFileError as exc:
                    raise FeigeFileError(f"row {number}, {agent}: {exc}") from None
                if shown is not None:
                    entry[figure] = shown
        out.append(entry)
    return found_day, out
