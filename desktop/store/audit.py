"""The audit log: who did what to which row, and when."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.domain.ids import new_id
from desktop.store.writer import Writer


def record(w: Writer, action: str, entity: str, entity_id: str | None,
           actor: str | None = None, detail: dict[str, Any] | None = None) -> None:
    w.insert("audit_log", {"id": new_id(w.now), "at": w.now, "actor": actor, "action": action,
                           "entity": entity, "entity_id": entity_id,
                           "detail": json.dumps(detail or {}, ensure_ascii=False)})


def for_entity(conn: sqlite3.Connection, entity: str, entity_id: str) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT at, actor, action, detail FROM audit_log "
                        "WHERE entity = ? AND entity_id = ? ORDER BY seq", (entity, entity_id))
    return [{"at": r[0], "actor": r[1], "action": r[2], "detail": json.loads(r[3])}
            for r in rows]
