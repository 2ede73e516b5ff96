"""The webhook channel: any bridge (a Douyin/Feige relay, a website chat) delivers messages
to a small HTTP endpoint on this desktop, in the interchange format; replies are POSTed to the
bridge's URL.

In: ``POST /messages`` with ``Authorization: Bearer TOKEN`` and a JSON object, a JSON array
or JSON Lines of interchange objects (a missing ``channel`` is this channel). Bound to
127.0.0.1 unless configured otherwise. Each request is answered once its messages are stored
and their auto-replies queued: ``{"stored", "duplicates", "auto_replies", "errors"}``; the
orders of its order cards are asked first (a few seconds at most, see
``desktop/channels/orders.py``), where the channel's orders have an API. One
writer thread stores them in arrival order; a bad object is reported by its index and the rest
are stored.

The endpoint writes only to its own channel: an object naming another channel is refused (by
its index). ``out`` objects are the platform's history, replies already sent there: they are
stored as sent and never queued. What the endpoint answers 200 for is on disk first: its
writer commits with ``synchronous=FULL``. A bad ``Content-Length`` is refused before reading,
idle and slow connections are closed, and only so many are served at once (``guarded_http``).

Out: ``POST reply_url`` with the message as JSON and ``Idempotency-Key: <message id>``, so a
send repeated after a crash is recognised by the bridge and never shown twice.
"""

from __future__ import annotations

import hmac
import json
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from http.server import BaseHTTPRequestHandler
from typing import Any

import orjson
import requests

from desktop.channels.base import ChannelError, Fetched, Outgoing
from desktop.channels.guarded_http import GuardedHTTPServer, body_length
from desktop.domain.interchange import RecordError, parse_record
from desktop.domain.model import Delivery, Direction, MessageRecord, Record
from desktop.domain.problems import Code
from desktop.domain.timefmt import format_moment, moment_in_zone
from desktop.services import autoreply, shop
from desktop.services.session import Changes, Shop

log = logging.getLogger(__name__)
MAX_BODY = 16 * 1024 * 1024
MAX_CONNECTIONS = 64  # a few bridges, each with a pool of connections
IDLE_TIMEOUT = 10.0  # seconds without a byte from the client
REQUEST_DEADLINE = 120.0  # seconds to send a whole request (16 MB on a slow line)


def decode(body: bytes) -> list[Any]:
    """A JSON object, a JSON array of them, or JSON Lines."""
    text = body.strip()
    if not text:
        return []
    try:
        value = orjson.loads(text)
        return value if isinstance(value, list) else [value]
    except orjson.JSONDecodeError:
        pass
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                out.append(orjson.loads(line))
            except orjson.JSONDecodeError as exc:
                raise ValueError(f"line {n}: invalid JSON ({exc.msg})") from None
    return out


class _Writer(threading.Thread):
    """Stores what the requests bring, one request after another on one connection (SQLite
    takes one writer at a time; a queue is fairer than the requests racing for the lock)."""

    def __init__(self, open_store: Callable[[], Shop],
                 on_stored: Callable[[Changes], None]) -> None:
        super().__init__(name="webhook-writer", daemon=True)
        self.open_store = open_store
        self.on_stored = on_stored
        self.jobs: queue.Queue[tuple[list[Record], Future] | None] = queue.Queue()

    def run(self) -> None:
        store = self.open_store()
        store.durable()  # a 200 promises the bridge its messages survive a power cut
        try:
            while (job := self.jobs.get()) is not None:
                records, future = job
                try:
                    result, actions = autoreply.receive(store, records)
                except Exception as exc:  # the request hears of it; the writer carries on
                    log.exception("webhook: storing %d records failed", len(records))
                    future.set_exception(exc)
                    continue
                future.set_result({"refused": dict(result.refused),
                                   "stored": result.added_messages + result.added_events,
                                   "duplicates": result.duplicates,
                                   "auto_replies": sum(1 for a in actions
                                                       if a["action"] == "reply")})
                self.on_stored(result.changes)
        finally:
            store.close()


class WebhookServer:
    """The endpoint of one webhook channel on this desktop."""

    def __init__(self, open_store: Callable[[], Shop], channel: str, token: str,
                 host: str = "127.0.0.1", port: int = 0,
                 on_stored: Callable[[Changes], None] = lambda _c: None, *,
                 max_connections: int = MAX_CONNECTIONS, idle_timeout: float = IDLE_TIMEOUT,
                 request_deadline: float = REQUEST_DEADLINE) -> None:
        self.channel = channel
        self.token = token
        self.open_store = open_store
        store = open_store()
        try:
            self.zone = shop.shop_zone(store)
        finally:
            store.close()
        self.writer = _Writer(open_store, on_stored)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, fmt: str, *args: Any) -> None:
                log.debug("webhook %s: " + fmt, channel, *args)

            def do_GET(self) -> None:
                if self.path.rstrip("/") == "/health":
                    self._answer(200, {"ok": True, "channel": channel})
                else:
                    self._answer(404, {"error": "not found"})

            def do_POST(self) -> None:
                if self.path.rstrip("/") != "/messages":
                    self._answer(404, {"error": "POST /messages"})
                    return
                if not server._authorised(self.headers.get("Authorization", "")):
                    self._answer(401, {"error": "missing or wrong token"})
                    return
                length = body_length(self.headers, MAX_BODY)
                if isinstance(length, tuple):
                    self._answer(length[0], {"error": length[1]})
                    return
                try:
                    body = self.rfile.read(length)
                except (TimeoutError, OSError):
                    body = b""
                if len(body) < length:
                    self.close_connection = True
                    self._answer(408, {"error": "the request did not arrive whole in time"})
                    return
                self.server.request_received(self.request)
                status, answer = server.accept(body)
                self._answer(status, answer)

            def _answer(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body, ensure_ascii=False).encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the client is gone (or was cut off)
                    self.close_connection = True

        self.httpd = GuardedHTTPServer((host, port), Handler, max_connections=max_connections,
                                       idle_timeout=idle_timeout,
                                       request_deadline=request_deadline)
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="webhook-http",
                                       daemon=True)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def _authorised(self, header: str) -> bool:
        given = header.removeprefix("Bearer ").strip()
        return bool(self.token) and hmac.compare_digest(given.encode(), self.token.encode())

    def accept(self, body: bytes) -> tuple[int, dict[str, Any]]:
        """Parse a request's body, store the good objects, say what happened to each."""
        try:
            objects = decode(body)
        except ValueError as exc:
            log.warning("webhook %s: undecodable body %r: %s", self.channel, body[:2000], exc)
            return 400, {"error": str(exc)}
        records: list[Record] = []
        errors: list[dict[str, Any]] = []
        index_of: list[int] = []
        for i, obj in enumerate(objects):
            if isinstance(obj, dict):
                obj.setdefault("channel", self.channel)
            try:
                records.append(self._own(parse_record(obj, self.zone)))
                index_of.append(i)
            except RecordError as exc:
                errors.append({"index": i, "reason": str(exc)})
                log.warning("webhook %s: skipped %r: %s", self.channel, obj, exc)
        if not records:
            return (400 if errors or not objects else 200), {
                "stored": 0, "duplicates": 0, "auto_replies": 0, "errors": errors}
        # The orders of order cards asked now, on threads of their own, so the auto-reply
        # the writer makes has their live state: this request's 200 waits a few seconds at
        # most (LIVE_WAIT_S), the writer and the other requests not at all.
        from desktop.channels.orders import look_up_cards  # (it imports the registry, us)

        look_up_cards(self.open_store, records)
        future: Future = Future()
        self.writer.jobs.put((records, future))
        try:
            outcome = future.result(timeout=60)
        except Exception as exc:  # noqa: BLE001 - the bridge should retry later
            return 503, {"error": f"not stored, try again: {exc}"}
        errors += [{"index": index_of[i], "reason": why}
                   for i, why in outcome["refused"].items()]
        return 200, {"stored": outcome["stored"], "duplicates": outcome["duplicates"],
                     "auto_replies": outcome["auto_replies"], "errors": errors}

    def _own(self, record: Record) -> Record:
        """Only this channel's records; an ``out`` message is history already sent."""
        if record.channel != self.channel:
            raise RecordError(f"this endpoint takes messages of channel {self.channel!r} only,"
                              f" not {record.channel!r}")
        if isinstance(record, MessageRecord) and record.direction is Direction.OUT:
            return replace(record, delivery=Delivery.SENT)
        return record

    def start(self) -> None:
        self.writer.start()
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.writer.jobs.put(None)
        self.writer.join(timeout=10)


class WebhookSender:
    """Replies go to the bridge: ``POST reply_url`` with the message and its idempotency key."""

    def __init__(self, name: str, reply_url: str | None, token: str | None, zone: Any,
                 timeout: float = 10.0) -> None:
        self.name = name
        self.reply_url = reply_url
        self.token = token
        self.zone = zone
        self.timeout = timeout
        self.session = requests.Session()

    def fetch(self, cursor: dict[str, Any]) -> Fetched:
        return Fetched(cursor=cursor)  # messages are pushed to the endpoint, never fetched

    def already_sent(self, message: Outgoing) -> bool:
        return False  # the bridge recognises a repeated Idempotency-Key

    def send(self, message: Outgoing) -> str | None:
        if not self.reply_url:
            raise ChannelError("this webhook channel has no reply URL: set one to send "
                               "replies", permanent=True, code=Code.NO_REPLY_URL)
        body = {"id": message.id, "channel": message.channel,
                "conversation": message.conversation,
                "customer": {"id": message.customer_id, "name": message.customer},
                "direction": "out", "text": message.text,
                "attachments": message.attachments,
                "sent_at": format_moment(moment_in_zone(message.sent_at, self.zone))}
        headers = {"Idempotency-Key": message.id, "Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            answer = self.session.post(self.reply_url, data=json.dumps(body, ensure_ascii=False)
                                       .encode("utf-8"), headers=headers, timeout=self.timeout)
        except requests.RequestException as exc:
            raise ChannelError(f"cannot reach {self.reply_url}: {type(exc).__name__}",
                               code=Code.REPLY_URL_UNREACHABLE, url=self.reply_url) from exc
        if answer.status_code >= 500 or answer.status_code == 429:
            raise ChannelError(f"the bridge answered {answer.status_code}; trying again later",
                               code=Code.BRIDGE_BUSY, status=answer.status_code)
        if answer.status_code >= 400:
            raise ChannelError(f"the bridge refused the message ({answer.status_code}: "
                               f"{answer.text[:200]})", permanent=True,
                               code=Code.BRIDGE_REFUSED, status=answer.status_code,
                               detail=answer.text[:200])
        try:
            return str(answer.json().get("id") or "") or None
        except ValueError:
            return None
