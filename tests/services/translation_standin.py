"""A stand-in translation provider on 127.0.0.1 that checks requests as the real ones do:
Baidu's md5 sign, Tencent's TC3-HMAC-SHA256 Authorization, DeepL's key header. It translates
from a small phrase book, counts the requests, and can answer "too many requests" a number
of times first."""

from __future__ import annotations

import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from desktop.domain.translation import tc3_authorization

APP_ID = "20260101000000001"
KEY = "s3cr3tKey"
PHRASES = {
    ("es", "zh"): {"hola, ¿cuándo llega mi pedido?": "你好，我的订单什么时候到？",
                   "¿tienen talla M?": "有 M 码吗？"},
    ("th", "zh"): {"สินค้าจะส่งเมื่อไหร่คะ": "商品什么时候发货？"},
    ("zh", "es"): {"明天发货": "Se envía mañana", "好的": "De acuerdo"},
    ("zh", "th"): {"明天发货": "จัดส่งพรุ่งนี้"},
    ("en", "zh"): {"where is my package": "我的包裹在哪里"},
}
BAIDU = {"spa": "es", "jp": "ja", "kor": "ko", "vie": "vi", "fra": "fr", "ara": "ar"}


def _phrase(text: str, source: str, target: str) -> str:
    for (src, tgt), book in PHRASES.items():
        if tgt == target and (source in ("", "auto", src)) and text in book:
            return book[text]
    return f"[{target}] {text}"


def _source(text: str, source: str) -> str:
    if source not in ("", "auto"):
        return source
    return next((src for (src, _), book in PHRASES.items() if text in book), "en")


class StandIn:
    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.limit_first = 0  # answer "too many requests" this many times first
        self.fail_with: str | None = None  # answer every request with this error code
        stand = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, answer = stand.answer(self.path, dict(self.headers), body)
                raw = json.dumps(answer, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _limited(self) -> bool:
        if self.limit_first > 0:
            self.limit_first -= 1
            return True
        return False

    def answer(self, path: str, headers: dict, body: bytes) -> tuple[int, dict]:
        self.requests.append({"path": path, "headers": headers, "body": body})
        if path.startswith("/api/trans/vip/translate"):
            return self.baidu(body)
        if path.startswith("/v2/translate"):
            return self.deepl(headers, body)
        return self.tencent(headers, body)

    def baidu(self, body: bytes) -> tuple[int, dict]:
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8")).items()}
        sign = hashlib.md5((form["appid"] + form["q"] + form["salt"] + KEY).encode()).hexdigest()
        if form["appid"] != APP_ID:
            return 200, {"error_code": "52003", "error_msg": "UNAUTHORIZED USER"}
        if form.get("sign") != sign:
            return 200, {"error_code": "54001", "error_msg": "Invalid Sign"}
        if self.fail_with:
            return 200, {"error_code": self.fail_with, "error_msg": "error"}
        if self._limited():
            return 200, {"error_code": "54003", "error_msg": "Invalid Access Limit"}
        src, tgt = (BAIDU.get(form[k], form[k]) for k in ("from", "to"))
        src = _source(form["q"], src)
        back = {v: k for k, v in BAIDU.items()}
        return 200, {"from": back.get(src, src), "to": form["to"], "trans_result": [
            {"src": form["q"], "dst": _phrase(form["q"], src, tgt)}]}

    def tencent(self, headers: dict, body: bytes) -> tuple[int, dict]:
        payload = body.decode("utf-8")
        expected = tc3_authorization(APP_ID, KEY, service="tmt", host=headers["Host"],
                                     payload=payload,
                                     timestamp=int(headers["X-TC-Timestamp"]))
        if headers.get("Authorization") != expected or \
                headers.get("X-TC-Action") != "TextTranslate":
            return 200, {"Response": {"Error": {"Code": "AuthFailure.SignatureFailure",
                                                "Message": "The provided credentials could "
                                                           "not be validated."},
                                      "RequestId": "r"}}
        if self._limited():
            return 200, {"Response": {"Error": {"Code": "RequestLimitExceeded",
                                                "Message": "limit"}, "RequestId": "r"}}
        req = json.loads(payload)
        src = _source(req["SourceText"], req["Source"])
        return 200, {"Response": {"TargetText": _phrase(req["SourceText"], src, req["Target"]),
                                  "Source": src, "Target": req["Target"], "RequestId": "r"}}

    def deepl(self, headers: dict, body: bytes) -> tuple[int, dict]:
        if headers.get("Authorization") != f"DeepL-Auth-Key {KEY}":
            return 403, {"message": "Wrong endpoint. Use https://api.deepl.com"}
        if self._limited():
            return 429, {"message": "Too many requests"}
        try:
            req = json.loads(body)
        except ValueError:
            req = {k: v if k == "text" else v[0]
                   for k, v in parse_qs(body.decode("utf-8")).items()}
        target = req["target_lang"].split("-")[0].lower()
        out = []
        for text in req["text"]:
            src = _source(text, (req.get("source_lang") or "").lower())
            out.append({"detected_source_language": src.upper(),
                        "text": _phrase(text, src, target),
                        "billed_characters": len(text)})
        return 200, {"translations": out}
