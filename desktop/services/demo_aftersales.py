"""The demo shop's after-sales requests: some of its customers' orders with a request open,
their deadlines from under two hours to a few days away."""

from __future__ import annotations

import random
from datetime import date

from desktop.domain.aftersales import AfterSale, Kind, Stage
from desktop.services import aftersales, shop_scores
from desktop.store import orders as order_store
from desktop.store import platform_figures
from desktop.store.db import Store

MINUTE = 60_000
# minutes left, the type, the stage, the platform's words (抖店, TikTok Shop)
REQUESTS = (
    (50, Kind.REFUND_ONLY, Stage.TO_REVIEW, ("待商家处理", "Return or refund request pending")),
    (100, Kind.RETURN_REFUND, Stage.TO_REVIEW, ("待商家处理", "Return or refund request pending")),
    (5 * 60, Kind.RETURN_REFUND, Stage.TO_RECEIVE, ("待商家收货", "Buyer shipped item")),
    (10 * 60, Kind.EXCHANGE, Stage.TO_REVIEW, ("待商家处理", "Replacement request pending")),
    (20 * 60, Kind.RESEND, Stage.TO_REVIEW, ("待商家处理", "Return or refund request pending")),
    (36 * 60, Kind.RETURN_REFUND, Stage.AWAITING_RETURN, ("待买家退货", "Awaiting buyer ship")),
    (60 * 60, Kind.PRICE_PROTECTION, Stage.TO_REVIEW, ("待商家处理",
                                                       "Return or refund request pending")),
)
REASONS = {"zh": ("尺码不合适", "质量问题", "发错货", "不想要了", "商品与描述不符", "少件/漏发"),
           "en": ("Wrong size", "Damaged item", "Wrong item sent", "No longer needed",
                  "Not as described", "Missing part")}


def add_demo_after_sales(store: Store, rng: random.Random) -> int:
    now = store.clock()
    mentioned = [m for m in order_store.mentioned(store.conn) if m[1] in ("douyin", "tiktok")]
    picked = rng.sample(mentioned, min(len(REQUESTS), len(mentioned)))
    by_channel: dict[str, list[AfterSale]] = {}
    for (channel, kind, order_id, customer_id, _first, lang), request in zip(
            picked, REQUESTS, strict=False):
        minutes, what, stage, words = request
        stored = order_store.get(store.conn, order_id)
        if not stored:
            continue
        order = stored[0]
        zh = kind == "douyin"
        by_channel.setdefault(channel, []).append(AfterSale(
            channel=channel, request_id=f"{'7' if zh else '46'}{rng.randint(10**9, 10**10)}",
            order_id=order_id, kind=what, stage=stage, platform_status=words[0 if zh else 1],
            amount=order.total, currency=order.currency,
            reason=rng.choice(REASONS["zh" if lang.startswith("zh") else "en"]),
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
