"""The status bar tells of team sync: changes set aside (and why) and a clock that is off."""

from __future__ import annotations

from desktop.services import sync as team_sync
from desktop.services.session import open_shop
from desktop.store import identity


def test_the_status_bar_shows_changes_set_aside_and_a_clock_off_the_hubs(window, demo_path):
    store = open_shop(demo_path)
    with store.write() as w:
        identity.hold(w.conn, {"id": "0001759000000000-00000-zz", "tbl": "conversations"},
                      "conversations.customer_id names a customers row this desktop does not "
                      "have")
        w.raw("INSERT INTO local_settings (key, value) VALUES ('sync.clock_offset', ?)",
              (str(-10 * 60_000),))
    status = team_sync.status(store)
    store.close()
    assert status["held"]["count"] == 1
    window.on_job_event({"kind": "sync", **status})
    text = window.status.sync.text()
    assert "1 change set aside" in text
    assert "clock is 10 minutes off" in text
    assert "tried again at every sync" in window.status.sync.toolTip()
