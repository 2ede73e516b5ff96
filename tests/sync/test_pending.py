"""The status bar's "waiting" count is what the next sync will send: a conversation's state
(read, snoozed, waiting since …) is worked out again on every desktop and never travels, so
changing it leaves nothing waiting."""

from __future__ import annotations

from desktop.services import actions
from desktop.services import sync as team_sync
from tests.sync.desks import Desk, line
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def test_waiting_counts_only_what_will_be_sent(running, tmp_path):  # noqa: F811
    hub_store, url = running
    a = Desk(tmp_path, "a")
    a.import_lines([line(1), line(2, "c2")])
    a.join(hub_store, url)
    a.sync()
    assert team_sync.status(a.store)["pending"] == 0
    conversation = a.rows("SELECT id FROM conversations WHERE external_id = 'c1'")[0][0]
    actions.mark_read(a.store, conversation)  # state only: nothing to send
    assert a.rows("SELECT unread FROM conversations WHERE id = ?", conversation) == [(0,)]
    assert team_sync.status(a.store)["pending"] == 0
    states = "SELECT count(*) FROM change_log WHERE tbl = 'conversations' AND key = ?"
    before = a.rows(states, conversation)[0][0]
    actions.snooze(a.store, conversation, None, None)  # an event and its audit line (sent),
    waiting = team_sync.status(a.store)["pending"]  # and the state they make (not sent)
    assert a.rows(states, conversation)[0][0] > before
    assert waiting == 2
    assert a.sync()["pushed"] == waiting
    assert team_sync.status(a.store)["pending"] == 0
