"""The inbox's lists of conversations, paged by keyset so millions stay fast."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store import conversations
from desktop.store.db import Store


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    id: str
    customer: str
    vip: bool
    channel: str
    channel_kind: str
    preview: str
    waiting_since: int | None
    last_message_at: int | None
    unread: int
    priority: str
    assignee_id: str | None

    @property
    def cursor(self) -> tuple[int, str]:
        return (self.waiting_since if self.waiting_since is not None else conversations.NO_WAIT,
                self.id)


def longest_waiting(store: Store, limit: int = 50,
                    after: tuple[int, str] | None = None) -> list[ConversationSummary]:
    """Open conversations, the customer waiting longest first."""
    return [ConversationSummary(r["id"], r["customer"], bool(r["vip"]), r["channel"],
                                r["channel_kind"], r["preview"], r["waiting_since"],
                                r["last_message_at"], r["unread"], r["priority"],
                                r["assignee_id"])
            for r in conversations.queue_page(store.conn, "open", limit, after)]
