"""Messages and conversation events: append-only history, and the search index rows."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from typing import Any

import orjson

from desktop.domain.text import index_tokens
from desktop.store.writer import ROWS_OF_JSON, Writer

MESSAGE_COLUMNS = (
    "id", "conversation_id", "channel_id", "external_id", "direction", "author", "agent_id",
    "kind", "text", "order_id", "product_id", "payload", "sent_at", "sent_offset", "delivery",
)


def insert_message(w: Writer, values: tuple[Any, ...]) -> int | None:
    """Insert a message (values in ``MESSAGE_COLUMNS`` order) unless its (channel,
    external id) is stored; returns its seq, or None for a duplicate (always None while
    the writer defers: the caller checks for duplicates first)."""
    return w.insert_values("messages", MESSAGE_COLUMNS, values, or_ignore=True)


def index_messages(w: Writer, rows: Iterable[tuple[str, str]]) -> None:
    """Add (message id, text) pairs to the full-text index."""
    w.index_by_id("message_fts", "messages", [(mid, index_tokens(text)) for mid, text in rows])


def stored_external_ids(conn: sqlite3.Connection, channel_id: str,
                        external_ids: list[str]) -> set[str]:
    """Which of a channel's message ids (the platform's) are stored."""
    return {r[0] for r in conn.execute(
        "SELECT m.external_id FROM json_each(?) AS j CROSS JOIN messages m "
        "ON m.channel_id = ? AND m.external_id = j.value",
        (orjson.dumps(external_ids), channel_id))}


def stored_events(conn: sqlite3.Connection,
                  keys: list[tuple[str, str, int, str]]) -> set[tuple[str, str, int, str]]:
    """Which (conversation id, kind, time, data) events are stored."""
    return {tuple(r) for r in conn.execute(  # type: ignore[misc]
        f"{ROWS_OF_JSON} SELECT e.conversation_id, e.kind, e.at, e.data FROM rows AS j "
        "CROSS JOIN conversation_events e ON e.conversation_id = j.value ->> 0 "
        "AND e.kind = j.value ->> 1 AND e.at = j.value ->> 2 AND e.data = j.value ->> 3",
        (orjson.dumps(keys),))}


EVENT_COLUMNS = ("id", "conversation_id", "kind", "at", "at_offset", "data", "by_agent_id")


def event_data(data: dict[str, Any]) -> str:
    """An event's data as stored: JSON with sorted keys, ``", "`` and ``": "`` between items
    (an event is a duplicate when this text is the same). Events carry one field almost
    always; that case is written directly, as ``json.dumps`` would."""
    if len(data) == 1:
        ((key, value),) = data.items()
        if type(value) in _SCALARS and key.isascii() and key.isidentifier():
            try:
                return f'{{"{key}": {orjson.dumps(value).decode()}}}'
            except orjson.JSONEncodeError:  # a lone surrogate: json.dumps writes it escaped
                pass
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


_SCALARS = frozenset({str, int, bool, type(None)})


def insert_event(w: Writer, values: tuple[Any, ...]) -> bool:
    """Insert an event (values in ``EVENT_COLUMNS`` order) unless the same one is
    stored; True when added."""
    return w.insert_values("conversation_events", EVENT_COLUMNS, values,
                           or_ignore=True) is not None


_MESSAGE_COLS = ("id", "external_id", "direction", "author", "agent_id", "kind", "text",
                 "order_id", "product_id", "payload", "sent_at", "sent_offset", "delivery")


def _message(row: tuple) -> dict[str, Any]:
    out = dict(zip(_MESSAGE_COLS, row))
    out["payload"] = json.loads(out["payload"]) if out["payload"] else {}
    return out


def thread(conn: sqlite3.Connection, conversation_id: str) -> list[dict[str, Any]]:
    """Every message of a conversation in time order."""
    rows = conn.execute(
        f"SELECT {', '.join(_MESSAGE_COLS)} FROM messages WHERE conversation_id = ? "
        "ORDER BY sent_at, seq", (conversation_id,))
    return [_message(r) for r in rows]


def events(conn: sqlite3.Connection, conversation_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT kind, at, at_offset, data, by_agent_id FROM conversation_events "
        "WHERE conversation_id = ? ORDER BY at, seq", (conversation_id,))
    return [{"kind": r[0], "at": r[1], "at_offset": r[2], "data": json.loads(r[3]),
             "by_agent_id": r[4]} for r in rows]


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM messages").fetchone()[0]


def incoming_by_id(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
    """Customer messages among ``ids`` with their conversation's assignee (notifications)."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            f"""SELECT m.conversation_id, cu.name, m.text, m.kind, c.assignee_id
                FROM messages m JOIN conversations c ON c.id = m.conversation_id
                JOIN customers cu ON cu.id = c.customer_id
                WHERE m.direction = 'in' AND m.id IN ({', '.join('?' * len(chunk))})
                ORDER BY m.sent_at""", chunk)
        out += [dict(zip(("conversation_id", "customer", "text", "kind", "assignee_id"), r))
                for r in rows]
    return out


def older_than(conn: sqlite3.Connection, sent_before: int, stored_before: int,
               limit: int) -> list[tuple[int, str, str | None]]:
    """(seq, id, payload) of messages sent before ``sent_before`` and stored before
    ``stored_before``, oldest first."""
    return list(conn.execute(
        "SELECT seq, id, payload FROM messages WHERE sent_at < ? AND updated_at < ? "
        "ORDER BY sent_at LIMIT ?", (sent_before, stored_before, limit)))


def delete(w: Writer, rows: list[tuple[int, str]]) -> None:
    """Remove messages (seq, id), their search index rows and the copies the change log holds
    of those that came from the hub (a change made here names its row, it holds no copy)."""
    for at in range(0, len(rows), 500):
        chunk = rows[at : at + 500]
        marks = ", ".join("?" * len(chunk))
        # the index is contentless: a row leaves it by the tokens it went in with
        texts = w.conn.execute(f"SELECT seq, text FROM messages WHERE seq IN ({marks})",
                               [seq for seq, _ in chunk]).fetchall()
        for seq, text in texts:
            w.raw("INSERT INTO message_fts (message_fts, rowid, body) VALUES ('delete', ?, ?)",
                  [seq, index_tokens(text or "")])
        w.raw(f"DELETE FROM change_log WHERE tbl = 'messages' AND n = 1 AND pushed = 1 AND "
              f"key IN ({marks})", [mid for _, mid in chunk])
        w.delete("messages", f"seq IN ({marks})", [seq for seq, _ in chunk],
                 ids=[mid for _, mid in chunk], keys=[])  # each desktop keeps its own period


# -- e-mail threading -------------------------------------------------------------------------

_OWN_ID = re.compile(r"^<([0-9a-z]{26})@", re.I)


def thread_of_mail(conn: sqlite3.Connection, channel_id: str, references: list[str],
                   customer: str, subject_key: str, from_shop: bool = False) -> str | None:
    """The conversation (its external id) a mail belongs to: the one holding a mail it
    references (the customer's, or one of our replies, whose Message-IDs carry our message
    ids) when it is this customer's conversation (any, for the shop's own mail), else the
    latest one with this customer on the same subject."""
    own = [m.group(1).upper() for r in references if (m := _OWN_ID.match(r))]
    whose = "" if from_shop else "AND cu.external_id = ? "
    for column, values in (("m.external_id", references), ("m.id", own)):
        if values:
            row = conn.execute(
                f"SELECT c.external_id FROM messages m JOIN conversations c "
                f"ON c.id = m.conversation_id JOIN customers cu ON cu.id = c.customer_id "
                f"WHERE m.channel_id = ? AND {column} IN ({', '.join('?' * len(values))}) "
                f"{whose}ORDER BY m.sent_at DESC LIMIT 1",
                (channel_id, *values, *(() if from_shop else (customer,)))).fetchone()
            if row:
                return row[0]
    if subject_key:
        row = conn.execute(
            "SELECT c.external_id FROM conversations c JOIN customers cu ON cu.id = c.customer_id "
            "JOIN messages m ON m.conversation_id = c.id WHERE c.channel_id = ? "
            "AND cu.external_id = ? AND m.direction = 'in' "
            "AND json_extract(m.payload, '$.extra.subject_key') = ? "
            "ORDER BY m.sent_at DESC LIMIT 1", (channel_id, customer, subject_key)).fetchone()
        if row:
            return row[0]
    return None


def mail_history(conn: sqlite3.Connection, channel_id: str,
                 conversation: str) -> tuple[list[str], str]:
    """The Message-IDs of a mail conversation in time order (the customer's and ours) and
    its subject, for a reply's In-Reply-To and References."""
    ids: list[str] = []
    subject = ""
    for direction, external, payload in conn.execute(
            "SELECT m.direction, m.external_id, m.payload FROM messages m JOIN conversations c "
            "ON c.id = m.conversation_id WHERE c.channel_id = ? AND c.external_id = ? "
            "AND m.direction != 'note' ORDER BY m.sent_at, m.seq", (channel_id, conversation)):
        extra = (json.loads(payload) if payload else {}).get("extra", {})
        if direction == "in":
            ids.append(external)
            subject = subject or extra.get("subject", "")
        elif extra.get("sent_as"):
            ids.append(extra["sent_as"])
    return ids, subject
