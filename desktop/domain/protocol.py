"""The team-sync protocol: what desktops and the hub agree on.

A change travels as ``{"id", "stamp", "origin", "tbl", "key", "fields"}``. The hub accepts
only the tables and columns of the version it speaks (``SHARED_COLUMNS``) and a valid stamp
(:func:`valid_stamp`); it refuses the rest, each change on its own, with a reason (one of
``REASONS``). Every desktop sends its version in the ``PROTOCOL_HEADER`` header; a desktop
newer than the hub is told to upgrade the hub (HTTP 426, ``"upgrade": "hub"``), an older one
to upgrade itself (``"upgrade": "desktop"``).

What stays on a desktop never travels: connection settings (a channel's ``config``: hosts,
ports, accounts, which desktop receives it), the backup folder, secrets, the row numbers and
write stamps each desktop keeps (``LOCAL_COLUMNS``), and every setting outside
``SHARED_SETTING_PREFIXES``. The hub refuses such changes; the desktop does not send them.

Every hub response (JSON) carries ``TIME_KEY``: the hub's clock (UTC ms) when it answered,
so a desktop can tell when its own clock is more than ``CLOCK_WARN_MS`` off
(``HubClient.hub_time`` after each call).

The hub's endpoints (``desktop/sync/hub.py``, called through ``desktop/sync/client.py``):
``GET /info`` (protocol, ``max_page_bytes``, ``max_change_bytes``), ``POST /push`` (answers
``stored``, ``duplicates`` and ``refused``: ``[{"id", "reason", "detail"}]``), ``GET /pull``
(each change also names the ``member`` who pushed it; the last page lists the ids the owner
``dropped``), ``POST /held`` (the changes a desktop sets aside, ``[{"id", "reason"}]``, so the
owner sees them in ``shopdesk hub changes``), ``POST /forget`` (messages a desktop's retention
removed). A join code may carry the hub certificate's SHA-256 ``fingerprint``
(``teamcode.decode``): the desktop keeps it and passes it to ``HubClient(fingerprint=...)``.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.domain.merge import DERIVED_COLUMNS, DERIVED_TABLES

PROTOCOL_VERSION = 2
# versions this code still reads (1: the first design, before the protocol was versioned)
OLDEST_VERSION = 2
PROTOCOL_HEADER = "X-ShopDesk-Protocol"
TIME_KEY = "hub_time"
CLOCK_WARN_MS = 2 * 60_000

# A push body at most (the hub states its own limit in GET /info as "max_page_bytes"); a
# desktop fills pages by bytes up to it. One change above MAX_CHANGE_BYTES (its JSON, UTF-8)
# is refused on its own ("too_large"), never retried.
MAX_PAGE_BYTES = 8 * 1024 * 1024
MAX_CHANGE_BYTES = 1024 * 1024
# A stamp from further ahead of the hub's clock than this is refused: it would drag every
# desktop's clock into the future.
MAX_STAMP_AHEAD_MS = 24 * 3_600_000

CHANGE_FIELDS = ("id", "stamp", "origin", "tbl", "key", "fields")
DELETED = "__deleted__"  # fields of a change that removes its row (see domain.merge)
AS_STORED = "@row"  # fields of a history row logged by name (see store.writer)

# Columns each desktop keeps for itself, in every table.
LOCAL_COLUMNS = frozenset({"seq", "updated_at", "device"})
# Columns of shared tables that stay on the desktop: a channel's connection settings.
LOCAL_TABLE_COLUMNS: dict[str, frozenset[str]] = {"channels": frozenset({"config"})}

# Version 2: the tables that travel and their columns.
SHARED_COLUMNS: dict[str, frozenset[str]] = {t: frozenset(c.split()) for t, c in {
    "settings": "key value",
    # the dated history of hours, holidays and holiday mode (figures of a past period)
    "schedule_history": "id key value effective_at",
    "channels": "id kind name paused created_at",
    "agents": "id name role tier max_concurrent status created_at active",
    "customers": "id channel_id external_id name vip language language_pinned created_at",
    # a conversation's state and tags are folded from its messages and events on each
    # desktop (domain/merge.py DERIVED_COLUMNS): only what names it travels
    "conversations": "id channel_id external_id customer_id created_at",
    "messages": "id conversation_id channel_id external_id direction author agent_id kind "
                "text order_id product_id payload sent_at sent_offset delivery",
    "conversation_events": "id conversation_id kind at at_offset data by_agent_id",
    "customer_notes": "id customer_id agent_id text created_at",
    "audit_log": "id at actor action entity entity_id detail",
    "templates": "id name shortcut body language category",
    "rules": "id position definition",
    "guard_words": "word action reason",
    "kb_articles": "id title questions answer category tags language products valid_from "
                   "valid_to owner reviewed_at review_every_days position version",
    "kb_versions": "article_id version snapshot saved_at",
    "kb_offers": "article_id text offered_at",
    "orders": "channel_id order_id customer_id buyer_id status platform_status created_at "
              "paid_at shipped_at total currency recipient items tracking source fetched_at",
    # each text translated once for the whole team (paid for once)
    "translations": "key text source target provider translated detected created_at",
    # what the desktop that polls a channel (or imports a platform's export) learnt: the
    # after-sales requests with their deadlines, Feige's figures, the shop's scores (when
    # each channel is fetched next stays on that desktop: after_sales_fetch)
    "after_sales": "channel_id request_id order_id customer_id buyer_id kind stage "
                   "platform_status amount currency reason deadline created_at handled_at "
                   "late fetched_at",
    "platform_figures": "source day agent figures imported_at",
    "shop_scores": "channel_id day scores fetched_at",
}.items()}

# Settings (the ``settings`` table, by key) that are the team's; any other key stays local.
SHARED_SETTING_PREFIXES = ("shop.", "replies.", "ui.", "autoreply.", "templates.", "kb.",
                           "targets", "reminders.", "jobs.", "retention.", "backup.on_exit",
                           "schedule.")

# Why the hub refuses a change (``{"id", "reason", "detail"}`` in a push's answer).
REASONS = ("malformed", "bad_stamp", "unknown_table", "local_column", "unknown_column",
           "local_setting", "too_large", "foreign_origin", "dropped")

_STAMP = re.compile(r"(\d{16})-(\d{5})-([A-Za-z0-9_]{1,64})\Z")


def valid_stamp(stamp: Any, origin: Any, now_ms: int) -> bool:
    """A stamp the hub accepts: well formed, made by the change's own origin, not from too far
    in the future."""
    if not isinstance(stamp, str) or not isinstance(origin, str):
        return False
    found = _STAMP.match(stamp)
    return bool(found) and found.group(3) == origin and \
        int(found.group(1)) <= now_ms + MAX_STAMP_AHEAD_MS


def shared_setting(key: str) -> bool:
    return key.startswith(SHARED_SETTING_PREFIXES)


def stays_here(table: str, key: str, fields: dict[str, Any] | None) -> bool:
    """Whether nothing of a logged change leaves this desktop (``fields`` None: the row is
    deleted): a conversation's tags, a setting outside ``SHARED_SETTING_PREFIXES``, or a
    change of columns that stay (connection settings) or are folded on every desktop (a
    conversation's state) and nothing else. Such a change is never waiting to be sent."""
    if table in DERIVED_TABLES or (table == "settings" and not shared_setting(key)):
        return True
    if not fields:  # a deletion; a history row removed here since (it goes as {})
        return False
    return fields.keys() <= LOCAL_COLUMNS | LOCAL_TABLE_COLUMNS.get(table, frozenset()) \
        | DERIVED_COLUMNS.get(table, frozenset())


def outgoing(change: dict[str, Any]) -> dict[str, Any]:
    """A change as it may leave a desktop: its travelling keys, without the columns that stay
    on each desktop (the desktop sends nothing the hub would refuse for being local)."""
    out = {k: change[k] for k in CHANGE_FIELDS}
    local = LOCAL_COLUMNS | LOCAL_TABLE_COLUMNS.get(change["tbl"], frozenset())
    if local & change["fields"].keys():
        out["fields"] = {k: v for k, v in change["fields"].items() if k not in local}
    return out


def refusal(change: Any, now_ms: int) -> tuple[str, str] | None:
    """Why a change cannot travel under this version (reason, detail), or None if it can
    (checked for every change a hub receives: the common case is kept quick)."""
    try:
        cid, stamp, origin, table, key, fields = (change["id"], change["stamp"],
                                                  change["origin"], change["tbl"],
                                                  change["key"], change["fields"])
    except (KeyError, TypeError, IndexError):
        cid = None
    if cid is None or not (type(cid) is str and type(stamp) is str and type(origin) is str
                           and type(table) is str and type(key) is str and cid and stamp
                           and origin and table and key and type(fields) is dict) \
            or len(cid) > 200:
        return "malformed", "a change is {id, stamp, origin, tbl, key: text, fields: {...}}"
    if not valid_stamp(stamp, origin, now_ms):
        ahead = valid_stamp(stamp, origin, 1 << 62)
        return "bad_stamp", (f"stamped over a day ahead of the hub's clock ({stamp!r}): set "
                             "that computer's clock right" if ahead else
                             f"not a valid stamp of {origin!r}: {stamp!r}")
    allowed = _ALLOWED.get(table)
    if allowed is None:
        return "unknown_table", f"table {table!r} is not synced in protocol {PROTOCOL_VERSION}"
    if not fields.keys() <= allowed:
        names = set(fields) - allowed
        local = names & (LOCAL_COLUMNS | LOCAL_TABLE_COLUMNS.get(table, frozenset()))
        if local:
            return "local_column", f"{table}: {', '.join(sorted(local))} stay on each desktop"
        return "unknown_column", (f"{table}: {', '.join(sorted(names))} not in protocol "
                                  f"{PROTOCOL_VERSION}")
    if table == "settings" and not shared_setting(key):
        return "local_setting", f"setting {key!r} stays on each desktop"
    return None


# the fields a change of each table may name (its columns and the two markers)
_ALLOWED = {t: c | {DELETED, AS_STORED} for t, c in SHARED_COLUMNS.items()}


def upgraded(change: dict[str, Any]) -> tuple[dict[str, Any] | None, tuple[str, str] | None]:
    """A change kept under an earlier version, as this one carries it: its fields without
    the columns that no longer travel (None if nothing is left of it), or the reason it
    cannot travel at all."""
    why = refusal({**change, "fields": {}}, 1 << 62)
    if why is not None:
        return None, why
    fields, allowed = change["fields"], _ALLOWED[change["tbl"]]
    if fields.keys() <= allowed:
        return change, None
    kept = {k: v for k, v in fields.items() if k in allowed}
    return ({**change, "fields": kept} if kept else None), None
