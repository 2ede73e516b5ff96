"""The demo shop's after-sales requests: some of its customers' orders with a request open,
their deadlines from under two hours to a few days away."""

from __future__ import annotations

import random
from datetime import date

from desktop.domain.aftersales import (
    DOUYIN_KINDS,
    DOUYIN_STAGES,
    TIKTOK_KINDS,
    TIKTOK_STAGES,
    AfterSale,
    Kind,
    Stage,
)
from desktop.domain.orders import Order, Status
from desktop.services import aftersales, shop_scores
from desktop.store import orders as order_store
from desktop.store import platform_figures
from desktop.store.db import Store

MINUTE = 60_000
# minutes left; on 抖店 (aftersale_type, aftersale_status, its status text); on TikTok Shop
# (return_type, return_status): each platform's own codes, read as its connector reads them
# (TikTok Shop has no 补寄 or 价保: a replacement and a refund stand in for them there)
REQUESTS = (
    (50, (1, 6, "待商家处理"), ("REFUND", "RETURN_OR_REFUND_REQUEST_PENDING")),
    (100, (0, 6, "待商家处理"), ("RETURN_AND_REFUND", "RETURN_OR_REFUND_REQUEST_PENDING")),
    (5 * 60, (0, 11, "待商家收货"), ("RETURN_AND_REFUND", "BUYER_SHIPPED_ITEM")),
    (10 * 60, (3, 6, "待商家处理"), ("REPLACEMENT", "REPLACEMENT_REQUEST_PENDING")),
    (20 * 60, (7, 6, "待商家处理"), ("REPLACEMENT", "REPLACEMENT_REQUEST_PENDING")),
    (36 * 60, (0, 7, "待买家退货"), ("RETURN_AND_REFUND", "AWAITING_BUYER_SHIP")),
    (60 * 60, (6, 6, "待商家处理"), ("REFUND", "RETURN_OR_REFUND_REQUEST_PENDING")),
)
REASONS = {"zh": ("尺码不合适", "质量问题", "发错货", "不想要了", "商品与描述不符", "少件/漏发"),
           "en": ("Wrong size", "Damaged item", "Wrong item sent", "No longer needed",
                  "Not as described", "Missing part")}


ARRIVED = frozenset({Status.DELIVERED, Status.COMPLETED})
NOT_CANCELLED = frozenset(Status) - {Status.CANCELLED}


def _kind_stage_words(order: Order, douyin: tuple[int, int, str],
                      tiktok: tuple[str, str]) -> tuple[Kind, Stage, str]:
    """The request's type, stage and the platform's words, through the platform's codes."""
    if order.currency == "CNY":  # 抖店
        kind_code, status_code, text = douyin
        if kind_code == 1 and not order.tracking:
            kind_code = 2  # 未发货仅退款
        return DOUYIN_KINDS[kind_code], DOUYIN_STAGES[status_code], text
    return_type, status = tiktok
    return (TIKTOK_KINDS[return_type], TIKTOK_STAGES[status],
            status.replace("_", " ").capitalize())


def _fits(order: Order, request: tuple) -> bool:
    """Goods come back, are exchanged or sent again once they have arrived; a refund alone
    is asked of any order not cancelled."""
    refund_only = request[1][0] in (1, 2) and request[2][0] == "REFUND"
    return order.status in (NOT_CANCELLED if refund_only else ARRIVED)


def _picked(store: Store, rng: random.Random) -> list[tuple[tuple, tuple, Order]]:
    """(the mention, the request, its order): each request on an order that can have it."""
    mentioned = [m for m in order_store.mentioned(store.conn) if m[1] in ("douyin", "tiktok")]
    rng.shuffle(mentioned)
    left, out = list(REQUESTS), []
    for mention in mentioned:
        if not left:
            break
        stored = order_store.get(store.conn, mention[2])
        if stored and (request := next((r for r in left if _fits(stored[0], r)), None)):
            left.remove(request)
            out.append((mention, request, stored[0]))
    return out


def add_demo_after_sales(store: Store, rng: random.Random) -> int:
    now = store.clock()
    by_channel: dict[str, list[AfterSale]] = {}
    for (channel, kind, order_id, customer_id, _first, _lang), request, order in _picked(
            store, rng):
        minutes, douyin, tiktok = request
        what, stage, words = _kind_stage_words(order, douyin, tiktok)
        by_channel.setdefault(channel, []).append(AfterSale(
            channel=channel, request_id=f"{'7' if kind == 'douyin' else '46'}"
                                        f"{rng.randint(10**9, 10**10)}",
            order_id=order_id, kind=what, stage=stage, platform_status=words,
            amount=order.total, currency=order.currency,
            reason=rng.choice(REASONS["zh" if kind == "douyin" else "en"]),
            deadline=now + minutes * MINUTE + rng.randrange(MINUTE),
            created_at=now - rng.randint(2, 40) * 60 * MINUTE, buyer_id=order.buyer_id,
            customer_id=customer_id))
    for channel, items in by_channel.items():
        aftersales.save(store, channel, items)
    return sum(len(v) for v in by_channel.values())


def add_demo_platform_figures(store: Store, rng: random.Random, agents: list[str]) -> None:
    """Yesterday's figures as Feige exports them for the demo's agents, and the shop's
    scores on its Douyin channel."""
    from datetime import timedelta

    today = shop_scores.today(store)
    yesterday = (date.fromisoformat(today) - timedelta(days=1)).isoformat()
    rows = [{"agent": name, "sessions": rng.randint(40, 160),
             "three_min_rate": round(rng.uniform(0.82, 0.99), 3),
             "first_response_s": rng.randint(8, 40), "avg_response_s": rng.randint(20, 70),
             "satisfaction": round(rng.uniform(0.85, 0.99), 3),
             "dissatisfaction": round(rng.uniform(0.0, 0.03), 3),
             "inquiry_conversion": round(rng.uniform(0.2, 0.5), 3)} for name in agents]
    with store.write() as w:
        platform_figures.replace_day(w, "feige", yesterday, rows, store.clock())
    douyin = [m[0] for m in order_store.mentioned(store.conn) if m[1] == "douyin"]
    if douyin:
        shop_scores.save(store, douyin[0], yesterday, {
            "shop_score": 4.81, "product_score": 4.76, "logistics_score": 4.9,
            "service_score": 4.62})
