"""Removing messages older than the shop keeps them — only once a backup holds them. The
change log's copies go with them, and a desktop in a team asks the hub to forget them too (the
next sync tells it; see :func:`to_forget`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.services import locations, shop
from desktop.store import jobs, settings
from desktop.store import messages as message_store
from desktop.store.db import Store

DAY_MS = 86_400_000
CHUNK = 5_000
FORGET_KEY = "sync.forget"  # {"before": ms, "keys": [message ids]} the hub has yet to forget


def run(store: Store) -> str:
    """Remove messages sent more than ``retention.days`` ago (never under 180) that a backup
    taken since holds; their search rows and the files customers sent with them go too.
    Conversations, customers and events stay."""
    days = max(shop.MIN_RETENTION_DAYS, int(shop.get(store, "retention.days")))
    cutoff = store.clock() - days * DAY_MS
    held = [b["taken_at"] for b in jobs.backups(store.conn) if Path(b["path"]).is_file()]
    if not held:
        return "nothing removed: no backup holds the old messages yet"
    newest = max(held)
    removed = files = 0
    own = locations.attachments_dir().resolve()
    while True:
        rows = message_store.older_than(store.conn, cutoff, newest, CHUNK)
        if not rows:
            break
        with store.write() as w:
            message_store.delete(w, [(seq, mid) for seq, mid, _ in rows])
            if settings.read_local(w.conn, "sync.hub"):
                _tell_hub(w, [mid for _, mid, _ in rows], cutoff)
        removed += len(rows)
        for _, _, payload in rows:
            for attachment in (json.loads(payload) if payload else {}).get("attachments", []):
                path = Path(str(attachment.get("uri", "")))
                try:  # only files ShopDesk keeps itself, never the user's own
                    if path.is_file() and path.resolve().is_relative_to(own):
                        path.unlink()
                        files += 1
                except OSError:
                    continue
    return f"{removed:,} messages older than {days} days removed ({files} files)"


def _tell_hub(w: Any, keys: list[str], cutoff: int) -> None:
    """Keep the removed messages' ids for the hub (in the transaction that removes them)."""
    pending = json.loads(settings.read_local(w.conn, FORGET_KEY) or '{"keys": []}')
    pending = {"before": cutoff, "keys": pending["keys"] + keys}
    settings.write_local(w, FORGET_KEY, json.dumps(pending))


def to_forget(store: Store, limit: int) -> tuple[list[str], int]:
    """Messages this desktop removed that the hub still holds (at most ``limit``) and the
    cutoff they were removed by."""
    pending = json.loads(settings.read_local(store.conn, FORGET_KEY) or '{"keys": []}')
    return pending["keys"][:limit], int(pending.get("before", 0))


def forgotten(store: Store, count: int) -> None:
    """The hub forgot the first ``count`` of them."""
    with store.write() as w:
        pending = json.loads(settings.read_local(w.conn, FORGET_KEY) or '{"keys": []}')
        pending["keys"] = pending["keys"][count:]
        settings.write_local(w, FORGET_KEY, json.dumps(pending))
