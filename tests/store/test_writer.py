"""Every write of shared data goes through one path that stamps it."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.store import directory, messages


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


@given(st.sampled_from(["resolved", "score", "agent", "tag", "priority", "category", "until"]),
       st.one_of(st.text(), st.integers(), st.booleans(), st.none()))
def test_event_data_is_written_as_json_dumps_writes_it(key, value):
    """Stored event data must keep its exact text: duplicates are found by it."""
    expected = json.dumps({key: value}, ensure_ascii=False, sort_keys=True)
    assert messages.event_data({key: value}) == expected


def test_event_data_with_several_fields_or_a_lone_surrogate():
    for data in ({"b": 1, "a": "x"}, {"tag": "\ud800"}, {"until": None, "x": [1]}):
        assert messages.event_data(data) == json.dumps(data, ensure_ascii=False,
                                                       sort_keys=True)
