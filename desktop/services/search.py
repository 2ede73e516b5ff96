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

from desktop.domain.model import Moment
from desktop.domain.text import SearchTerms, fts_query, highlight, parse_query
from desktop.domain.timefmt import format_moment
from desktop.store import search as search_store
from desktop.store.db import Store

WINDOW = 1000
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


def search(store: Store, query: str, limit: int = 20) -> list[SearchHit]:
    terms = parse_query(query)
    if terms.empty:
        return []
    conn = store.conn
    hits: list[SearchHit] = []
    seen_messages: set[str] = set()
    raw = query.strip()
    if _ORDER_ID.match(raw) and any(ch.isdigit() for ch in raw):
        for row in search_store.messages_by_order(conn, raw, limit):
            hits.append(_message_hit(row, terms, kind="order"))
            seen_messages.add(row["message_id"])
    match = fts_query(terms)
    for row in search_store.match_customers(conn, match, limit):
        snippet, ranges = highlight(row["customer"], terms)
        hits.append(SearchHit("customer", row["conversation_id"], row["conversation"],
                              row["channel"], row["customer"], None,
                              None, snippet, ranges))
    if len(hits) >= limit:
        return hits[:limit]
    candidates = search_store.match_messages(conn, match, WINDOW)
    # bm25 is lower-is-better; for equal relevance the newer (larger seq) comes first.
    ranked = sorted(candidates, key=lambda c: (round(c[1], 6), -c[0]))
    wanted = [seq for seq, _ in ranked[: limit - len(hits) + len(seen_messages)]]
    rows = search_store.hydrate(conn, wanted)
    for seq in wanted:
        row = rows.get(seq)
        if row is None or row["message_id"] in seen_messages:
            continue
        hits.append(_message_hit(row, terms))
        if len(hits) >= limit:
            break
    return hits


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
