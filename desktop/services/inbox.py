"""Receiving messages and events: one transaction per batch, idempotent.

Every way a message enters ShopDesk (a connector, an import, the demo shop, the
composer) ends here, so the message row, the conversation's state, the search
index and the stamps are always written together.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop.domain.conversation import ConversationState, apply_event, apply_message
from desktop.domain.ids import new_id
from desktop.domain.model import (
    BOT,
    CUSTOMER,
    CustomerRef,
    Direction,
    EventKind,
    EventRecord,
    MessageRecord,
    Record,
)
from desktop.store import conversations, directory, messages
from desktop.store.db import Store
from desktop.store.directory import CustomerRow
from desktop.store.writer import Changes, Writer


@dataclass
class ReceiveResult:
    """What a batch did. ``refused`` holds (index in the batch, reason)."""

    added_messages: int = 0
    added_events: int = 0
    duplicates: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def merge(self, other: ReceiveResult, offset: int = 0) -> None:
        self.added_messages += other.added_messages
        self.added_events += other.added_events
        self.duplicates += other.duplicates
        self.refused += [(i + offset, r) for i, r in other.refused]
        for table, ids in other.changes.tables.items():
            self.changes.tables.setdefault(table, set()).update(ids)


@dataclass(slots=True)
class _Conv:
    row_id: str
    state: ConversationState
    tags_before: set[str]
    folded_until: int  # latest time folded into the state
    stale: bool = False  # a record older than folded_until arrived: rebuild from history


class Receiver:
    """Resolves names and keys to rows, with caches that live across batches.

    One receiver per import run (or per connector); use it from one thread.
    """

    CACHE_LIMIT = 200_000

    def __init__(self, store: Store) -> None:
        self.store = store
        self.channels = directory.channel_ids(store.conn)
        self.agents = directory.agent_ids(store.conn)
        self.customers: dict[tuple[str, str], CustomerRow | None] = {}  # None: not stored
        self.convs: dict[tuple[str, str], _Conv | None] = {}  # None: not stored yet

    # -- resolution -------------------------------------------------------------------------
    def _channel(self, w: Writer, name: str) -> str:
        cid = self.channels.get(name)
        if cid is None:
            kind = name if name in ("tiktok", "douyin", "email", "webhook") else "import"
            cid = self.channels[name] = directory.add_channel(w, name, kind)
        return cid

    def _agent(self, w: Writer, name: str) -> str:
        aid = self.agents.get(name)
        if aid is None:
            aid = self.agents[name] = directory.add_agent(w, name)
        return aid

    def _prefetch(self, w: Writer, records: Sequence[Record]) -> None:
        """Look up, in a few queries, the conversations and customers a batch names."""
        conv_keys: dict[str, set[str]] = {}
        cust_keys: dict[str, set[str]] = {}
        for r in records:
            channel_id = self._channel(w, r.channel)
            if (channel_id, r.conversation) not in self.convs:
                conv_keys.setdefault(channel_id, set()).add(r.conversation)
            if r.customer is not None and (channel_id, r.customer.external_id) not in \
                    self.customers:
                cust_keys.setdefault(channel_id, set()).add(r.customer.external_id)
        for channel_id, keys in conv_keys.items():
            found = conversations.find_many(w.conn, channel_id, list(keys))
            for key in keys:
                row = found.get(key)
                self.convs[(channel_id, key)] = None if row is None else _Conv(
                    row.id, row.state, set(row.state.tags),
                    max(row.state.last_message_at or 0, row.state.closed_at or 0))
        for channel_id, keys in cust_keys.items():
            found_customers = directory.find_customers(w.conn, channel_id, list(keys))
            for key in keys:
                self.customers[(channel_id, key)] = found_customers.get(key)

    def _customer(self, w: Writer, channel_id: str, ref: CustomerRef) -> CustomerRow:
        key = (channel_id, ref.external_id)
        known = self.customers.get(key)
        if known is not None and known.name == ref.name and known.vip == ref.vip and \
                known.language == ref.language:
            return known  # the common case: the same customer as on their last line
        if key in self.customers:
            row = self.customers[key]
        else:
            row = directory.find_customer(w.conn, *key)
        if row is None:
            row = directory.add_customer(w, channel_id, ref.external_id, ref.name, ref.vip,
                                         ref.language)
        elif (ref.name and ref.name != row.name) or ref.vip != row.vip or \
                (ref.language and ref.language != row.language):
            row = directory.update_customer(w, row, ref.name or row.name, ref.vip,
                                            ref.language or row.language)
        self.customers[key] = row
        return row

    def _conversation(self, w: Writer, channel_id: str, external_id: str,
                      customer: CustomerRef | None, first_ms: int) -> _Conv:
        key = (channel_id, external_id)
        conv = self.convs.get(key)
        if conv is None:
            found = conversations.find(w.conn, channel_id, external_id) \
                if key not in self.convs else None
            if found is not None:
                st = found.state
                folded = max(st.last_message_at or 0, st.closed_at or 0)
                conv = _Conv(found.id, st, set(st.tags), folded)
            else:
                if customer is None:
                    raise LookupError("a new conversation needs the 'customer' field")
                cust = self._customer(w, channel_id, customer)
                state = ConversationState(opened_at=first_ms)
                cid = conversations.add(w, channel_id, external_id, cust.id, state)
                conv = _Conv(cid, state, set(), first_ms)
            self.convs[key] = conv
        if customer is not None:
            self._customer(w, channel_id, customer)
        return conv

    # -- receiving --------------------------------------------------------------------------
    def receive(self, records: Sequence[Record]) -> ReceiveResult:
        """Store a batch of records in one transaction (time order is best, not required)."""
        result = ReceiveResult()
        touched: dict[str, _Conv] = {}
        fts_rows: list[tuple[int, str]] = []
        with self.store.write() as w:
            self._prefetch(w, records)
            for index, record in enumerate(records):
                try:
                    if isinstance(record, MessageRecord):
                        self._message(w, record, result, touched, fts_rows)
                    else:
                        self._event(w, record, result, touched)
                except LookupError as exc:
                    result.refused.append((index, str(exc.args[0])))
            messages.index_messages(w, fts_rows)
            self._save(w, touched)
            result.changes = w.changes
        if len(self.convs) > self.CACHE_LIMIT:
            self.convs.clear()
            self.customers.clear()
        return result

    def _message(self, w: Writer, m: MessageRecord, result: ReceiveResult,
                 touched: dict[str, _Conv], fts_rows: list[tuple[int, str]]) -> None:
        channel_id = self._channel(w, m.channel)
        conv = self._conversation(w, channel_id, m.conversation, m.customer, m.sent.epoch_ms)
        agent_id = self._agent(w, m.author) if m.author not in (CUSTOMER, BOT) else None
        payload = None
        if m.attachments or m.extra:
            payload = json.dumps({"attachments": list(m.attachments), "extra": m.extra},
                                 ensure_ascii=False)
        sent = m.sent
        seq = messages.insert_message(w, (
            new_id(sent.epoch_ms), conv.row_id, channel_id, m.external_id, m.direction,
            m.author if agent_id is None else "agent", agent_id, m.kind, m.text, m.order_id,
            m.product_id, payload, sent.epoch_ms, sent.offset_min, m.delivery))
        if seq is None:
            result.duplicates += 1
            return
        result.added_messages += 1
        fts_rows.append((seq, m.text))
        touched[conv.row_id] = conv
        if m.sent.epoch_ms < conv.folded_until:
            conv.stale = True
        else:
            apply_message(conv.state, m.direction, m.author, m.sent.epoch_ms, m.text, m.kind)
            conv.folded_until = m.sent.epoch_ms

    def _event(self, w: Writer, e: EventRecord, result: ReceiveResult,
               touched: dict[str, _Conv]) -> None:
        channel_id = self._channel(w, e.channel)
        conv = self._conversation(w, channel_id, e.conversation, e.customer, e.at.epoch_ms)
        by_id = self._agent(w, e.by) if e.by else None
        agent_id = self._agent(w, e.data["agent"]) if e.kind is EventKind.ASSIGN else None
        added = messages.insert_event(w, (
            new_id(e.at.epoch_ms), conv.row_id, e.kind, e.at.epoch_ms, e.at.offset_min,
            json.dumps(e.data, ensure_ascii=False, sort_keys=True), by_id))
        if not added:
            result.duplicates += 1
            return
        result.added_events += 1
        touched[conv.row_id] = conv
        if e.at.epoch_ms < conv.folded_until:
            conv.stale = True
        else:
            apply_event(conv.state, e.kind, e.at.epoch_ms, e.data, agent_id)
            conv.folded_until = e.at.epoch_ms

    def _save(self, w: Writer, touched: dict[str, _Conv]) -> None:
        rows = []
        for conv in touched.values():
            if conv.stale:
                conv.state = rebuild_state(w, conv.row_id)
                conv.folded_until = max(conv.state.last_message_at or 0, conv.state.closed_at or 0)
                conv.stale = False
            rows.append((conv.row_id, conv.state, conv.tags_before))
        conversations.save_states(w, rows)
        for conv in touched.values():
            conv.tags_before = set(conv.state.tags)


def rebuild_state(w: Writer, conversation_id: str) -> ConversationState:
    """The state folded again from the whole stored history, in time order."""
    names = directory.agent_names(w.conn)
    timeline: list[tuple[int, int, object]] = []
    for m in messages.thread(w.conn, conversation_id):
        timeline.append((m["sent_at"], 0, m))
    for e in messages.events(w.conn, conversation_id):
        timeline.append((e["at"], 1, e))
    timeline.sort(key=lambda t: (t[0], t[1]))
    state = ConversationState()
    for at, is_event, item in timeline:
        assert isinstance(item, dict)
        if is_event:
            agent = item["data"].get("agent")
            agent_id = next((k for k, v in names.items() if v == agent), None)
            apply_event(state, EventKind(item["kind"]), at, item["data"], agent_id)
        else:
            author = BOT if item["author"] == BOT else (
                CUSTOMER if item["author"] == CUSTOMER else "agent")
            apply_message(state, Direction(item["direction"]), author, at, item["text"],
                          item["kind"])
    return state


def receive(store: Store, records: Iterable[Record]) -> ReceiveResult:
    """Store records (one transaction); the entry point for single messages."""
    return Receiver(store).receive(list(records))
