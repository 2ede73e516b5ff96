"""Orders travel with team sync, known by (channel, order id): what one desktop looked up the
other shows, and the later word on an order wins on both."""

from __future__ import annotations

import json
from dataclasses import replace

from desktop.domain.orders import Order, OrderItem, Status, Tracking, TrackingEvent
from desktop.services import interchange, orders
from tests.sync.test_convergence import _sync, desktops  # noqa: F401 - the fixture
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def test_an_order_stored_on_one_desktop_shows_on_the_other(desktops, tmp_path):  # noqa: F811
    (a, home_a), (b, home_b) = desktops[0]
    monkeypatch = desktops[1]
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps(
        {"channel": "douyin", "conversation": "c1", "customer": {"id": "u1", "name": "王"},
         "id": "m1", "direction": "in", "author": "customer", "kind": "order_card",
         "order_id": "6900001111", "sent_at": "2025-10-02T10:00:00+08:00"},
        ensure_ascii=False), encoding="utf-8")
    interchange.import_file(a, lines)
    order = Order(channel="douyin", order_id="6900001111", status=Status.IN_TRANSIT,
                  platform_status="已发货", created_at=1_759_300_000_000, total="59.00",
                  items=(OrderItem("草莓发夹", 2, "29.50", "粉色"),),
                  tracking=(Tracking("YT7788", "圆通速递",
                                     (TrackingEvent(1_759_390_000_000, "派送中"),)),),
                  fetched_at=1_759_390_000_000)
    orders.save(a, [order])
    _sync(a, home_a, monkeypatch)
    _sync(b, home_b, monkeypatch)
    got = orders.get(b, "6900001111")
    assert got == orders.get(a, "6900001111")
    assert got.tracking[0].events[0].text == "派送中"
    customer = b.conn.execute("SELECT id FROM customers").fetchone()[0]
    assert [o.order_id for o in orders.for_customer(b, customer)] == ["6900001111"]
    orders.save(b, [replace(got, status=Status.DELIVERED, platform_status="已签收")])
    _sync(b, home_b, monkeypatch)
    _sync(a, home_a, monkeypatch)
    assert orders.get(a, "6900001111").status is Status.DELIVERED
