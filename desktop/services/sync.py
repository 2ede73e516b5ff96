"""Team sync on this desktop: joining the team's hub, pushing this desktop's changes, pulling
everyone else's and applying them (``desktop.services.sync_apply``) to the shop's tables."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

import orjson

from desktop.domain import protocol, teamcode
from desktop.domain.ids import new_id
from desktop.services import secrets, sync_push, team
from desktop.services.errors import UserError
from desktop.services.sync_apply import Page
from desktop.services.sync_push import SENT_KEY
from desktop.services.sync_push import outgoing as outgoing  # how a change travels
from desktop.store import changelog, conversations, identity, jobs, settings
from desktop.store.db import Store
from desktop.store.writer import Changes

PAGE = 2_000
# parents before children, so every page a desktop pulls can be applied on its own
BACKFILL_ORDER = ["settings", "schedule_history", "channels", "agents", "customers",
                  "conversations", "messages", "conversation_events", "customer_notes",
                  "kb_articles", "kb_versions", "kb_offers", "templates", "rules",
                  "guard_words", "orders", "translations", "after_sales", "platform_figures",
                  "shop_scores", "audit_log"]
# What a desktop that joined before ``BACKFILLED_KEY`` was kept had logged when it joined; the
# tables that travel since are logged at its next sync (see ``_backfill_new_tables``).
BACKFILLED_KEY = "sync.backfilled"
_BACKFILLED_BEFORE = [t for t in BACKFILL_ORDER
                      if t not in ("after_sales", "platform_figures", "shop_scores")]
TOKEN_KEY = "sync/token"
# Joining with data never sent: the messages and events the team holds too, just as they are
# here, take the team's ids on the first pull and are not sent back (``Page.joining``).
FRESH_KEY = "sync.fresh"


class Hub(Protocol):
    def push(self, changes: list[Any]) -> dict[str, Any]: ...
    def pull(self, since: int, limit: int, skip_origin: str | None = None
             ) -> dict[str, Any]: ...


def join(store: Store, code: str) -> dict[str, str]:
    """Remember the team's hub and this member's token (in the keychain)."""
    try:
        found = teamcode.decode(code)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    with store.write() as w:
        settings.write_local(w, "sync.hub", found["hub"])
        settings.write_local(w, "sync.member", found["member"])
        # the hub's own certificate, pinned by its SHA-256 fingerprint (none: a CA's)
        settings.write_local(w, "sync.fingerprint", found.get("fingerprint", ""))
        settings.write_local(w, "sync.cursor", "0")
        settings.write_local(w, "sync.joining", "1")  # the team's settings come first
        if settings.read_local(w.conn, SENT_KEY) is None and \
                settings.read_local(w.conn, "sync.last") is None:  # nothing of it ever sent
            settings.write_local(w, FRESH_KEY, "1")
        # what was written before this desktop kept a change log goes to the team too
        changelog.backfill(w.conn, changelog.clock(w.conn, store.device_id, store.clock),
                           BACKFILL_ORDER)
        settings.write_local(w, BACKFILLED_KEY, orjson.dumps(BACKFILL_ORDER).decode())
    secrets.put(TOKEN_KEY, found["token"])
    return {"hub": found["hub"], "member": found["member"]}


def after_restore(store: Store) -> str:
    """A desktop restored from a backup is a new desktop to the team: it takes a new device id
    (two desktops never share one, even when a backup is restored on a new PC) and reads the
    team's log again from the start, so what it synced after the backup comes back (changes
    seen before are recognised and skipped). The channels it received keep coming here, and
    replies queued in the backup wait for a person's word before going out (they may have
    been sent after the backup was taken). Returns the new id."""
    old, new = store.device_id, new_id(store.clock())
    with store.write() as w:
        settings.write_local(w, "device_id", new)
        settings.write_local(w, "sync.cursor", "0")
        identity.take_over_channels(w.conn, old, new, store.clock())
    store.device_id = new
    return new


def team_clock(store: Store) -> int:
    """Now by the team's hub: this desktop's clock less how far it was off the hub's at the
    last sync (a desktop whose clock is wrong still stamps replies in the team's time)."""
    offset = settings.read_local(store.conn, "sync.clock_offset")
    return store.clock() - (int(offset) if offset else 0)


def joined(store: Store) -> dict[str, str] | None:
    hub = settings.read_local(store.conn, "sync.hub")
    token = secrets.get(TOKEN_KEY)
    if not hub or not token:
        return None
    return {"hub": hub, "member": settings.read_local(store.conn, "sync.member") or "",
            "token": token,
            "fingerprint": settings.read_local(store.conn, "sync.fingerprint") or ""}


def record_error(store: Store, message: str) -> None:
    with store.write() as w:
        settings.write_local(w, "sync.error", message)


def status(store: Store) -> dict[str, Any]:
    team = joined(store)
    offset = settings.read_local(store.conn, "sync.clock_offset")
    return {"hub": team["hub"] if team else None,
            "pending": changelog.unpushed_count(store.conn),
            "last_sync": settings.read_local(store.conn, "sync.last"),
            "last_error": settings.read_local(store.conn, "sync.error") or "",
            "held": identity.held_summary(store.conn),
            "clock_offset_ms": int(offset) if offset else 0}


def sync_once(store: Store, hub: Hub) -> dict[str, Any]:
    """Push what this desktop changed, pull what the others did, in pages. A push that fails
    does not stop the pull; its error is reported after."""
    pushed, error = 0, ""
    first = (0, 0, Changes())
    with store.bulk():  # many pages in a row: the log is folded into the file once, after
        if settings.read_local(store.conn, "sync.joining") == "1":
            first = _first_pull(store, hub)
        _backfill_new_tables(store)
        try:
            pushed = push(store, hub)
        except UserError as exc:
            error = str(exc)
        pulled, applied, changes = pull(store, hub)
    pulled, applied = pulled + first[0], applied + first[1]
    for table, ids in first[2].tables.items():
        changes.tables.setdefault(table, set()).update(ids)
    with store.write() as w:
        settings.write_local(w, "sync.last", str(store.clock()))
        settings.write_local(w, "sync.error", error)
    if error:
        raise UserError(error)
    return {"pushed": pushed, "pulled": pulled, "applied": applied, "changes": changes,
            "held": identity.held_summary(store.conn),
            "clock_offset_ms": status(store)["clock_offset_ms"]}


def _backfill_new_tables(store: Store) -> None:
    """Log the rows of tables that travel since this desktop joined (written before by a
    version that kept them here), once, so the team gets them."""
    done = settings.read_local(store.conn, BACKFILLED_KEY)
    logged = orjson.loads(done) if done else _BACKFILLED_BEFORE
    missing = [t for t in BACKFILL_ORDER if t not in logged]
    if not missing:
        return
    with store.write() as w:
        changelog.backfill(w.conn, changelog.clock(w.conn, store.device_id, store.clock),
                           missing)
        settings.write_local(w, BACKFILLED_KEY, orjson.dumps(BACKFILL_ORDER).decode())


def _first_pull(store: Store, hub: Hub) -> tuple[int, int, Changes]:
    """Joining: the team's data first, and the shop's profile, hours and rules settings the
    team has already stay the team's (this desktop's welcome defaults never overwrite them)."""
    fresh = settings.read_local(store.conn, FRESH_KEY) == "1"
    found = pull(store, hub, joining=fresh)
    with store.write() as w:
        page = Page(w, store.device_id)
        for key in changelog.withdraw_shared_settings(w.conn, store.device_id):
            page.settle("settings", key)
            found[2].add("settings", key)
        if fresh:  # this desktop's history rows that became the team's: nothing to send
            changelog.withdraw_gone_history(w.conn, store.device_id)
            settings.write_local(w, FRESH_KEY, "0")
        settings.write_local(w, "sync.joining", "0")
    return found


def push(store: Store, hub: Hub) -> int:
    """Send this desktop's changes (``desktop.services.sync_push``); how many the hub took."""
    return sync_push.push(store, hub, _clock)


def pull(store: Store, hub: Hub, joining: bool = False) -> tuple[int, int, Changes]:
    """Apply the team's changes page by page (each page, its held changes tried again and its
    conversations folded, in one transaction with the cursor)."""
    pulled = applied = 0
    changes = Changes()
    first = True
    # the next page is on its way while this one is applied (the hub and the wire meanwhile)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
        coming = fetcher.submit(_fetch, store, hub,
                                int(settings.read_local(store.conn, "sync.cursor") or 0))
        while True:
            page, received_at = coming.result()
            if page.get("more"):
                coming = fetcher.submit(_fetch, store, hub, int(page["cursor"]))
            _clock(store, page, received_at)
            found = page["changes"]
            done = apply_changes(store, found, cursor=int(page["cursor"]),
                                 retry=first or found, joining=joining)
            first = False
            applied += len(done.tables.pop("_applied", ()))
            for table, ids in done.tables.items():
                changes.tables.setdefault(table, set()).update(ids)
            pulled += len(found)
            if not page.get("more"):
                return pulled, applied, changes


def _fetch(store: Store, hub: Hub, cursor: int) -> tuple[dict[str, Any], int]:
    """A page of the team's changes after ``cursor`` (not this desktop's own), and when it
    came by this desktop's clock."""
    page = hub.pull(cursor, PAGE, skip_origin=store.device_id)
    return page, store.clock()


def apply_changes(store: Store, changes: list[dict[str, Any]], *, cursor: int | None = None,
                  retry: Any = True, joining: bool = False) -> Changes:
    """Apply changes from other desktops (one transaction; a change seen before, or one of
    this desktop's own coming back, changes nothing; one that cannot apply is held)."""
    with store.write() as w:
        w.raw("PRAGMA defer_foreign_keys = ON")
        page = Page(w, store.device_id, joining)
        mine = store.device_id
        page.offer_all([c for c in changes if c["origin"] != mine])
        if retry:
            page.retry_held()
        page.finish()
        page.fold()
        changelog.observe(w.conn, mine, store.clock,
                          [c["stamp"] for c in changes if c["origin"] != mine])
        if cursor is not None:
            settings.write_local(w, "sync.cursor", str(cursor))
        for stamp in page.applied:
            w.changes.add("_applied", stamp)
        result = w.changes
    _tell_lost_claims(store, sorted(page.assigned))
    return result


def _clock(store: Store, answer: dict[str, Any], received_at: int | None = None) -> None:
    """Keep how far this desktop's clock is from the hub's (the hub's answers carry its
    time; ``received_at``: when the answer came, by this desktop's clock, if not now)."""
    hub_time = answer.get(protocol.TIME_KEY)
    if isinstance(hub_time, int):
        now = store.clock() if received_at is None else received_at
        with store.write() as w:
            settings.write_local(w, "sync.clock_offset", str(now - hub_time))


def _tell_lost_claims(store: Store, assigned: list[str]) -> None:
    """Two people took one conversation while offline: the one whose claim lost hears who
    has it (a reminder on their desktop)."""
    me = team.me(store)
    if me is None:
        return
    for conversation_id in assigned:
        row = conversations.get(store.conn, conversation_id)
        mine = changelog.claimed_by(store.conn, conversation_id, store.device_id, me.id)
        if row is not None and mine and row.state.assignee not in (None, me.id):
            winner = team.agent(store, row.state.assignee)
            jobs.raise_reminder(store.conn, f"claim_lost:{conversation_id}:{row.state.assignee}",
                                "claim_lost", conversation_id,
                                {"winner": winner.name if winner else "", "customer":
                                 conversations.customer_name(store.conn, conversation_id)},
                                store.clock())
