"""TikTok Shop orders through the channel's own connector, against the local Partner API."""

from __future__ import annotations

import json

import pytest

from desktop.channels import orders as lookups
from desktop.channels import tiktok_orders
from desktop.domain.orders import Status
from desktop.services import channels, interchange, orders
from desktop.services.orders import LookupFailed
from desktop.store import directory
from desktop.store.db import open_store
from tests.channels.tiktok_contract import APP_KEY, APP_SECRET, CIPHER
from tests.channels.tiktok_orders_contract import T0, TikTokOrderShop

NAME = "TikTok美区"


@pytest.fixture
def api():
    server = TikTokOrderShop()
    yield server
    server.close()


@pytest.fixture
def store(tmp_path, api):
    s = open_store(tmp_path / "shop.sqlite")
    channels.add(s, "tiktok", NAME, {"app_key": APP_KEY, "shop_cipher": CIPHER,
                                     "api_base": api.base, "auth_base": api.base},
                 {"secrets": json.dumps({"app_secret": APP_SECRET, "access_token": "token-1",
                                         "refresh_token": "refresh-1"})})
    yield s
    s.close()


def test_order_detail_and_tracking_are_mapped(store, api):
    api.add_order("576461234")
    api.tracking["576461234"] = [
        {"description": "Out for delivery", "update_time_millis": T0 * 1000 + 9_000_000},
        {"description": "Picked up", "update_time_millis": T0 * 1000 + 3_000_000}]
    got = lookups.refresh_order(store, "576461234", NAME)
    assert api.bad_signatures == 0
    assert (got.status, got.total, got.currency) == (Status.IN_TRANSIT, "39.80", "USD")
    assert [(i.name, i.sku, i.quantity, i.price) for i in got.items] == \
        [("Linen Shirt", "White, M", 2, "19.90")]
    assert got.tracking[0].number == "9400111899223344556677"
    assert got.tracking[0].events[0].text == "Out for delivery"
    assert got.recipient == "A** 120****0123 Washington Seattle"


def test_a_buyers_orders_are_searched_page_by_page(store, api, monkeypatch):
    monkeypatch.setattr(tiktok_orders, "SEARCH_PAGE", 2)
    for n in range(5):
        api.add_order(f"57646{n}", at=T0 + n)
    api.add_order("999", buyer="someone-else")
    found = lookups.source(store, NAME).buyer_orders("7494560109732334261")
    assert [o.order_id for o in found] == [f"57646{n}" for n in (4, 3, 2, 1, 0)]
    assert api.searches == [{"buyer_user_id": "7494560109732334261"}] * 3


def test_a_customers_orders_are_refreshed_and_linked(store, api, tmp_path):
    line = {"channel": NAME, "conversation": "c1", "customer": {
        "id": "7494560109732334261", "name": "Albert"}, "id": "m1", "direction": "in",
        "author": "customer", "kind": "text", "text": "where is my parcel",
        "sent_at": "2025-10-01T09:00:00+08:00"}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    interchange.import_file(store, path)
    api.add_order("576461234")
    customer = directory.find_customer(store.conn, directory.channel_ids(store.conn)[NAME],
                                       "7494560109732334261")
    found, problems = lookups.refresh_customer(store, customer.id)
    assert problems == [] and [o.order_id for o in found] == ["576461234"]
    assert found[0].customer_id == customer.id


def test_a_rate_limit_keeps_the_cached_order_and_says_so(store, api):
    api.add_order("576461234")
    lookups.refresh_order(store, "576461234", NAME)
    api.orders["576461234"]["status"] = "DELIVERED"
    api.rate_limit_next = 1
    with pytest.raises(LookupFailed, match="too many requests"):
        lookups.refresh_order(store, "576461234", NAME)
    assert orders.get(store, "576461234").status is Status.IN_TRANSIT
    assert lookups.refresh_order(store, "576461234", NAME).status is Status.DELIVERED


def test_an_order_breaking_the_contract_is_not_stored(store, api):
    api.add_order("576461234")
    api.orders["576461234"]["payment"] = {"total_amount": "lots"}
    with pytest.raises(LookupFailed, match="not an amount"):
        lookups.refresh_order(store, "576461234", NAME)
    assert orders.find(store, "576461234") is None


def test_an_html_page_with_status_200_is_not_data(store, api):
    api.failures.append((200, "<html><body>Service Unavailable</body></html>"))
    with pytest.raises(LookupFailed, match="not its API"):
        lookups.refresh_order(store, "576461234", NAME)


def test_an_order_card_polled_at_night_is_answered_with_its_live_state(store, api):
    from desktop.channels.poll import poll

    api.add_order("576461234")
    api.tracking["576461234"] = [{"description": "Out for delivery",
                                  "update_time_millis": T0 * 1000 + 9_000_000}]
    api.buyer_says("c1", "", T0 + 50_000, "ORDER_CARD", {"order_id": "576461234"})
    [report] = poll(store, NAME)
    assert report["error"] == ""
    texts = [r[0] for r in store.conn.execute(
        "SELECT text FROM messages WHERE author = 'bot' ORDER BY sent_at")]
    assert any("订单状态：运输中" in t and "Out for delivery" in t for t in texts), texts
    buyer = directory.find_customer(store.conn, directory.channel_ids(store.conn)[NAME],
                                    "7494560109732334261")
    assert [o.order_id for o in orders.for_customer(store, buyer.id)] == ["576461234"]
