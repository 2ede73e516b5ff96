"""Removing messages older than the shop keeps them — only once a backup holds them."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.services import locations, shop
from desktop.store import jobs
from desktop.store import messages as message_store
from desktop.store.db import Store

DAY_MS = 86_400_000
CHUNK = 5_000


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
