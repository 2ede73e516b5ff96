"""Receiving messages and events: one transaction per batch, idempotent.

Every way a message enters ShopDesk (a connector, an import, the demo shop, the
composer) ends here, so the message row, the conversation's state, the search
index and the stamps are always written together. The look-ups a batch needs are in
``inbox_lookups``; an import's batches go through ``inbox_pipeline``.
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
from desktop.services.inbox_lookups import Lookups, NoConversation, _Conv
from desktop.store import conversations, directory, messages
from desktop.store.db import Store
from desktop.store.directory import CustomerRow
from desktop.store.writer import Changes, Writer

# Records per transaction when receiving in bulk (an import, the demo shop): big enough that
# the pages every batch touches are written a few times, not thousands.
BATCH = 10_000


@dataclass
class ReceiveResult:
    """What a batch did. ``refused`` holds (index in the batch, reason)."""

    added_messages: int = 0
    added_events: int = 0
    duplicates: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    # records naming a conversation not stored yet, without a customer to start it: put off
    # (index in the batch) by a receiver that waits for conversations (see Receiver.waiting)
    put_off: list[int] = field(default_factory=list)

    def merge(self, other: ReceiveResult, offset: int = 0) -> None:
        self.added_messages += other.added_messages
        self.added_events += other.added_events
        self.duplicates += other.duplicates
        self.refused += [(i + offset, r) for i, r in other.refused]
        self.put_off += [i + offset for i in other.put_off]
        for table, ids in other.changes.tables.items():
            self.changes.tables.setdefault(table, set()).update(ids)


class StaleBatch(Exception):
    """A batch prepared ahead no longer fits the database (someone else wrote meanwhile, or
    it needs rows not written yet): prepare it again, in the transaction."""


@dataclass
class Prepared:
    """A batch worked out ahead of its transaction (see :meth:`Receiver.prepare`)."""

    writer: Writer
    result: ReceiveResult
    expected: dict[str, int]  # table -> rows the inserts must add
    keys: tuple[set[tuple[str, str]], set[tuple[str, str, int, str]]]  # messages, events


class Receiver(Lookups):
    """Resolves names and keys to rows (see :class:`Lookups`), with caches that live across
    batches, and stores what a batch brings.

    One receiver per import run (or per connector); use it from one thread. A batch is
    worked out against the caches and a few look-ups, its writes kept by a deferring writer
    and made at the end, a few statements per table (see ``Writer.deferring``).
    """

    CACHE_LIMIT = 200_000

    def __init__(self, store: Store, waiting: bool = False) -> None:
        self.store = store
        # put off (rather than refuse) a record whose conversation is not stored yet and
        # cannot be started by it: an import places it once every line that may start the
        # conversation has been read
        self.waiting = waiting
        self.channels = directory.channel_ids(store.conn)
        self.agents = directory.agent_ids(store.conn)
        self.customers: dict[tuple[str, str], CustomerRow | None] = {}  # None: not stored
        self.convs: dict[tuple[str, str], _Conv | None] = {}  # None: not stored yet
        # keys of a batch prepared ahead and not committed yet: they count as stored
        self.in_flight: tuple[set[tuple[str, str]], set[tuple[str, str, int, str]]] = \
            (set(), set())
        self._stored: set[tuple[str, str]] = set()  # this batch's messages already stored
        self._stored_events: set[tuple[str, str, int, str]] = set()
        self._event_data: list[str | None] = []
        self._created: list[_Conv] = []  # conversations the batch being worked out starts
        # the customer last checked against its row, with the row: records of one
        # conversation name the same CustomerRef (see interchange parsing)
        self._checked: tuple[CustomerRef | None, str, CustomerRow | None] = (None, "", None)

    # -- receiving --------------------------------------------------------------------------
    def receive(self, records: Sequence[Record]) -> ReceiveResult:
        """Store a batch of records in one transaction (time order is best, not required)."""
        with self.store.write() as w, w.deferring():
            result, expected, _ = self._work(w, records, ahead=False)
            w.flush()
            _check(w.added, expected)
            result.changes = w.changes
        self._trim()
        return result

    def prepare(self, records: Sequence[Record]) -> Prepared:
        """Work a batch out ahead of its transaction (an import reads its next lines while
        the last batch is written): look-ups read what is committed, the caches and
        ``in_flight`` stand for what is not. Raises :class:`StaleBatch` when the batch needs
        the database itself (a record older than its conversation's latest)."""
        w = Writer(self.store.conn, self.store.device_id, self.store.clock)
        w.deferred = True
        result, expected, keys = self._work(w, records, ahead=True)
        w.freeze()  # the JSON made here: the writing thread only runs the statements
        return Prepared(w, result, expected, keys)

    def commit(self, prepared: Prepared, store: Store, data_version: int) -> ReceiveResult:
        """Write a prepared batch through ``store`` (the writing thread's connection).
        Raises :class:`StaleBatch`, writing nothing, when another connection has written
        since ``data_version`` was read or the batch's duplicates have changed."""
        w = prepared.writer
        w.conn = store.conn
        with store.write(w):
            if store.data_version() != data_version:
                raise StaleBatch("the database was changed meanwhile")
            w.flush()
            _check(w.added, prepared.expected)
            prepared.result.changes = w.changes
        return prepared.result

    def forget(self) -> None:
        """Drop the caches (after a stale batch: they may hold what was never written)."""
        self.convs.clear()
        self.customers.clear()
        self._checked = (None, "", None)
        self.channels = directory.channel_ids(self.store.conn)
        self.agents = directory.agent_ids(self.store.conn)
        self.in_flight = (set(), set())

    def _trim(self) -> None:
        if len(self.convs) > self.CACHE_LIMIT:
            self.convs.clear()
            self.customers.clear()
            self._checked = (None, "", None)

    def _work(self, w: Writer, records: Sequence[Record], ahead: bool
              ) -> tuple[ReceiveResult, dict[str, int], tuple[set, set]]:
        result = ReceiveResult()
        touched: dict[str, _Conv] = {}
        fts_rows: list[tuple[str, str]] = []
        seen: set[tuple[str, str]] = set()
        seen_events: set[tuple[str, str, int, str]] = set()
        self._created = []
        self._prefetch(w, records)
        event_data = self._event_data
        # a conversation's records come together: the record before's channel, conversation
        # and customer, and what they resolved to, serve the next one that names the same
        before: tuple[str, str, CustomerRef | None, str, _Conv] | None = None
        for index, record in enumerate(records):
            try:
                if before is not None and record.conversation == before[1] and \
                        record.channel == before[0] and record.customer is before[2]:
                    channel_id, conv = before[3], before[4]
                else:
                    channel_id, conv = self._resolve(w, record)
                    before = (record.channel, record.conversation, record.customer,
                              channel_id, conv)
                if isinstance(record, MessageRecord):
                    self._message(w, record, channel_id, conv, result, touched, fts_rows, seen)
                else:
                    self._event(w, record, conv, result, touched, seen_events,
                                event_data[index])
            except NoConversation as exc:
                if self.waiting:
                    result.put_off.append(index)
                else:
                    result.refused.append((index, str(exc)))
            except LookupError as exc:
                result.refused.append((index, str(exc.args[0])))
        messages.index_messages(w, fts_rows)
        self._save(w, touched, ahead)
        expected = {"messages": result.added_messages,
                    "conversation_events": result.added_events}
        return result, expected, (seen, seen_events)

    def _resolve(self, w: Writer, record: Record) -> tuple[str, _Conv]:
        """A record's channel id and conversation (created when new)."""
        channel_id = self.channels.get(record.channel) or self._channel(w, record.channel)
        first = record.sent if isinstance(record, MessageRecord) else record.at
        return channel_id, self._conversation(w, channel_id, record.conversation,
                                              record.customer, first.epoch_ms)

    def _message(self, w: Writer, m: MessageRecord, channel_id: str, conv: _Conv,
                 result: ReceiveResult, touched: dict[str, _Conv],
                 fts_rows: list[tuple[str, str]], seen: set[tuple[str, str]]) -> None:
        key = (channel_id, m.external_id)
        if key in self._stored or key in seen:
            result.duplicates += 1
            return
        seen.add(key)
        agent_id = self._agent(w, m.author) if m.author not in (CUSTOMER, BOT) else None
        payload = None
        if m.attachments or m.extra:
            payload = json.dumps({"attachments": list(m.attachments), "extra": m.extra},
                                 ensure_ascii=False)
        sent = m.sent
        message_id = new_id(sent.epoch_ms)
        messages.insert_message(w, (
            message_id, conv.row_id, channel_id, m.external_id, m.direction,
            m.author if agent_id is None else "agent", agent_id, m.kind, m.text, m.order_id,
            m.product_id, payload, sent.epoch_ms, sent.offset_min, m.delivery))
        result.added_messages += 1
        fts_rows.append((message_id, m.text))
        touched[conv.row_id] = conv
        if sent.epoch_ms < conv.folded_until:
            conv.stale = True
        else:
            apply_message(conv.state, m.direction, m.author, sent.epoch_ms, m.text, m.kind)
            conv.folded_until = sent.epoch_ms

    def _event(self, w: Writer, e: EventRecord, conv: _Conv, result: ReceiveResult,
               touched: dict[str, _Conv], seen: set[tuple[str, str, int, str]],
               data: str | None) -> None:
        assert data is not None
        key = (conv.row_id, e.kind.value, e.at.epoch_ms, data)
        if key in self._stored_events or key in seen:
            result.duplicates += 1
            return
        seen.add(key)
        by_id = self._agent(w, e.by) if e.by else None
        agent_id = self._agent(w, e.data["agent"]) if e.kind is EventKind.ASSIGN else None
        messages.insert_event(w, (new_id(e.at.epoch_ms), conv.row_id, e.kind, e.at.epoch_ms,
                                  e.at.offset_min, data, by_id))
        result.added_events += 1
        touched[conv.row_id] = conv
        if e.at.epoch_ms < conv.folded_until:
            conv.stale = True
        else:
            apply_event(conv.state, e.kind, e.at.epoch_ms, e.data, agent_id)
            conv.folded_until = e.at.epoch_ms

    def _save(self, w: Writer, touched: dict[str, _Conv], ahead: bool) -> None:
        stale = [conv for conv in touched.values() if conv.stale]
        if stale and ahead:  # the history to fold again is not written yet
            raise StaleBatch("a record older than its conversation's latest")
        created, self._created = self._created, []
        for conv in created:  # one insert with the state the batch leaves it in
            assert conv.new is not None
            conversations.add(w, *conv.new, conv.state, conv.row_id)
        if stale:
            w.flush()  # the history so far, so the state can be folded again from it
        rows, tags_only = [], []
        for conv in touched.values():
            if conv.stale:
                conv.state = rebuild_state(w, conv.row_id)
                conv.folded_until = max(conv.state.last_message_at or 0, conv.state.closed_at or 0)
                conv.stale = False
                conv.new = None
            row = (conv.row_id, conv.state, conv.tags_before)
            (rows if conv.new is None else tags_only).append(row)
        for conv in created:
            conv.new = None
        conversations.save_states(w, rows)
        conversations.save_tags(w, tags_only)
        for conv in touched.values():
            conv.tags_before = set(conv.state.tags)



def _check(added: dict[str, int], expected: dict[str, int]) -> None:
    """The inserts added what the batch counted on; else another writer got there first."""
    for table, count in expected.items():
        if added.get(table, 0) != count:
            raise StaleBatch(f"{table}: {added.get(table, 0)} added, {count} expected")


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
