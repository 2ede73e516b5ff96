"""The channels while the app runs: each webhook endpoint listening, the outbox sent and the
fetched channels polled in the background, and news of them for the window.

Nothing here touches a widget: ``notify`` gets plain dicts (from background threads) which the
app hands to the GUI thread through a Qt signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from desktop.channels import dispatcher, registry
from desktop.channels.base import ChannelError
from desktop.channels.mail import MailConnector
from desktop.channels.poll import poll
from desktop.channels.webhook import WebhookServer
from desktop.domain.problems import Code, Problem
from desktop.services import channels, outbox
from desktop.services.errors import UserError
from desktop.services.session import Changes, Shop

log = logging.getLogger(__name__)
ROUND_S = 3.0  # how often the outbox is looked at (sending starts within this)


class ChannelHost:
    def __init__(self, open_store: Callable[[], Shop],
                 notify: Callable[[dict[str, Any]], None]) -> None:
        self.open_store = open_store
        self.notify = notify
        self.servers: dict[str, WebhookServer] = {}
        self.endpoints: dict[str, tuple[str, int, str]] = {}  # channel -> (bind, port, token)
        self.listen_problems: dict[str, Problem] = {}  # channel -> why its endpoint is not up
        self.refused: dict[str, dict[str, Any]] = {}  # the same as data the window words
        self.round_errors: dict[str, Problem] = {}  # channel -> what went wrong last round
        # the channels fetched here (mail, TikTok Shop, 抖店's service requests), those whose
        # last fetch went well, and the channels this desktop does not receive: paused, or
        # received on another desktop of the team (what the status bar says when none is up)
        self.fetched_here: set[str] = set()
        self.fetching: set[str] = set()
        self.not_here: dict[str, list[str]] = {"paused": [], "elsewhere": []}
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._listeners = threading.Lock()  # one look at the webhook endpoints at a time
        self._thread = threading.Thread(target=self._loop, name="channels", daemon=True)

    def start(self) -> None:
        store = self.open_store()
        try:
            for channel in channels.listing(store):
                if channel["kind"] == "email" and registry.receives_here(store, channel):
                    threading.Thread(target=self._idle, args=(channel["name"],),
                                     name=f"idle-{channel['name']}", daemon=True).start()
        finally:
            store.close()
        self.sync_listeners()
        self._thread.start()

    def channels_changed(self) -> None:
        """A channel was added, paused, resumed, moved or removed: its endpoint starts or
        stops now, not at the next start of the app (off the caller's thread)."""
        threading.Thread(target=self.sync_listeners, name="channels-sync", daemon=True).start()

    def sync_listeners(self) -> None:
        """Every webhook channel this desktop receives listens on its port; no other does."""
        store = self.open_store()
        try:
            listed = channels.listing(store)
            here = [c for c in listed if registry.receives_here(store, c)]
            wanted = {c["name"]: c for c in here if c["kind"] == "webhook"}
            fetched = {c["name"] for c in here
                       if c["kind"] != "webhook" and registry.connector(store, c) is not None}
        finally:
            store.close()
        with self._listeners:
            if self._stop.is_set():
                return
            self.fetched_here = fetched
            self.fetching &= fetched
            self.not_here = {"paused": sorted(c["name"] for c in listed if c["paused"]),
                             "elsewhere": sorted(c["name"] for c in listed if c not in here
                                                 and not c["paused"])}
            for name in list(self.servers):
                if name not in wanted or self.endpoints[name] != _endpoint(wanted[name]):
                    self.servers.pop(name).stop()
                    self.endpoints.pop(name)
            self.listen_problems.clear()
            self.refused.clear()
            for name, channel in wanted.items():
                if name not in self.servers:
                    self._listen(channel)
            self._report()

    def _listen(self, channel: dict[str, Any]) -> None:
        name = channel["name"]
        bind, port, token = _endpoint(channel)
        if not token:
            self.listen_problems[name] = Problem(
                Code.NO_TOKEN, {"port": port},
                "no token on this computer: add the channel again here")
            self.refused[name] = {"why": "token", "port": port}
            return
        try:
            server = WebhookServer(self.open_store, name, token, bind, port, self._stored)
        except OSError as exc:
            self.listen_problems[name] = Problem(
                Code.PORT_IN_USE, {"port": port, "why": exc.strerror or ""},
                f"cannot listen on port {port}: {exc.strerror}")
            self.refused[name] = {"why": "port", "port": port, "detail": exc.strerror or ""}
            return
        server.start()
        self.servers[name] = server
        self.endpoints[name] = (bind, port, token)

    def _idle(self, name: str) -> None:
        """Mail is fetched the moment it arrives where the server offers IMAP IDLE; between,
        and where it does not, the minute's poll covers it."""
        while not self._stop.is_set():
            store = self.open_store()
            try:
                found = registry.connector(store, channels.get(store, name))
                if not isinstance(found, MailConnector):
                    return
                arrived = found.wait_for_mail(self._stop)
                if arrived is None:
                    return  # no IDLE on this server
                reports = poll(store, name) if arrived else []
            except (ChannelError, UserError) as exc:  # dropped: polling covers it meanwhile
                log.info("mail %s: IDLE stopped (%s); trying again in a minute", name, exc)
                self._stop.wait(60)
                continue
            finally:
                store.close()
            if any(r["stored"] for r in reports):
                self.notify({"kind": "delivered", "changes": Changes()})
                self._wake.set()  # auto-replies to send

    def _stored(self, changes: Changes) -> None:
        self.notify({"kind": "delivered", "changes": changes})
        self._wake.set()  # auto-replies were queued: send them now

    def kick(self) -> None:
        """Something was queued: send without waiting for the next round."""
        self._wake.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self._round()
            except Exception:  # the loop outlives any one bad round
                log.exception("channels: a round failed")
            self._wake.wait(ROUND_S)
            self._wake.clear()

    def _round(self) -> None:
        store = self.open_store()
        try:
            waiting = outbox.waiting_channels(store)  # most rounds: nothing to send
            report = dispatcher.dispatch(store, registry.connectors(store, waiting)) \
                if waiting else dispatcher.Report()
            reports = poll(store)
        finally:
            store.close()
        polled = [r for r in reports if r["fetched"] or r["error"] or r["problem"]]
        errors = {**report.problems,
                  **{r["channel"]: r["problem"] for r in polled if r["problem"]}}
        if report.changes or any(r["stored"] for r in polled):
            self.notify({"kind": "delivered", "changes": report.changes})
        went_well = {r["channel"] for r in reports
                     if r["polled"] and not (r["error"] or r["problem"])}
        failed = {r["channel"] for r in polled if r["error"] or r["problem"]}
        with self._listeners:
            fetching = ((self.fetching | went_well) - failed) & self.fetched_here
            if errors != self.round_errors or fetching != self.fetching:
                self.round_errors, self.fetching = errors, fetching
                self._report()

    def _report(self) -> None:
        """News for the window: the webhooks ``listening``, the channels ``fetching`` well,
        those fetched here ``waiting`` for their first fetch, the channels ``paused`` and
        those received ``elsewhere``, and every channel's ``problems``."""
        problems = {**self.listen_problems, **self.round_errors}
        self.notify({"kind": "channels", "listening": sorted(self.servers),
                     "fetching": sorted(self.fetching),
                     "waiting": sorted(self.fetched_here - self.fetching - set(problems)),
                     **self.not_here, "problems": problems,
                     "ports": {n: port for n, (_b, port, _t) in self.endpoints.items()},
                     "refused": dict(self.refused)})

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=15)
        with self._listeners:
            for server in self.servers.values():
                server.stop()
            self.servers.clear()
            self.endpoints.clear()


def _endpoint(channel: dict[str, Any]) -> tuple[str, int, str]:
    """Where a webhook channel listens and the token it asks for."""
    config = channel["config"]
    return (str(config.get("bind", "127.0.0.1")), int(config.get("port", 8765)),
            channels.secret(channel["name"], "token") or "")
