"""The connector for each channel, built from its settings and its secrets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import partial
from typing import Any

from desktop.channels.base import ChannelError, Connector
from desktop.channels.mail import MailConnector, MailSettings
from desktop.channels.tiktok import API_BASE, AUTH_BASE, TikTokConnector, Tokens
from desktop.channels.webhook import WebhookSender
from desktop.services import channels, locations, secrets, shop
from desktop.services.session import Shop


def receives_here(store: Shop, channel: dict[str, Any]) -> bool:
    """Only one desktop of a team polls a channel and sends its outbox (so three desktops
    never answer three times): the one named in its settings, by default where it was added."""
    device = channel["config"].get("receiver_device")
    return not channel["paused"] and (device is None or device == store.device_id)


def _host_port(value: str, default: int) -> tuple[str, int]:
    host, _, port = str(value).rpartition(":") if ":" in str(value) else (value, "", "")
    return host or str(value), int(port) if port else default


def connector(store: Shop, channel: dict[str, Any]) -> Connector | None:
    name, config = channel["name"], channel["config"]
    zone = shop.shop_zone(store)
    if channel["kind"] == "webhook":
        return WebhookSender(name, config.get("reply_url"), channels.secret(name, "reply_token"),
                             zone)
    if channel["kind"] == "email":
        security = config.get("security", "ssl")
        imap_host, imap_port = _host_port(config["imap"], 993 if security == "ssl" else 143)
        smtp_host, smtp_port = _host_port(config["smtp"], 465 if security == "ssl" else 587)
        settings = MailSettings(imap_host, imap_port, smtp_host, smtp_port, config["user"],
                                channels.secret(name, "password") or "", security,
                                config.get("address"), config.get("ca_file"))
        return MailConnector(
            name, settings, zone, locations.attachments_dir() / name,
            locations.data_dir() / "quarantine",
            thread=partial(channels.mail_thread, store, name),
            history=partial(channels.mail_history, store, name))
    if channel["kind"] == "tiktok":
        raw = channels.secret(name, "secrets")
        if not raw:
            return None
        values = json.loads(raw)
        tokens = Tokens(values["app_secret"], values["access_token"], values["refresh_token"])

        def keep(new: Tokens) -> None:
            secrets.put(channels.secret_key(name, "secrets"), json.dumps(
                {"app_secret": new.app_secret, "access_token": new.access_token,
                 "refresh_token": new.refresh_token}))

        return TikTokConnector(name, config["app_key"], config["shop_cipher"], tokens, zone,
                               keep, config.get("api_base") or API_BASE,
                               config.get("auth_base") or AUTH_BASE)
    if channel["kind"] == "douyin":  # its 服务请求 (chats come through a bridge)
        from desktop.channels.douyin_service import service_connector  # (orders imports us)
        return service_connector(store, channel)
    return None


def connectors(store: Shop, only: set[str] | None = None) -> dict[str, Connector]:
    """The connectors of the channels this desktop sends and receives for (of ``only`` these
    channels, when given: building one reads its secrets from the keychain)."""
    out = {}
    for channel in channels.listing(store):
        if only is not None and channel["name"] not in only:
            continue
        if receives_here(store, channel) and (found := connector(store, channel)) is not None:
            out[channel["name"]] = found
    return out


def announce_status(store: Shop, online: bool) -> list[str]:
    """Tell the platforms that have a notion of it whether this shop takes chats now (the
    agent at this desktop went online or offline). Returns the channels that could not be
    told, with why."""
    problems = []
    for name, found in connectors(store).items():
        if isinstance(found, TikTokConnector):
            try:
                found.accept_chats(online)
            except ChannelError as exc:
                problems.append(f"{name}: {exc}")
    return problems


@dataclass(frozen=True)
class ChannelCheck:
    """How a channel's test went: a code the window words in the user's language, the
    values it needs, and the same in English for the command line and the logs."""

    code: str  # webhook_no_reply_url, webhook_unreachable, webhook_answers, mail_ok, …
    values: dict[str, Any]
    english: str

    def __str__(self) -> str:
        return self.english


def test(store: Shop, name: str) -> ChannelCheck:
    """Try a channel's connection now (raises nothing)."""
    import requests

    channel = channels.get(store, name)
    if channel["kind"] == "webhook":
        url = channel["config"].get("reply_url")
        if not url:
            return ChannelCheck("webhook_no_reply_url", {}, "receiving works without a reply "
                                "URL; replies wait until one is set")
        try:
            answer = requests.get(url, timeout=5)
        except requests.Timeout:
            return ChannelCheck("webhook_timeout", {"url": url},
                                f"{url} did not answer within 5 seconds")
        except requests.RequestException as exc:
            return ChannelCheck("webhook_unreachable", {"url": url},
                                f"cannot reach {url}: {type(exc).__name__}")
        return ChannelCheck("webhook_answers", {"url": url, "status": answer.status_code},
                            f"{url} answers ({answer.status_code})")
    found = connector(store, channel)
    if channel["kind"] == "email" and isinstance(found, MailConnector):
        try:
            found.fetch({"uidvalidity": -1})  # logs in and reads the INBOX, stores nothing
        except ChannelError as exc:
            return ChannelCheck("mail_failed", {"problem": exc.problem}, str(exc))
        return ChannelCheck("mail_ok", {}, "IMAP works; SMTP is tried with the first reply")
    return ChannelCheck("no_test", {}, "no test for this kind of channel yet")
