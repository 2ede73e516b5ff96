"""The hub: a small HTTP service (any WSGI server; ``shopdesk hub`` runs cheroot, which runs on
Windows, macOS and Linux and speaks TLS when given a certificate) where the team's desktops
push their changes and pull everyone else's.

``POST /push`` ``{"changes": [...]}`` — stored once per change id; ``GET /pull?since=N&limit=M``
— the changes after cursor N in the hub's order, a page at a time; ``GET /health``. Every
request but health carries ``Authorization: Bearer <member token>``; a wrong or revoked token
gets 401 and no data, a malformed or oversized request a 4xx, and the hub keeps serving.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from desktop.domain import teamcode
from desktop.store.hub import CHANGE_FIELDS, HubStore, SQLiteHubStore

log = logging.getLogger(__name__)
MAX_BODY = 16 * 1024 * 1024
MAX_CHANGES = 10_000  # a push; desktops send pages of changes
MAX_PAGE = 5_000

Start = Callable[[str, list[tuple[str, str]]], Any]


def join_code(hub_url: str, member: str, token: str) -> str:
    """One line that holds the hub's address and the member's token."""
    return teamcode.encode(hub_url, member, token)


def read_join_code(code: str) -> dict[str, str]:
    return teamcode.decode(code)


def open_hub(folder: Path) -> SQLiteHubStore:
    """The hub's storage in its data folder."""
    return SQLiteHubStore(folder / "hub.sqlite")


def invite(store: HubStore, name: str, hub_url: str) -> str:
    """A new member (or a new token for an old one): the join code to give them."""
    token = secrets.token_urlsafe(32)
    store.add_member(name, token, int(time.time() * 1000))
    return join_code(hub_url, name, token)


def _valid(change: Any) -> bool:
    return isinstance(change, dict) and all(isinstance(change.get(f), str) and change.get(f)
                                            for f in CHANGE_FIELDS if f != "fields") \
        and isinstance(change.get("fields"), dict) and len(change["id"]) <= 200


class HubApp:
    """The WSGI application."""

    def __init__(self, store: HubStore) -> None:
        self.store = store

    def __call__(self, environ: dict[str, Any], start: Start) -> Iterable[bytes]:
        try:
            status, body = self.route(environ)
        except Exception:
            log.exception("hub: %s %s failed", environ.get("REQUEST_METHOD"),
                          environ.get("PATH_INFO"))
            status, body = 500, {"error": "internal error"}
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        start(f"{status} {_REASONS.get(status, 'OK')}",
              [("Content-Type", "application/json; charset=utf-8"),
               ("Content-Length", str(len(data)))])
        return [data]

    def route(self, environ: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")
        if path == "/health":
            return 200, {"ok": True}
        header = environ.get("HTTP_AUTHORIZATION", "")
        member = self.store.member_for(header.removeprefix("Bearer ").strip()) \
            if header.startswith("Bearer ") else None
        if member is None:
            return 401, {"error": "unknown or revoked member token"}
        if method == "POST" and path == "/push":
            return self.push(environ, member)
        if method == "GET" and path == "/pull":
            query = parse_qs(environ.get("QUERY_STRING", ""))
            try:
                since = int(query.get("since", ["0"])[0])
                limit = min(MAX_PAGE, max(1, int(query.get("limit", ["1000"])[0])))
            except ValueError:
                return 400, {"error": "since and limit are numbers"}
            changes, cursor = self.store.pull(since, limit)
            return 200, {"changes": changes, "cursor": cursor, "more": len(changes) == limit}
        return 404, {"error": "POST /push, GET /pull, GET /health"}

    def push(self, environ: dict[str, Any], member: str) -> tuple[int, dict[str, Any]]:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return 400, {"error": "bad Content-Length"}
        if length > MAX_BODY:
            return 413, {"error": f"at most {MAX_BODY >> 20} MB a push"}
        try:
            body = json.loads(environ["wsgi.input"].read(length) or b"{}")
            changes = body["changes"]
        except (ValueError, KeyError, TypeError):
            return 400, {"error": "the body must be JSON: {\"changes\": [...]}"}
        if not isinstance(changes, list) or len(changes) > MAX_CHANGES:
            return 413 if isinstance(changes, list) else 400, {
                "error": f"a list of at most {MAX_CHANGES} changes"}
        bad = [i for i, c in enumerate(changes) if not _valid(c)]
        if bad:
            return 400, {"error": "malformed changes", "indexes": bad[:20]}
        stored, duplicates = self.store.push(member, changes, int(time.time() * 1000))
        return 200, {"stored": stored, "duplicates": duplicates}


_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found",
            413: "Payload Too Large", 500: "Internal Server Error"}


def serve(store: HubStore, host: str, port: int, cert: str | None = None,
          key: str | None = None) -> Any:
    """A cheroot server for the hub (started by the caller with ``.start()``/``.stop()``, or
    ``.safe_start()`` to block)."""
    from cheroot import wsgi

    server = wsgi.Server((host, port), HubApp(store), numthreads=8,
                         server_name="shopdesk-hub")
    if cert and key:
        from cheroot.ssl.builtin import BuiltinSSLAdapter
        server.ssl_adapter = BuiltinSSLAdapter(cert, key)
    return server
