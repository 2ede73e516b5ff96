"""The shop's channels: added, listed, paused, removed; their secrets and their health."""

from __future__ import annotations

import secrets as tokens
from typing import Any

from desktop.services import secrets
from desktop.services.errors import UserError
from desktop.store import directory
from desktop.store import outbox as outbox_store
from desktop.store.db import Store

KINDS = ("email", "tiktok", "webhook")


def secret_key(channel_name: str, what: str) -> str:
    return f"channel/{channel_name}/{what}"


def add(store: Store, kind: str, name: str, config: dict[str, Any],
        secret_values: dict[str, str] | None = None) -> dict[str, Any]:
    """A new channel; its secrets go to the keychain, never into the database."""
    name = name.strip()
    if kind not in KINDS:
        raise UserError(f"unknown channel kind {kind!r} (one of {', '.join(KINDS)})")
    if not name:
        raise UserError("a channel needs a name")
    if directory.channel(store.conn, name) is not None:
        raise UserError(f"there is already a channel named {name!r}")
    values = dict(secret_values or {})
    if kind == "webhook":
        values.setdefault("token", tokens.token_urlsafe(24))
    config = {"receiver_device": store.device_id, **config}
    with store.write() as w:
        directory.add_channel(w, name, kind, config)
    for what, value in values.items():
        secrets.put(secret_key(name, what), value)
    return {"name": name, "kind": kind, "config": config, "secrets_in": secrets.where(),
            **({"token": values["token"]} if kind == "webhook" else {})}


def get(store: Store, name: str) -> dict[str, Any]:
    found = directory.channel(store.conn, name)
    if found is None or found["kind"] not in KINDS:
        raise UserError(f"no channel named {name!r}")
    return found


def secret(name: str, what: str) -> str | None:
    return secrets.get(secret_key(name, what))


def listing(store: Store) -> list[dict[str, Any]]:
    """Every connected channel with its state (imported-history channels are not listed)."""
    out = []
    for c in directory.list_channels(store.conn):
        if c["kind"] not in KINDS:
            continue
        state = outbox_store.channel_state(store.conn, c["id"])
        queued = len(outbox_store.queued(store.conn, c["name"]))
        out.append({"id": c["id"], "name": c["name"], "kind": c["kind"],
                    "config": c["config"], "paused": c["paused"], "last_ok_at": state["last_ok_at"],
                    "last_error": state["last_error"], "failures": state["failures"],
                    "queued": queued})
    return out


def set_paused(store: Store, name: str, paused: bool) -> None:
    with store.write() as w:
        directory.update_channel(w, get(store, name)["id"], paused=paused)


def state(store: Store, name: str) -> dict[str, Any]:
    return outbox_store.channel_state(store.conn, get(store, name)["id"])


def save_state(store: Store, name: str, value: dict[str, Any]) -> None:
    outbox_store.save_channel_state(store.conn, get(store, name)["id"], value)
