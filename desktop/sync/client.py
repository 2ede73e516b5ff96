"""This desktop talking to the team's hub over HTTP (the transport): the protocol version on
every request, the hub's certificate pinned by the fingerprint in the join code, the hub's
clock read from every answer."""

from __future__ import annotations

from typing import Any

import orjson
import requests
from requests.adapters import HTTPAdapter

from desktop.domain import protocol
from desktop.services import retention
from desktop.services import sync as team_sync
from desktop.services.errors import UserError
from desktop.services.session import Shop
from desktop.store import identity

FORGET_PAGE = 5_000
MAX_HELD_REPORTED = 10_000


class PinnedAdapter(HTTPAdapter):
    """HTTPS that trusts exactly one certificate: the one whose SHA-256 fingerprint the join
    code carries (a hub's own, self-signed), whatever its name or issuer."""

    def __init__(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        super().__init__()

    def build_connection_pool_key_attributes(self, request: Any, verify: Any,
                                             cert: Any = None) -> tuple[dict, dict]:
        host, pool = super().build_connection_pool_key_attributes(request, False, cert)
        pool["assert_fingerprint"] = self.fingerprint  # the fingerprint is the check
        return host, pool

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        super().cert_verify(conn, url, False, cert)


class HubClient:
    def __init__(self, url: str, token: str, timeout: float = 30.0,
                 fingerprint: str | None = None) -> None:
        self.url = url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.headers[protocol.PROTOCOL_HEADER] = str(protocol.PROTOCOL_VERSION)
        if fingerprint:
            self.session.mount("https://", PinnedAdapter(fingerprint))
        # a hub that cannot be reached is known within seconds (the scheduler has other
        # work); a page that is on its way may take longer
        self.timeout = (5.0, timeout)
        self.hub_time: int | None = None  # the hub's clock in its last answer (UTC ms)
        self.dropped: set[str] = set()  # changes the owner dropped at the hub

    def _answer(self, response: requests.Response) -> dict[str, Any]:
        try:  # orjson: a pull's page is megabytes of JSON
            body = orjson.loads(response.content)
        except ValueError:
            body = {}
        if isinstance(body, dict) and isinstance(body.get(protocol.TIME_KEY), int):
            self.hub_time = body[protocol.TIME_KEY]
        if response.status_code == 401:
            raise UserError("the hub does not accept this desktop's token (revoked?): ask the "
                            "owner for a new join code")
        if response.status_code >= 400:
            raise UserError(f"the hub refused the request ({response.status_code}: "
                            f"{body.get('error') if isinstance(body, dict) else ''}"
                            f"{'' if isinstance(body, dict) else response.text[:200]})")
        return body

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            return self._answer(self.session.request(method, f"{self.url}{path}",
                                                     timeout=self.timeout, **kwargs))
        except requests.exceptions.SSLError as exc:
            raise UserError("the hub's certificate is not the one in the join code: ask the "
                            "owner for a new join code") from exc
        except requests.RequestException as exc:
            raise UserError(f"the hub cannot be reached ({type(exc).__name__}); changes wait "
                            "here and go when it can") from exc

    def info(self) -> dict[str, Any]:
        """The hub's protocol, byte limits and time."""
        return self._call("GET", "/info")

    def push(self, changes: list[Any]) -> dict[str, Any]:
        """Send changes (dicts, or ``orjson.Fragment`` of their JSON made already)."""
        # UTF-8 as it is (a page's bytes are what the desktop counted, not \u escapes)
        return self._call("POST", "/push", data=orjson.dumps({"changes": changes}),
                          headers={"Content-Type": "application/json"})

    def pull(self, since: int, limit: int, skip_origin: str | None = None) -> dict[str, Any]:
        """The team's changes after ``since``; those made by ``skip_origin`` (this desktop)
        are left out by the hub (the cursor still moves past them)."""
        params: dict[str, Any] = {"since": since, "limit": limit}
        if skip_origin:
            params["skip_origin"] = skip_origin
        page = self._call("GET", "/pull", params=params)
        self.dropped.update(page.get("dropped") or ())
        return page

    def held(self, held: list[dict[str, str]]) -> dict[str, Any]:
        """Tell the hub which changes this desktop sets aside (``{"id", "reason"}``)."""
        return self._call("POST", "/held", json={"held": held})

    def forget(self, table: str, keys: list[str], before: int) -> dict[str, Any]:
        """Ask the hub to forget history rows this desktop's retention removed."""
        return self._call("POST", "/forget", json={"tbl": table, "keys": keys,
                                                   "before": before})


def sync(store: Shop) -> dict[str, Any]:
    """Push and pull once with the hub this desktop joined."""
    team = team_sync.joined(store)
    if team is None:
        raise UserError("this desktop has not joined a team: shopdesk join CODE")
    client = HubClient(team["hub"], team["token"], fingerprint=team.get("fingerprint"))
    result = team_sync.sync_once(store, client)
    forget_removed(store, client)
    report_held(store, client)
    return result


def report_held(store: Shop, client: HubClient) -> None:
    """Tell the hub which of the team's changes this desktop holds, and why, so the owner
    sees them (``shopdesk hub changes``); the next sync tells it again. Those the owner
    dropped are let go."""
    held = identity.held_list(store.conn)
    dropped = [h["id"] for h in held if h["id"] in client.dropped]
    if dropped:  # the owner dropped them at the hub: set aside no longer
        with store.write() as w:
            for stamp in dropped:
                identity.forget_held(w.conn, stamp)
    held = [{"id": h["id"], "reason": h["reason"]}
            for h in held if not h["outgoing"] and h["id"] not in client.dropped]
    try:
        client.held(held[:MAX_HELD_REPORTED])
    except UserError:
        return


def forget_removed(store: Shop, client: HubClient) -> int:
    """Ask the hub to forget the messages this desktop's retention removed (they wait here
    while the hub cannot be reached); returns how many it forgot."""
    gone = 0
    while True:
        keys, before = retention.to_forget(store, FORGET_PAGE)
        if not keys:
            return gone
        try:
            gone += client.forget("messages", keys, before)["forgotten"]
        except UserError:
            return gone  # the next sync tries again
        retention.forgotten(store, len(keys))
