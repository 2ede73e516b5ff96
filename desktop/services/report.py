"""The daily Excel report the owner opens every morning.

Summary (KPIs coloured by target, change against the day before and the 7-day average),
agents, channels, hours with a native bar chart, tags, the questions asked most, the late and
unanswered inquiries, one row per inquiry, and the definitions. The figures are
``metrics.compute`` for that day.

The workbook is written in openpyxl's write-only mode: rows stream to the file instead of
building a cell object for each, so a busy day stays fast and small in memory. That is why
column widths are worked out from the rows before they are written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from desktop.domain.metrics import Band
from desktop.services import kb, locations, metrics, metrics_language, sheets, shop
from desktop.services.exports import display_width
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


class Formatted(NamedTuple):
    """A value written with its own number format (rows whose cells differ in kind)."""

    value: Any
    number_format: str


def _shown(fmt: str, w: dict[str, Any]) -> str:
    """The number format a cell gets: durations in the report language's units."""
    return w["duration"] if fmt == DURATION else fmt


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
        dur = w["duration"]
        return Formatted(_excel(key, change), f"+{dur};-{dur};{dur}")
    if fmt == "0.0":
        return Formatted(_tenths(change), "+#,##0.0;-#,##0.0;0.0")
    return Formatted(change, "+#,##0;-#,##0;0")


def _excel(key: str, value: float | None) -> float | None:
    """Seconds become an Excel time (a fraction of a day); the rest stays."""
    return value / 86_400 if key.endswith("_s") and value is not None else value


def _plain(value: Any) -> Any:
    """What a cell shows, near enough to size its column (a unit in its format included)."""
    unit = ""
    if isinstance(value, Formatted):
        unit = value.number_format.split('"')[1] if '"' in value.number_format else ""
        value = value.value
    return f"{value:,.2f}{unit}" if isinstance(value, float) else value


class _Book:
    """A write-only workbook of sheets with a coloured header, frozen, fitted and landscape."""

    def __init__(self) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill

        self.book = Workbook(write_only=True)
        self.header_font = Font(bold=True, color="FFFFFF")
        self.header_fill = PatternFill("solid", fgColor="1677FF")
        self.heading_font = Font(bold=True, size=14)
        self.note_font = Font(color="86909C")
        self.left = Alignment(horizontal="left")
        self.right = Alignment(horizontal="right")
        self.wrap = Alignment(wrap_text=True, vertical="top")

    def sheet(self, title: str, header: list[str], rows: Iterable[list[Any]],
              formats: dict[int, str] | None = None, widths: list[int] | None = None,
              wrap: frozenset[int] = frozenset(), heading: str | None = None) -> Any:
        """A sheet of ``rows``; ``formats`` per column index; ``widths`` when the rows are
        many (they are then streamed, not measured); ``heading`` a title line above the
        header. Headers of number columns sit right, over their figures. Every cell is
        made by ``sheets.cell``: text is text, never a formula."""
        from openpyxl.utils import get_column_letter

        ws = self.book.create_sheet(title[:31])
        ws.freeze_panes = "A3" if heading else "A2"
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        if widths is None:
            rows = list(rows)
            sample = [header, *rows[:300]]
            widths = [min(50, max(8, 2 + max(display_width(_plain(r[col])) for r in sample)))
                      for col in range(len(header))]
        for col, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(col)].width = width
        first = rows[0] if isinstance(rows, list) and rows else []
        numeric = {col for col, value in enumerate(first)
                   if isinstance(value, int | float | Formatted) and not isinstance(value, bool)}
        if heading:
            cell = sheets.cell(ws, heading)
            cell.font = self.heading_font
            ws.append([cell])
        cells = []
        for col, text in enumerate(header):
            cell = sheets.cell(ws, text)
            cell.font, cell.fill = self.header_font, self.header_fill
            cell.alignment = self.right if col in numeric else self.left
            cells.append(cell)
        ws.append(cells)
        formats = formats or {}
        for row in rows:
            out: list[Any] = []
            for col, value in enumerate(row):
                if isinstance(value, Formatted):
                    cell = sheets.cell(ws, value.value)
                    cell.number_format = value.number_format
                    out.append(cell)
                elif col in formats or col in wrap:
                    cell = sheets.cell(ws, value)
                    if col in formats:
                        cell.number_format = formats[col]
                    if col in wrap:
                        cell.alignment = self.wrap
                    out.append(cell)
                else:
                    out.append(sheets.cell(ws, value))
            ws.append(out)
        return ws

    def note(self, ws: Any, text: str) -> None:
        """A grey line of explanation under a sheet's rows, after a blank one."""
        cell = sheets.cell(ws, text)
        cell.font = self.note_font
        ws.append([])
        ws.append([cell])

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        try:
            self.book.save(tmp)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)


def write(store: Any, day: date, out: Path | str | None = None) -> Path:
    """Write the report for ``day``; returns where. The figures are those of ``metrics``."""
    from openpyxl.chart import BarChart, Reference

    lang = "zh" if str(shop.get(store, "shop.language")).startswith("zh") else "en"
    text = _text()
    w = text["words"][lang]
    details: list[dict[str, Any]] = []
    f = metrics.compute(store, day, day, details=details)
    before = [day - timedelta(days=k) for k in range(1, 8)]  # the day before, and the week
    week = metrics.compute_periods(store, [(d, d) for d in before])
    zone = shop.shop_zone(store)
    book = _Book()

    def score(x: dict[str, Any]) -> float | None:
        return x["service_score"]["score"]

    rows = []
    for key, today, days in [*((k, f[k], [x[k] for x in week]) for k in KPIS),
                             ("score", score(f), [score(x) for x in week])]:
        known = [v for v in days if v is not None]
        change = today - days[0] if today is not None and days[0] is not None else None
        fmt = _shown(_kpi_format(key), w)
        rows.append([w[key], Formatted(_excel(key, today), fmt),
                     Formatted(_excel(key, days[0]), fmt),
                     _change_cell(key, change, w),
                     Formatted(_excel(key, sum(known) / len(known) if known else None), fmt)])
    shop_name = str(shop.get(store, "shop.name") or "").strip()
    heading = " · ".join([*([shop_name] if shop_name else []), w["title"],
                          f"{day.isoformat()} {w['weekdays'][day.weekday()]}"])
    summary = book.sheet(w["Summary"], [w["kpi"], w["value"], w["prev"], w["change"], w["avg7"]],
                         rows, widths=[24, 13, 13, 17, 13], heading=heading)
    _band_colours(summary, metrics.targets(store), first_row=3)
    book.note(summary, w["legend"])
    dur = w["duration"]

    book.sheet(w["Agents"], [w["agent"], w["replies"], w["answered"], w["frt_median_s"],
                             w["closed"], w["resolved"]],
               [[name, a["human_replies"], a["inquiries_first_answered"],
                 _excel("_s", a["frt_median_s"]), a["closed"], a["resolved"]]
                for name, a in f["agents"].items()], {3: dur})
    book.sheet(w["Channels"], [w["channel"], w["inquiries"], w["response_rate_24h"],
                               w["frt_median_s"]],
               [[name, c["inquiries"], c["response_rate_24h"], _excel("_s", c["frt_median_s"])]
                for name, c in sorted(f["channels"].items(), key=lambda kv: -kv[1]["inquiries"])],
               {2: PERCENT, 3: dur})
    hours_ws = book.sheet(w["Hours"], [w["hour"], w["inquiries"]],
                          [[f"{hour:02d}:00", n] for hour, n in enumerate(f["by_hour"])])
    chart = BarChart()
    chart.title = w["inquiries"]
    chart.legend = None
    chart.add_data(Reference(hours_ws, min_col=2, min_row=1, max_row=25), titles_from_data=True)
    chart.set_categories(Reference(hours_ws, min_col=1, min_row=2, max_row=25))
    chart.width, chart.height = 22, 9
    hours_ws.add_chart(chart, "D2")
    book.sheet(w["Tags"], [w["tag"], w["count"]], [list(kv) for kv in f["by_tag"].items()])
    metrics_language.report_sheet(book, lang, f["by_language"])
    start, end = metrics.day_bounds(store, day)
    book.sheet(w["Questions"], [w["asked"], w["question"], w["article"]],
               [[q["asked"], q["example"], q["article"] or w["no_article"]]
                for q in kb.top_questions(store, start, end)])

    def local(ms: int | None) -> datetime | None:
        return None if ms is None else datetime.fromtimestamp(ms / 1000, zone).replace(
            tzinfo=None)

    late = [d for d in details if d["inquiry"].responded_at is None or
            d["inquiry"].responded_at - d["inquiry"].start > 86_400_000]
    book.sheet(w["Late"], [w["start"], w["customer"], w["channel"], w["status"],
                           w["conversation"]],
               [[local(d["inquiry"].start), d["customer"], d["channel"],
                 w["open"] if d["inquiry"].responded_at is None else w["late"],
                 d["conversation_id"]] for d in late], {0: WHEN})
    # every inquiry of the day: streamed, with widths set beforehand
    book.sheet(w["Detail"], [w["start"], w["customer"], w["channel"], w["responded"],
                             w["by_bot"], w["first_human"], w["agent"], w["conversation"]],
               ([local(i.start), d["customer"], d["channel"], local(i.responded_at),
                 w["yes"] if i.responded_by_bot else w["no"], local(i.first_human_at),
                 d["agent"] or "", d["conversation_id"]]
                for d in details for i in [d["inquiry"]]),
               {0: WHEN + ":ss", 3: WHEN + ":ss", 5: WHEN + ":ss"},
               widths=[20, 18, 12, 20, 10, 20, 12, 30])
    book.sheet(w["Definitions"], [w["term"], w["meaning"]], text["definitions"][lang],
               widths=[22, 100], wrap=frozenset({1}))
    path = Path(out) if out else default_path(store, day)
    book.save(path)
    return path


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
