"""Desktops for sync tests: each its own database file and secrets folder, joined to a hub
running on 127.0.0.1 (the ``running`` fixture of test_hub)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from desktop.services import interchange, metrics
from desktop.services import sync as team_sync
from desktop.store.db import open_store
from desktop.sync import hub
from desktop.sync.client import sync

STATE = ("status", "assignee_id", "category", "priority", "resolved", "rating", "opened_at",
         "closed_at", "last_message_at", "last_in_at", "waiting_since", "first_response_at",
         "message_count", "last_preview", "last_direction")


class Desk:
    def __init__(self, folder: Path, name: str, **kwargs: Any) -> None:
        self.folder, self.name = folder, name
        self.home = folder / f"home-{name}"
        self.use()
        self.store = open_store(folder / f"{name}.sqlite", **kwargs)

    def use(self) -> None:
        os.environ["SHOPDESK_HOME"] = str(self.home)  # whose keychain-less secrets file

    def join(self, hub_store: Any, url: str) -> dict[str, str]:
        self.use()
        return team_sync.join(self.store, hub.invite(hub_store, self.name, url))

    def sync(self) -> dict[str, Any]:
        self.use()
        return sync(self.store)

    def import_lines(self, lines: list[dict[str, Any]], tag: str = "") -> None:
        self.use()
        path = self.folder / f"{self.name}{tag}-{len(lines)}.jsonl"
        path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                        encoding="utf-8")
        interchange.import_file(self.store, path)

    def rows(self, sql: str, *params: Any) -> list[tuple]:
        return self.store.conn.execute(sql, params).fetchall()

    def export(self) -> list[str]:
        path = self.folder / f"export-{self.name}.jsonl"
        interchange.export_file(self.store, path)
        return sorted(path.read_text("utf-8").splitlines())

    def states(self) -> list[tuple]:
        return states(self.store)

    def tags(self) -> list[tuple]:
        return tags(self.store)

    def figures(self) -> Any:
        return figures(self.store)


def states(store: Any) -> list[tuple]:
    """Every conversation's state, by what the outside world calls it."""
    return store.conn.execute(
        "SELECT ch.name, c.external_id, c.status, a.name, " +
        ", ".join(f"c.{s}" for s in STATE[2:]) +
        " FROM conversations c JOIN channels ch ON ch.id = c.channel_id "
        "LEFT JOIN agents a ON a.id = c.assignee_id ORDER BY 1, 2").fetchall()


def tags(store: Any) -> list[tuple]:
    return store.conn.execute(
        "SELECT ch.name, c.external_id, t.tag FROM conversation_tags t "
        "JOIN conversations c ON c.id = t.conversation_id "
        "JOIN channels ch ON ch.id = c.channel_id ORDER BY 1, 2, 3").fetchall()


def figures(store: Any) -> Any:
    """The figures of the week up to 2025-10-02, as of a fixed moment after it."""
    from datetime import date
    return metrics.compute(store, date(2025, 9, 26), date(2025, 10, 2),
                           as_of=1_759_500_000_000)

def line(n: int, conv: str = "c1", customer: str | None = None, *, channel: str = "tiktok",
         direction: str = "in", author: str = "customer", minute: int | None = None,
         text: str | None = None) -> dict[str, Any]:
    minute = n if minute is None else minute
    return {"channel": channel, "conversation": conv,
            "customer": {"id": customer or f"u-{conv}", "name": customer or conv},
            "id": f"{conv}-{n}", "direction": direction, "author": author, "kind": "text",
            "text": text or f"消息{n}",
            "sent_at": f"2025-10-02T{10 + minute // 60:02d}:{minute % 60:02d}:00+08:00"}
