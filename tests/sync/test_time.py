"""Time: a reply from a desktop whose clock is slow is never stored before the question it
answers, and that desktop hears its clock is off the team's."""

from __future__ import annotations

import time
from datetime import date, timedelta

from desktop.services import actions, metrics, team
from desktop.store.db import system_clock
from tests.sync.desks import Desk
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def test_a_slow_desktops_reply_comes_after_the_question(running, tmp_path):  # noqa: F811
    hub_store, url = running
    a = Desk(tmp_path, "a")
    b = Desk(tmp_path, "b", clock=lambda: system_clock() - 600_000)  # ten minutes slow
    team.first_run(a.store, "店", "Asia/Shanghai", "老板", "owner")
    a.join(hub_store, url)
    a.sync()
    b.join(hub_store, url)
    assert abs(b.sync()["clock_offset_ms"] + 600_000) < 30_000  # told how far off it is
    asked = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(time.time() - 60))
    a.import_lines([{"channel": "tiktok", "conversation": "c1",
                     "customer": {"id": "u1", "name": "王"}, "id": "m1", "direction": "in",
                     "author": "customer", "kind": "text", "text": "在吗", "sent_at": asked}])
    a.sync()
    b.sync()
    conversation = b.rows("SELECT id FROM conversations")[0][0]
    actions.reply(b.store, conversation, "在的", team.add_agent(b.store, "小李"))
    b.sync()
    a.sync()
    thread = a.rows("SELECT direction FROM messages ORDER BY sent_at")
    assert thread == [("in",), ("out",)]
    waiting, first = a.rows("SELECT waiting_since, first_response_at FROM conversations")[0]
    assert waiting is None and first is not None
    today = date.fromtimestamp(time.time())
    figures = metrics.compute(a.store, today - timedelta(days=1), today + timedelta(days=1),
                              as_of=system_clock() + 3_600_000)
    assert figures["frt_median_s"] is not None and 0 <= figures["frt_median_s"] < 600
