"""The local TikTok Shop Partner API (tiktok_contract.py) with the order endpoints (202309):
order detail by ids, the order search (paged, by buyer_user_id) and an order's tracking —
signed, token-checked and throttled like the customer-service ones."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlparse

from desktop.channels.tiktok import sign
from tests.channels.tiktok_contract import APP_KEY, APP_SECRET, TikTokShop

T0 = 1_759_300_000


class TikTokOrderShop(TikTokShop):
    def __init__(self) -> None:
        super().__init__()
        self.orders: dict[str, dict] = {}
        self.tracking: dict[str, list[dict]] = {}
        self.searches: list[dict] = []
        self.returns: list[dict] = []
        self.return_searches: list[dict] = []

    def add_return(self, return_id: str, order_id: str, deadlines: list[int],
                   status: str = "RETURN_OR_REFUND_REQUEST_PENDING",
                   kind: str = "RETURN_AND_REFUND", total: str = "19.9") -> None:
        self.returns.append({
            "return_id": return_id, "order_id": order_id, "return_type": kind,
            "return_status": status, "return_reason_text": "Wrong size", "create_time": T0,
            "refund_amount": {"currency": "USD", "refund_total": total},
            "seller_next_action_response": [{"action": "SELLER_RESPOND_RETURN",
                                             "deadline": d} for d in deadlines]})

    def add_order(self, order_id: str, buyer: str = "7494560109732334261",
                  status: str = "IN_TRANSIT", at: int = T0, units: int = 2) -> None:
        self.orders[order_id] = {
            "id": order_id, "status": status, "create_time": at, "paid_time": at + 30,
            "user_id": buyer, "tracking_number": "9400111899223344556677",
            "shipping_provider": "USPS",
            "payment": {"currency": "USD", "total_amount": "39.8", "sub_total": "39.8"},
            "recipient_address": {"name": "Albert Lee", "phone_number": "(+1)2065550123",
                                  "district_info": [{"address_name": "United States"},
                                                    {"address_name": "Washington"},
                                                    {"address_name": "Seattle"}]},
            "line_items": [{"id": f"{order_id}-{n}", "sku_id": "1729", "product_name":
                            "Linen Shirt", "sku_name": "White, M", "sale_price": "19.9",
                            "sku_image": "https://p16.example/shirt.jpg",
                            "display_status": status} for n in range(units)]}

    def _handle(self, handler, method: str) -> None:
        url = urlparse(handler.path)
        if not url.path.startswith(("/order/", "/fulfillment/", "/return_refund/")):
            return super()._handle(handler, method)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        raw = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        if self.failures:
            status, body = self.failures.pop(0)
            return self._answer(handler, status, body.encode())
        if self.rate_limit_next:
            self.rate_limit_next -= 1
            return self._answer(handler, 429, {"code": 36009003, "message": "rate limit"})
        if query.get("sign") != sign(url.path, query, raw, APP_SECRET) or \
                query.get("app_key") != APP_KEY:
            self.bad_signatures += 1
            return self._answer(handler, 401, {"code": 106001, "message": "Invalid signature"})
        if handler.headers.get("x-tts-access-token") != self.access_token:
            return self._answer(handler, 401, {"code": 105002, "message": "Expired token"})
        if method == "GET" and url.path == "/order/202309/orders":
            ids = query.get("ids", "").split(",")
            return self._ok(handler, {"orders": [self.orders[i] for i in ids
                                                 if i in self.orders]})
        if method == "POST" and url.path == "/order/202309/orders/search":
            body = json.loads(raw)
            self.searches.append(body)
            items = sorted((o for o in self.orders.values()
                            if o["user_id"] == body.get("buyer_user_id")),
                           key=lambda o: -o["create_time"])
            size, start = int(query["page_size"]), int(query.get("page_token") or 0)
            token = str(start + size) if start + size < len(items) else ""
            return self._ok(handler, {"orders": items[start:start + size],
                                      "next_page_token": token, "total_count": len(items)})
        if method == "POST" and url.path == "/return_refund/202309/returns/search":
            body = json.loads(raw)
            self.return_searches.append(body)
            items = [r for r in self.returns
                     if r["return_status"] in body.get("return_status", [r["return_status"]])]
            size, start = int(query["page_size"]), int(query.get("page_token") or 0)
            token = str(start + size) if start + size < len(items) else ""
            return self._ok(handler, {"return_orders": items[start:start + size],
                                      "next_page_token": token, "total_count": len(items)})
        parts = url.path.strip("/").split("/")
        if method == "GET" and parts[:3] == ["fulfillment", "202309", "orders"] and \
                parts[4:] == ["tracking"]:
            return self._ok(handler, {"tracking": self.tracking.get(parts[3], [])})
        return self._answer(handler, 404, {"code": 40004, "message": "no such path"})

    def _ok(self, handler, data: dict) -> None:
        self._answer(handler, 200, {"code": 0, "message": "Success", "request_id": "r",
                                    "data": data})
