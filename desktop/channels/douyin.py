"""抖店 (Douyin shop open platform): orders and logistics for a Douyin channel.

Chats keep arriving through a bridge (the webhook); the open platform is asked for orders.
Requests follow the official SDK: ``POST {api_base}/{path}`` with the query ``app_key``,
``method`` (the path with ``/`` as ``.``, e.g. ``order.orderDetail``), ``timestamp``, ``v=2``,
``sign_method=hmac-sha256``, ``access_token`` and ``sign``; the body is ``param_json`` (keys
sorted at every level, compact, UTF-8 unescaped); ``sign`` is the lowercase hex HMAC-SHA256,
keyed with the app secret, over ``app_secret + "app_key" + K + "method" + M + "param_json" +
PJ + "timestamp" + TS + "v" + "2" + app_secret``. Success is ``code`` 10000. Amounts are fen.
Every name here was read in the public SDKs; docs/douyin.md says where.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import requests

from desktop.channels.base import ChannelError, listed
from desktop.channels.tiktok import Tokens
from desktop.domain.orders import (
    Order,
    OrderError,
    OrderItem,
    Tracking,
    TrackingEvent,
    money_from_fen,
    normalise_status,
)
from desktop.domain.problems import Code
from desktop.services.orders import LookupFailed

log = logging.getLogger(__name__)
API_BASE = "https://openapi-fxg.jinritemai.com"
SUCCESS = 10000
# The platform's base error codes (平台基础错误码), as the SDK asks for them with the header
# ``x-open-no-old-err-code: 1``. An access token that has expired or been replaced
# (code 40003) is renewed once, as the official SDKs do; a shop that closed or ended the
# authorisation (30001 dop.authorization-*) needs the app authorised again; 30002 is an
# address outside the app's IP whitelist; 60000 is the rate limit.
RENEW_SUBCODES = ("isv.access-token-expired", "isv.access-token-no-existed")
AUTHORISATION_SUBCODES = ("dop.authorization-no-existed", "dop.authorization-closed")
NO_PERMISSION, IP_REFUSED, RATE_LIMITED = 30001, 30002, 60000
HEADERS = {"Content-Type": "application/json", "x-open-no-old-err-code": "1"}
# A renewal that fails for these is not an ended authorisation: it is said as it is.
PASSING = (Code.PLATFORM_UNREACHABLE, Code.PLATFORM_SLOW, Code.PLATFORM_NOT_API)


def param_json(params: dict[str, Any]) -> str:
    """The body as the SDK makes it: keys sorted at every level, compact, unescaped UTF-8."""
    return json.dumps(params, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sign(app_key: str, app_secret: str, method: str, body: str, timestamp: str) -> str:
    """The documented signature (sign_method hmac-sha256)."""
    text = (app_secret + "app_key" + app_key + "method" + method + "param_json" + body +
            "timestamp" + timestamp + "v" + "2" + app_secret)
    return hmac.new(app_secret.encode("utf-8"), text.encode("utf-8"),
                    hashlib.sha256).hexdigest()


class DouyinShop:
    """One 抖店 shop's open-platform client; ``save_tokens`` keeps renewed tokens."""

    def __init__(self, name: str, app_key: str, shop_id: str, tokens: Tokens,
                 save_tokens: Callable[[Tokens], None] = lambda _t: None,
                 api_base: str = API_BASE, clock: Callable[[], float] = time.time,
                 timeout: float = 20.0) -> None:
        self.name, self.app_key, self.shop_id = name, app_key, shop_id
        self.tokens, self.save_tokens = tokens, save_tokens
        self.api_base = api_base.rstrip("/")
        self.clock, self.timeout = clock, timeout
        self.session = requests.Session()

    def call(self, method: str, params: dict[str, Any], retried: bool = False,
             token: bool = True) -> dict[str, Any]:
        """One signed call (``method`` as ``order.orderDetail``); the ``data`` of success."""
        body = param_json(params)
        stamp = str(int(self.clock()))
        query = {"app_key": self.app_key, "method": method, "timestamp": stamp, "v": "2",
                 "sign_method": "hmac-sha256",
                 "sign": sign(self.app_key, self.tokens.app_secret, method, body, stamp)}
        if token:
            query["access_token"] = self.tokens.access_token
        try:
            answer = self.session.post(f"{self.api_base}/{method.replace('.', '/')}",
                                       params=query, data=body.encode("utf-8"),
                                       headers=HEADERS, timeout=self.timeout)
        except requests.RequestException as exc:
            raise ChannelError(f"抖店 cannot be reached: {type(exc).__name__}",
                               code=Code.PLATFORM_UNREACHABLE, platform="抖店") from exc
        if answer.status_code == 429:
            raise ChannelError("抖店: too many requests; try again in a minute",
                               code=Code.PLATFORM_SLOW, platform="抖店")
        try:
            result = answer.json()
            code = int(result["code"])
        except (ValueError, KeyError, TypeError):
            log.warning("douyin %s: not the API's JSON (%s): %r", method, answer.status_code,
                        answer.text[:2000])
            raise ChannelError(f"抖店 answered something that is not its API "
                               f"({answer.status_code}); try again later",
                               code=Code.PLATFORM_NOT_API, platform="抖店",
                               status=answer.status_code) from None
        sub = str(result.get("sub_code") or "")
        if sub in RENEW_SUBCODES and token and not retried:
            self.refresh()
            return self.call(method, params, retried=True)
        if code != SUCCESS:
            raise refusal(code, sub, str(result.get("sub_msg") or result.get("msg") or ""))
        data = result.get("data")
        return data if isinstance(data, dict) else {}

    def refresh(self) -> None:
        """A new access token from the refresh token (``token.refresh``). The platform out of
        reach, busy or throttled says so as it is (the token may still be renewed later);
        a refusal ends the authorisation, said once with the platform's own words."""
        try:
            data = self.call("token.refresh", {"grant_type": "refresh_token",
                                               "refresh_token": self.tokens.refresh_token},
                             token=False)
            self.tokens = Tokens(self.tokens.app_secret, str(data["access_token"]),
                                 str(data.get("refresh_token") or self.tokens.refresh_token))
        except ChannelError as exc:
            if exc.problem.code in PASSING:
                raise
            said = str(exc.problem.values.get("detail") or "")
            raise ended(said) from exc
        except KeyError as exc:
            raise ended(f"the answer has no {exc}") from exc
        self.save_tokens(self.tokens)

    # -- orders ----------------------------------------------------------------------------------
    def order(self, order_id: str) -> Order:
        try:
            detail = self.call("order.orderDetail", {"shop_order_id": order_id})
            found = detail.get("shop_order_detail")
            if not isinstance(found, dict):
                raise OrderError("the answer has no shop_order_detail")
            order = to_order(self.name, found)
            return _with_routes(order, self._routes(found))
        except (ChannelError, OrderError) as exc:
            raise LookupFailed(str(exc)) from exc

    def buyer_orders(self, buyer_id: str) -> list[Order]:
        return []  # order.searchList cannot search by buyer; known orders are asked one by one

    def search(self, page_size: int = 50, pages: int = 10, **criteria: Any) -> list[Order]:
        """Orders of ``order.searchList`` page by page (``page`` from 0)."""
        out: list[Order] = []
        try:
            for page in range(pages):
                data = self.call("order.searchList", {**criteria, "page": page,
                                                      "size": page_size})
                rows = listed(data, "shop_order_list", "抖店")
                out += [to_order(self.name, r) for r in rows]
                if len(rows) < page_size or len(out) >= int(data.get("total") or 0):
                    break
        except (ChannelError, OrderError) as exc:
            raise LookupFailed(str(exc)) from exc
        return out

    def _routes(self, found: dict[str, Any]) -> dict[str, list[TrackingEvent]]:
        routes: dict[str, list[TrackingEvent]] = {}
        for parcel in found.get("logistics_info") or []:
            number, code = str(parcel.get("tracking_no") or ""), str(parcel.get("company") or "")
            if not number or not code:
                continue
            data = self.call("logistics.trackNoRouteDetail",
                             {"logistics_code": code, "track_no": number})
            nodes = data.get("route__node_list") or data.get("route_node_list") or []
            routes[number] = [TrackingEvent(_ms(n["timestamp"]), str(n.get("content") or ""))
                              for n in nodes]
        return routes


def ended(said: str) -> ChannelError:
    """The access token could not be renewed: the app must be authorised again."""
    return ChannelError("抖店: the authorisation has ended and could not be renewed; authorise "
                        "the app again" + (f" ({said})" if said else ""), permanent=True,
                        code=Code.PLATFORM_AUTHORISATION, platform="抖店", detail=said)


def refusal(code: int, sub: str, said: str) -> ChannelError:
    """A refused call in words: the rate limit, an ended authorisation and a refused address
    as such; anything else with the platform's own words."""
    if code == RATE_LIMITED or "traffic-limited" in sub:
        return ChannelError("抖店: rate limit reached; try again in a minute",
                            code=Code.PLATFORM_SLOW, platform="抖店")
    if sub in RENEW_SUBCODES or sub.startswith(AUTHORISATION_SUBCODES):
        return ChannelError(f"抖店: the shop's authorisation has ended; authorise the app again "
                            f"({said})", permanent=True,
                            code=Code.PLATFORM_AUTHORISATION, platform="抖店", detail=said)
    if code == IP_REFUSED:
        return ChannelError("抖店 refused this computer's address: add it to the app's IP "
                            "whitelist on the open platform",
                            code=Code.PLATFORM_ADDRESS_REFUSED, platform="抖店")
    return ChannelError(f"抖店 error {code}: {said}", permanent=code == NO_PERMISSION,
                        code=Code.PLATFORM_ERROR, platform="抖店", error=code, detail=said)


def _ms(value: Any) -> int:
    number = int(value)
    return number if number > 10**11 else number * 1000


def _unit_price(sku: dict[str, Any]) -> int:
    """The unit price in fen: ``origin_amount`` (商品现价), else ``sum_amount`` (that times
    ``item_num``) divided back."""
    if sku.get("origin_amount") is not None:
        return int(sku["origin_amount"])
    return int(sku.get("sum_amount") or 0) // max(int(sku.get("item_num") or 1), 1)


def _with_routes(order: Order, routes: dict[str, list[TrackingEvent]]) -> Order:
    return replace(order, tracking=tuple(
        replace(t, events=tuple(routes.get(t.number, t.events))) for t in order.tracking))


def to_order(channel: str, d: dict[str, Any]) -> Order:
    """A ``shop_order_detail`` (or a ``shop_order_list`` row) as an order; OrderError when it
    breaks the documented contract."""
    try:
        items = tuple(OrderItem(
            name=str(s["product_name"]), quantity=int(s.get("item_num") or 1),
            price=money_from_fen(_unit_price(s)),
            sku=" ".join(str(p.get("value", "")) for p in s.get("spec") or []),
            picture=str(s.get("product_pic") or ""),
            after_sale=str((s.get("after_sale_info") or {}).get("after_sale_status") or ""))
            for s in d.get("sku_order_list") or [])
        tracking = tuple(Tracking(str(p["tracking_no"]), str(p.get("company_name") or ""))
                         for p in d.get("logistics_info") or [] if p.get("tracking_no"))
        addr = d.get("mask_post_addr") or {}
        region = "".join(str((addr.get(k) or {}).get("name") or "")
                         for k in ("province", "city", "town"))
        status_text = str(d.get("order_status_desc") or "")
        return Order(
            channel=channel, order_id=str(d["order_id"]),
            status=normalise_status(str(d["order_status"])),
            platform_status=status_text or str(d["order_status"]),
            created_at=_ms(d["create_time"]),
            paid_at=_ms(d["pay_time"]) if d.get("pay_time") else None,
            shipped_at=_ms(d["ship_time"]) if d.get("ship_time") else None,
            total=money_from_fen(d.get("pay_amount", d.get("order_amount", 0))),
            currency="CNY", items=items, tracking=tracking,
            recipient=" ".join(str(v) for v in (d.get("mask_post_receiver"),
                                                d.get("mask_post_tel"), region) if v),
            buyer_id=str(d.get("doudian_open_id") or ""))
    except (KeyError, TypeError, ValueError) as exc:
        raise OrderError(f"抖店 answered an order without the documented fields ({exc})") \
            from None


def reputation(shop: DouyinShop, day: str) -> tuple[str, dict[str, float | None]]:
    """The shop's four scores (``shop.reputation``: ``shop_score``, ``product_score``,
    ``logistics_score``, ``service_score``, numbers written as strings) as of ``day`` (the
    answer names no day: the day they were fetched); ChannelError when the answer breaks the
    contract."""
    from desktop.services.shop_scores import SCORES

    found = shop.call("shop.reputation", {})
    try:
        scores = {k: None if found.get(k) in (None, "", "-") else float(found[k])
                  for k in SCORES}
    except (TypeError, ValueError) as exc:
        raise ChannelError(f"抖店 answered scores that are not numbers ({exc})") from None
    if all(v is None for v in scores.values()):
        raise ChannelError("抖店 answered no scores (shop_score, product_score, "
                           "logistics_score, service_score)")
    return day, scores
