"""The platforms' own figures (Feige's per-agent service figures) and the shop's scores."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.store.writer import Writer


def replace_day(w: Writer, source: str, day: str, rows: list[dict[str, Any]],
                now: int) -> int:
    """The day's figures of ``source`` replaced by ``rows``; returns how many were there."""
    cur = w.raw("DELETE FROM platform_figures WHERE source = ? AND day = ?", (source, day))
    replaced = cur.rowcount if cur is not None else 0
    w.raw_many("INSERT INTO platform_figures (source, day, agent, figures, imported_at) "
               "VALUES (?, ?, ?, ?, ?)",
               [(source, day, r["agent"], json.dumps({k: v for k, v in r.items()
                                                       if k != "agent"}), now) for r in rows])
    return replaced


def between(conn: sqlite3.Connection, first: str, last: str) -> list[dict[str, Any]]:
    return [{"source": source, "date": day, "agent": agent, **json.loads(figures)}
            for source, day, agent, figures in conn.execute(
                "SELECT source, day, agent, figures FROM platform_figures WHERE day >= ? AND "
                "day <= ? ORDER BY day, source, agent", (first, last))]


def save_scores(w: Writer, channel_id: str, day: str, scores: dict[str, Any], now: int) -> None:
    w.raw("INSERT INTO shop_scores (channel_id, day, scores, fetched_at) VALUES (?, ?, ?, ?) "
          "ON CONFLICT (channel_id, day) DO UPDATE SET scores = excluded.scores, "
          "fetched_at = excluded.fetched_at", (channel_id, day, json.dumps(scores), now))


def latest_scores(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Each channel's latest scores: channel, day, fetched_at and the scores."""
    return [{"channel": name, "date": day, "fetched_at": fetched, **json.loads(scores)}
            for name, day, scores, fetched in conn.execute(
                "SELECT c.name, s.day, s.scores, s.fetched_at FROM shop_scores s JOIN channels c "
                "ON c.id = s.channel_id WHERE s.day = (SELECT max(day) FROM shop_scores t "
                "WHERE t.channel_id = s.channel_id) ORDER BY c.name")]
