"""The connector for each channel, built from its settings and its secrets."""

from __future__ import annotations

from typing import Any

from desktop.channels.base import Connector
from desktop.channels.webhook import WebhookSender
from desktop.services import channels, shop
from desktop.services.session import Shop


def receives_here(store: Shop, channel: dict[str, Any]) -> bool:
    """Only one desktop of a team polls a channel and sends its outbox (so three desktops
    never answer three times): the one named in its settings, by default where it was added."""
    device = channel["config"].get("receiver_device")
    return not channel["paused"] and (device is None or device == store.device_id)


def connector(store: Shop, channel: dict[str, Any]) -> Connector | None:
    name, config = channel["name"], channel["config"]
    if channel["kind"] == "webhook":
        return WebhookSender(name, config.get("reply_url"), channels.secret(name, "reply_token"),
                             shop.shop_zone(store))
    return None  # e-mail and TikTok Shop connectors come with their own modules


def connectors(store: Shop) -> dict[str, Connector]:
    """The connectors of the channels this desktop sends and receives for."""
    out = {}
    for channel in channels.listing(store):
        if receives_here(store, channel) and (found := connector(store, channel)) is not None:
            out[channel["name"]] = found
    return out


def test(store: Shop, name: str) -> str:
    """Try a channel's connection now; a line saying how it went (raises nothing)."""
    import requests

    channel = channels.get(store, name)
    if channel["kind"] == "webhook":
        url = channel["config"].get("reply_url")
        if not url:
            return "receiving works without a reply URL; replies wait until one is set"
        try:
            answer = requests.get(url, timeout=5)
        except requests.RequestException as exc:
            return f"cannot reach {url}: {type(exc).__name__}"
        return f"{url} answers ({answer.status_code})"
    return "no test for this kind of channel yet"
