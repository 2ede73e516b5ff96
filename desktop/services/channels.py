"""The shop's channels: added, listed, paused, removed; their secrets and their health."""

from __future__ import annotations

import secrets as tokens
from typing import Any

from desktop.domain.channel_names import Kind
from desktop.services import secrets
from desktop.services.errors import UserError
from desktop.store import directory
from desktop.store import messages as message_store
from desktop.store import outbox as outbox_store
from desktop.store.db import Store

KINDS = tuple(Kind)  # the kinds a channel can be connected as
# The kinds whose platform cannot list a buyer's orders: 抖店's order.searchList has no buyer
# among its filters (docs/douyin.md), so only the orders already known are asked again.
NO_BUYER_SEARCH = ("douyin",)


def secret_key(channel_name: str, what: str) -> str:
    return f"channel/{channel_name}/{what}"


def add(store: Store, kind: str, name: str, config: dict[str, Any],
        secret_values: dict[str, str] | None = None) -> dict[str, Any]:
    """A new channel; its secrets go to the keychain, never into the database."""
    name = name.strip()
    if kind not in KINDS:
        raise UserError(f"unknown channel kind {kind!r} (one of {', '.join(KINDS)})")
    if not name:
        raise UserError("a channel needs a name", "channel.no_name")
    if kind == "email" and config.get("security") == "none" and not all(
            str(config.get(k, "")).split(":")[0] in ("127.0.0.1", "localhost", "::1")
            for k in ("imap", "smtp")):
        raise UserError("--security none is for mail servers on this computer (127.0.0.1) "
                        "only: use ssl or starttls")
    if kind == "douyin" and config.get("bridge"):
        _check_bridge(store, name, str(config["bridge"]))
    existing = directory.channel(store.conn, name)
    if existing is not None and "receiver_device" in existing["config"] and \
            not existing["config"].get("removed"):
        raise UserError(f"there is already a channel named {name!r}", "channel.exists",
                        name=name)
    values = _with_token(kind, secret_values)
    # replies queued before this desktop took the channel wait for a person's word
    config = {"receiver_device": store.device_id, **config, "taken_over_at": store.clock()}
    with store.write() as w:
        if existing is None:
            directory.add_channel(w, name, kind, config)
        else:  # connected again under its old name: the same conversations
            directory.update_channel(w, existing["id"], config, paused=False)
    for what, value in values.items():
        secrets.put(secret_key(name, what), value)
    return {"name": name, "kind": kind, "config": config, "secrets_in": secrets.where(),
            **({"token": values["token"]} if kind == "webhook" else {})}


def set_bridge(store: Store, name: str, bridge: str | None) -> dict[str, Any]:
    """Name (or, with ``None``, forget) the webhook channel a 抖店 channel's chats come
    through, by the rules of ``add``; its other settings stay. Returns the channel."""
    found = get(store, name)
    if found["kind"] != "douyin":
        raise UserError(f"{name!r} is not a 抖店 channel: only a 抖店 channel has a chat bridge",
                        "channel.not_douyin", name=name)
    if bridge is not None:
        bridge = bridge.strip()
        if not bridge:
            raise UserError("which webhook channel? name it: --bridge WEBHOOK (or --no-bridge)",
                            "channel.no_bridge_name")
        _check_bridge(store, found["name"], bridge)
    config = {k: v for k, v in found["config"].items() if k != "bridge"}
    if bridge is not None:
        config["bridge"] = bridge
    with store.write() as w:
        directory.update_channel(w, found["id"], config)
    return {"name": found["name"], "kind": found["kind"], "config": config}


def _check_bridge(store: Store, name: str, bridge: str) -> None:
    """A 抖店 channel's chats come through a webhook channel of the shop, one 抖店 per bridge."""
    found = next((c for c in listing(store) if c["name"] == bridge), None)
    if found is None or found["kind"] != "webhook":
        raise UserError(f"no webhook channel named {bridge!r}: add the bridge first "
                        "(shopdesk channel add webhook NAME)", "channel.no_bridge",
                        bridge=bridge)
    other = next((c["name"] for c in listing(store) if c["kind"] == "douyin" and
                  c["name"] != name and c["config"].get("bridge") == bridge), None)
    if other is not None:
        raise UserError(f"the orders of {bridge!r} are already looked up through {other!r}",
                        "channel.bridge_taken", bridge=bridge, other=other)


def _with_token(kind: str, values: dict[str, str] | None) -> dict[str, str]:
    out = dict(values or {})
    if kind == "webhook":
        out.setdefault("token", tokens.token_urlsafe(24))
    return out


def get(store: Store, name: str) -> dict[str, Any]:
    found = directory.channel(store.conn, name)
    if found is None or found["kind"] not in KINDS or "receiver_device" not in found["config"]:
        raise UserError(f"no channel named {name!r}")
    return found


def secret(name: str, what: str) -> str | None:
    return secrets.get(secret_key(name, what))


def listing(store: Store) -> list[dict[str, Any]]:
    """Every connected channel with its state. Channels that only name where imported history
    came from (no connection settings) are not listed."""
    out = []
    for c in directory.list_channels(store.conn):
        if c["kind"] not in KINDS or "receiver_device" not in c["config"] or \
                c["config"].get("removed"):
            continue
        state = outbox_store.channel_state(store.conn, c["id"])
        queued = len(outbox_store.queued(store.conn, c["name"]))
        out.append({"id": c["id"], "name": c["name"], "kind": c["kind"],
                    "config": c["config"], "paused": c["paused"], "last_ok_at": state["last_ok_at"],
                    "last_error": state["last_error"], "problem": state["problem"],
                    "failures": state["failures"],
                    "queued": queued})
    return out


def remove(store: Store, name: str) -> None:
    """Disconnect a channel: it stops receiving and sending and its secrets are deleted; its
    conversations stay (the history is the shop's)."""
    found = get(store, name)
    with store.write() as w:
        directory.update_channel(w, found["id"], {**found["config"], "removed": True},
                                 paused=True)
    for what in ("token", "reply_token", "password", "secrets"):
        secrets.delete(secret_key(name, what))


def receive_here(store: Store, name: str) -> None:
    """This desktop fetches the channel and sends its replies from now on (one at a time)."""
    found = get(store, name)
    with store.write() as w:
        directory.update_channel(w, found["id"], {**found["config"],
                                                  "receiver_device": store.device_id,
                                                  "taken_over_at": store.clock()})


def set_paused(store: Store, name: str, paused: bool) -> None:
    with store.write() as w:
        directory.update_channel(w, get(store, name)["id"], paused=paused)


def state(store: Store, name: str) -> dict[str, Any]:
    return outbox_store.channel_state(store.conn, get(store, name)["id"])


def mail_thread(store: Store, name: str, references: list[str], customer: str,
                subject_key: str) -> str | None:
    channel = get(store, name)
    config = channel["config"]
    shop_address = str(config.get("address") or config.get("user") or "").lower()
    return message_store.thread_of_mail(store.conn, channel["id"], references, customer,
                                        subject_key, from_shop=customer == shop_address)


def mail_history(store: Store, name: str, conversation: str) -> tuple[list[str], str]:
    return message_store.mail_history(store.conn, get(store, name)["id"], conversation)


def save_state(store: Store, name: str, value: dict[str, Any]) -> None:
    outbox_store.save_channel_state(store.conn, get(store, name)["id"], value)


def customer_kind(store: Store, customer_id: str) -> str | None:
    """The kind of the channel a customer belongs to (None: no such customer)."""
    customer = directory.get_customer(store.conn, customer_id)
    if customer is None:
        return None
    return next((c["kind"] for c in directory.list_channels(store.conn)
                 if c["id"] == customer.channel_id), None)
