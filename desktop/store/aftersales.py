"""After-sales requests: one row per (channel, request id); and when each channel's requests are
fetched next."""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop.domain.aftersales import OPEN_STAGES, AfterSale, Kind, Stage
from desktop.store.writer import Writer

_COLUMNS = ("channel_id", "request_id", "order_id", "customer_id", "buyer_id", "kind", "stage",
            "platform_status", "amount", "currency", "reason", "deadline", "created_at",
            "handled_at", "late", "fetched_at")
_SELECT = ("SELECT c.name, " + ", ".join(f"a.{c}" for c in _COLUMNS[1:]) +
           " FROM after_sales a JOIN channels c ON c.id = a.channel_id")
_OPEN = "a.stage IN (" + ", ".join(f"'{s.value}'" for s in sorted(OPEN_STAGES)) + ")"
_ORDER = " ORDER BY a.deadline IS NULL, a.deadline, a.created_at, a.request_id"


def save(w: Writer, channel_id: str, item: AfterSale) -> None:
    """Store the request as said now (shared with the team, known by channel and request)."""
    w.upsert("after_sales", dict(zip(_COLUMNS, (
        channel_id, item.request_id, item.order_id, item.customer_id, item.buyer_id,
        item.kind.value, item.stage.value, item.platform_status, item.amount, item.currency,
        item.reason, item.deadline, item.created_at, item.handled_at, int(item.late),
        item.fetched_at), strict=True)))


def _item(row: tuple) -> AfterSale:
    (channel, request_id, order_id, customer_id, buyer_id, kind, stage, platform_status,
     amount, currency, reason, deadline, created_at, handled_at, late, fetched_at) = row
    return AfterSale(channel=channel, request_id=request_id, order_id=order_id,
                     kind=Kind(kind), stage=Stage(stage), platform_status=platform_status,
                     amount=amount, currency=currency, reason=reason, deadline=deadline,
                     created_at=created_at, buyer_id=buyer_id, customer_id=customer_id,
                     handled_at=handled_at, late=bool(late), fetched_at=fetched_at)


def of_channel(conn: sqlite3.Connection, channel_id: str) -> dict[str, AfterSale]:
    """The channel's stored requests, by request id."""
    return {r[1]: _item(r) for r in conn.execute(_SELECT + " WHERE a.channel_id = ?",
                                                  (channel_id,))}


def open_requests(conn: sqlite3.Connection, channel_id: str | None = None) -> list[AfterSale]:
    """The open requests (of one channel when given), nearest deadline first."""
    return [_item(r) for r in conn.execute(
        _SELECT + f" WHERE {_OPEN} AND (? IS NULL OR a.channel_id = ?)" + _ORDER,
        (channel_id, channel_id))]


def of_order(conn: sqlite3.Connection, channel_id: str, order_id: str) -> list[AfterSale]:
    return [_item(r) for r in conn.execute(
        _SELECT + " WHERE a.channel_id = ? AND a.order_id = ?" + _ORDER,
        (channel_id, order_id))]


def of_customer(conn: sqlite3.Connection, customer_id: str) -> list[AfterSale]:
    """The customer's requests, open ones first, nearest deadline first."""
    return [_item(r) for r in conn.execute(
        _SELECT + f" WHERE a.customer_id = ? ORDER BY NOT ({_OPEN}), a.deadline IS NULL, "
        "a.deadline, a.created_at DESC", (customer_id,))]


def handled_between(conn: sqlite3.Connection, start: int, end: int) -> list[AfterSale]:
    return [_item(r) for r in conn.execute(
        _SELECT + " WHERE a.handled_at >= ? AND a.handled_at < ? ORDER BY a.handled_at",
        (start, end))]


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM after_sales").fetchone()[0]


def fetch_state(conn: sqlite3.Connection, channel_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT next_at, last_ok_at, last_error, failures FROM "
                       "after_sales_fetch WHERE channel_id = ?", (channel_id,)).fetchone()
    if row is None:
        return {"next_at": 0, "last_ok_at": None, "last_error": "", "failures": 0}
    return dict(zip(("next_at", "last_ok_at", "last_error", "failures"), row, strict=True))


def save_fetch_state(w: Writer, channel_id: str, state: dict[str, Any]) -> None:
    w.raw("INSERT INTO after_sales_fetch (channel_id, next_at, last_ok_at, last_error, "
          "failures) VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel_id) DO UPDATE SET "
          "next_at = excluded.next_at, last_ok_at = excluded.last_ok_at, "
          "last_error = excluded.last_error, failures = excluded.failures",
          (channel_id, state["next_at"], state["last_ok_at"], state["last_error"][:1000],
           state["failures"]))


def service_requests(conn: sqlite3.Connection, channel_id: str,
                     conversation: str) -> list[tuple[str, str]]:
    """(message external id, order id) of a conversation's service requests, newest first."""
    return [(r[0], r[1] or "") for r in conn.execute(
        "SELECT m.external_id, m.order_id FROM messages m JOIN conversations c ON c.id = "
        "m.conversation_id WHERE c.channel_id = ? AND c.external_id = ? AND m.kind = "
        "'service_request' AND m.direction = 'in' ORDER BY m.sent_at DESC, m.seq DESC",
        (channel_id, conversation))]
