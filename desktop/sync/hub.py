"""The hub: a small HTTP service (any WSGI server; ``shopdesk hub serve`` runs cheroot, which
runs on Windows, macOS and Linux and speaks TLS) where the team's desktops push their changes
and pull everyone else's. It speaks one protocol version (``desktop.domain.protocol``).

``GET /info`` — the protocol, the byte limits, the hub's time; ``POST /push``
``{"changes": [...]}`` — each change stored once by id, or refused on its own with a reason
(the rest of the page is stored); ``GET /pull?since=N&limit=M[&skip_origin=DEVICE]`` — the
changes after cursor N in the hub's order, a page of at most ``max_page_bytes`` (without the
asking desktop's own, when it names itself); ``POST /held`` ``{"held": [{"id",
"reason"}]}`` — the changes this desktop sets aside; ``POST /forget`` ``{"tbl": "messages",
"keys": [...], "before": ms}`` — history rows a desktop's retention removed; ``GET /health``.

Every request but health and info carries ``Authorization: Bearer <member token>`` (a wrong or
revoked token gets 401 and no data) and the desktop's protocol version; every answer carries
the hub's time. A malformed or oversized request gets a 4xx with its reason, and the hub keeps
serving.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import orjson

from desktop.domain import protocol, teamcode
from desktop.store.hub import FORGETTABLE, HubStore, SQLiteHubStore

log = logging.getLogger(__name__)
MAX_BODY = protocol.MAX_PAGE_BYTES
DRAIN_LIMIT = 8 * MAX_BODY  # an oversized body up to this is read (and dropped) to answer 413
MAX_CHANGES = 10_000  # a push; desktops send pages of changes
MAX_PAGE = 5_000
MAX_HELD = 10_000
DROPPED_LISTED = 1_000
MIN_FORGET_AGE_MS = 180 * 86_400_000  # the shortest retention a shop can set

Start = Callable[[str, list[tuple[str, str]]], Any]
Answer = tuple[int, dict[str, Any]]


def join_code(hub_url: str, member: str, token: str, fingerprint: str | None = None) -> str:
    """One line that holds the hub's address, the member's token and (TLS) the SHA-256
    fingerprint of the hub's certificate."""
    return teamcode.encode(hub_url, member, token, fingerprint)


def read_join_code(code: str) -> dict[str, str]:
    return teamcode.decode(code)


def open_hub(folder: Path) -> SQLiteHubStore:
    """The hub's storage in its data folder."""
    return SQLiteHubStore(folder / "hub.sqlite")


def invite(store: HubStore, name: str, hub_url: str, fingerprint: str | None = None) -> str:
    """A new member (or a new token for an old one): the join code to give them."""
    token = secrets.token_urlsafe(32)
    store.add_member(name, token, _now())
    return join_code(hub_url, name, token, fingerprint)


def _now() -> int:
    return int(time.time() * 1000)


def info() -> dict[str, Any]:
    return {"protocol": protocol.PROTOCOL_VERSION, "oldest_protocol": protocol.OLDEST_VERSION,
            "max_page_bytes": MAX_BODY, "max_change_bytes": protocol.MAX_CHANGE_BYTES,
            "max_changes": MAX_CHANGES}


class HubApp:
    """The WSGI application."""

    def __init__(self, store: HubStore, clock: Callable[[], int] = _now) -> None:
        self.store = store
        self.clock = clock

    def __call__(self, environ: dict[str, Any], start: Start) -> Iterable[bytes]:
        try:
            status, body = self.route(environ)
        except Exception:
            log.exception("hub: %s %s failed", environ.get("REQUEST_METHOD"),
                          environ.get("PATH_INFO"))
            status, body = 500, {"error": "internal error"}
        now = self.clock()
        data = orjson.dumps({**body, protocol.TIME_KEY: now})
        start(f"{status} {_REASONS.get(status, 'OK')}",
              [("Content-Type", "application/json; charset=utf-8"),
               ("Content-Length", str(len(data))),
               (protocol.PROTOCOL_HEADER, str(protocol.PROTOCOL_VERSION))])
        return [data]

    def route(self, environ: dict[str, Any]) -> Answer:
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")
        if path == "/health":
            return 200, {"ok": True}
        if path == "/info":
            return 200, info()
        header = environ.get("HTTP_AUTHORIZATION", "")
        member = self.store.member_for(header.removeprefix("Bearer ").strip()) \
            if header.startswith("Bearer ") else None
        if member is None:
            return 401, {"error": "unknown or revoked member token"}
        wrong = _version_mismatch(environ)
        if wrong:
            return wrong
        if method == "POST" and path in ("/push", "/held", "/forget"):
            body = _read_json(environ)
            if isinstance(body, tuple):
                return body
            return {"/push": self.push, "/held": self.held,
                    "/forget": self.forget}[path](body, member)
        if method == "GET" and path == "/pull":
            return self.pull(environ)
        return 404, {"error": "GET /info, POST /push, GET /pull, POST /held, POST /forget, "
                              "GET /health"}

    def push(self, body: dict[str, Any], member: str) -> Answer:
        changes = body.get("changes")
        if not isinstance(changes, list):
            return 400, {"error": "the body must be JSON: {\"changes\": [...]}"}
        if len(changes) > MAX_CHANGES:
            return 413, {"error": f"a list of at most {MAX_CHANGES} changes", **info()}
        now = self.clock()
        refused: list[dict[str, str]] = []
        good: list[dict[str, Any]] = []
        for change in changes:
            why = protocol.refusal(change, now)
            if why is None:  # the fields as the hub keeps them (JSON), measured
                text = orjson.dumps(change["fields"])
                size = len(text) + 2 * len(change["id"]) + len(change["key"]) + 100
                if size > protocol.MAX_CHANGE_BYTES:
                    why = ("too_large", f"{size:,} bytes; a change may have at most "
                                        f"{protocol.MAX_CHANGE_BYTES:,}")
                else:
                    good.append({**change, "fields": text.decode()})
            if why is not None:
                refused.append(_refused(change, *why))
        foreign = self.store.foreign_origins(member, {c["origin"] for c in good}, now)
        dropped = self.store.dropped([c["id"] for c in good])
        if foreign or dropped:
            refused += [_refused(c, "foreign_origin", f"desktop {c['origin']} belongs to "
                                 "another member") if c["origin"] in foreign else
                        _refused(c, "dropped", "the owner dropped this change")
                        for c in good if c["origin"] in foreign or c["id"] in dropped]
            good = [c for c in good if c["origin"] not in foreign and c["id"] not in dropped]
        stored, duplicates = self.store.push(member, good, now)
        if refused:
            # kept for the owner (one dropped already is not listed again)
            self.store.refuse(member, [r for r in refused
                                       if r["id"] and r["reason"] != "dropped"], now)
            log.warning("hub: %d changes from %s refused (%s)", len(refused), member,
                        ", ".join(sorted({r["reason"] for r in refused})))
        return 200, {"stored": stored, "duplicates": duplicates,
                     "refused": [{k: r[k] for k in ("id", "reason", "detail")} for r in refused]}

    def pull(self, environ: dict[str, Any]) -> Answer:
        query = parse_qs(environ.get("QUERY_STRING", ""))
        try:
            since = int(query.get("since", ["0"])[0])
            limit = min(MAX_PAGE, max(1, int(query.get("limit", ["1000"])[0])))
        except ValueError:
            return 400, {"error": "since and limit are numbers"}
        skip = query.get("skip_origin", [""])[0][:100] or None
        changes, cursor = self.store.pull(since, limit, MAX_BODY - 4096, skip_origin=skip,
                                          as_text=True)
        for change in changes:  # sent as kept: the JSON text is not read and written again
            change["fields"] = orjson.Fragment(change["fields"])
        more = self.store.more_after(cursor)
        answer: dict[str, Any] = {"changes": changes, "cursor": cursor, "more": more}
        if not more:
            answer["dropped"] = self.store.recently_dropped(DROPPED_LISTED)
        return 200, answer

    def held(self, body: dict[str, Any], member: str) -> Answer:
        held = body.get("held")
        if not isinstance(held, list) or len(held) > MAX_HELD or not all(
                isinstance(h, dict) and isinstance(h.get("id"), str) and
                isinstance(h.get("reason"), str) for h in held):
            return 400, {"error": f"{{\"held\": [{{\"id\", \"reason\"}}]}}, at most {MAX_HELD}"}
        self.store.hold(member, [{"id": h["id"][:200], "reason": h["reason"][:2000]}
                                 for h in held], self.clock())
        return 200, {"held": len(held)}

    def forget(self, body: dict[str, Any], member: str) -> Answer:
        table, keys, before = body.get("tbl"), body.get("keys"), body.get("before")
        if table not in FORGETTABLE or not isinstance(keys, list) or \
                not all(isinstance(k, str) for k in keys) or not isinstance(before, int):
            return 400, {"error": "{\"tbl\": \"messages\", \"keys\": [...], \"before\": ms}"}
        latest = self.clock() - MIN_FORGET_AGE_MS
        forgotten = self.store.forget(table, keys, min(before, latest))
        log.info("hub: %s's retention: %d %s forgotten", member, forgotten, table)
        return 200, {"forgotten": forgotten}


def _version_mismatch(environ: dict[str, Any]) -> Answer | None:
    raw = environ.get("HTTP_" + protocol.PROTOCOL_HEADER.upper().replace("-", "_"), "1")
    try:
        version = int(raw)
    except ValueError:
        return 400, {"error": f"{protocol.PROTOCOL_HEADER} is a number"}
    if version > protocol.PROTOCOL_VERSION:
        return 426, {"error": f"this desktop speaks sync protocol {version}, the hub "
                              f"{protocol.PROTOCOL_VERSION}: upgrade ShopDesk on the hub",
                     "upgrade": "hub", **info()}
    if version < protocol.OLDEST_VERSION:
        return 426, {"error": f"this desktop speaks sync protocol {version}, the hub "
                              f"{protocol.PROTOCOL_VERSION}: upgrade ShopDesk on this desktop",
                     "upgrade": "desktop", **info()}
    return None


def _read_json(environ: dict[str, Any]) -> dict[str, Any] | Answer:
    """The request's JSON object, or the answer that
    refuses it: an oversized body is read and dropped first (up to ``DRAIN_LIMIT``), so the
    desktop gets the 413 and its reason instead of a closed connection."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = -1
    if length < 0:
        return 400, {"error": "bad Content-Length"}
    stream = environ["wsgi.input"]
    if length > MAX_BODY:
        if length <= DRAIN_LIMIT:
            while length > 0 and (chunk := stream.read(min(length, 1 << 20))):
                length -= len(chunk)
        return 413, {"error": f"a request may have at most {MAX_BODY:,} bytes", **info()}
    try:
        body = orjson.loads(stream.read(length) or b"{}")
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return 400, {"error": "the body must be a JSON object"}
    return body


def _refused(change: Any, reason: str, detail: str) -> dict[str, str]:
    c = change if isinstance(change, dict) else {}
    return {"id": str(c.get("id", ""))[:200], "tbl": str(c.get("tbl", ""))[:100],
            "key": str(c.get("key", ""))[:200], "reason": reason, "detail": detail}


def serve(store: HubStore, host: str, port: int, cert: str | None = None,
          key: str | None = None) -> Any:
    """A cheroot server for the hub (see ``hub_server``)."""
    from desktop.sync.hub_server import serve as make

    return make(store, host, port, cert, key)


_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found",
            413: "Payload Too Large", 426: "Upgrade Required", 500: "Internal Server Error"}
