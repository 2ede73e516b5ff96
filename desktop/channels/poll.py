"""Fetching new messages from the channels that are fetched (not pushed), once."""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from desktop.channels import aftersales, registry
from desktop.channels.base import ChannelError
from desktop.channels.orders import look_up_cards
from desktop.domain.problems import Problem
from desktop.services import autoreply, channels
from desktop.services.session import Shop, beside

log = logging.getLogger(__name__)
BACKOFF_MAX_MS = 15 * 60_000
POLL_EVERY_S = 60  # a channel's default; its settings may say otherwise


def poll(store: Shop, name: str | None = None, now_all: bool = False) -> list[dict[str, Any]]:
    """Fetch since each channel's cursor, store (answering what needs answering), save the
    cursor only once stored. A failing channel backs off and reports; others carry on. Without
    ``name``, only the channels that are due (all of them with ``now_all``); with it, that one
    now. Every channel gets a report, those not fetched too (``polled`` false), saying when it
    is fetched next and why (``next_poll_at``, ``next_because``: see :func:`describe`)."""
    out = []
    for channel in channels.listing(store):
        if name and channel["name"] != name:
            continue
        elsewhere = not registry.receives_here(store, channel)
        connector = None if elsewhere else registry.connector(store, channel)
        if connector is None and not elsewhere:  # its messages are pushed to ShopDesk,
            aftersales.fetch(store, channel, _every_ms(channel), bool(name) or now_all)
            continue  # its after-sales requests fetched (抖店)
        state = channels.state(store, channel["name"])
        now = store.clock()
        report: dict[str, Any] = {"channel": channel["name"], "fetched": 0, "stored": 0,
                                  "skipped": [], "error": "", "polled": False,
                                  "problem": None}
        if elsewhere or (name is None and not now_all and state["next_poll_at"] > now):
            out.append(_next(report, channel, state, elsewhere))
            continue  # paused, fetched by another desktop, or not due (backing off maybe)
        report["polled"] = True
        try:
            fetched = connector.fetch(state["cursor"])
            # answered with the order's live state (waited for a few seconds at most)
            look_up_cards(partial(beside, store), fetched.records)
            result, _actions = autoreply.receive(store, fetched.records)
        except ChannelError as exc:
            state["failures"] += 1
            state["last_error"] = str(exc)
            state["problem"] = report["problem"] = exc.problem
            state["next_poll_at"] = now + min(BACKOFF_MAX_MS, 30_000 * 2 ** state["failures"])
            report["error"] = str(exc)
        else:
            report.update(fetched=len(fetched.records),
                          stored=result.added_messages + result.added_events,
                          skipped=[*fetched.skipped, *((str(i), why)
                                                       for i, why in result.refused)])
            state.update(cursor=fetched.cursor, failures=0, last_error="", last_ok_at=now,
                         next_poll_at=now + _every_ms(channel), problem=Problem(None))
        requests = aftersales.fetch(store, channel, _every_ms(channel), force=True)
        if requests is not None:
            report["after_sales"] = requests  # {open, error, problem}
            if requests["error"] and not report["error"]:  # the channel's trouble too
                state.update(last_error=requests["error"], problem=requests["problem"] or
                             Problem(None, {}, requests["error"]))
                report["problem"] = state["problem"]
        channels.save_state(store, channel["name"], state)
        out.append(_next(report, channel, state, elsewhere))
    return out


def _every_ms(channel: dict[str, Any]) -> int:
    return int(channel["config"].get("poll_seconds", POLL_EVERY_S)) * 1000


def _next(report: dict[str, Any], channel: dict[str, Any], state: dict[str, Any],
          elsewhere: bool) -> dict[str, Any]:
    """The report with when the channel is fetched next and why: ``paused`` (not until it
    is resumed), ``elsewhere`` (another desktop of the team fetches it), ``backing_off``
    (after ``failures`` failures in a row, the last ``last_error``) or ``every`` (its
    interval, ``every_seconds``)."""
    because = "paused" if channel["paused"] else "elsewhere" if elsewhere else \
        "backing_off" if state["failures"] else "every"
    report.update(next_poll_at=None if elsewhere else state["next_poll_at"],
                  next_because=because, failures=state["failures"],
                  last_error=state["last_error"], every_seconds=_every_ms(channel) // 1000)
    return report


def describe(report: dict[str, Any], now_ms: int, zone: ZoneInfo) -> str:
    """One line for a person: what was fetched, or when the channel will be and why."""
    head = f"{report['channel']}: "
    if report["polled"]:
        head += f"fetched {report['fetched']}, stored {report['stored']}, " \
                f"skipped {len(report['skipped'])}"
        if report["error"]:
            head += f" — {report['error']}"
        failed = (report.get("after_sales") or {}).get("error")
        if failed:
            head += f" — after-sales requests not updated: {failed}"
        head += "; "
    else:
        head += "not fetched now; "
    because = report["next_because"]
    if because == "paused":
        return head + "paused: fetched again once resumed"
    if because == "elsewhere":
        return head + "another desktop of the team fetches it"
    when = _when(report["next_poll_at"], now_ms, zone)
    if because == "backing_off":
        failures = report["failures"]
        why = "waiting longer after a failed fetch" if failures == 1 else \
            f"waiting longer after {failures} failed fetches in a row"
        if not report["polled"]:
            why += f" (last: {report['last_error']})"
        return head + f"next fetch {when}, {why}"
    every = _duration(report["every_seconds"] * 1000)
    every = every.split(" ", 1)[1] if every.startswith(("a ", "an ")) else every
    return head + f"next fetch {when} (every {every})"


def _when(at_ms: int, now_ms: int, zone: ZoneInfo) -> str:
    """'in 4 minutes (at 14:32)', 'now', or with the date when it is not today."""
    if at_ms <= now_ms:
        return "now"
    at = datetime.fromtimestamp(at_ms / 1000, zone)
    today = datetime.fromtimestamp(now_ms / 1000, zone).date()
    clock = at.strftime("%H:%M:%S" if at_ms - now_ms < 60_000 else "%H:%M")
    day = "" if at.date() == today else \
        "tomorrow " if (at.date() - today).days == 1 else f"{at.date().isoformat()} "
    return f"in {_duration(at_ms - now_ms)} (at {day}{clock})"


def _duration(ms: int) -> str:
    """A length of time as people say it: '40 seconds', 'a minute', '3 hours'."""
    seconds = max(1, round(ms / 1000))
    for unit, size in (("day", 86_400), ("hour", 3600), ("minute", 60)):
        if seconds >= size * 1.5 or (seconds >= size and seconds % size == 0):
            count = round(seconds / size)
            return f"a{'n' if unit == 'hour' else ''} {unit}" if count == 1 else \
                f"{count} {unit}s"
    return "a second" if seconds == 1 else f"{seconds} seconds"
