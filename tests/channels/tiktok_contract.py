"""A local TikTok Shop Partner API for the tests: the documented customer-service endpoints
(202309), request signing, token expiry and refresh, paging, rate limits and server errors —
built from the contract, so the connector is tested against what TikTok promises."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from desktop.channels.tiktok import sign

APP_KEY, APP_SECRET, CIPHER = "app-key-1", "app-secret-1", "ROW_cipher"


class TikTokShop:
    def __init__(self) -> None:
        self.access_token = "token-1"
        self.refresh_token = "refresh-1"
        self.conversations: dict[str, dict] = {}
        self.messages: dict[str, list[dict]] = {}
        self.sent: list[tuple[str, dict]] = []
        self.read: list[str] = []
        self.failures: list[tuple[int, str]] = []  # (HTTP status, body) answered next
        self.rate_limit_next = 0
        self.refreshes = 0
        self.can_accept_chat = True
        self.bad_signatures = 0
        self.auth_codes = {"code-1"}  # codes a seller's authorisation gave, each good once
        self.shops = [{"id": "7494", "name": "小雨服饰 US", "region": "US", "cipher": CIPHER,
                       "code": "USLCX", "seller_type": "LOCAL"}]
        self._n = 0
        shop = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                shop._handle(self, "GET")

            def do_POST(self):
                shop._handle(self, "POST")

            def do_PUT(self):
                shop._handle(self, "PUT")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- the buyer's side -----------------------------------------------------------------------
    def buyer_says(self, conversation: str, text: str, at: int, kind: str = "TEXT",
                   content: dict | None = None, buyer: str = "7494560109732334261") -> None:
        self._n += 1
        self.conversations.setdefault(conversation, {
            "id": conversation, "unread_count": 0, "create_time": at, "can_send_message": True,
            "participants": [{"role": "BUYER", "im_user_id": buyer, "nickname": "Albert"},
                             {"role": "SHOP", "im_user_id": "1", "nickname": "小雨服饰"}]})
        message = {"id": f"m{self._n}", "type": kind, "create_time": at, "is_visible": True,
                   "content": json.dumps(content or {"content": text}, ensure_ascii=False),
                   "sender": {"role": "BUYER", "im_user_id": buyer, "nickname": "Albert"}}
        self.messages.setdefault(conversation, []).append(message)
        self.conversations[conversation]["latest_message"] = message

    # -- the API --------------------------------------------------------------------------------
    def _answer(self, handler, status: int, body) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _handle(self, handler, method: str) -> None:
        url = urlparse(handler.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        raw = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        if url.path == "/api/v2/token/refresh":
            if query.get("refresh_token") != self.refresh_token or \
                    query.get("app_secret") != APP_SECRET:
                return self._answer(handler, 200, {"code": 36004004, "message": "invalid"})
            self.refreshes += 1
            self.access_token = f"token-{self.refreshes + 1}"
            self.refresh_token = f"refresh-{self.refreshes + 1}"
            return self._answer(handler, 200, {"code": 0, "message": "success", "data": {
                "access_token": self.access_token, "access_token_expire_in": 9999999999,
                "refresh_token": self.refresh_token, "refresh_token_expire_in": 9999999999}})
        if url.path == "/api/v2/token/get":
            if query.get("auth_code") not in self.auth_codes or \
                    query.get("app_secret") != APP_SECRET or query.get("app_key") != APP_KEY or \
                    query.get("grant_type") != "authorized_code":
                return self._answer(handler, 200, {"code": 36004004, "message": "invalid"})
            self.auth_codes.discard(query["auth_code"])
            return self._answer(handler, 200, {"code": 0, "message": "success", "data": {
                "access_token": self.access_token, "access_token_expire_in": 9999999999,
                "refresh_token": self.refresh_token, "refresh_token_expire_in": 9999999999,
                "open_id": "open-1", "seller_name": "小雨服饰"}})
        if self.failures:
            status, body = self.failures.pop(0)
            return self._answer(handler, status, body.encode())
        if self.rate_limit_next:
            self.rate_limit_next -= 1
            return self._answer(handler, 429, {"code": 36009003, "message": "rate limit"})
        expected = sign(url.path, query, raw, APP_SECRET)
        if query.get("sign") != expected or query.get("app_key") != APP_KEY:
            self.bad_signatures += 1
            return self._answer(handler, 401, {"code": 106001, "message": "Invalid signature"})
        if handler.headers.get("x-tts-access-token") != self.access_token:
            return self._answer(handler, 401, {"code": 105002, "message": "Expired token"})
        parts = url.path.strip("/").split("/")
        if url.path == "/authorization/202309/shops" and "shop_cipher" not in query:
            return self._answer(handler, 200, {"code": 0, "data": {"shops": self.shops}})
        if parts[:3] == ["customer_service", "202309", "agents"] and parts[3:] == ["settings"]:
            if method == "PUT":
                self.can_accept_chat = bool(json.loads(raw)["can_accept_chat"])
            return self._answer(handler, 200, {"code": 0, "data": {
                "can_accept_chat": self.can_accept_chat}})
        if parts[:3] != ["customer_service", "202309", "conversations"]:
            return self._answer(handler, 404, {"code": 40004, "message": "no such path"})
        if method == "GET" and len(parts) == 3:
            items = sorted(self.conversations.values(),
                           key=lambda c: -c["latest_message"]["create_time"])
            return self._page(handler, "conversations", items, query, 20)
        cid = parts[3]
        if cid not in self.conversations:
            return self._answer(handler, 200, {"code": 12052003, "message": "no conversation"})
        if method == "GET" and parts[4:] == ["messages"]:
            items = sorted(self.messages[cid], key=lambda m: -m["create_time"])
            return self._page(handler, "messages", items, query, 10)
        if method == "POST" and parts[4:] == ["messages"]:
            body = json.loads(raw)
            self.sent.append((cid, body))
            self._n += 1
            message = {"id": f"s{self._n}", "type": body["type"], "content": body["content"],
                       "create_time": 2_000_000_000, "is_visible": True,
                       "sender": {"role": "CUSTOMER_SERVICE", "nickname": "小李"}}
            self.messages[cid].append(message)
            return self._answer(handler, 200, {"code": 0, "data": {"message_id": message["id"]}})
        if method == "POST" and parts[4:] == ["messages", "read"]:
            self.read.append(cid)
            return self._answer(handler, 200, {"code": 0, "data": {}})
        return self._answer(handler, 404, {"code": 40004, "message": "no such path"})

    def _page(self, handler, key: str, items: list, query: dict, largest: int) -> None:
        size = min(int(query.get("page_size", largest)), largest)
        start = int(query.get("page_token") or 0)
        chunk = items[start : start + size]
        token = str(start + size) if start + size < len(items) else ""
        self._answer(handler, 200, {"code": 0, "message": "Success", "request_id": "r",
                                    "data": {key: chunk, "next_page_token": token}})
