"""Who is waiting now, beside the rates that count only answered inquiries or ended windows."""

from __future__ import annotations

from datetime import date, datetime

from desktop.services import metrics, waiting
from tests.services.test_metrics import SH, _import, _line

NOW = int(datetime(2026, 11, 20, 15, 0, tzinfo=SH).timestamp() * 1000)


def _shop(store, tmp_path):
    _import(store, tmp_path, [
        # answered within a minute this morning
        _line("A", 1, "in", "customer", "2026-11-20T10:00:00+08:00"),
        _line("A", 2, "out", "小李", "2026-11-20T10:01:00+08:00"),
        # waiting since 3 days ago (only the bot answered), since noon, and for a minute
        _line("B", 1, "in", "customer", "2026-11-17T12:00:00+08:00"),
        _line("B", 2, "out", "bot", "2026-11-17T12:00:02+08:00"),
        _line("C", 1, "in", "customer", "2026-11-20T12:00:00+08:00"),
        _line("D", 1, "in", "customer", "2026-11-20T14:59:00+08:00"),
        # waited, then closed: no longer waiting
        _line("E", 1, "in", "customer", "2026-11-19T12:00:00+08:00"),
        {"channel": "tiktok", "conversation": "E", "event": "close", "resolved": False,
         "by": "小李", "at": "2026-11-20T09:00:00+08:00"},
    ])


def test_who_waits_now_and_for_how_long(store, tmp_path):
    _shop(store, tmp_path)
    now = waiting.now(store, NOW)
    assert (now.waiting, now.within_3min, now.past_3min) == (3, 1, 2)
    assert (now.within_24h, now.past_24h) == (2, 1)
    assert now.longest_s == 3 * 86_400 + 3 * 3_600


def test_todays_rate_says_how_many_inquiries_it_counts(store, tmp_path):
    _shop(store, tmp_path)
    f = metrics.compute(store, date(2026, 11, 20), date(2026, 11, 20), NOW)
    # three inquiries began today; the two still waiting are not yet counted by the rate
    assert f["inquiries"] == 3 and f["response_rate_24h"] == 1.0
    assert f["counted"] == {"response_rate_24h": 1, "response_rate_12h": 1,
                            "three_min_rate": 2}


def test_the_list_previews_what_a_waiting_customer_asked_not_our_auto_reply(store, tmp_path):
    from desktop.services import queues
    from desktop.services.queues import ListQuery, View

    lines = [_line("B", 1, "in", "customer", "2026-11-20T23:00:00+08:00"),
             _line("B", 2, "out", "bot", "2026-11-20T23:00:02+08:00")]
    lines[0]["text"] = "请问  什么时候\n发货？"
    lines[1]["text"] = "亲，现在是非工作时间，明早回复您"
    _import(store, tmp_path, lines)
    [row] = queues.page(store, ListQuery(view=View.WAITING))
    assert (row.preview, row.ours_last) == ("请问 什么时候 发货？", False)
    answer = _line("B", 3, "out", "小李", "2026-11-21T09:00:00+08:00")
    answer["text"] = "亲，今天发货"
    _import(store, tmp_path, [answer], "more.jsonl")
    [row] = queues.page(store, ListQuery(view=View.OPEN))
    assert (row.preview, row.ours_last) == ("亲，今天发货", True)
