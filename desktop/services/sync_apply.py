"""Applying the team's changes on this desktop, one by one, whatever order they come in.

Each change is read through this desktop's names for things (``store.identity``): the row it
names is the row here with the same natural key, its references are moved to the rows here.
A row's shared fields are the merge of every change to it (``domain.merge``); history rows
(messages, events) are a union. A conversation's state is never taken from a change: it is
folded again from its messages and events once the page is applied. A change that cannot
apply (a table or column this version does not know, a row it names that is not here, a
constraint) is held with its reason and tried again after every page and every sync; the
rest applies.
"""

from __future__ import annotations

import functools
import sqlite3
from typing import Any

from desktop.domain import protocol
from desktop.domain.conversation import ConversationState, apply_event, apply_message
from desktop.domain.merge import (
    DELETED,
    DERIVED_COLUMNS,
    DERIVED_TABLES,
    IMMUTABLE,
    NATURAL_KEYS,
    PARENTS,
    REFERENCES,
    Change,
    apply,
    natural_key,
)
from desktop.domain.model import BOT, CUSTOMER, Direction, EventKind
from desktop.store import changelog, folds, identity, savepoints
from desktop.store.writer import AS_STORED, TABLE_KEYS, Writer


class Held(Exception):
    """A change that cannot apply here (yet); the message is the reason."""


class Page:
    """One page of changes being applied in one transaction."""

    def __init__(self, w: Writer, device: str, joining: bool = False) -> None:
        self.w = w
        self.conn = w.conn
        self.device = device
        # joining with data never sent: a history row here that the team holds too, just as
        # it is, takes the team's id (``identity.take_history_id``) and need not travel back
        self.joining = joining
        self.conversations: set[str] = set()  # to fold again
        self.assigned: set[str] = set()  # conversations another desktop assigned
        self.applied: list[str] = []
        self.held = identity.held_ids(self.conn)
        self.logged: list[dict[str, Any]] = []  # history rows' changes, logged at the end
        self.names: dict[tuple[str, str], str] = {}  # (table, key) -> the row's id here
        self.present: set[tuple[str, str]] = set()  # rows known to be here
        # history rows here by (table, natural key); None: known not to be here
        self.found: dict[tuple[str, tuple[Any, ...]], str | None] = {}

    def offer_all(self, changes: list[dict[str, Any]]) -> None:
        """Apply a page: all at once while nothing goes wrong; if something does, the page
        again change by change, each on its own (the one that cannot apply is held)."""
        savepoints.begin(self.conn, "page")
        marks = len(self.applied), len(self.logged), len(self.w.changes.tables)
        self._look_up(changes)
        try:
            for change in changes:
                self._took(self._apply(change))
                if change["id"] in self.held:
                    identity.release(self.conn, change["id"])
        except (Held, sqlite3.Error, ValueError, KeyError, TypeError):
            savepoints.undo(self.conn, "page")
            del self.applied[marks[0]:], self.logged[marks[1]:]
            self._forget()
            for change in changes:
                self.offer(change)
            return
        savepoints.keep(self.conn, "page")

    def offer(self, change: dict[str, Any]) -> bool:
        """Apply one change, or hold it with its reason; True if it applied."""
        savepoints.begin(self.conn, "change")
        logged = len(self.logged)
        try:
            touched = self._apply(change)
        except (Held, sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            savepoints.undo(self.conn, "change")
            del self.logged[logged:]
            self._forget()
            identity.hold(self.conn, change, _reason(exc))
            self.held.add(change["id"])
            return False
        if change["id"] in self.held:
            identity.release(self.conn, change["id"])
            self.held.discard(change["id"])
        savepoints.keep(self.conn, "change")
        self._took(touched)
        return True

    def _took(self, touched: tuple[str, str, str] | None) -> None:
        if touched is not None:
            table, key, stamp = touched
            self.w.changes.add(table, key)
            self.applied.append(stamp)

    def finish(self) -> None:
        """Log the history rows' changes applied (one statement for the page)."""
        changelog.add_remote_history(self.conn, self.logged)
        self.logged.clear()

    def retry_held(self) -> int:
        """Try the held changes again until none more applies; how many did."""
        done = 0
        while True:
            progress = sum(self.offer(c) for c in identity.held_changes(self.conn))
            done += progress
            if not progress:
                return done

    def _name(self, table: str, key: str) -> str:
        found = self.names.get((table, key))
        if found is None:
            found = self.names[(table, key)] = identity.canonical(self.conn, table, key)
        return found

    def _look_up(self, changes: list[dict[str, Any]]) -> None:
        """Read this desktop's names for every row a page names in one query per table."""
        wanted: dict[str, set[str]] = {}
        for c in changes:
            table, fields = c["tbl"], c["fields"]
            if table not in TABLE_KEYS and isinstance(c["key"], str):
                wanted.setdefault(table, set()).add(c["key"])
            for column, parent in REFERENCES.get(table, {}).items():
                named = fields.get(column) if isinstance(fields, dict) else None
                if isinstance(named, str):
                    wanted.setdefault(parent, set()).add(named)
        for table, keys in wanted.items():
            self.names.update(identity.canonical_many(self.conn, table, sorted(keys)))
        self._find_history(changes)

    def _forget(self) -> None:
        """Rows were rolled back or merged: what was read of names and keys is read again."""
        self.names.clear()
        self.present.clear()
        self.found.clear()

    def _find_history(self, changes: list[dict[str, Any]]) -> None:
        """The messages and events here with the natural keys of a page's (a query a few
        hundred messages or conversations); a key not found is known to be new here."""
        messages, events = set(), set()
        for c in changes:
            fields = c["fields"]
            if not isinstance(fields, dict):
                continue
            if c["tbl"] == "messages" and isinstance(fields.get("channel_id"), str) and \
                    isinstance(fields.get("external_id"), str):
                messages.add((self._name("channels", fields["channel_id"]),
                              fields["external_id"]))
            elif c["tbl"] == "conversation_events" and all(
                    isinstance(fields.get(n), str) for n in ("conversation_id", "kind", "data")) \
                    and type(fields.get("at")) is int:
                events.add((self._name("conversations", fields["conversation_id"]),
                            fields["kind"], fields["at"], fields["data"]))
        here = identity.find_messages(self.conn, sorted(messages))
        self.found.update((("messages", m), here.get(m)) for m in messages)
        here = identity.find_events(self.conn, sorted({e[0] for e in events}))
        self.found.update((("conversation_events", e), here.get(e)) for e in events)

    def _alias(self, table: str, key: str, to: str) -> None:
        identity.add_alias(self.conn, table, key, to)
        self.names[(table, key)] = to

    def _apply(self, c: dict[str, Any]) -> tuple[str, str, str] | None:
        table, fields = c["tbl"], c["fields"]
        columns = protocol.SHARED_COLUMNS.get(table)
        if table in DERIVED_TABLES:
            return None
        if columns is None:
            raise Held(f"unknown table {table}")
        if table == "settings" and not protocol.shared_setting(c["key"]):
            return None
        values = _travelling(table, fields, columns)
        key = c["key"] if table in TABLE_KEYS else self._name(table, c["key"])
        if values == {}:  # nothing that travels (an older desktop's state, a row gone there)
            changelog.add_remote(self.conn, {**c, "key": key})
            return None
        if table in IMMUTABLE:
            if values is None:  # history is never taken back
                changelog.add_remote(self.conn, {**c, "key": key})
                return None
            return self._history_row(c, table, key, values)
        if values:
            self._references(table, values)
            key = self._same_thing(table, key, values)
            if "id" in columns:
                values["id"] = key
        if not changelog.add_remote(self.conn, {**c, "key": key}):
            return None  # here already
        if self._merge(table, key, columns, c) == "added":
            # a conversation new here is folded; one that was here keeps its state, folded
            # from its history alone (what names it, its customer, when it began, are no
            # part of it)
            self._note(table, key, values)
        return table, key, c["stamp"]

    def _history_row(self, c: dict[str, Any], table: str, key: str,
                     values: dict[str, Any]) -> tuple[str, str, str]:
        """A message or event: the row here with its natural key, or a new one (a union);
        a message's delivery only moves forward."""
        self._references(table, values)
        natural = natural_key(table, values)
        if natural is not None and (table, natural) in self.found:
            other = self.found[(table, natural)]
        elif natural is not None:
            other = identity.find(self.conn, table, natural)
        elif identity.exists(self.conn, table, key):  # news about a row (its delivery)
            other = key
        else:
            raise Held(f"a change to a {table} row this desktop does not have")
        changed = other is None  # the conversation's history changed: folded again
        if other is not None and other != key:
            if self.joining and identity.take_history_id(self.conn, table, other, key, values,
                                                         self.device, c["origin"]):
                other = key  # this desktop's copy is the team's row now
            else:
                if key < other and key < identity.content_source(self.conn, table, other):
                    changed = changelog.rewrite_history(self.conn, table, other, values)
                self._alias(table, key, other)
                key = other
        values["id"] = key
        if natural is not None:
            self.found[(table, natural)] = key
        if other is None:
            changelog.insert_history(self.conn, table, values, c["stamp"], c["origin"])
        elif table == "messages" and "delivery" in values:
            changelog.advance_delivery(self.conn, key, values["delivery"], values.get("payload"))
        self.logged.append({**c, "key": key})
        if changed:  # (a delivery is no part of the state)
            self._note(table, key, values)
        return table, key, c["stamp"]

    def _references(self, table: str, values: dict[str, Any]) -> None:
        """Read the change's references through this desktop's names; a row it needs that
        is not here holds it."""
        for column, parent in REFERENCES.get(table, {}).items():
            named = values.get(column)
            if named is None:
                continue
            values[column] = here = self._name(parent, named)
            if column in PARENTS.get(table, {}) and (parent, here) not in self.present:
                if not identity.exists(self.conn, parent, here):
                    raise Held(f"{table}.{column} names a {parent} row this desktop does "
                               "not have")
                self.present.add((parent, here))

    def _same_thing(self, table: str, key: str, values: dict[str, Any]) -> str:
        """The key here of the row ``values`` describe: another row with the same natural key
        is the same thing (the change's key becomes its alias, or two rows here become one)."""
        if table not in NATURAL_KEYS:
            return key
        current = changelog.stored_row(self.conn, table, key)
        natural = natural_key(table, {**(current or {}), **values})
        other = identity.find(self.conn, table, natural) if natural else None
        if other is None or other == key:
            return key
        if current is None:
            self._alias(table, key, other)
            return other
        keep, gone = sorted((key, other))
        identity.merge_rows(self.conn, table, gone, keep)
        self._forget()
        if table == "conversations":
            self.conversations.add(keep)
        return keep

    def settle(self, table: str, key: str) -> None:
        """Write a row again as its history says (after this desktop's own changes to it were
        withdrawn)."""
        history = changelog.history(self.conn, table, key)
        if history:
            last = history[-1][0]
            self._merge(table, key, protocol.SHARED_COLUMNS[table],
                        {"stamp": last, "origin": last.split("-", 2)[2]})

    def _merge(self, table: str, key: str, columns: frozenset[str], c: dict[str, Any]
               ) -> str:
        """Write the row as the merge of every change to it says (what was done: see
        ``changelog.write_row``)."""
        merged = None
        for stamp, fields in changelog.history(self.conn, table, key):
            if fields == AS_STORED:
                continue
            named = {DELETED: True} if fields is None else fields
            merged = apply(merged, Change(stamp, table, key,
                                          {f: (v, stamp) for f, v in named.items()}))
        if merged is None:
            return ""
        values = None
        if not merged.deleted:
            values = {k: v for k, v in merged.values().items() if k in columns}
            for column, parent in REFERENCES.get(table, {}).items():
                if values.get(column) is not None:
                    values[column] = self._name(parent, values[column])
            if "id" in columns:
                values["id"] = key
        return changelog.write_row(self.conn, table, key, values, c["stamp"], c["origin"])

    def _note(self, table: str, key: str, values: dict[str, Any] | None) -> None:
        if table == "conversations":
            self.conversations.add(key)
        elif table in ("messages", "conversation_events") and values:
            row = values if "conversation_id" in values else \
                changelog.stored_row(self.conn, table, key) or {}
            conversation = row.get("conversation_id")
            if conversation is None:
                return
            self.conversations.add(conversation)
            if table == "conversation_events" and row.get("kind") == "assign":
                self.assigned.add(conversation)

    def fold(self) -> None:
        """Work the state of every conversation the page touched out again from its
        history."""
        agents = folds.agent_ids_by_name(self.conn)
        touched = sorted(self.conversations)
        folds.save_many(self.conn, {c: fold_history(items, agents) for c, items
                                    in folds.histories(self.conn, touched).items()})
        for conversation_id in touched:
            self.w.changes.add("conversations", conversation_id)


def fold_history(items: list[tuple[int, int, str, dict[str, Any]]],
                 agents: dict[str, str]) -> ConversationState:
    """A conversation's state from its history (see ``store.folds.histories``)."""
    state = ConversationState()
    for at, is_event, _tie, item in items:
        if is_event:
            agent = item["data"].get("agent")
            apply_event(state, EventKind(item["kind"]), at, item["data"], agents.get(agent))
        else:
            author = item["author"] if item["author"] in (BOT, CUSTOMER) else "agent"
            apply_message(state, Direction(item["direction"]), author, at, item["text"],
                          item["kind"])
    return state


def _travelling(table: str, fields: dict[str, Any], columns: frozenset[str]
                ) -> dict[str, Any] | None:
    """The fields of a change this desktop takes (None: the row is deleted). Columns that
    stay on each desktop or are folded here are left out (an older desktop sent them); a
    column this version does not know holds the change."""
    if fields.get(DELETED):
        return None
    if not fields.keys() <= columns:
        unknown = set(fields) - columns - _ignored(table)
        if unknown:
            raise Held(f"{table}: unknown column {', '.join(sorted(unknown))}")
        return {k: v for k, v in fields.items() if k in columns}
    return dict(fields)


@functools.cache
def _ignored(table: str) -> frozenset[str]:
    """The columns of a change this desktop leaves out of a table without holding it."""
    return protocol.LOCAL_COLUMNS | protocol.LOCAL_TABLE_COLUMNS.get(table, frozenset()) \
        | DERIVED_COLUMNS.get(table, frozenset()) | {DELETED, protocol.AS_STORED}


def _reason(exc: Exception) -> str:
    if isinstance(exc, Held):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
