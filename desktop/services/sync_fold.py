"""A conversation's state worked out again from its history after each page a desktop pulls.

A conversation's state is a left fold over its messages and events in an order every desktop
agrees on (``store.folds.histories``). Folding it again reads its whole history; over the many
pages of one pull, the same conversation is often folded again and again as its messages and
events come page after page. So a pull remembers the states it folded (``Folded``): when a
page only adds items that come after everything folded into a remembered state, folding on
from that state gives what folding the whole history gives — exactly, as a fold's items are
taken one by one in that order. Anything else (an item earlier than the last, a version of an
item rewritten, two conversations merged, the agents changed, a write by anything but this
pull since) folds the whole history again.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import orjson

from desktop.domain.conversation import ConversationState, apply_event, apply_message
from desktop.domain.model import BOT, CUSTOMER, Direction, EventKind
from desktop.store import folds

Item = tuple[int, int, str, dict[str, Any]]  # (time, 0 message / 1 event, tie-break, item)
Key = tuple[int, int, str]


class Folded:
    """The states one pull folded, with the last item folded into each; good while nothing
    but the pull writes to the shop (``data_version``) and the agents stay the same."""

    def __init__(self) -> None:
        self.states: dict[str, tuple[ConversationState, Key | None]] = {}
        self.agents: dict[str, str] | None = None
        self.version: int | None = None

    def valid(self, conn: sqlite3.Connection, agents: dict[str, str]) -> bool:
        """Whether the remembered states are still the stored ones (forgotten if not)."""
        if self.version != _data_version(conn) or self.agents != agents:
            self.states.clear()
            return False
        return True

    def keep(self, page: FoldedPage) -> None:
        """After the page's transaction committed: its states are the stored ones."""
        if self.agents != page.agents:
            self.states.clear()
        self.states.update(page.states)
        self.agents = page.agents
        self.version = page.version


class FoldedPage:
    """What a page folded: the states, the agents they were folded with, and the shop's
    ``data_version`` inside the page's transaction (a commit by anything else after it
    changes it)."""

    def __init__(self, states: dict[str, tuple[ConversationState, Key | None]],
                 agents: dict[str, str], version: int) -> None:
        self.states, self.agents, self.version = states, agents, version


def message_item(values: dict[str, Any]) -> Item:
    """A message as a fold takes it (as ``store.folds.histories`` reads it)."""
    return (values["sent_at"], 0, values["external_id"],
            {"direction": values["direction"], "author": values["author"],
             "kind": values["kind"], "text": values.get("text") or ""})


def event_item(values: dict[str, Any]) -> Item:
    """An event as a fold takes it."""
    data = values.get("data") or "{}"
    return (values["at"], 1, values["kind"] + data,
            {"kind": values["kind"], "data": orjson.loads(data)})


def fold_page(conn: sqlite3.Connection, touched: list[str], added: dict[str, list[Item]],
              whole: set[str], folded: Folded | None) -> FoldedPage:
    """The states of the conversations a page touched: folded on from a remembered state
    when the page only added items after its last (``added``), else from the whole history
    (``whole``: those that must be). Written to the shop; returned for ``Folded.keep``."""
    agents = folds.agent_ids_by_name(conn)
    remembered = folded.states if folded is not None and folded.valid(conn, agents) else {}
    out: dict[str, tuple[ConversationState, Key | None]] = {}
    again: list[str] = []
    for conversation_id in touched:
        base = remembered.get(conversation_id)
        items = sorted(added.get(conversation_id, ()), key=_key)
        if base is None or conversation_id in whole or not items or \
                (base[1] is not None and _key(items[0]) <= base[1]):
            again.append(conversation_id)
            continue
        state = base[0].copy()
        fold_into(state, items, agents)
        out[conversation_id] = (state, _key(items[-1]))
    for conversation_id, items in folds.histories(conn, again).items():
        out[conversation_id] = (fold_history(items, agents),
                                _key(items[-1]) if items else None)
    folds.save_many(conn, {c: s for c, (s, _last) in out.items()})
    return FoldedPage(out, agents, _data_version(conn))


def fold_history(items: list[Item], agents: dict[str, str]) -> ConversationState:
    """A conversation's state from its history (see ``store.folds.histories``)."""
    state = ConversationState()
    fold_into(state, items, agents)
    return state


def fold_into(state: ConversationState, items: list[Item], agents: dict[str, str]) -> None:
    """Fold items (in the fold's order) into a state, in place."""
    for at, is_event, _tie, item in items:
        if is_event:
            agent = item["data"].get("agent")
            apply_event(state, EventKind(item["kind"]), at, item["data"], agents.get(agent))
        else:
            author = item["author"] if item["author"] in (BOT, CUSTOMER) else "agent"
            apply_message(state, Direction(item["direction"]), author, at, item["text"],
                          item["kind"])


def _key(item: Item) -> Key:
    return item[0], item[1], item[2]


def _data_version(conn: sqlite3.Connection) -> int:
    """Changes when another connection commits to the shop (not when this one does)."""
    return conn.execute("PRAGMA data_version").fetchone()[0]
