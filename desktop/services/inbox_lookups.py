"""Looking up the rows a batch of records names: channels, agents, customers and
conversations, a few queries per batch, with caches that live across batches (the
:class:`~desktop.services.inbox.Receiver` is built on this)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.channel_names import known_kind
from desktop.domain.conversation import ConversationState
from desktop.domain.ids import new_id
from desktop.domain.model import CustomerRef, EventRecord, MessageRecord, Record
from desktop.store import conversations, directory, messages
from desktop.store.directory import CustomerRow
from desktop.store.writer import Writer


@dataclass(slots=True)
class _Conv:
    row_id: str
    state: ConversationState
    tags_before: set[str]
    folded_until: int  # latest time folded into the state
    stale: bool = False  # a record older than folded_until arrived: rebuild from history
    # a conversation this batch starts: (channel id, external id, customer id), inserted
    # once at the end of the batch with the state the batch leaves it in
    new: tuple[str, str, str] | None = None


class NoConversation(LookupError):
    """A record names a conversation that is not stored and brings no customer to start it."""

    def __init__(self, conversation: str) -> None:
        super().__init__(f"conversation {conversation!r} is not in the shop: a new "
                         "conversation needs the 'customer' field")


class Lookups:
    """The receiver's look-ups and caches (the attributes are set by ``Receiver.__init__``)."""

    channels: dict[str, str]
    agents: dict[str, str]
    customers: dict[tuple[str, str], CustomerRow | None]
    convs: dict[tuple[str, str], _Conv | None]
    in_flight: tuple[set[tuple[str, str]], set[tuple[str, str, int, str]]]
    _stored: set[tuple[str, str]]
    _stored_events: set[tuple[str, str, int, str]]
    _event_data: list[str | None]
    _created: list[_Conv]
    _checked: tuple[CustomerRef | None, str, CustomerRow | None]

    # -- resolution -------------------------------------------------------------------------
    def _channel(self, w: Writer, name: str) -> str:
        cid = self.channels.get(name)
        if cid is None:
            kind = name if known_kind(name) else "import"
            cid = self.channels[name] = directory.add_channel(w, name, kind)
        return cid

    def _agent(self, w: Writer, name: str) -> str:
        aid = self.agents.get(name)
        if aid is None:
            aid = self.agents[name] = directory.add_agent(w, name)
        return aid

    def _prefetch(self, w: Writer, records: Sequence[Record]) -> None:
        """Look up, in a few queries, the conversations, customers, messages and events a
        batch names."""
        conv_keys: dict[str, set[str]] = {}
        cust_keys: dict[str, set[str]] = {}
        message_keys: dict[str, list[str]] = {}
        channels, convs, customers = self.channels, self.convs, self.customers
        event_data: list[str | None] = []  # by record: an event's data as stored
        self._event_data = event_data
        events: list[tuple[EventRecord, str]] = []
        channel_id = ""
        before: tuple[str, str, CustomerRef | None] | None = None  # the record before's
        for r in records:
            # a conversation's records come together: its look-ups are named once
            if before is None or r.conversation != before[1] or r.channel != before[0] or \
                    r.customer is not before[2]:
                before = (r.channel, r.conversation, r.customer)
                channel_id = channels.get(r.channel) or self._channel(w, r.channel)
                if (channel_id, r.conversation) not in convs:
                    conv_keys.setdefault(channel_id, set()).add(r.conversation)
                if r.customer is not None and (channel_id, r.customer.external_id) not in \
                        customers:
                    cust_keys.setdefault(channel_id, set()).add(r.customer.external_id)
            if isinstance(r, MessageRecord):
                message_keys.setdefault(channel_id, []).append(r.external_id)
                event_data.append(None)
            else:
                data = messages.event_data(r.data)
                event_data.append(data)
                events.append((r, data))
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
        self._stored = {(channel_id, e) for channel_id, ids in message_keys.items()
                        for e in messages.stored_external_ids(w.conn, channel_id, ids)}
        self._stored |= self.in_flight[0]
        # events are duplicates only in conversations stored before this batch
        event_keys = []
        for e, data in events:
            conv = convs.get((channels[e.channel], e.conversation))
            if conv is not None:
                event_keys.append((conv.row_id, e.kind.value, e.at.epoch_ms, data))
        self._stored_events = messages.stored_events(w.conn, event_keys) if event_keys \
            else set()
        self._stored_events |= self.in_flight[1]

    def _customer(self, w: Writer, channel_id: str, ref: CustomerRef) -> CustomerRow:
        checked = self._checked
        if checked[0] is ref and checked[1] == channel_id:  # the record before's customer
            return checked[2]
        row = self._customer_row(w, channel_id, ref)
        self._checked = (ref, channel_id, row)
        return row

    def _customer_row(self, w: Writer, channel_id: str, ref: CustomerRef) -> CustomerRow:
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
                (ref.language and not row.language):
            # a language a channel or file names is a first guess: once known, the customer's
            # language follows their messages or their profile (services/language.py)
            row = directory.update_customer(w, row, ref.name or row.name, ref.vip,
                                            row.language or ref.language)
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
                    raise NoConversation(external_id)
                cust = self._customer(w, channel_id, customer)
                conv = _Conv(new_id(first_ms), ConversationState(opened_at=first_ms), set(),
                             first_ms, new=(channel_id, external_id, cust.id))
                self._created.append(conv)
                customer = None  # checked just above
            self.convs[key] = conv
        if customer is not None:
            self._customer(w, channel_id, customer)
        return conv
