"""What every connector offers: fetch new messages since a cursor, send one outgoing message
with an idempotency key, and say whether a cut-short send already went out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from desktop.domain.model import Record
from desktop.domain.problems import Code, Problem, Value


class ChannelError(Exception):
    """The channel could not do it. ``permanent``: trying again will not help (a rejected
    message), as opposed to the network or the platform being down for now. ``code`` and its
    ``values`` say it for the window (``problem``); ``message`` for logs and the command line."""

    def __init__(self, message: str, permanent: bool = False, code: Code | None = None,
                 **values: Value) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.problem = Problem(code, values, message)


def listed(data: dict[str, Any], key: str, platform: str,
           count: str = "total") -> list[Any]:
    """The rows of a list answer (``data[key]``). An answer with no list there is broken, not
    empty — unless it says it has none (``count`` 0) — and raises a ChannelError: a broken
    answer must never read as "nothing open"."""
    rows = data.get(key)
    if isinstance(rows, list):
        return rows
    if rows is None and str(data.get(count)) == "0":
        return []
    raise ChannelError(f"{platform} answered without the documented fields ({key}); nothing "
                       "was changed, it is asked again later", code=Code.PLATFORM_CONTRACT,
                       platform=platform)


@dataclass(frozen=True)
class Outgoing:
    """A queued message as a channel needs it; ``id`` is its idempotency key."""

    id: str
    channel: str
    conversation: str  # the conversation's id on the platform
    customer_id: str
    customer: str
    text: str
    attachments: list[dict[str, Any]]
    sent_at: int

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Outgoing:
        return cls(row["id"], row["channel"], row["conversation"], row["customer_id"],
                   row["customer"], row["text"], list(row["payload"].get("attachments", [])),
                   row["sent_at"])


@dataclass
class Fetched:
    records: list[Record] = field(default_factory=list)
    cursor: dict[str, Any] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (what, why)


class Connector(Protocol):
    name: str

    def fetch(self, cursor: dict[str, Any]) -> Fetched:
        """New messages since ``cursor``, and the cursor to save once they are stored."""

    def send(self, message: Outgoing) -> str | None:
        """Send; returns the platform's id for it (or None). Raises :class:`ChannelError`."""

    def already_sent(self, message: Outgoing) -> bool:
        """Whether a send that was cut short reached the platform after all."""
