"""The daily Excel report the owner opens every morning.

Summary (KPIs coloured by target, change against the day before and the 7-day average),
agents, channels, hours with a native bar chart, tags, the late and unanswered inquiries, one
row per inquiry, and the definitions. The figures are ``metrics.compute`` for that day.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.services import locations, metrics, shop
from desktop.services.exports import display_width
from desktop.services.resources import resource

KPIS = ("inquiries", "response_rate_24h", "three_min_rate", "frt_mean_s", "frt_median_s",
        "bot_handled_share", "resolution_rate", "csat", "csat_mean")
def _text() -> dict[str, Any]:
    """The report's words and definitions in Chinese and English (resources/report)."""
    return json.loads(resource("report", "text.json").read_text(encoding="utf-8"))


def default_path(store: Any, day: date) -> Path:
    return locations.data_dir() / "reports" / f"ShopDesk-{day.isoformat()}.xlsx"


def write(store: Any, day: date, out: Path | str | None = None) -> Path:
    """Write the report for ``day``; returns where. The figures are those of ``metrics``."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Font, PatternFill

    lang = "zh" if str(shop.get(store, "shop.language")).startswith("zh") else "en"
    text = _text()
    w = text["words"][lang]
    details: list[dict[str, Any]] = []
    f = metrics.compute(store, day, day, details=details)
    prev = metrics.compute(store, day - timedelta(days=1), day - timedelta(days=1))
    week = [metrics.compute(store, day - timedelta(days=k), day - timedelta(days=k))
            for k in range(1, 8)]
    zone = shop.shop_zone(store)
    book = Workbook()
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1677FF")

    def sheet(title_key: str, header: list[str], first: bool = False) -> Any:
        ws = book.active if first else book.create_sheet()
        ws.title = w[title_key][:31]
        ws.append(header)
        for cell in ws[1]:
            cell.font, cell.fill = header_font, header_fill
            cell.alignment = Alignment(horizontal="left")
        ws.freeze_panes = "A2"
        return ws

    def fit(ws: Any) -> None:
        for column in ws.iter_cols(max_row=min(ws.max_row, 300)):
            width = max(display_width(c.value) for c in column)
            ws.column_dimensions[column[0].column_letter].width = min(50, max(8, width + 2))

    summary = sheet("Summary", [w["kpi"], w["value"], w["prev"], w["change"], w["avg7"]], True)
    for key in KPIS:
        avg_values = [x[key] for x in week if x[key] is not None]
        avg = sum(avg_values) / len(avg_values) if avg_values else None
        change = f[key] - prev[key] if f[key] is not None and prev[key] is not None else None
        summary.append([w[key], f[key], prev[key], change, avg])
        fmt = "0.0%" if "rate" in key or key in ("csat", "bot_handled_share") else \
            "[mm]:ss" if key.endswith("_s") else "0.0" if key == "csat_mean" else "#,##0"
        row = summary.max_row
        for col in "BCDE":
            cell = summary[f"{col}{row}"]
            if key.endswith("_s") and isinstance(cell.value, (int, float)):
                cell.value = cell.value / 86_400  # seconds as an Excel time
            cell.number_format = fmt
    summary.append([w["score"], f["service_score"]["score"], prev["service_score"]["score"],
                    None, None])
    bands = metrics.targets(store)
    green = PatternFill("solid", fgColor="C6EFCE")
    yellow = PatternFill("solid", fgColor="FFEB9C")
    red = PatternFill("solid", fgColor="FFC7CE")
    for row, key in enumerate(KPIS, 2):
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
    fit(summary)

    agents = sheet("Agents", [w["agent"], w["replies"], w["answered"], w["frt_median_s"],
                              w["closed"], w["resolved"]])
    for name, a in f["agents"].items():
        agents.append([name, a["human_replies"], a["inquiries_first_answered"],
                       None if a["frt_median_s"] is None else a["frt_median_s"] / 86_400,
                       a["closed"], a["resolved"]])
        agents[f"D{agents.max_row}"].number_format = "[mm]:ss"
    fit(agents)
    channels = sheet("Channels", [w["channel"], w["inquiries"]])
    for name, n in sorted(f["by_channel"].items(), key=lambda kv: -kv[1]):
        channels.append([name, n])
    fit(channels)
    hours_ws = sheet("Hours", [w["hour"], w["inquiries"]])
    for hour, n in enumerate(f["by_hour"]):
        hours_ws.append([f"{hour:02d}:00", n])
    chart = BarChart()
    chart.title = w["inquiries"]
    chart.legend = None
    chart.add_data(Reference(hours_ws, min_col=2, min_row=1, max_row=25), titles_from_data=True)
    chart.set_categories(Reference(hours_ws, min_col=1, min_row=2, max_row=25))
    chart.width, chart.height = 22, 9
    hours_ws.add_chart(chart, "D2")
    fit(hours_ws)
    tags = sheet("Tags", [w["tag"], w["count"]])
    for name, n in f["by_tag"].items():
        tags.append([name, n])
    fit(tags)

    def local(ms: int | None) -> datetime | None:
        return None if ms is None else datetime.fromtimestamp(ms / 1000, zone).replace(
            tzinfo=None)

    late = sheet("Late", [w["start"], w["customer"], w["channel"], w["status"],
                          w["conversation"]])
    row = 1  # counted here: a worksheet's max_row walks every cell, each time it is asked
    for d in details:
        i = d["inquiry"]
        if i.responded_at is None or i.responded_at - i.start > 86_400_000:
            late.append([local(i.start), d["customer"], d["channel"],
                         w["open"] if i.responded_at is None else w["late"],
                         d["conversation_id"]])
            row += 1
            late.cell(row, 1).number_format = "yyyy-mm-dd hh:mm"
    fit(late)
    detail = sheet("Detail", [w["start"], w["customer"], w["channel"], w["responded"],
                              w["by_bot"], w["first_human"], w["agent"], w["conversation"]])
    for row, d in enumerate(details, 2):
        i = d["inquiry"]
        detail.append([local(i.start), d["customer"], d["channel"], local(i.responded_at),
                       w["yes"] if i.responded_by_bot else w["no"], local(i.first_human_at),
                       i.first_human_agent or "", d["conversation_id"]])
        for col in (1, 4, 6):
            detail.cell(row, col).number_format = "yyyy-mm-dd hh:mm:ss"
    fit(detail)
    definitions = sheet("Definitions", [w["term"], w["meaning"]])
    for term, meaning in text["definitions"][lang]:
        definitions.append([term, meaning])
    definitions.column_dimensions["A"].width = 22
    definitions.column_dimensions["B"].width = 100
    for row in definitions.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    for ws in book.worksheets:
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    path = Path(out) if out else default_path(store, day)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        book.save(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
