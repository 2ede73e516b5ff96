"""Orders in the shop database: stored whole by (channel, order id), linked to customers,
listed newest first, shared with the team, kept as they were when a lookup fails."""

from __future__ import annotations

import pytest

from desktop.domain.orders import Order, OrderItem, Status, Tracking, TrackingEvent
from desktop.services import interchange, orders
from desktop.services.errors import UserError
from desktop.services.orders import LookupFailed
from desktop.store import directory
from tests.conftest import DATA, NOW_MS


@pytest.fixture
def shop(store):
    interchange.import_file(store, DATA / "sample.jsonl")
    return store


def _order(order_id="6900001111", channel="douyin", **kw) -> Order:
    base = dict(channel=channel, order_id=order_id, status=Status.IN_TRANSIT,
                platform_status="已发货", created_at=NOW_MS - 86_400_000, total="59.00",
                items=(OrderItem("草莓发夹", 2, "29.50", "粉色"),),
                tracking=(Tracking("YT7788", "圆通速递",
                                   (TrackingEvent(NOW_MS - 1000, "运输中"),)),),
                fetched_at=NOW_MS)
    base.update(kw)
    return Order(**base)


def _customer(shop, channel, external):
    return directory.find_customer(shop.conn, directory.channel_ids(shop.conn)[channel],
                                   external).id


def test_an_order_is_stored_whole_and_said_again_replaces_it(shop):
    orders.save(shop, [_order()])
    orders.save(shop, [_order(status=Status.DELIVERED, platform_status="已签收")])
    got = orders.get(shop, "6900001111")
    assert got.status is Status.DELIVERED and got.items[0].price == "29.50"
    assert shop.conn.execute("SELECT count(*) FROM orders").fetchone() == (1,)


def test_a_customers_orders_by_buyer_id_and_by_order_card_newest_first(shop):
    cat = _customer(shop, "douyin", "dy-u-1")
    orders.save(shop, [_order(),  # the order card the customer sent
                       _order("6900002222", buyer_id="dy-u-1", created_at=NOW_MS),
                       _order("6900003333", buyer_id="someone-else")])
    assert [o.order_id for o in orders.for_customer(shop, cat)] == ["6900002222", "6900001111"]
    # the order of the conversation's latest order card, before the customer's newest
    conv = shop.conn.execute("SELECT id FROM conversations WHERE external_id = 'dy-5'"
                             ).fetchone()[0]
    assert orders.for_conversation(shop, conv).order_id == "6900001111"
    assert orders.reply_values(shop, conv)["tracking_no"] == "YT7788"


def test_orders_travel_with_the_team_by_their_natural_key(shop):
    orders.save(shop, [_order()])
    channel = directory.channel_ids(shop.conn)["douyin"]
    key, fields = shop.conn.execute("SELECT key, fields FROM change_log WHERE tbl = 'orders'"
                                    ).fetchone()
    assert key == f"{channel}\x1f6900001111" and '"tracking"' in fields


def test_a_failed_lookup_keeps_the_stored_order(shop, clock):
    orders.save(shop, [_order()])

    class Down:
        def order(self, order_id):
            raise LookupFailed("抖店 cannot be reached: ConnectionError")

        def buyer_orders(self, buyer_id):
            return []

    clock.advance(3_600_000)
    assert orders.stale(shop, orders.get(shop, "6900001111"))
    with pytest.raises(LookupFailed):
        orders.refresh(shop, Down(), "6900001111", "douyin")
    assert orders.get(shop, "6900001111").fetched_at == NOW_MS


def test_a_search_result_without_events_keeps_the_events_known(shop):
    orders.save(shop, [_order()])
    bare = _order(tracking=(Tracking("YT7788", "圆通速递"),))
    orders.save(shop, [bare])
    assert orders.get(shop, "6900001111").tracking[0].events[0].text == "运输中"


def test_the_json_keys_are_the_documented_ones(shop):
    orders.save(shop, [_order()])
    got = orders.to_json(shop, orders.get(shop, "6900001111"))
    assert list(got) == ["order_id", "channel", "status", "platform_status", "created_at",
                         "items", "total", "currency", "tracking", "updated_at"]
    assert got["items"] == [{"name": "草莓发夹", "sku": "粉色", "quantity": 2, "price": "29.50"}]
    assert got["tracking"][0]["events"][0] == {"at": "2025-10-02T19:59:59+08:00",
                                               "text": "运输中"}


def test_an_unknown_order_is_named(shop):
    with pytest.raises(UserError, match="no order 123"):
        orders.get(shop, "123")


def test_a_customers_orders_are_found_from_their_own_conversations(tmp_path):
    """The query behind the customer panel starts from the customer's conversations, never
    from every order-naming message of the shop (2 s on a 2-million-message shop, on the GUI
    thread, each time a conversation opened)."""
    from desktop.services.session import open_shop
    from desktop.store import orders as order_store

    shop = open_shop(tmp_path / "plan.sqlite")
    sql = (order_store._SELECT + f" JOIN ({order_store._OF_CUSTOMER}) k ON "
           "k.channel_id = o.channel_id AND k.order_id = o.order_id")
    plan = " | ".join(r[3] for r in shop.conn.execute("EXPLAIN QUERY PLAN " + sql,
                                                      {"customer": "c1"}))
    assert "messages_order" not in plan and "conversations_customer" in plan, plan
