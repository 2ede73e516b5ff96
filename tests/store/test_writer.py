"""Every write of shared data goes through one path that stamps it."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.store import directory


def test_writes_are_stamped_with_time_and_device(store, clock):
    with store.write() as w:
        agent = directory.add_agent(w, "小王", role="owner")
    row = store.conn.execute("SELECT updated_at, device FROM agents WHERE id = ?",
                             (agent,)).fetchone()
    assert row == (clock.now, store.device_id)
    clock.advance(5_000)
    with store.write() as w:
        w.update("agents", agent, {"tier": 3})
        assert w.changes.ids("agents") == {agent}
    assert store.conn.execute("SELECT updated_at FROM agents").fetchone()[0] == clock.now


def test_a_failed_transaction_leaves_nothing(store):
    with pytest.raises(sqlite3.IntegrityError), store.write() as w:
        directory.add_agent(w, "小王")
        directory.add_agent(w, "小王")  # names are unique
    assert directory.list_agents(store.conn) == []


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError), store.write() as w:
        directory.add_customer(w, "no-such-channel", "u-1", "x", False, "zh")
