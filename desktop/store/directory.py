"""Channels, agents and customers: the small tables everything else points at."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.domain.ids import new_id
from desktop.domain.text import index_tokens
from desktop.store.writer import Writer


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: str
    seq: int | None  # None: added by a deferring writer, not written yet
    channel_id: str
    external_id: str
    name: str
    vip: bool
    language: str


# --- channels -------------------------------------------------------------------------------

def channel_ids(conn: sqlite3.Connection) -> dict[str, str]:
    """name -> id for every channel."""
    return dict(conn.execute("SELECT name, id FROM channels"))


def channel_names(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT id, name FROM channels"))


def add_channel(w: Writer, name: str, kind: str, config: dict[str, Any] | None = None) -> str:
    cid = new_id(w.now)
    w.insert("channels", {"id": cid, "kind": kind, "name": name,
                          "config": json.dumps(config or {}, ensure_ascii=False),
                          "created_at": w.now})
    return cid


def list_channels(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT id, kind, name, config, paused FROM channels ORDER BY name")
    return [{"id": r[0], "kind": r[1], "name": r[2], "config": json.loads(r[3]),
             "paused": bool(r[4])} for r in rows]


# --- agents ---------------------------------------------------------------------------------

def agent_ids(conn: sqlite3.Connection) -> dict[str, str]:
    """name -> id for every agent."""
    return dict(conn.execute("SELECT name, id FROM agents"))


def agent_names(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT id, name FROM agents"))


def add_agent(w: Writer, name: str, role: str = "agent", tier: int = 1,
              max_concurrent: int = 10) -> str:
    aid = new_id(w.now)
    w.insert("agents", {"id": aid, "name": name, "role": role, "tier": tier,
                        "max_concurrent": max_concurrent, "created_at": w.now})
    return aid


def list_agents(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT id, name, role, tier, max_concurrent, status, active FROM agents ORDER BY name")
    keys = ("id", "name", "role", "tier", "max_concurrent", "status", "active")
    return [dict(zip(keys, r)) for r in rows]


# --- customers ------------------------------------------------------------------------------

_CUSTOMER_COLS = "id, seq, channel_id, external_id, name, vip, language"


def _customer(row: tuple) -> CustomerRow:
    return CustomerRow(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6])


def find_customer(conn: sqlite3.Connection, channel_id: str,
                  external_id: str) -> CustomerRow | None:
    row = conn.execute(f"SELECT {_CUSTOMER_COLS} FROM customers "
                       "WHERE channel_id = ? AND external_id = ?",
                       (channel_id, external_id)).fetchone()
    return _customer(row) if row else None


def find_customers(conn: sqlite3.Connection, channel_id: str,
                   external_ids: list[str]) -> dict[str, CustomerRow]:
    """The stored customers among ``external_ids`` of a channel, by external id."""
    found: dict[str, CustomerRow] = {}
    for start in range(0, len(external_ids), 500):
        chunk = external_ids[start : start + 500]
        for row in conn.execute(
                f"SELECT {_CUSTOMER_COLS} FROM customers WHERE channel_id = ? AND external_id "
                f"IN ({', '.join('?' * len(chunk))})", [channel_id, *chunk]):
            found[row[3]] = _customer(row)
    return found


def get_customer(conn: sqlite3.Connection, customer_id: str) -> CustomerRow | None:
    row = conn.execute(f"SELECT {_CUSTOMER_COLS} FROM customers WHERE id = ?",
                       (customer_id,)).fetchone()
    return _customer(row) if row else None


def add_customer(w: Writer, channel_id: str, external_id: str, name: str, vip: bool,
                 language: str) -> CustomerRow:
    cid = new_id(w.now)
    seq = w.insert("customers", {"id": cid, "channel_id": channel_id, "external_id": external_id,
                                 "name": name, "vip": int(vip), "language": language,
                                 "created_at": w.now})
    w.index_by_id("customer_fts", "customers", [(cid, index_tokens(f"{name} {external_id}"))])
    return CustomerRow(cid, seq, channel_id, external_id, name, vip, language)


def update_customer(w: Writer, old: CustomerRow, name: str, vip: bool,
                    language: str) -> CustomerRow:
    w.update("customers", old.id, {"name": name, "vip": int(vip), "language": language})
    if name != old.name:
        seq = "(SELECT seq FROM customers WHERE id = ?)"  # by id: the row may be unwritten yet
        w.raw(f"INSERT INTO customer_fts (customer_fts, rowid, body) VALUES ('delete', {seq}, ?)",
              (old.id, index_tokens(f"{old.name} {old.external_id}")))
        w.raw(f"INSERT INTO customer_fts (rowid, body) VALUES ({seq}, ?)",
              (old.id, index_tokens(f"{name} {old.external_id}")))
    return CustomerRow(old.id, old.seq, old.channel_id, old.external_id, name, vip, language)


def customer_notes(conn: sqlite3.Connection, customer_id: str) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT text, created_at, agent_id FROM customer_notes "
                        "WHERE customer_id = ? ORDER BY created_at DESC", (customer_id,))
    return [{"text": r[0], "created_at": r[1], "agent_id": r[2]} for r in rows]


def channel(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    return next((c for c in list_channels(conn) if c["name"] == name), None)


def update_channel(w: Writer, channel_id: str, config: dict[str, Any] | None = None,
                   paused: bool | None = None) -> None:
    fields: dict[str, Any] = {}
    if config is not None:
        fields["config"] = json.dumps(config, ensure_ascii=False)
    if paused is not None:
        fields["paused"] = int(paused)
    if fields:
        w.update("channels", channel_id, fields)
