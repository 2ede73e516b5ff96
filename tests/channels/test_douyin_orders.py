"""抖店 orders and logistics against a local open platform that checks signatures as the
platform does, renews tokens, pages, throttles and breaks."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from desktop.channels import orders as lookups
from desktop.channels.douyin import param_json, sign
from desktop.domain.orders import Status
from desktop.services import channels, orders
from desktop.services.orders import LookupFailed
from desktop.store.db import open_store
from tests.channels.douyin_contract import (
    APP_KEY,
    APP_SECRET,
    AUTHORISATION_CLOSED,
    IP_REFUSED,
    SHOP_ID,
    DouyinOpen,
)

NAME = "抖音旗舰店"


def test_the_signature_matches_a_fixed_vector_computed_by_the_documented_formula():
    app_key, secret, stamp = "7152331588175513100", "8a4e5b0c-secret", "1700000000"
    method = "order.orderDetail"
    body = param_json({"shop_order_id": "4781320682406083640"})
    pattern = (secret + "app_key" + app_key + "method" + method + "param_json" + body +
               "timestamp" + stamp + "v" + "2" + secret)
    expected = hmac.new(secret.encode(), pattern.encode(), hashlib.sha256).hexdigest()
    assert body == '{"shop_order_id":"4781320682406083640"}'
    assert sign(app_key, secret, method, body, stamp) == expected
    # the same vector worked out apart from Python, with openssl:
    # printf '%s' "$PATTERN" | openssl dgst -sha256 -hmac 8a4e5b0c-secret
    assert expected == "a000e369886a7e777e26e149f125b2076615e150dc2b0031406f302a584bbb72"


def test_param_json_sorts_keys_at_every_level_compact_and_unescaped():
    assert param_json({"b": {"d": 1, "c": "粉色"}, "a": [{"z": 1, "y": 2}]}) == \
        '{"a":[{"y":2,"z":1}],"b":{"c":"粉色","d":1}}'


@pytest.fixture
def api():
    server = DouyinOpen()
    yield server
    server.close()


@pytest.fixture
def store(tmp_path, api):
    s = open_store(tmp_path / "shop.sqlite")
    channels.add(s, "douyin", NAME, {"app_key": APP_KEY, "shop_id": SHOP_ID,
                                     "api_base": api.base},
                 {"secrets": json.dumps({"app_secret": APP_SECRET,
                                         "access_token": "dy-token-1",
                                         "refresh_token": "dy-refresh-1"})})
    yield s
    s.close()


def test_an_order_is_looked_up_with_its_route_in_yuan(store, api):
    api.add_order("4781320682406083640")
    api.routes["YT7788"] = [{"content": "【广州】已揽收", "timestamp": 1_759_310_000},
                            {"content": "【杭州】派送中", "timestamp": 1_759_390_000}]
    got = lookups.refresh_order(store, "4781320682406083640", NAME)
    assert api.bad_signatures == 0
    assert api.calls == ["order.orderDetail", "logistics.trackNoRouteDetail"]
    assert (got.status, got.platform_status, got.total) == (Status.IN_TRANSIT, "已发货", "59.00")
    assert got.items[0].price == "29.50" and got.items[0].sku == "粉色"
    assert got.recipient == "张** *******5678 广东省广州市天河区"
    assert [e.text for e in got.tracking[0].events] == ["【杭州】派送中", "【广州】已揽收"]
    assert got.tracking[0].carrier == "圆通速递"


def test_each_request_asks_for_the_platforms_current_error_codes_as_the_sdk_does(store, api):
    api.add_order("1")
    lookups.refresh_order(store, "1", NAME)
    assert api.headers and all(h.get("x-open-no-old-err-code") == "1" for h in api.headers)


def test_an_expired_token_is_renewed_once_and_kept(store, api):
    api.add_order("1")
    api.access_token, api.refresh_token = "dy-token-5", "dy-refresh-1"
    lookups.refresh_order(store, "1", NAME)
    kept = json.loads(channels.secret(NAME, "secrets"))
    assert kept["access_token"] == api.access_token == "dy-token-6"
    assert kept["refresh_token"] == "dy-refresh-6"


def test_a_token_that_cannot_be_renewed_says_so_and_keeps_the_cached_order(store, api):
    api.add_order("1")
    lookups.refresh_order(store, "1", NAME)
    api.access_token, api.refresh_fails = "dy-token-9", True
    api.orders["1"]["order_status"] = 5
    with pytest.raises(LookupFailed, match="authorise the app again"):
        lookups.refresh_order(store, "1", NAME)
    assert orders.get(store, "1").status is Status.IN_TRANSIT


def test_an_authorisation_the_shop_closed_is_said_and_no_renewal_is_tried(store, api):
    api.add_order("1")
    lookups.refresh_order(store, "1", NAME)
    api.calls.clear()
    api.refuse_next.append(AUTHORISATION_CLOSED)
    with pytest.raises(LookupFailed, match="authoris") as failed:
        lookups.refresh_order(store, "1", NAME)
    assert failed.value.code == "authorisation"
    assert "token.refresh" not in api.calls  # a new token would not open it again
    assert orders.get(store, "1").status is Status.IN_TRANSIT


def test_an_address_outside_the_apps_ip_whitelist_is_said_and_no_renewal_is_tried(store, api):
    api.add_order("1")
    api.refuse_next.append(IP_REFUSED)
    with pytest.raises(LookupFailed, match="IP whitelist"):
        lookups.refresh_order(store, "1", NAME)
    assert "token.refresh" not in api.calls and api.access_token == "dy-token-1"
    assert orders.find(store, "1") is None


@pytest.mark.parametrize(("status", "page"), [
    (200, "<html><body>502 Bad Gateway</body></html>"),
    (502, "<html>nginx</html>")])
def test_an_html_error_page_is_a_clear_failure_never_data(store, api, status, page):
    api.add_order("1")
    lookups.refresh_order(store, "1", NAME)
    api.failures.append((status, page))
    with pytest.raises(LookupFailed, match="not its API"):
        lookups.refresh_order(store, "1", NAME)
    assert orders.get(store, "1").status is Status.IN_TRANSIT


def test_a_rate_limit_is_worded_and_nothing_is_half_stored(store, api):
    api.add_order("1")
    api.routes["YT7788"] = [{"content": "派送中", "timestamp": 1_759_390_000}]
    api.throttle_next = 1
    with pytest.raises(LookupFailed, match="rate limit") as failed:
        lookups.refresh_order(store, "1", NAME)
    assert failed.value.code == "throttled"
    assert orders.find(store, "1") is None
    # the detail answered but the route throttled: the order is not stored without it
    api.failures.clear()
    api.throttle_next = 0
    original = api._handle

    def throttle_routes(handler):
        if "trackNoRouteDetail" in handler.path:
            api.throttle_next = 1
        return original(handler)

    api._handle = throttle_routes
    with pytest.raises(LookupFailed, match="rate limit"):
        lookups.refresh_order(store, "1", NAME)
    assert orders.find(store, "1") is None


def test_search_list_is_read_page_by_page(store, api):
    for n in range(7):
        api.add_order(f"o{n}", create_time=1_759_300_000 + n)
    shop = lookups.source(store, NAME)
    found = shop.search(page_size=3)
    assert [o.order_id for o in found] == [f"o{n}" for n in range(6, -1, -1)]
    assert api.calls.count("order.searchList") == 3 and api.bad_signatures == 0


def test_an_answer_without_the_documented_fields_is_refused(store, api):
    api.add_order("1")
    del api.orders["1"]["order_status"]
    with pytest.raises(LookupFailed, match="documented fields"):
        lookups.refresh_order(store, "1", NAME)
    assert orders.find(store, "1") is None
