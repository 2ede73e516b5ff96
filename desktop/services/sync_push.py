"""Sending this desktop's changes to the team's hub, in pages of at most the hub's byte limit.

The hub stores a page while the next one is read from the change log and made ready here
(one page on its way at a time, in order: a page goes only once the one before it was
taken); a run of changes is marked sent only when the hub has answered for all of it.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

import orjson

from desktop.domain import protocol
from desktop.domain.merge import DERIVED_COLUMNS
from desktop.services.errors import UserError
from desktop.store import changelog, identity, settings
from desktop.store.db import Store

PAGE = 2_000  # changes read from the log at a time
PAGE_MARGIN = 64 * 1024  # below the hub's limit: the request's own bytes
SENT_KEY = "sync.sent"  # set before this desktop first sends anything to a hub


class Pusher(Protocol):
    def push(self, changes: list[Any]) -> dict[str, Any]: ...


@dataclass
class _Run:
    """A run of the change log made ready to send: its pages, the changes set aside here,
    and the hub's answers once sent."""

    last_seq: int
    pages: list[tuple[list[dict[str, Any]], list[bytes]]] = field(default_factory=list)
    aside: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    sending: Future | None = None


def outgoing(change: dict[str, Any]) -> dict[str, Any] | None:
    """A logged change as it travels, or None when nothing of it does (a conversation's
    state, a setting of this desktop alone)."""
    table = change["tbl"]
    if protocol.stays_here(table, change["key"], change["fields"]):
        return None
    out = protocol.outgoing(change)
    derived = DERIVED_COLUMNS.get(table)
    if derived and derived & out["fields"].keys():
        out["fields"] = {k: v for k, v in out["fields"].items() if k not in derived}
    return out


def push(store: Store, hub: Pusher, clock: Any) -> int:
    """Send this desktop's changes; a change larger than a page may be is set aside here with
    its reason, and so is one the hub refuses. ``clock(store, answer, received_at)`` keeps
    the hub's time. Returns how many the hub took."""
    limit = page_bytes(hub)
    pushed, after = 0, 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as sender:
        previous: _Run | None = None
        while True:
            batch = changelog.unpushed(store.conn, PAGE, after)
            run = _ready(batch, limit) if batch else None
            if previous is not None:  # answered (or failed) before the next run goes
                pushed += _taken(store, previous, clock)
            if run is None:
                return pushed
            after = run.last_seq
            if run.pages and settings.read_local(store.conn, SENT_KEY) is None:
                with store.write() as w:  # before the first page: the hub may keep it
                    settings.write_local(w, SENT_KEY, "1")
            run.sending = sender.submit(_send_all, hub, run.pages, store.clock)
            previous = run


def _ready(batch: list[dict[str, Any]], limit: int) -> _Run:
    """A run's changes as they travel, in pages of at most ``limit`` bytes."""
    run = _Run(batch[-1]["seq"])
    page: list[dict[str, Any]] = []
    raws: list[bytes] = []  # their JSON, sent as made here
    size = 0
    for change in batch:
        out = outgoing(change)
        if out is None:
            continue
        raw = orjson.dumps(out)
        n = len(raw) + 1  # UTF-8 as it is (the client sends it so), and the comma after
        if len(raw) > protocol.MAX_CHANGE_BYTES or n > limit:
            run.aside.append((out, f"too large to send ({len(raw):,} bytes; a change may "
                                   f"have at most {min(protocol.MAX_CHANGE_BYTES, limit):,})"))
            continue
        if page and size + n > limit:
            run.pages.append((page, raws))
            page, raws, size = [], [], 0
        page.append(out)
        raws.append(raw)
        size += n
    if page:
        run.pages.append((page, raws))
    return run


def _send_all(hub: Pusher, pages: list[tuple[list[dict[str, Any]], list[bytes]]],
              now: Any) -> tuple[list[tuple[dict[str, Any], int]], UserError | None]:
    """Post a run's pages in order (on the sending thread: no database here); the answers
    so far, and the error that stopped them if one did."""
    answers: list[tuple[dict[str, Any], int]] = []
    for _page, raws in pages:
        try:
            answer = hub.push([orjson.Fragment(raw) for raw in raws])  # not encoded again
        except UserError as exc:
            return answers, exc
        answers.append((answer, now()))
    return answers, None


def _taken(store: Store, run: _Run, clock: Any) -> int:
    """What the hub answered for a run: the changes it refused are set aside with its
    reason, and the run is marked sent when all of it went. Raises the error that stopped
    it (its pages not answered go again next time: the hub keeps a change once)."""
    answers, error = run.sending.result() if run.sending else ([], None)
    taken = 0
    for (page, _raws), (answer, received_at) in zip(run.pages, answers, strict=False):
        clock(store, answer, received_at)
        refused = answer.get("refused") or []
        taken += len(page) - len(refused)
        if not refused:
            continue
        by_id = {c["id"]: c for c in page}
        with store.write() as w:
            for r in refused:
                if r.get("id") in by_id:
                    identity.hold(w.conn, by_id[r["id"]], f"refused by the hub: "
                                  f"{r.get('reason')} ({r.get('detail', '')})", outgoing=True)
    if error is not None:
        raise error
    with store.write() as w:
        for out, reason in run.aside:
            identity.hold(w.conn, out, reason, outgoing=True)
        changelog.mark_pushed(w.conn, run.last_seq)
    return taken


def page_bytes(hub: Any) -> int:
    """The bytes a push may carry: the hub's stated limit less a margin."""
    info = getattr(hub, "info", None)
    try:
        stated = info().get("max_page_bytes") if info else None
    except UserError:
        stated = None
    return max(PAGE_MARGIN, min(int(stated or protocol.MAX_PAGE_BYTES),
                                protocol.MAX_PAGE_BYTES) - PAGE_MARGIN)
