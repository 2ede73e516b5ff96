"""The daily report's after-sales sheet: the requests handled late that day (after the
platform's deadline) and those whose deadline falls on that day still open (or passed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop.domain.aftersales import AfterSale
from desktop.services import aftersales
from desktop.services.aftersale_words import kind_word, stage_word
from desktop.services.report_book import Book, Formatted
from desktop.store.db import Store

WORDS = {
    "zh": {"sheet": "售后", "title": "售后：超时处理 {0} 个，今日到期 {1} 个，已超时 {2} 个",
           "state": "情况", "late": "超时处理", "today": "今日到期", "overdue": "已超时",
           "order": "订单号", "channel": "渠道", "type": "类型", "status": "状态",
           "amount": "金额", "deadline": "截止时间", "handled": "处理时间", "customer": "顾客",
           "reason": "原因"},
    "en": {"sheet": "After-sales",
           "title": "After-sales: {0} handled late, {1} due today, {2} overdue",
           "state": "State", "late": "Handled late", "today": "Due today",
           "overdue": "Overdue", "order": "Order", "channel": "Channel", "type": "Type",
           "status": "Status", "amount": "Amount", "deadline": "Deadline",
           "handled": "Handled", "customer": "Customer", "reason": "Reason"},
}
WHEN = "yyyy-mm-dd hh:mm"


def _money(item: AfterSale) -> Formatted:
    """The amount in its own currency (a shop may sell in yuan and dollars)."""
    symbol = {"CNY": "¥", "USD": "$"}.get(item.currency, item.currency + " ")
    return Formatted(float(item.amount), f'"{symbol}"#,##0.00')


def rows(store: Store, bounds: tuple[int, int]) -> tuple[list[AfterSale], list[AfterSale]]:
    """(handled late within the day, open with a deadline before the day's end)."""
    start, end = bounds
    late = [i for i in aftersales.handled_between(store, start, end) if i.late]
    due = [i for i in aftersales.open_requests(store)
           if i.deadline is not None and i.deadline < end]
    return late, due


def sheet(book: Book, store: Store, bounds: tuple[int, int], lang: str,
          local: Callable[[int | None], datetime | None], channel: Callable[[str], str]) -> None:
    """The sheet, for a shop whose channels have after-sales requests."""
    if not aftersales.any_known(store):
        return
    w = WORDS[lang]
    late, due = rows(store, bounds)
    now = store.clock()

    def row(item: AfterSale, state: str) -> list[Any]:
        return [state, item.order_id, channel(item.channel), kind_word(item.kind, lang),
                stage_word(item.stage, lang), _money(item), local(item.deadline),
                local(item.handled_at), aftersales.customer_name(store, item), item.reason]

    overdue = [i for i in due if (i.deadline or 0) <= now]  # still open, its deadline passed
    table = [row(i, w["late"]) for i in late] + \
        [row(i, w["overdue"] if i in overdue else w["today"]) for i in due]
    book.sheet(w["sheet"], [w["state"], w["order"], w["channel"], w["type"], w["status"],
                            w["amount"], w["deadline"], w["handled"], w["customer"],
                            w["reason"]], table, {6: WHEN, 7: WHEN},
               heading=w["title"].format(len(late), len(due) - len(overdue), len(overdue)))
