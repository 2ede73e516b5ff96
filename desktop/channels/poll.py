"""Fetching new messages from the channels that are fetched (not pushed), once."""

from __future__ import annotations

import logging
from typing import Any

from desktop.channels import registry
from desktop.channels.base import ChannelError
from desktop.channels.orders import look_up_cards
from desktop.services import autoreply, channels
from desktop.services.session import Shop

log = logging.getLogger(__name__)
BACKOFF_MAX_MS = 15 * 60_000
POLL_EVERY_S = 60  # a channel's default; its settings may say otherwise


def poll(store: Shop, name: str | None = None) -> list[dict[str, Any]]:
    """Fetch since each channel's cursor, store (answering what needs answering), save the
    cursor only once stored. A failing channel backs off and reports; others carry on. Without
    ``name``, only the channels that are due; with it, that one now."""
    out = []
    for channel in channels.listing(store):
        if (name and channel["name"] != name) or not registry.receives_here(store, channel):
            continue
        connector = registry.connector(store, channel)
        if connector is None:
            continue
        state = channels.state(store, channel["name"])
        now = store.clock()
        if name is None and state["next_poll_at"] > now:
            continue  # not due yet (or backing off after a failure)
        report: dict[str, Any] = {"channel": channel["name"], "fetched": 0, "stored": 0,
                                  "skipped": [], "error": ""}
        try:
            fetched = connector.fetch(state["cursor"])
            look_up_cards(store, fetched.records)  # answered with the order's live state
            result, _actions = autoreply.receive(store, fetched.records)
        except ChannelError as exc:
            state["failures"] += 1
            state["last_error"] = str(exc)
            state["next_poll_at"] = now + min(BACKOFF_MAX_MS, 30_000 * 2 ** state["failures"])
            report["error"] = str(exc)
        else:
            report.update(fetched=len(fetched.records),
                          stored=result.added_messages + result.added_events,
                          skipped=[*fetched.skipped, *((str(i), why)
                                                       for i, why in result.refused)])
            every = int(channel["config"].get("poll_seconds", POLL_EVERY_S)) * 1000
            state.update(cursor=fetched.cursor, failures=0, last_error="", last_ok_at=now,
                         next_poll_at=now + every)
        channels.save_state(store, channel["name"], state)
        out.append(report)
    return out
