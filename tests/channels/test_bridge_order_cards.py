"""An order card that reaches a 抖店 shop through its chat bridge (the webhook channel the 抖店
channel names) is answered with the order's live state: a real POST to the endpoint, a local
open platform that checks signatures, the reply as queued for the conversation and the order
as `shopdesk order show` prints it. When the platform fails, the reply falls back."""

from __future__ import annotations

import json
import threading
import time

import pytest
import requests

from desktop.channels import orders as lookups
from desktop.channels.webhook import WebhookServer
from desktop.services import channels, orders, outbox
from desktop.store.db import open_store
from tests.channels.douyin_contract import APP_KEY, APP_SECRET, SHOP_ID, DouyinOpen
from tests.cli.test_cli import run

DOUYIN, BRIDGE = "抖音旗舰店", "抖音中转"
ORDER = "4781320682406083640"
OPENING = "已为您查询到包裹最新动态"


@pytest.fixture
def api():
    server = DouyinOpen()
    yield server
    server.close()


@pytest.fixture
def shop(tmp_path, clock, api, monkeypatch):
    monkeypatch.setattr(lookups, "LIVE_WAIT_S", 2.0)  # the most a request waits for a lookup
    clock.now = 1_760_540_405_000  # 2025-10-15 23:00:05 in Shanghai: closed
    path = tmp_path / "shop.sqlite"
    store = open_store(path, clock=clock)
    added = channels.add(store, "webhook", BRIDGE, {"port": 0})
    channels.add(store, "douyin", DOUYIN, {"app_key": APP_KEY, "shop_id": SHOP_ID,
                                           "api_base": api.base, "bridge": BRIDGE},
                 {"secrets": json.dumps({"app_secret": APP_SECRET, "access_token": "dy-token-1",
                                         "refresh_token": "dy-refresh-1"})})
    server = WebhookServer(lambda: open_store(path, clock=clock), BRIDGE, added["token"])
    server.start()
    yield store, server, added["token"], path
    server.stop()
    store.close()


def _post(server, token, body: dict) -> requests.Response:
    return requests.post(f"http://127.0.0.1:{server.port}/messages",
                         data=json.dumps(body, ensure_ascii=False).encode(),
                         headers={"Authorization": f"Bearer {token}",
                                  "Content-Type": "application/json"}, timeout=30)


def _card(n: int = 1, customer: str = "u1", kind: str = "order_card") -> dict:
    return {"conversation": f"c-{customer}", "customer": {"id": customer, "name": "小红"},
            "id": f"in-{customer}-{n}", "direction": "in", "author": "customer", "kind": kind,
            "text": "" if kind == "order_card" else "在吗", "sent_at": "2025-10-15T23:00:00+08:00",
            **({"order_id": ORDER} if kind == "order_card" else {})}


def _card_reply(store) -> str:
    """The auto-reply queued for the card (the one naming its order)."""
    found = [p["text"] for p in outbox.pending(store) if ORDER in p["text"]]
    assert len(found) == 1, outbox.pending(store)
    return found[0]


def _shown(path) -> dict:
    shown = run("order", "show", ORDER, "--json", "--db", str(path))
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def test_a_bridged_order_card_is_answered_with_the_live_logistics(shop, api):
    store, server, token, path = shop
    api.add_order(ORDER)
    api.routes["YT7788"] = [
        {"content": "【广州】已揽收", "timestamp": 1_759_310_000},
        {"content": "【杭州】派送中，快递员正在派件", "timestamp": 1_759_390_000}]
    answer = _post(server, token, _card())
    assert answer.status_code == 200, answer.text
    assert answer.json()["stored"] == 1 and answer.json()["auto_replies"] >= 1
    assert api.bad_signatures == 0
    assert api.calls == ["order.orderDetail", "logistics.trackNoRouteDetail"]
    reply = _card_reply(store)
    assert reply.startswith(OPENING), reply
    assert "【杭州】派送中，快递员正在派件" in reply and "圆通速递 YT7788" in reply
    assert "运输中" in reply and "{" not in reply
    got = _shown(path)
    assert got["order_id"] == ORDER and got["status"] == "in_transit"
    assert [e["text"] for e in got["tracking"][0]["events"]] == \
        ["【杭州】派送中，快递员正在派件", "【广州】已揽收"]


def _html_page(api):
    api.failures += [(200, "<html><body>502 Bad Gateway</body></html>")] * 3
    return lambda: len(api.failures) < 3  # asked, and answered with the page


def _rate_limit(api):
    api.throttle_next = 3
    return lambda: api.throttle_next < 3


def _too_slow(api):
    api.delay = 2.5  # beyond the bound: the reply does not wait for it
    return lambda: True


@pytest.mark.parametrize("fault", [_html_page, _rate_limit, _too_slow])
def test_a_failed_lookup_falls_back_to_the_text_without_the_live_part(shop, api, fault):
    store, server, token, path = shop
    api.add_order(ORDER)
    api.routes["YT7788"] = [{"content": "【杭州】派送中", "timestamp": 1_759_390_000}]
    asked = fault(api)
    started = time.monotonic()
    answer = _post(server, token, _card())
    assert answer.status_code == 200 and answer.json()["stored"] == 1
    assert time.monotonic() - started < lookups.LIVE_WAIT_S + 1.5  # bounded
    assert asked()
    reply = _card_reply(store)
    assert reply.strip() and "{" not in reply and "}" not in reply
    assert OPENING not in reply and ORDER in reply  # the text without its live part
    assert all(line.strip() for line in reply.split("\n"))  # no blank where it was
    if fault is _too_slow:  # the answer that came late is kept for the next look
        deadline = time.monotonic() + 15
        while orders.find(store, ORDER) is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _shown(path)["tracking"][0]["events"][0]["text"] == "【杭州】派送中"


def test_a_failed_lookup_answers_from_the_stored_order(shop, api, clock):
    store, server, token, _ = shop
    api.add_order(ORDER)
    api.routes["YT7788"] = [{"content": "【广州】已揽收", "timestamp": 1_759_310_000}]
    lookups.refresh_order(store, ORDER, BRIDGE)  # known an hour ago
    clock.advance(3_600_000)
    api.failures += [(502, "<html>nginx</html>")] * 3
    assert _post(server, token, _card()).status_code == 200
    reply = _card_reply(store)
    assert reply.startswith(OPENING) and "【广州】已揽收" in reply


def test_a_slow_platform_holds_up_only_the_card_not_the_other_messages(shop, api,
                                                                        monkeypatch):
    store, server, token, _ = shop
    monkeypatch.setattr(lookups, "LIVE_WAIT_S", 5.0)
    api.add_order(ORDER)
    api.routes["YT7788"] = [{"content": "【杭州】派送中", "timestamp": 1_759_390_000}]
    api.delay = 0.7  # each of the two calls
    took: list[float] = []

    def send_card() -> None:
        started = time.monotonic()
        _post(server, token, _card())
        took.append(time.monotonic() - started)

    card = threading.Thread(target=send_card)
    card.start()
    time.sleep(0.2)  # the card's lookup under way
    started = time.monotonic()
    assert _post(server, token, _card(2, "u2", kind="text")).status_code == 200
    assert time.monotonic() - started < 0.8  # answered while the card's order is asked
    card.join()
    assert took[0] >= 1.4  # the card's answer waited for its order
    assert OPENING in _card_reply(store)
