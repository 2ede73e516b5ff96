"""The daily report's sheet of Douyin's own service figures (imported from Feige) per agent,
beside ShopDesk's figures of the same agent and day on the shop's Douyin channels (Douyin
scores an agent by their Douyin work alone); only on days with imported figures."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.domain.channel_names import Kind
from desktop.services import feige
from desktop.services.report_book import Book, Formatted
from desktop.store.db import Store

WORDS = {
    "zh": {"sheet": "抖音官方数据",
           "title": "抖音官方客服数据（飞鸽导出）与 ShopDesk 统计（客服在抖音渠道的接待）",
           "header": ["客服", "接待会话量（抖音）", "3分钟回复率（抖音）",
                      "3分钟回复率（ShopDesk）", "首次响应秒（抖音）", "平均响应秒（抖音）",
                      "首次响应中位数秒（ShopDesk）", "满意率（抖音）", "不满意率（抖音）",
                      "询单转化率（抖音）"]},
    "en": {"sheet": "Douyin figures", "title": "Douyin's own service figures (Feige export) "
                                              "beside ShopDesk's (the agents' work on Douyin)",
           "header": ["Agent", "Sessions (Douyin)", "3-minute reply (Douyin)",
                      "3-minute reply (ShopDesk)", "First response s (Douyin)",
                      "Average response s (Douyin)", "First response median s (ShopDesk)",
                      "Satisfaction (Douyin)", "Dissatisfaction (Douyin)",
                      "Inquiry conversion (Douyin)"]},
}
PERCENT = "0.0%"
SECONDS = "#,##0"  # whole seconds, as Feige writes them


def sheet(book: Book, store: Store, day: date, lang: str, ours: dict[str, Any]) -> None:
    found = feige.figures(store, day, day)
    if not found:
        return
    w = WORDS[lang]
    agents = ours.get("agents_by_kind", {}).get(Kind.DOUYIN, {})

    def pct(value: float | None) -> Formatted:
        return Formatted(value, PERCENT)

    def secs(value: float | None) -> Formatted:
        return Formatted(value, SECONDS)

    rows = []
    for r in found:
        mine = agents.get(r["agent"], {})
        rows.append([r["agent"], r.get("sessions"), pct(r.get("three_min_rate")),
                     pct(mine.get("three_min_rate")), secs(r.get("first_response_s")),
                     secs(r.get("avg_response_s")), secs(mine.get("frt_median_s")),
                     pct(r.get("satisfaction")), pct(r.get("dissatisfaction")),
                     pct(r.get("inquiry_conversion"))])
    book.sheet(w["sheet"], w["header"], rows, heading=f"{w['title']} · {day.isoformat()}")
