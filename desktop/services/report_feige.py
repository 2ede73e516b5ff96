"""The daily report's sheet of Douyin's own service figures (imported from Feige) per agent,
beside ShopDesk's figures of the same agent and day; only on days with imported figures."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.services import feige
from desktop.services.report_book import Book, Formatted
from desktop.store.db import Store

WORDS = {
    "zh": {"sheet": "抖音官方数据", "title": "抖音官方客服数据（飞鸽导出）与 ShopDesk 统计",
           "header": ["客服", "接待会话量（抖音）", "3分钟回复率（抖音）",
                      "3分钟回复率（ShopDesk）", "首次响应秒（抖音）", "平均响应秒（抖音）",
                      "首次响应中位数秒（ShopDesk）", "满意率（抖音）", "不满意率（抖音）",
                      "询单转化率（抖音）"]},
    "en": {"sheet": "Douyin figures", "title": "Douyin's own service figures (Feige export) "
                                              "beside ShopDesk's",
           "header": ["Agent", "Sessions (Douyin)", "3-minute reply (Douyin)",
                      "3-minute reply (ShopDesk)", "First response s (Douyin)",
                      "Average response s (Douyin)", "First response median s (ShopDesk)",
                      "Satisfaction (Douyin)", "Dissatisfaction (Douyin)",
                      "Inquiry conversion (Douyin)"]},
}
PERCENT = "0.0%"


def sheet(book: Book, store: Store, day: date, lang: str, ours: dict[str, Any]) -> None:
    found = feige.figures(store, day, day)
    if not found:
        return
    w = WORDS[lang]
    agents = ours.get("agents", {})

    def pct(value: float | None) -> Formatted:
        return Formatted(value, PERCENT)

    rows = []
    for r in found:
        mine = agents.get(r["agent"], {})
        rows.append([r["agent"], r.get("sessions"), pct(r.get("three_min_rate")),
                     pct(mine.get("three_min_rate")), r.get("first_response_s"),
                     r.get("avg_response_s"), mine.get("frt_median_s"),
                     pct(r.get("satisfaction")), pct(r.get("dissatisfaction")),
                     pct(r.get("inquiry_conversion"))])
    book.sheet(w["sheet"], w["header"], rows, heading=f"{w['title']} · {day.isoformat()}")
