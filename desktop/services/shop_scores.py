"""The shop's scores on 抖店 (``shop.reputation``: shop, product, logistics and service score),
fetched once a day with the channel's poll and shown to the owner with their date (the
answer names no day: the shop's day they were fetched; docs/douyin.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.services import shop
from desktop.services.orders import channel_id
from desktop.store import platform_figures as rows_store
from desktop.store.db import Store

SCORES = ("shop_score", "product_score", "logistics_score", "service_score")


def today(store: Store) -> str:
    return datetime.fromtimestamp(store.clock() / 1000, shop.shop_zone(store)).date().isoformat()


def due(store: Store, channel: str) -> bool:
    """Whether the channel's scores were not fetched yet today (the shop's day)."""
    fetched = [s for s in rows_store.latest_scores(store.conn) if s["channel"] == channel]
    if not fetched:
        return True
    when = datetime.fromtimestamp(fetched[0]["fetched_at"] / 1000, shop.shop_zone(store))
    return when.date().isoformat() != today(store)


def save(store: Store, channel: str, day: str, scores: dict[str, Any]) -> None:
    with store.write() as w:
        rows_store.save_scores(w, channel_id(store, channel), day, scores, store.clock())


def latest(store: Store) -> list[dict[str, Any]]:
    """Each channel's latest scores: channel, date, fetched_at and the four scores."""
    return rows_store.latest_scores(store.conn)
