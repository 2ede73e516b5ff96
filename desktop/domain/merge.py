"""How the team's changes combine, whatever order they arrive in.

A change names a row (table and key) and carries, for each field it set, the value and the
stamp of the clock that set it (``desktop.domain.hlc``). A row is the merge of all changes to
it: each field keeps the value with the latest stamp (last writer wins, field by field), a
deletion is a tombstone that wins over older fields and loses to later ones, and immutable rows
(messages, notes) are a union: the first version of a key stays. Merging is commutative,
associative and idempotent, so desktops that have seen the same changes hold the same data,
however often and in whatever order they synced.

When two agents took the same conversation while offline, one assignment wins like any field;
:func:`lost_claims` says who lost, so that desktop can show them a notice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

DELETED = "__deleted__"  # the field a tombstone sets
# written once, never changed: messages (notes included) and conversation events
IMMUTABLE = frozenset({"messages", "conversation_events"})

# What a row is in the outside world: two rows of a table with the same natural key are one
# real thing, whichever desktop created them under whatever id. The row a desktop met first
# keeps its id there; the others become its aliases and everything naming them is moved to it.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "channels": ("name",), "agents": ("name",),
    "customers": ("channel_id", "external_id"),
    "conversations": ("channel_id", "external_id"),
    "messages": ("channel_id", "external_id"),
    "conversation_events": ("conversation_id", "kind", "at", "data"),
}
# Columns naming a row of another table (table -> column -> the table named); a change's
# references are read through the aliases before it applies. ``PARENTS`` must exist first.
REFERENCES: dict[str, dict[str, str]] = {
    "customers": {"channel_id": "channels"},
    "conversations": {"channel_id": "channels", "customer_id": "customers",
                      "assignee_id": "agents"},
    "conversation_tags": {"conversation_id": "conversations"},
    "messages": {"conversation_id": "conversations", "channel_id": "channels",
                 "agent_id": "agents"},
    "conversation_events": {"conversation_id": "conversations", "by_agent_id": "agents"},
    "customer_notes": {"customer_id": "customers", "agent_id": "agents"},
    "audit_log": {"actor": "agents"},
    "orders": {"channel_id": "channels", "customer_id": "customers"},
    "after_sales": {"channel_id": "channels", "customer_id": "customers"},
    "shop_scores": {"channel_id": "channels"},
}
PARENTS: dict[str, dict[str, str]] = {
    table: {c: t for c, t in refs.items() if (table, c) != ("audit_log", "actor")}
    for table, refs in REFERENCES.items()}
# A conversation's state (status, who has it, waiting since, first response, counts, tags) is
# a fold over its messages and events (domain/conversation.py), worked out again on each
# desktop after a merge; these columns and tables never travel.
DERIVED_COLUMNS: dict[str, frozenset[str]] = {"conversations": frozenset({
    "status", "assignee_id", "category", "priority", "resolved", "rating", "opened_at",
    "closed_at", "snoozed_until", "last_message_at", "last_in_at", "waiting_since",
    "first_response_at", "unread", "message_count", "last_preview", "last_direction"})}
DERIVED_TABLES = frozenset({"conversation_tags"})


def natural_key(table: str, values: dict[str, Any]) -> tuple[Any, ...] | None:
    """The row's natural key from its values, or None when the table has none or a part of
    it is missing."""
    names = NATURAL_KEYS.get(table)
    if names is None or any(values.get(n) is None for n in names):
        return None
    return tuple(values[n] for n in names)


@dataclass(frozen=True, slots=True)
class Change:
    id: str  # unique: the same change arriving twice is applied once
    table: str
    key: str
    fields: dict[str, tuple[Any, str]]  # field -> (value, stamp text)


@dataclass
class Row:
    """A row as merged: each field's value and the stamp that set it."""

    fields: dict[str, tuple[Any, str]] = field(default_factory=dict)

    @property
    def deleted(self) -> bool:
        gone = self.fields.get(DELETED)
        if gone is None or not gone[0]:
            return False
        # fields written after the deletion bring the row back
        return all(stamp <= gone[1] for name, (_v, stamp) in self.fields.items()
                   if name != DELETED)

    def values(self) -> dict[str, Any]:
        return {name: value for name, (value, _s) in self.fields.items() if name != DELETED}


def apply(row: Row | None, change: Change) -> Row:
    """``row`` with ``change`` merged in (a new Row; ``row`` is left as it was)."""
    merged = Row(dict(row.fields) if row else {})
    if change.table in IMMUTABLE:
        if not merged.fields:
            merged.fields = dict(change.fields)
        elif change.fields:  # the same message twice: one version, whatever the order
            first = min((merged.fields, change.fields),
                        key=lambda f: (min(s for _v, s in f.values()), repr(sorted(f.items()))))
            merged.fields = dict(first)
        return merged
    for name, (value, stamp) in change.fields.items():
        held = merged.fields.get(name)
        if held is None or (stamp, _order(value)) > (held[1], _order(held[0])):
            merged.fields[name] = (value, stamp)
    return merged


def _order(value: Any) -> str:
    """A tie-break for two writes with the same stamp (never from two desktops, whose stamps
    differ by device): any fixed order keeps merging commutative."""
    return repr(value)


def merge_all(changes: Iterable[Change]) -> dict[tuple[str, str], Row]:
    """Every row the changes touch, merged (duplicates by change id applied once)."""
    rows: dict[tuple[str, str], Row] = {}
    seen: set[str] = set()
    for change in changes:
        if change.id in seen:
            continue
        seen.add(change.id)
        key = (change.table, change.key)
        rows[key] = apply(rows.get(key), change)
    return rows


def lost_claims(changes: Iterable[Change], merged: dict[tuple[str, str], Row]
                ) -> list[tuple[str, str, str]]:
    """(conversation, the agent whose assignment lost, the agent who has it) for
    conversations two people took at the same time."""
    out = []
    for change in changes:
        if change.table != "conversations" or "assignee_id" not in change.fields:
            continue
        mine = change.fields["assignee_id"][0]
        row = merged.get(("conversations", change.key))
        winner = row.fields.get("assignee_id", (None, ""))[0] if row else None
        if mine and winner and mine != winner:
            out.append((change.key, mine, winner))
    return sorted(set(out))
