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
        self.listen_problems: dict[str, str] = {}  # channel -> why its endpoint is not up
        self.round_errors: dict[str, str] = {}  # channel -> what went wrong last round
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="channels", daemon=True)

    def start(self) -> None:
        store = self.open_store()
        try:
            for channel in channels.listing(store):
                if not registry.receives_here(store, channel):
                    continue
                if channel["kind"] == "webhook":
                    self._listen(channel)
                elif channel["kind"] == "email":
                    threading.Thread(target=self._idle, args=(channel["name"],),
                                     name=f"idle-{channel['name']}", daemon=True).start()
        finally:
            store.close()
        self._thread.start()
        self._report()

    def _listen(self, channel: dict[str, Any]) -> None:
        name, config = channel["name"], channel["config"]
        token = channels.secret(name, "token")
        if not token:
            self.listen_problems[name] = "no token on this computer: add the channel again here"
            return
        try:
            server = WebhookServer(self.open_store, name, token, config.get("bind", "127.0.0.1"),
                                   int(config.get("port", 8765)), self._stored)
        except OSError as exc:
            port = config.get("port")
            self.listen_problems[name] = f"cannot listen on port {port}: {exc.strerror}"
            return
        server.start()
        self.servers[name] = server

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
            polled = [r for r in poll(store) if r["fetched"] or r["error"]]
        finally:
            store.close()
        errors = {**report.errors, **{r["channel"]: r["error"] for r in polled if r["error"]}}
        if report.changes or any(r["stored"] for r in polled):
            self.notify({"kind": "delivered", "changes": report.changes})
        if errors != self.round_errors:
            self.round_errors = errors
            self._report()

    def _report(self) -> None:
        self.notify({"kind": "channels", "listening": sorted(self.servers),
                     "problems": {**self.listen_problems, **self.round_errors}})

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=15)
        for server in self.servers.values():
            server.stop()
