"""Search over all history: message text, customer names, order ids.

Order ids match exactly (an index lookup), customers by name, messages through
the CJK-aware full-text index. Whatever the user typed is turned into quoted
tokens first, so query syntax characters can never raise an error.

Ranking: exact order-id hits first, then customers whose name matches, then
messages by relevance (bm25), ties broken by recency. Relevance is computed
over the newest ``WINDOW`` messages that match — every match for all but the
commonest words — which keeps a search on millions of messages under a few
tens of milliseconds.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from desktop.domain.model import Moment
from desktop.domain.text import SearchTerms, fts_query, highlight, parse_query
from desktop.domain.timefmt import format_moment
from desktop.store import search as search_store
from desktop.store.db import Store

WINDOW = 1000
ORDER_CAP = 1000  # messages carrying one order id: more is not an order id
_ORDER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{5,63}$")


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "order", "customer" or "message"
    conversation_id: str
    conversation: str  # the conversation's external id
    channel: str
    customer: str
    message_id: str | None
    time: str | None  # ISO-8601 in the offset the message was written with
    snippet: str
    highlights: list[tuple[int, int]]

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of a search's results, and how many results there are in all."""

    hits: list[SearchHit]
    total: int
    offset: int

    @property
    def more(self) -> bool:
        return self.offset + len(self.hits) < self.total


def search(store: Store, query: str, limit: int = 20) -> list[SearchHit]:
    """The first ``limit`` results (see :func:`search_page`)."""
    return search_page(store, query, 0, limit).hits


def search_page(store: Store, query: str, offset: int = 0, limit: int = 20) -> SearchPage:
    """Results ``offset`` to ``offset + limit`` of a search, and the true count of results.

    The order is fixed, so pages follow each other: order-id hits, then customers, then
    messages — the newest ``WINDOW`` matches by relevance, then older ones newest first."""
    terms = parse_query(query)
    if terms.empty:
        return SearchPage([], 0, offset)
    conn = store.conn
    raw = query.strip()
    orders = search_store.messages_by_order(conn, raw, ORDER_CAP) \
        if _ORDER_ID.match(raw) and any(ch.isdigit() for ch in raw) else []
    match = fts_query(terms)
    order_seqs = [row["seq"] for row in orders]
    also_matched = search_store.matching(conn, match, order_seqs)
    customers = search_store.count_customers(conn, match)
    messages = search_store.count_messages(conn, match) - len(also_matched)
    total = len(orders) + customers + messages
    hits = [_message_hit(row, terms, kind="order") for row in orders[offset:offset + limit]]
    at = max(0, offset - len(orders))  # where this page starts among customers
    if len(hits) < limit and at < customers:
        for row in search_store.match_customers(conn, match, limit - len(hits), at):
            snippet, ranges = highlight(row["customer"], terms)
            hits.append(SearchHit("customer", row["conversation_id"], row["conversation"],
                                  row["channel"], row["customer"], None, None, snippet,
                                  ranges))
    at = max(0, offset - len(orders) - customers)  # where it starts among messages
    if len(hits) < limit and at < messages:
        seqs = _message_seqs(conn, match, set(also_matched), at, limit - len(hits))
        rows = search_store.hydrate(conn, seqs)
        hits += [_message_hit(rows[seq], terms) for seq in seqs if seq in rows]
    return SearchPage(hits, total, offset)


def _message_seqs(conn: Any, match: str, skip: set[int], offset: int, limit: int) -> list[int]:
    """Seqs of matching messages ``offset`` to ``offset + limit`` in result order."""
    window = search_store.match_messages(conn, match, WINDOW)
    candidates = [c for c in window if c[0] not in skip]
    # bm25 is lower-is-better; for equal relevance the newer (larger seq) comes first.
    ranked = [seq for seq, _ in sorted(candidates, key=lambda c: (round(c[1], 6), -c[0]))]
    seqs = ranked[offset:offset + limit]
    if len(seqs) < limit and len(window) >= WINDOW:  # then those older than the window
        seqs += search_store.older_matches(conn, match, window[-1][0], sorted(skip),
                                           limit - len(seqs),
                                           max(0, offset - len(ranked)))
    return seqs


def _message_hit(row: dict, terms: SearchTerms, kind: str = "message") -> SearchHit:
    snippet, ranges = highlight(row["text"] or "", terms)
    if not ranges and row.get("order_id"):
        base = f"{snippet} #" if snippet else "#"
        snippet = base + row["order_id"]
        ranges = [(len(base), len(snippet))]
    return SearchHit(kind, row["conversation_id"], row["conversation"], row["channel"],
                     row["customer"], row["message_id"],
                     format_moment(Moment(row["sent_at"], row["sent_offset"])),
                     snippet, ranges)
