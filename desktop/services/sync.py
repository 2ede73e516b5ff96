"""Team sync on this desktop: joining the team's hub, pushing this desktop's changes, pulling
everyone else's and merging them (``desktop.domain.merge``) into the shop's tables."""

from __future__ import annotations

from typing import Any, Protocol

from desktop.domain import teamcode
from desktop.domain.merge import DELETED, Change, apply
from desktop.services import secrets, team
from desktop.services.errors import UserError
from desktop.store import changelog, conversations, jobs, settings
from desktop.store.db import Store
from desktop.store.writer import AS_STORED, IMMUTABLE_TABLES, Changes

PAGE = 2_000
# parents before children, so every page a desktop pulls can be applied on its own
BACKFILL_ORDER = ["settings", "schedule_history", "channels", "agents", "customers",
                  "conversations", "conversation_tags", "messages", "conversation_events",
                  "customer_notes", "kb_articles", "kb_versions", "kb_offers", "templates",
                  "rules", "guard_words", "audit_log"]
TOKEN_KEY = "sync/token"
SHARED_FIELDS = ("id", "stamp", "origin", "tbl", "key", "fields")


class Hub(Protocol):
    def push(self, changes: list[dict[str, Any]]) -> dict[str, Any]: ...
    def pull(self, since: int, limit: int) -> dict[str, Any]: ...


def join(store: Store, code: str) -> dict[str, str]:
    """Remember the team's hub and this member's token (in the keychain)."""
    try:
        found = teamcode.decode(code)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    with store.write() as w:
        settings.write_local(w, "sync.hub", found["hub"])
        settings.write_local(w, "sync.member", found["member"])
        settings.write_local(w, "sync.cursor", "0")
        # what was written before this desktop kept a change log goes to the team too
        changelog.backfill(w.conn, changelog.clock(w.conn, store.device_id, store.clock),
                           BACKFILL_ORDER)
    secrets.put(TOKEN_KEY, found["token"])
    return {"hub": found["hub"], "member": found["member"]}


def joined(store: Store) -> dict[str, str] | None:
    hub = settings.read_local(store.conn, "sync.hub")
    token = secrets.get(TOKEN_KEY)
    if not hub or not token:
        return None
    return {"hub": hub, "member": settings.read_local(store.conn, "sync.member") or "",
            "token": token}


def record_error(store: Store, message: str) -> None:
    with store.write() as w:
        settings.write_local(w, "sync.error", message)


def status(store: Store) -> dict[str, Any]:
    team = joined(store)
    return {"hub": team["hub"] if team else None,
            "pending": changelog.unpushed_count(store.conn),
            "last_sync": settings.read_local(store.conn, "sync.last"),
            "last_error": settings.read_local(store.conn, "sync.error") or ""}


def sync_once(store: Store, hub: Hub) -> dict[str, Any]:
    """Push what this desktop changed, pull what the others did, in pages."""
    pushed = 0
    while batch := changelog.unpushed(store.conn, PAGE):
        hub.push([{k: c[k] for k in SHARED_FIELDS} for c in batch])
        changelog.mark_pushed(store.conn, batch[-1]["seq"])
        pushed += len(batch)
    pulled = applied = 0
    cursor = int(settings.read_local(store.conn, "sync.cursor") or 0)
    changes = Changes()
    while True:
        page = hub.pull(cursor, PAGE)
        more = apply_changes(store, page["changes"])
        applied += len(more.tables.get("_applied", ()))
        for table, ids in more.tables.items():
            changes.tables.setdefault(table, set()).update(ids)
        pulled += len(page["changes"])
        cursor = int(page["cursor"])
        with store.write() as w:
            settings.write_local(w, "sync.cursor", str(cursor))
        if not page.get("more"):
            break
    with store.write() as w:
        settings.write_local(w, "sync.last", str(store.clock()))
        settings.write_local(w, "sync.error", "")
    changes.tables.pop("_applied", None)
    return {"pushed": pushed, "pulled": pulled, "applied": applied, "changes": changes}


def apply_changes(store: Store, changes: list[dict[str, Any]]) -> Changes:
    """Merge changes from other desktops into the shop's tables (one transaction; a change
    seen before, or one of this desktop's own coming back, changes nothing)."""
    with store.write() as w:
        w.raw("PRAGMA defer_foreign_keys = ON")  # a page may bring a row before its parent
        conn = w.conn
        for c in changes:
            if c["origin"] == store.device_id or not changelog.add_remote(conn, c):
                continue
            table, key = c["tbl"], c["key"]
            if table in IMMUTABLE_TABLES:
                values = None if c["fields"].get(DELETED) else c["fields"]
                if values:
                    changelog.write_row(conn, table, key, values, c["stamp"], c["origin"])
            else:
                merged = None
                for stamp, fields in changelog.history(conn, table, key):
                    if fields == AS_STORED:
                        continue
                    named = {DELETED: True} if fields is None else fields
                    merged = apply(merged, Change(stamp, table, key,
                                                  {f: (v, stamp) for f, v in named.items()}))
                if merged is not None:
                    changelog.write_row(conn, table, key,
                                        None if merged.deleted else merged.values(),
                                        c["stamp"], c["origin"])
            w.changes.add(table, key)
            w.changes.add("_applied", c["stamp"])
        changelog.observe(conn, store.device_id, store.clock,
                          [c["stamp"] for c in changes if c["origin"] != store.device_id])
        result = w.changes
    _tell_lost_claims(store, [c for c in changes if c["tbl"] == "conversations"
                              and "assignee_id" in c["fields"]])
    return result


def _tell_lost_claims(store: Store, assignments: list[dict[str, Any]]) -> None:
    """Two people took one conversation while offline: the one whose claim lost hears who
    has it (a reminder on their desktop)."""
    me = team.me(store)
    if me is None:
        return
    for c in assignments:
        row = conversations.get(store.conn, c["key"])
        mine = changelog.claimed_by(store.conn, c["key"], store.device_id, me.id)
        if row is not None and mine and row.state.assignee not in (None, me.id):
            winner = team.agent(store, row.state.assignee)
            jobs.raise_reminder(store.conn, f"claim_lost:{c['key']}:{c['stamp']}",
                                "claim_lost", c["key"],
                                {"winner": winner.name if winner else "", "customer":
                                 conversations.customer_name(store.conn, c["key"])},
                                store.clock())
