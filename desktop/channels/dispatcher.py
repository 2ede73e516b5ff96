"""Sending the outbox: each channel's due messages, in order, through its connector."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from desktop.channels.base import ChannelError, Connector, Outgoing
from desktop.services import outbox
from desktop.services.session import Changes, Shop

log = logging.getLogger(__name__)


@dataclass
class Report:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    errors: dict[str, str] = field(default_factory=dict)  # channel -> what went wrong
    changes: Changes = field(default_factory=Changes)


def dispatch(store: Shop, connectors: dict[str, Connector]) -> Report:
    """Send what is due on every channel we have a connector for. A channel whose sending
    fails stops for this round (the rest of its queue keeps its order); others carry on."""
    report = Report()
    for name, connector in connectors.items():
        for row in outbox.due(store, name):
            message = Outgoing.from_row(row)
            try:
                if row["sending_since"] is not None and connector.already_sent(message):
                    external = None  # a send cut short reached the platform: record it
                else:
                    outbox.begin(store, message.id)
                    external = connector.send(message)
            except ChannelError as exc:
                more = outbox.failed(store, row, str(exc), exc.permanent)
                _merge(report.changes, more)
                report.errors[name] = str(exc)
                if exc.permanent or row["attempts"] + 1 >= outbox.MAX_ATTEMPTS:
                    report.failed += 1
                    continue  # this one is given up; the next may go
                report.retrying += 1
                break  # the channel is not taking messages now: keep the order, try later
            _merge(report.changes, outbox.succeeded(store, message.id, external))
            report.sent += 1
    return report


def _merge(into: Changes, more: Changes) -> None:
    for table, ids in more.tables.items():
        into.tables.setdefault(table, set()).update(ids)
