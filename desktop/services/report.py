"""The daily Excel report the owner opens every morning.

What needs doing first; then the summary (KPIs coloured by target, change against the day
before and the 7-day average), agents, channels, hours with a native bar chart, tags, the
questions asked most, one row per inquiry, and the definitions. The figures are
``metrics.compute`` for that day.

The first sheet is what needs doing: the late and unanswered inquiries, the ones no person
answered within the 3 minutes the platforms score, and the questions the knowledge base
missed. Channels are named as people call them; no internal ids are shown. The workbook
itself (widths, wrapping, streaming) is ``report_book``.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.domain import hours
from desktop.domain import metrics as m
from desktop.domain.channel_names import known_kind
from desktop.domain.metrics import Band
from desktop.services import (
    kb,
    locations,
    metrics,
    metrics_language,
    report_aftersales,
    report_feige,
    schedule,
    shop,
)
from desktop.services.report_book import Book, Formatted, widths_of
from desktop.services.resources import resource

KPIS = ("inquiries", "response_rate_24h", "three_min_rate", "frt_mean_s", "frt_median_s",
        "bot_handled_share", "resolution_rate", "csat", "csat_mean")
# DURATION marks a time in minutes and seconds; each language writes it with its own units
# (48分03秒, 48m 03s: a bare 48:03 reads as hours to many owners).
PERCENT, DURATION, WHEN = "0.0%", "[mm]:ss", "yyyy-mm-dd hh:mm"


def _text() -> dict[str, Any]:
    """The report's words and definitions in Chinese and English (resources/report)."""
    return json.loads(resource("report", "text.json").read_text(encoding="utf-8"))


def default_path(store: Any, day: date) -> Path:
    return locations.data_dir() / "reports" / f"ShopDesk-{day.isoformat()}.xlsx"


def _kpi_format(key: str) -> str:
    return PERCENT if "rate" in key or key in ("csat", "bot_handled_share") else \
        DURATION if key.endswith("_s") else "0.0" if key in ("csat_mean", "score") else "#,##0"


def _shown(fmt: str, w: dict[str, Any], seconds: float | None = None) -> str:
    """The number format a cell gets: durations in the report language's units, those under
    a minute in seconds alone (49秒, not 0分49秒)."""
    if fmt != DURATION:
        return fmt
    return w["seconds"] if seconds is not None and round(abs(seconds)) < 60 else w["duration"]


def _duration(seconds: float | None, w: dict[str, Any]) -> Formatted:
    """A duration cell: an Excel time shown in minutes and seconds, or seconds."""
    return Formatted(_excel("_s", seconds), _shown(DURATION, w, seconds))


def _tenths(value: float | None) -> float | None:
    """Rounded to what the cell shows, so a change of -0.04 reads 0.0, not -0.0."""
    return None if value is None else round(value, 1) + 0.0


def _change_cell(key: str, change: float | None, w: dict[str, Any]) -> Formatted:
    """The change against the day before, signed: rates in percentage points."""
    fmt = _kpi_format(key)
    if fmt == PERCENT:
        unit = w["pts"]
        return Formatted(_tenths(None if change is None else change * 100),
                         f'+0.0"{unit}";-0.0"{unit}";0.0"{unit}"')
    if fmt == DURATION:
        dur = _shown(DURATION, w, change)
        return Formatted(_excel(key, change), f"+{dur};-{dur};{dur}")
    if fmt == "0.0":
        return Formatted(_tenths(change), "+#,##0.0;-#,##0.0;0.0")
    return Formatted(change, "+#,##0;-#,##0;0")


def _excel(key: str, value: float | None) -> float | None:
    """Seconds become an Excel time (a fraction of a day); the rest stays."""
    return value / 86_400 if key.endswith("_s") and value is not None else value


def write(store: Any, day: date, out: Path | str | None = None) -> Path:
    """Write the report for ``day``; returns where. The figures are those of ``metrics``."""
    lang = "zh" if str(shop.get(store, "shop.language")).startswith("zh") else "en"
    text = _text()
    w = text["words"][lang]
    details: list[dict[str, Any]] = []
    f = metrics.compute(store, day, day, details=details)
    start, end = metrics.day_bounds(store, day)
    questions = kb.top_questions(store, start, end)
    zone = shop.shop_zone(store)
    book = Book()
    shop_name = str(shop.get(store, "shop.name") or "").strip()
    heading = " · ".join([*([shop_name] if shop_name else []), w["title"],
                          f"{day.isoformat()} {w['weekdays'][day.weekday()]}"])
    channel = _channel_namer(w)

    def local(ms: int | None) -> datetime | None:
        return None if ms is None else datetime.fromtimestamp(ms / 1000, zone).replace(
            tzinfo=None)

    _to_do(book, store, w, heading, details, questions, (start, end), local)
    report_aftersales.sheet(book, store, (start, end), lang, local, channel)
    _summary(book, store, day, f, w, heading)
    book.sheet(w["Agents"], [w["agent"], w["replies"], w["answered"], w["frt_median_s"],
                             w["closed"], w["resolved"]],
               [[name, a["human_replies"], a["inquiries_first_answered"],
                 _duration(a["frt_median_s"], w), a["closed"], a["resolved"]]
                for name, a in f["agents"].items()])
    report_feige.sheet(book, store, day, lang, f)  # Douyin's own figures beside these
    book.sheet(w["Channels"], [w["channel"], w["inquiries"], w["response_rate_24h"],
                               w["frt_median_s"]],
               [[channel(name), c["inquiries"], c["response_rate_24h"],
                 _duration(c["frt_median_s"], w)]
                for name, c in sorted(f["channels"].items(), key=lambda kv: -kv[1]["inquiries"])],
               {2: PERCENT})
    _hours(book, f, w)
    book.sheet(w["Tags"], [w["tag"], w["count"]], [list(kv) for kv in f["by_tag"].items()])
    metrics_language.report_sheet(book, lang, f["by_language"])
    book.sheet(w["Questions"], [w["asked"], w["question"], w["article"]],
               [[q["asked"], q["example"], q["article"] or w["no_article"]] for q in questions])

    def detail(d: dict[str, Any]) -> list[Any]:
        i = d["inquiry"]
        return [local(i.start), d["customer"], channel(d["channel"]), local(i.responded_at),
                w["yes"] if i.responded_by_bot else w["no"], local(i.first_human_at),
                d["agent"] or ""]

    # every inquiry of the day: streamed, the columns sized by the first rows
    book.sheet(w["Detail"], [w["start"], w["customer"], w["channel"], w["responded"],
                             w["by_bot"], w["first_human"], w["agent"]],
               (detail(d) for d in details), {0: WHEN + ":ss", 3: WHEN + ":ss", 5: WHEN + ":ss"},
               sample=[detail(d) for d in details[:300]])
    book.sheet(w["Definitions"], [w["term"], w["meaning"]], text["definitions"][lang],
               widths=[24, 90], wrap=frozenset({0, 1}))
    path = Path(out) if out else default_path(store, day)
    book.save(path)
    return path


def channel_label(name: str, w: dict[str, Any]) -> str:
    """A channel as people call it (抖音, TikTok Shop, 邮件), not its code; a channel the
    shop named itself keeps its name."""
    kind = known_kind(name)
    return name if kind is None else w["channel_names"][kind.value]


def _channel_namer(w: dict[str, Any]) -> Any:
    return lambda name: channel_label(name, w)


def _summary(book: Book, store: Any, day: date, f: dict[str, Any], w: dict[str, Any],
             heading: str) -> None:
    """The KPIs of the day against the day before and the week, coloured by target."""
    before = [day - timedelta(days=k) for k in range(1, 8)]  # the day before, and the week
    week = metrics.compute_periods(store, [(d, d) for d in before])

    def score(x: dict[str, Any]) -> float | None:
        return x["service_score"]["score"]

    rows = []
    for key, today, days in [*((k, f[k], [x[k] for x in week]) for k in KPIS),
                             ("score", score(f), [score(x) for x in week])]:
        known = [v for v in days if v is not None]
        change = today - days[0] if today is not None and days[0] is not None else None
        average = sum(known) / len(known) if known else None
        fmt = _kpi_format(key)
        rows.append([w[key], *(Formatted(_excel(key, v), _shown(fmt, w, v))
                               for v in (today, days[0])),
                     _change_cell(key, change, w),
                     Formatted(_excel(key, average), _shown(fmt, w, average))])
    summary = book.sheet(w["Summary"], [w["kpi"], w["value"], w["prev"], w["change"],
                                        w["avg7"]], rows, heading=heading)
    _band_colours(summary, metrics.targets(store), first_row=3)
    book.note(summary, w["legend"])


def _hours(book: Book, f: dict[str, Any], w: dict[str, Any]) -> None:
    from openpyxl.chart import BarChart, Reference

    hours_ws = book.sheet(w["Hours"], [w["hour"], w["inquiries"]],
                          [[f"{hour:02d}:00", n] for hour, n in enumerate(f["by_hour"])])
    chart = BarChart()
    chart.title = w["inquiries"]
    chart.legend = None
    chart.add_data(Reference(hours_ws, min_col=2, min_row=1, max_row=25), titles_from_data=True)
    chart.set_categories(Reference(hours_ws, min_col=1, min_row=2, max_row=25))
    chart.width, chart.height = 22, 9
    hours_ws.add_chart(chart, "D2")


def _to_do(book: Book, store: Any, w: dict[str, Any], heading: str,
           details: list[dict[str, Any]], questions: list[dict[str, Any]],
           bounds: tuple[int, int], local: Any) -> None:
    """Page 1: the late and unanswered inquiries, the 3-minute misses, the questions the
    knowledge base missed — each section with its count, or "none"."""
    as_of = store.clock()
    channel = _channel_namer(w)
    open_time = hours.OpenTime(schedule.current(store, bounds[0]), bounds[0],
                               max(bounds[1], as_of + 1))
    late, missed = [], []
    for d in details:
        i = d["inquiry"]
        who = [d["customer"], channel(d["channel"]), local(i.start)]
        if i.responded_at is None or i.responded_at - i.start > 86_400_000:
            waited = ((i.responded_at or as_of) - i.start) / 1000
            late.append([*who, w["open"] if i.responded_at is None else w["late"],
                         _duration(waited, w)])
        if m.needs_a_person(i, as_of, open_time.is_open(i.start)) and \
                not m.person_within_3_min(i):
            after = w["not_yet"] if i.first_human_at is None else \
                _duration((i.first_human_at - i.start) / 1000, w)
            missed.append([*who, after, d["agent"] or ""])
    gaps = [[q["example"], q["asked"]] for q in questions if not q["article"]]
    sections = [
        (w["late_title"].format(len(late)),
         [w["customer"], w["channel"], w["start"], w["status"], w["waited"]], late, {4}),
        (w["miss_title"].format(len(missed)),
         [w["customer"], w["channel"], w["start"], w["first_human_after"], w["agent"]], missed,
         {3}),
        (w["gap_title"].format(len(gaps)), [w["question"], w["asked"]], gaps, {1})]
    # the sections share the columns: each as wide as the widest of them needs
    widths = [max(column) for column in zip(*(
        widths_of(_padded(header), [_padded(r) for r in rows[:300]])
        for _, header, rows, _n in sections), strict=True)]
    ws = book.new_sheet(w["Todo"], widths)
    book.line(ws, f"{heading} · {w['todo']}", book.heading_font)
    for title, header, rows, numeric in sections:
        book.line(ws, "", book.note_font)
        book.line(ws, title, book.section_font)
        if rows:
            book.table(ws, header, rows, widths, {2: WHEN} if len(header) == 5 else {}, numeric)
        else:
            book.line(ws, w["none"], book.note_font)


def _padded(row: list[Any], columns: int = 5) -> list[Any]:
    return row + [""] * (columns - len(row))


def _band_colours(summary: Any, bands: dict[str, Band], first_row: int) -> None:
    """Green / yellow / red on each KPI's value by the shop's targets (conditional formats,
    so the owner sees why a cell is red when the target changes)."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import PatternFill

    green = PatternFill("solid", fgColor="C6EFCE")
    yellow = PatternFill("solid", fgColor="FFEB9C")
    red = PatternFill("solid", fgColor="FFC7CE")
    for row, key in enumerate(KPIS, first_row):
        band = bands.get(key)
        if band is None:
            continue
        g, y = band.green, band.yellow
        if band.lower_is_better:
            g, y = g / 86_400, y / 86_400
            rules = [("lessThanOrEqual", [g], green), ("between", [g, y], yellow),
                     ("greaterThan", [y], red)]
        else:
            rules = [("greaterThanOrEqual", [g], green), ("between", [y, g], yellow),
                     ("lessThan", [y], red)]
        for op, formula, fill in rules:
            summary.conditional_formatting.add(
                f"B{row}", CellIsRule(operator=op, formula=[str(v) for v in formula], fill=fill))
