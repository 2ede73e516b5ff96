"""The platforms' own figures (Feige's per-agent service figures) and the shop's scores."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.store.writer import KEY_SEPARATOR, Writer


def replace_day(w: Writer, source: str, day: str, rows: list[dict[str, Any]],
                now: int) -> int:
    """The day's figures of ``source`` replaced by ``rows``; returns how many were there.
    Each agent's row is written again and the agents the file no longer has are deleted, so
    the same file imported on two desktops of a team is one set of rows."""
    agents = [r[0] for r in w.conn.execute(
        "SELECT agent FROM platform_figures WHERE source = ? AND day = ?", (source, day))]
    kept = {r["agent"] for r in rows}
    for agent in agents:
        if agent not in kept:
            w.delete("platform_figures", "source = ? AND day = ? AND agent = ?",
                     (source, day, agent), keys=[KEY_SEPARATOR.join((source, day, agent))])
    for r in rows:
        w.upsert("platform_figures", {
            "source": source, "day": day, "agent": r["agent"],
            "figures": json.dumps({k: v for k, v in r.items() if k != "agent"}),
            "imported_at": now})
    return len(agents)


def between(conn: sqlite3.Connection, first: str, last: str) -> list[dict[str, Any]]:
    return [{"source": source, "date": day, "agent": agent, **json.loads(figures)}
            for source, day, agent, figures in conn.execute(
                "SELECT source, day, agent, figures FROM platform_figures WHERE day >= ? AND "
                "day <= ? ORDER BY day, source, agent", (first, last))]


def save_scores(w: Writer, channel_id: str, day: str, scores: dict[str, Any], now: int) -> None:
    w.upsert("shop_scores", {"channel_id": channel_id, "day": day,
                             "scores": json.dumps(scores), "fetched_at": now})


def latest_scores(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Each channel's latest scores: channel, day, fetched_at and the scores."""
    return [{"channel": name, "date": day, "fetched_at": fetched, **json.loads(scores)}
            for name, day, scores, fetched in conn.execute(
                "SELECT c.name, s.day, s.scores, s.fetched_at FROM shop_scores s JOIN channels c "
                "ON c.id = s.channel_id WHERE s.day = (SELECT max(day) FROM shop_scores t "
                "WHERE t.channel_id = s.channel_id) ORDER BY c.name")]
