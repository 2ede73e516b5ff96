"""A local 抖店 open platform for the tests, built from the SDK's contract: it checks each
request's signature as the platform does (recomputed here from the documented formula, not
with the client's code), the method named by the path, v=2 and the access token; renews
tokens; pages order.searchList (from page 0) and order.getServiceList (from page 1);
throttles and breaks on demand. Its answers have the fields, types and codes of the public
SDKs' structs and error tables (docs/douyin.md says where each was read)."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

APP_KEY, APP_SECRET, SHOP_ID = "7152331588175513100", "dy-secret-1", "88990011"
CHINA = timezone(timedelta(hours=8))
# the platform's base error codes (平台基础错误码): code, msg, sub_code, sub_msg
TOKEN_EXPIRED = (40003, "非法的参数（平台校验）", "isv.access-token-expired", "access_token已过期")
REFRESH_EXPIRED = (50001, "平台处理失败", "dop.token-generate-failed:token-expired",
                   "生成token失败，token已过期")
AUTHORISATION_CLOSED = (30001, "操作权限不足", "dop.authorization-closed",
                        "店铺授权已被关闭，请联系商家打开授权开关")
IP_REFUSED = (30002, "请求来源IP不可信，请检查IP白名单", "", "")
THROTTLED = (60000, "触发限流，请稍后重试", "isv.traffic-limited", "请求太频繁，请稍后重试")


def china_time(seconds: int) -> str:
    """A time as order.getServiceList writes it: "2020-12-09 13:34:55", China time."""
    return datetime.fromtimestamp(seconds, CHINA).strftime("%Y-%m-%d %H:%M:%S")


def platform_sign(query: dict, body: str) -> str:
    text = (APP_SECRET + "app_key" + query["app_key"] + "method" + query["method"] +
            "param_json" + body + "timestamp" + query["timestamp"] + "v" + query["v"] +
            APP_SECRET)
    return hmac.new(APP_SECRET.encode(), text.encode(), hashlib.sha256).hexdigest()


class DouyinOpen:
    def __init__(self) -> None:
        self.access_token, self.refresh_token = "dy-token-1", "dy-refresh-1"
        self.orders: dict[str, dict] = {}
        self.routes: dict[str, list[dict]] = {}
        self.failures: list[tuple[int, str]] = []  # (HTTP status, body) answered next
        self.throttle_next = 0
        self.refuse_next: list[tuple[int, str, str, str]] = []  # base errors answered next
        self.headers: list[dict[str, str]] = []  # the headers of each request
        self.refresh_fails = False
        self.bad_signatures = 0
        self.calls: list[str] = []
        self.delay = 0.0  # seconds each answer takes (a slow platform)
        self.after_sales: list[dict] = []
        self.services: dict[str, dict] = {}
        self.reputation = {"shop_id": int(SHOP_ID), "shop_name": "小林的店",
                           "shop_score": "4.82", "product_score": "4.75",
                           "logistics_score": "4.90", "service_score": "4.68"}
        self.replies: list[dict] = []
        self.lose_reply_answers = 0
        self.after_sale_queries: list[dict] = []
        shop = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                shop._handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def add_order(self, order_id: str, status: int = 3, desc: str = "已发货",
                  tracking: str | None = "YT7788", company: str = "yuantong",
                  create_time: int = 1_759_300_000, buyer: str = "") -> None:
        self.orders[order_id] = {
            "order_id": order_id, "order_status": status, "order_status_desc": desc,
            "create_time": create_time, "pay_time": create_time + 60, "order_amount": 5900,
            "pay_amount": 5900, "doudian_open_id": buyer, "mask_post_receiver": "张**",
            "mask_post_tel": "*******5678",
            "mask_post_addr": {"province": {"name": "广东省"}, "city": {"name": "广州市"},
                               "town": {"name": "天河区"}, "detail": "***"},
            # origin_amount is the unit price (商品现价), sum_amount that times item_num
            "sku_order_list": [{"product_name": "草莓发夹", "item_num": 2, "origin_amount": 2950,
                                "sum_amount": 5900, "product_pic": "https://p.example/1.jpg",
                                "spec": [{"name": "颜色", "value": "粉色"}],
                                "after_sale_info": {"after_sale_status": 0}}],
            "logistics_info": [{"tracking_no": tracking, "company": company,
                                "company_name": "圆通速递"}] if tracking else []}

    def add_after_sale(self, aftersale_id: str, order_id: str, deadline: int, status: int = 6,
                       kind: int = 0, amount: int = 5900, reason: str = "尺码不合适",
                       status_text: str = "待商家处理") -> None:
        self.after_sales.append({
            "aftersale_info": {"aftersale_id": aftersale_id, "aftersale_type": kind,
                               "aftersale_status": status, "refund_amount": amount,
                               "status_deadline": deadline, "apply_time": deadline - 86400,
                               "create_time": deadline - 86400, "related_id": order_id},
            "order_info": {"shop_order_id": order_id},
            "text_part": {"aftersale_status_text": status_text, "reason_text": reason,
                          "aftersale_type_text": "退货退款"}})

    def add_service(self, service_id: int, order_id: str, detail: str, at: int) -> None:
        """A service request made at ``at`` (epoch seconds); ids are numbers (Long)."""
        self.services[str(service_id)] = {
            "id": service_id, "order_id": int(order_id), "detail": detail,
            "operate_status": 0, "operate_status_desc": "待处理", "create_time": china_time(at),
            "update_time": china_time(at), "reply": "", "reply_time": "", "service_type": 3,
            "shop_id": int(SHOP_ID), "_at": at}

    def _service_list(self, handler, params: dict) -> None:
        if "start_time" not in params or "end_time" not in params:
            return self._error(handler, 40002, "缺少必选参数（业务校验）",
                               "isv.missing-parameter", "start_time, end_time")
        start, end = int(params["start_time"]), int(params["end_time"])
        rows = sorted((r for r in self.services.values()
                       if start <= r["_at"] <= end and
                       str(params.get("order_id") or r["order_id"]) == str(r["order_id"]) and
                       str(params.get("service_id") or r["id"]) == str(r["id"])),
                      key=lambda r: r["_at"])
        page, size = int(params.get("page", 1)), int(params.get("size", 10))
        chunk = rows[(page - 1) * size:page * size] if page >= 1 else []
        return self._ok(handler, {"list": [{k: v for k, v in r.items() if k != "_at"}
                                           for r in chunk], "total": len(rows)})

    def _after_sale_list(self, handler, params: dict) -> None:
        self.after_sale_queries.append(params)
        wanted = params.get("standard_aftersale_status")
        rows = [r for r in self.after_sales
                if not wanted or r["aftersale_info"]["aftersale_status"] in wanted]
        if params.get("order_by") != ["status_deadline asc"]:
            return self._error(handler, 40002, "参数错误", "isv.parameter-invalid", "order_by")
        rows.sort(key=lambda r: r["aftersale_info"]["status_deadline"])
        page, size = int(params["page"]), int(params["size"])
        chunk = rows[page * size:(page + 1) * size]
        return self._ok(handler, {"items": chunk, "page": page, "size": size,
                                  "total": len(rows), "has_more": (page + 1) * size < len(rows)})

    def _answer(self, handler, status: int, body) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False
                                                                ).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _ok(self, handler, data: dict) -> None:
        self._answer(handler, 200, {"code": 10000, "msg": "success", "sub_code": "",
                                    "sub_msg": "", "data": data, "log_id": "l"})

    def _error(self, handler, code: int, msg: str, sub_code: str, sub_msg: str) -> None:
        self._answer(handler, 200, {"code": code, "msg": msg, "sub_code": sub_code,
                                    "sub_msg": sub_msg, "log_id": "l"})

    def _handle(self, handler) -> None:
        url = urlparse(handler.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0)).decode()
        time.sleep(self.delay)
        self.headers.append({k.lower(): v for k, v in handler.headers.items()})
        if self.failures:
            status, text = self.failures.pop(0)
            return self._answer(handler, status, text.encode())
        if self.throttle_next:
            self.throttle_next -= 1
            return self._error(handler, *THROTTLED)
        if self.refuse_next:
            return self._error(handler, *self.refuse_next.pop(0))
        method = url.path.strip("/").replace("/", ".")
        if query.get("method") != method or query.get("v") != "2" or \
                query.get("sign_method") != "hmac-sha256" or query.get("app_key") != APP_KEY or \
                query.get("sign") != platform_sign(query, body) or \
                body != json.dumps(json.loads(body), sort_keys=True, separators=(",", ":"),
                                   ensure_ascii=False):
            self.bad_signatures += 1
            return self._error(handler, 40003, "签名错误", "isv.signature-invalid", "签名不正确")
        params = json.loads(body)
        self.calls.append(method)
        if method == "token.refresh":
            if self.refresh_fails or params.get("refresh_token") != self.refresh_token:
                return self._error(handler, *REFRESH_EXPIRED)
            n = int(self.access_token.rsplit("-", 1)[1]) + 1
            self.access_token, self.refresh_token = f"dy-token-{n}", f"dy-refresh-{n}"
            return self._ok(handler, {"access_token": self.access_token,
                                      "refresh_token": self.refresh_token,
                                      "expires_in": 604800, "shop_id": SHOP_ID})
        if query.get("access_token") != self.access_token:
            return self._error(handler, *TOKEN_EXPIRED)
        if method == "order.orderDetail":
            found = self.orders.get(str(params.get("shop_order_id")))
            if found is None:
                return self._error(handler, 50002, "业务处理失败", "isv.business-failed:1",
                                   "订单不存在")
            return self._ok(handler, {"shop_order_detail": found})
        if method == "order.searchList":
            rows = sorted(self.orders.values(), key=lambda o: -o["create_time"])
            page, size = int(params["page"]), int(params["size"])
            return self._ok(handler, {"shop_order_list": rows[page * size:(page + 1) * size],
                                      "page": page, "size": size, "total": len(rows)})
        if method == "shop.reputation":
            return self._ok(handler, dict(self.reputation))
        if method == "order.getServiceList":
            return self._service_list(handler, params)
        if method == "order.replyService":
            found = self.services.get(str(params.get("id")))
            if found is None or found["operate_status"] != 0:
                return self._error(handler, 50002, "业务处理失败", "isv.business-failed:2",
                                   "服务请求已处理")
            found.update(operate_status=100, operate_status_desc="已关闭",
                         reply=params["reply"])
            self.replies.append(params)
            if self.lose_reply_answers:  # answered, but the answer is lost on the way
                self.lose_reply_answers -= 1
                return self._answer(handler, 502, b"<html>502 Bad Gateway</html>")
            return self._ok(handler, {})
        if method == "afterSale.List":
            return self._after_sale_list(handler, params)
        if method == "logistics.trackNoRouteDetail":
            nodes = self.routes.get(params.get("track_no"), [])
            # the SDK's name has two underscores; times are strings of epoch seconds
            nodes = [dict(n, timestamp=str(n["timestamp"])) for n in nodes]
            return self._ok(handler, {"route__node_list": nodes, "track_info": {
                "express": params.get("logistics_code"), "track_no": params.get("track_no")}})
        return self._answer(handler, 404, {"code": 40004, "msg": "no such method"})
