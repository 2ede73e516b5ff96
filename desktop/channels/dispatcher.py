"""Sending the outbox: each channel's due messages, in order, through its connector.

Each message is claimed before it is sent (``outbox.claim``), so two senders on one shop —
the app's send round and ``shopdesk outbox send``, or two windows — never send it twice. A
message another sender holds keeps the rest of its conversation back for this round (order)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from desktop.channels.base import ChannelError, Connector, Outgoing
from desktop.domain.ids import new_id
from desktop.domain.problems import Problem
from desktop.services import outbox
from desktop.services.session import Changes, Shop

log = logging.getLogger(__name__)


@dataclass
class Report:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    errors: dict[str, str] = field(default_factory=dict)  # channel -> what went wrong
    problems: dict[str, Problem] = field(default_factory=dict)  # the same, for the window
    changes: Changes = field(default_factory=Changes)


def dispatch(store: Shop, connectors: dict[str, Connector]) -> Report:
    """Send what is due on every channel we have a connector for. A channel whose sending
    fails stops for this round (the rest of its queue keeps its order); others carry on."""
    report = Report()
    sender = f"{store.device_id}/{os.getpid()}/{new_id(store.clock())}"
    for name, connector in connectors.items():
        held: set[str] = set()  # conversations with a message another sender holds
        for due in outbox.due(store, name):
            if due["conversation_id"] in held:
                continue
            row = outbox.claim(store, due["id"], sender)
            if row is None:
                held.add(due["conversation_id"])
                continue
            if not _send(store, connector, row, report):
                break  # the channel is not taking messages now: keep the order, try later
    return report


def _send(store: Shop, connector: Connector, row: dict, report: Report) -> bool:
    """Send one claimed message; ``False`` when its channel should stop for this round."""
    message = Outgoing.from_row(row)
    try:
        if row["sending_since"] is not None and connector.already_sent(message):
            external = None  # a send cut short reached the platform: record it
        else:
            outbox.begin(store, message.id)
            external = connector.send(message)
    except ChannelError as exc:
        _merge(report.changes, outbox.failed(store, row, exc.problem, exc.permanent))
        report.errors[row["channel"]] = str(exc)
        report.problems[row["channel"]] = exc.problem
        if exc.permanent or row["attempts"] + 1 >= outbox.MAX_ATTEMPTS:
            report.failed += 1
            return True  # this one is given up; the next may go
        report.retrying += 1
        return False
    _merge(report.changes, outbox.succeeded(store, message.id, external))
    report.sent += 1
    return True


def _merge(into: Changes, more: Changes) -> None:
    for table, ids in more.tables.items():
        into.tables.setdefault(table, set()).update(ids)
