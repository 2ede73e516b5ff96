"""What the shop's rules, hours and templates would do: a file's traffic replayed at its
original times (``shopdesk simulate``), or one message tried now (“Test on a message”), on a
scratch copy of the shop's set-up: nothing is stored or sent."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from desktop.domain.model import CustomerRef, Direction, MessageKind, MessageRecord, Record
from desktop.domain.timefmt import moment_in_zone
from desktop.services import autoreply_translation, shop
from desktop.services.autoreply import receive_live
from desktop.store import automation
from desktop.store import settings as settings_store
from desktop.store.db import Store, open_store


def simulate(store: Store, path: Path | str, start: int | None = None,
             end: int | None = None) -> tuple[list[dict[str, Any]], list[tuple[int, str]]]:
    """What the shop would do with a file's traffic (or the part in [start, end)), at its
    original times, stored nowhere. Returns the actions in time order and the bad lines."""
    from desktop.services.interchange import read_records

    records, errors = read_records(store, path)
    records = [r for r in records if (start is None or _time(r) >= start) and
               (end is None or _time(r) < end)]
    return replay(store, records), errors


def try_message(store: Store, text: str, kind: str = "text", vip: bool = False,
                new_customer: bool = True, channel: str = "tiktok") -> list[dict[str, Any]]:
    """“Test on a message”: what the shop would do with this message arriving now."""
    now = store.clock()
    customer = CustomerRef("test-customer", "测试客户", vip, "zh")
    records: list[Record] = []
    if not new_customer:
        records.append(MessageRecord(channel, "test-earlier", customer, "test-0", Direction.IN,
                                     "customer", MessageKind.TEXT, "你好",
                                     moment_in_zone(now - 86_400_000, shop.shop_zone(store))))
    records.append(MessageRecord(channel, "test", customer, "test-1", Direction.IN, "customer",
                                 MessageKind(kind), text,
                                 moment_in_zone(now, shop.shop_zone(store))))
    return [a for a in replay(store, records) if a["message"] == "test-1"]


def replay(store: Store, records: list[Record]) -> list[dict[str, Any]]:
    """Records through live processing on a scratch copy of the shop's set-up."""
    records = sorted(records, key=_time)
    with tempfile.TemporaryDirectory(prefix="shopdesk-simulate-") as folder:
        scratch = open_store(Path(folder) / "scratch.sqlite", clock=store.clock)
        try:
            _copy_setup(store, scratch)
            done: list[dict[str, Any]] = []
            for record in records:
                at = _time(record)
                scratch.clock = lambda at=at: at  # type: ignore[misc]
                done += receive_live(scratch, [record])
            return done
        finally:
            scratch.close()


def _time(record: Record) -> int:
    return record.sent.epoch_ms if isinstance(record, MessageRecord) else record.at.epoch_ms


def _copy_setup(source: Store, target: Store) -> None:
    """Settings, agents (with status), channels, templates, rules and guard words."""
    with target.write() as w:
        for key, value in settings_store.read_all(source.conn).items():
            settings_store.write(w, key, value)
        automation.copy_setup(source.conn, w)
    autoreply_translation.copy_for_simulation(source, target)
