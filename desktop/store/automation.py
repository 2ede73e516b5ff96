"""Templates, auto-reply rules, guard words — and the facts a decision needs."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.store import conversations, directory, settings
from desktop.store.migrations import NO_WAIT
from desktop.store.writer import Writer

_TEMPLATE_COLS = ("id", "name", "shortcut", "body", "language", "category")


def templates(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(f"SELECT {', '.join(_TEMPLATE_COLS)} FROM templates ORDER BY name")
    return [dict(zip(_TEMPLATE_COLS, r)) for r in rows]


def save_template(w: Writer, row: dict[str, Any]) -> None:
    if w.insert("templates", dict(row), or_ignore=True) is None:
        w.update("templates", row["id"], {k: v for k, v in row.items() if k != "id"})


def delete_template(w: Writer, template_id: str) -> None:
    w.delete("templates", "id = ?", [template_id], ids=[template_id])


def rules(conn: sqlite3.Connection) -> list[tuple[str, float, dict[str, Any]]]:
    return [(r[0], r[1], json.loads(r[2])) for r in
            conn.execute("SELECT id, position, definition FROM rules ORDER BY position, id")]


def save_rule(w: Writer, rule_id: str, position: float, definition: dict[str, Any]) -> None:
    encoded = json.dumps(definition, ensure_ascii=False, sort_keys=True)
    row = {"id": rule_id, "position": position, "definition": encoded}
    if w.insert("rules", dict(row), or_ignore=True) is None:
        w.update("rules", rule_id, {"position": position, "definition": encoded})


def delete_rule(w: Writer, rule_id: str) -> None:
    w.delete("rules", "id = ?", [rule_id], ids=[rule_id])


def guard_words(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return list(conn.execute("SELECT word, action, reason FROM guard_words ORDER BY word"))


def save_guard_word(w: Writer, word: str, action: str, reason: str) -> None:
    row = {"word": word, "action": action, "reason": reason}
    if w.insert("guard_words", dict(row), key="word", or_ignore=True) is None:
        w.update("guard_words", word, {"action": action, "reason": reason}, key="word")


# --- facts for one decision ------------------------------------------------------------------

def last_agent_reply(conn: sqlite3.Connection, conversation_id: str, before: int) -> int | None:
    row = conn.execute("SELECT max(sent_at) FROM messages WHERE conversation_id = ? AND "
                       "direction = 'out' AND author = 'agent' AND sent_at <= ?",
                       (conversation_id, before)).fetchone()
    return row[0]


def auto_replies(conn: sqlite3.Connection, customer_id: str, since: int) -> list[tuple[int, str]]:
    """(time, key) of auto-replies to a customer since an instant (cooldowns, loop limit)."""
    return [(r[0], r[1] or "") for r in conn.execute(
        """SELECT m.sent_at, json_extract(m.payload, '$.extra.auto')
           FROM messages m INDEXED BY messages_bot
           JOIN conversations c ON c.id = m.conversation_id
           WHERE c.customer_id = ? AND m.author = 'bot' AND m.sent_at >= ?""",
        (customer_id, since))]


def earlier_messages(conn: sqlite3.Connection, customer_id: str, before_seq: int) -> int:
    """How many messages the customer sent before this one (0: a new customer)."""
    return conn.execute(
        "SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
        "WHERE c.customer_id = ? AND m.direction = 'in' AND m.seq < ?",
        (customer_id, before_seq)).fetchone()[0]


def incoming(conn: sqlite3.Connection, message_id: str) -> dict[str, Any] | None:
    row = conn.execute(
        """SELECT m.id, m.seq, m.text, m.kind, m.order_id, m.sent_at, m.conversation_id,
                  c.customer_id, c.assignee_id, cu.name, cu.language, cu.vip, ch.name,
                  cu.external_id, m.external_id, m.channel_id
           FROM messages m JOIN conversations c ON c.id = m.conversation_id
           JOIN customers cu ON cu.id = c.customer_id JOIN channels ch ON ch.id = m.channel_id
           WHERE m.id = ? AND m.direction = 'in'""", (message_id,)).fetchone()
    keys = ("id", "seq", "text", "kind", "order_id", "sent_at", "conversation_id",
            "customer_id", "assignee_id", "customer", "language", "vip", "channel",
            "customer_external_id", "external_id", "channel_id")
    return dict(zip(keys, row)) if row else None


def message_id(conn: sqlite3.Connection, channel_id: str, external_id: str) -> str | None:
    row = conn.execute("SELECT id FROM messages WHERE channel_id = ? AND external_id = ?",
                       (channel_id, external_id)).fetchone()
    return row[0] if row else None


def copy_setup(source: sqlite3.Connection, w: Writer) -> None:
    """The shop's set-up (not its history) into another database, for a simulation."""
    for table in ("channels", "agents", "templates", "rules", "guard_words"):
        columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
        rows = source.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        w.raw_many(f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) "
                   f"VALUES ({', '.join('?' * len(columns))})", rows)


def last_assignments(conn: sqlite3.Connection, names: list[str]) -> dict[str, int]:
    """Agent name -> when they were last given a conversation (one index probe each)."""
    out = {}
    for name in names:
        row = conn.execute(
            "SELECT max(at) FROM conversation_events INDEXED BY conversation_events_assign "
            "WHERE kind = 'assign' AND json_extract(data, '$.agent') = ?", (name,)).fetchone()
        if row[0] is not None:
            out[name] = row[0]
    return out


def idle_after_answer(conn: sqlite3.Connection, before: int, limit: int = 500) -> list[str]:
    """Open conversations whose last word was ours, and nothing since ``before``."""
    return [r[0] for r in conn.execute(
        "SELECT id FROM conversations INDEXED BY conversations_recent WHERE status = 'open' "
        "AND last_message_at <= ? AND last_direction = 'out' AND waiting_since IS NULL "
        "LIMIT ?", (before, limit))]


def waiting_since_before(conn: sqlite3.Connection, before: int, limit: int = 500) -> list[str]:
    """Open conversations whose customer has been waiting since before ``before``."""
    return [r[0] for r in conn.execute(
        f"SELECT id FROM conversations WHERE status = 'open' AND "
        f"coalesce(waiting_since, {NO_WAIT}) <= ? LIMIT ?", (before, limit))]


def delete_guard_word(w: Writer, word: str) -> None:
    w.delete("guard_words", "word = ?", [word], ids=[word])


@dataclass(frozen=True)
class Situation:
    """Everything the shop's answer to one incoming message depends on, read in one trip:
    the message with its conversation and customer, the settings, the conversation's and
    the customer's history that counts, the team with its load, and the rules."""

    message: dict[str, Any]  # as :func:`incoming` gives it
    settings: dict[str, Any]  # as stored (the services add the defaults)
    last_agent_reply: int | None
    auto_replies: list[tuple[int, str]]  # since ``loop_window`` before the message
    earlier_messages: int  # the customer's before this one (0: a new customer)
    agents: list[dict[str, Any]]  # directory.list_agents rows with their "open_load"
    last_assigned: dict[str, int]  # agent name -> when last given a conversation
    rules: list[tuple[str, float, dict[str, Any]]]


def situation(conn: sqlite3.Connection, message_id: str, loop_window: int) -> Situation | None:
    """The :class:`Situation` of a stored incoming message (None: not one)."""
    m = incoming(conn, message_id)
    if m is None:
        return None
    agents = directory.list_agents(conn)
    for agent in agents:
        agent["open_load"] = conversations.open_load(conn, agent["id"])
    return Situation(
        message=m, settings=settings.read_all(conn),
        last_agent_reply=last_agent_reply(conn, m["conversation_id"], m["sent_at"]),
        auto_replies=auto_replies(conn, m["customer_id"], m["sent_at"] - loop_window),
        earlier_messages=earlier_messages(conn, m["customer_id"], m["seq"]),
        agents=agents, last_assigned=last_assignments(conn, [a["name"] for a in agents]),
        rules=rules(conn))
