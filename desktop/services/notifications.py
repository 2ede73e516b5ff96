"""Which new messages deserve a desktop notification."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.text import preview
from desktop.store import messages
from desktop.store.db import Store


@dataclass(frozen=True, slots=True)
class Notice:
    conversation_id: str
    customer: str
    text: str


def for_new_messages(store: Store, message_ids: set[str], me: str | None) -> list[Notice]:
    """New customer messages in unassigned conversations or in this desktop agent's own."""
    rows = messages.incoming_by_id(store.conn, sorted(message_ids))
    return [Notice(r["conversation_id"], r["customer"],
                   preview(r["text"]) if r["text"] else f"[{r['kind']}]")
            for r in rows if r["assignee_id"] is None or r["assignee_id"] == me]
