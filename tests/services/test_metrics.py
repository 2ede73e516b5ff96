"""`metrics.compute` over a stored shop equals the hand-worked figures."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.services import interchange, metrics, metrics_behind
from desktop.services.errors import UserError

SH = ZoneInfo("Asia/Shanghai")


def _line(conv, n, direction, author, when, **extra):
    return {"channel": "tiktok", "conversation": conv,
            "customer": {"id": f"u-{conv}", "name": conv}, "id": f"{conv}-{n}",
            "direction": direction, "author": author, "kind": "text", "text": "x",
            "sent_at": when, **extra}


HAND_WORKED = [
    # A: answered by a person after 60 s (within 3 min) and closed resolved with a 5
    _line("A", 1, "in", "customer", "2026-11-20T10:00:00+08:00"),
    _line("A", 2, "out", "小李", "2026-11-20T10:01:00+08:00"),
    {"channel": "tiktok", "conversation": "A", "event": "close", "resolved": True,
     "by": "小李", "at": "2026-11-20T10:05:00+08:00"},
    {"channel": "tiktok", "conversation": "A", "event": "rating", "score": 5,
     "at": "2026-11-20T10:06:00+08:00"},
    # B: an auto reply the customer did not answer, then a person after 10 min
    _line("B", 1, "in", "customer", "2026-11-20T11:00:00+08:00"),
    _line("B", 2, "out", "bot", "2026-11-20T11:00:02+08:00"),
    _line("B", 3, "out", "Amy", "2026-11-20T11:10:00+08:00"),
    # C: at night, answered next morning after 10 h; closed unresolved, rated 2
    _line("C", 1, "in", "customer", "2026-11-20T23:00:00+08:00"),
    _line("C", 2, "out", "小李", "2026-11-21T09:00:00+08:00"),
    {"channel": "tiktok", "conversation": "C", "event": "close", "resolved": False,
     "by": "小李", "at": "2026-11-21T09:30:00+08:00"},
    {"channel": "tiktok", "conversation": "C", "event": "rating", "score": 2,
     "at": "2026-11-20T23:59:00+08:00"},
]
DAY = date(2026, 11, 20)
AS_OF = int(datetime(2026, 11, 22, tzinfo=SH).timestamp() * 1000)


def _import(store, tmp_path, lines, name="day.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                    encoding="utf-8")
    interchange.import_file(store, path)


def test_a_hand_worked_day(store, tmp_path):
    _import(store, tmp_path, HAND_WORKED)
    f = metrics.compute(store, DAY, DAY, AS_OF)
    assert (f["inquiries"], f["buyer_messages"]) == (3, 3)
    assert f["response_rate_24h"] == 1.0 and f["response_rate_12h"] == 1.0
    assert f["frt_median_s"] == 600.0 and f["frt_p90_s"] == 36_000.0
    assert f["frt_mean_s"] == (60 + 600 + 36_000) / 3
    # working hours 09-22: A (human in 60 s) counts and meets; B was answered by a bot; C at night
    assert f["three_min_rate"] == 1.0
    assert f["bot_handled_share"] == 1 / 3
    assert f["resolution_rate"] == 1.0  # only A closed on the 20th
    assert (f["csat"], f["csat_mean"]) == (0.5, 3.5)
    assert f["by_hour"][10] == 1 and f["by_hour"][23] == 1 and sum(f["by_hour"]) == 3
    assert f["by_channel"] == {"tiktok": 3}
    assert f["agents"]["小李"]["inquiries_first_answered"] == 2
    # C waited 10 h at night but only the time after opening (09:00) is working time
    assert f["frt_off_hours_median_s"] == 36_000.0 and f["frt_in_hours_median_s"] == 330.0
    assert f["frt_business_median_s"] == 60.0  # business seconds: A 60, B 600, C 0
    assert f["frt_business_mean_s"] == 220.0
    assert f["new_customers"] == 3


def test_targets_are_checked_and_change_the_bands(store):
    import pytest

    from desktop.services.errors import UserError
    metrics.set_targets(store, {"response_rate_24h": (0.99, 0.9)})
    assert metrics.targets(store)["response_rate_24h"].green == 0.99
    with pytest.raises(UserError):
        metrics.set_targets(store, {"response_rate_24h": (0.8, 0.9)})
    with pytest.raises(UserError):
        metrics.set_targets(store, {"frt_mean_s": (300, 60)})


def test_the_charts_and_what_stands_behind_a_figure(store, tmp_path):
    _import(store, tmp_path, HAND_WORKED)
    f = metrics.compute(store, DAY, DAY, AS_OF)
    assert f["by_day"] == [{"date": "2026-11-20", "inquiries": 3, "response_rate_24h": 1.0}]
    buckets = {b["upto_s"]: b["inquiries"] for b in f["frt_buckets"]}
    assert (buckets[60], buckets[600], buckets[24 * 3600], sum(buckets.values())) == (1, 1, 1, 3)
    assert f["channels"]["tiktok"] == {"inquiries": 3, "response_rate_24h": 1.0,
                                       "frt_median_s": 600.0, "three_min_rate": 1.0}

    def customers(figure):
        return [row["customer"] for row in metrics_behind.behind(store, DAY, DAY, figure, AS_OF)]

    assert customers("inquiries") == ["C", "B", "A"]  # newest first
    assert customers("bot_handled") == ["B"]
    assert customers("hour:23") == ["C"] and customers("frt:1") == ["A"]
    assert customers("agent:小李") == ["C", "A"] and customers("day:2026-11-20") == ["C", "B", "A"]
    assert customers("missed_24h") == [] and customers("unanswered") == []
    with pytest.raises(UserError):
        metrics_behind.behind(store, DAY, DAY, "everything", AS_OF)


def test_late_and_unanswered_inquiries_are_listed(store, tmp_path):
    _import(store, tmp_path, [
        _line("D", 1, "in", "customer", "2026-11-20T10:00:00+08:00"),
        _line("D", 2, "out", "小李", "2026-11-21T11:00:00+08:00"),  # 25 h later
        _line("E", 1, "in", "customer", "2026-11-20T12:00:00+08:00"),  # never answered
        _line("F", 1, "in", "customer", "2026-11-20T12:30:00+08:00"),
        _line("F", 2, "out", "Amy", "2026-11-20T12:35:00+08:00"),  # 5 min: late for 3 min
    ])
    f = metrics.compute(store, DAY, DAY, AS_OF)
    assert f["response_rate_24h"] == 1 / 3 and f["three_min_rate"] == 0.0

    def customers(figure):
        return [row["customer"] for row in metrics_behind.behind(store, DAY, DAY, figure, AS_OF)]

    assert customers("missed_24h") == ["E", "D"]
    assert customers("unanswered") == ["E"]
    assert customers("missed_3min") == ["F", "E", "D"]


def test_digests_are_kept_and_worked_out_again_when_a_conversation_changes(store, tmp_path):
    _import(store, tmp_path, [*HAND_WORKED,
                              _line("E", 1, "in", "customer", "2026-11-20T12:00:00+08:00")])
    first = metrics.compute(store, DAY, DAY, AS_OF)
    assert store.conn.execute("SELECT count(*) FROM metric_digests").fetchone()[0] == 4
    assert metrics.compute(store, DAY, DAY, AS_OF) == first  # now from the digests
    # E is answered later: its digest is out of date and the figures move
    _import(store, tmp_path, [_line("E", 2, "out", "Amy", "2026-11-20T12:01:00+08:00")],
            "later.jsonl")
    after = metrics.compute(store, DAY, DAY, AS_OF)
    assert (first["response_rate_24h"], after["response_rate_24h"]) == (0.75, 1.0)
    # as of a time before the reply, the figures are those of then
    before_reply = int(datetime(2026, 11, 20, 12, 0, 30, tzinfo=SH).timestamp() * 1000)
    early = metrics.compute(store, DAY, DAY, before_reply)
    assert (early["inquiries"], early["buyer_messages"], early["response_rate_24h"]) == \
        (3, 3, 1.0)  # E's 24 hours are not over then: it does not count yet
    assert [r["customer"] for r in metrics_behind.behind(store, DAY, DAY, "unanswered",
                                                  before_reply)] == ["E"]


def test_figures_from_digests_equal_figures_from_messages(tmp_path):
    from desktop.services import demo
    from desktop.services.session import open_shop
    shop_path = tmp_path / "demo.sqlite"
    store = open_shop(shop_path)
    demo.build_demo(store, days=7, messages=3_000, seed=11)
    today = datetime.fromtimestamp(store.clock() / 1000, SH).date()
    periods = [(today - timedelta(days=6), today), (today, today)]
    as_of = store.clock()
    worked_out = [metrics.compute(store, a, b, as_of) for a, b in periods]  # keeps digests
    kept = metrics.compute_periods(store, periods, as_of)
    assert kept == worked_out
    assert metrics.compute(store, *periods[0], as_of, channel="抖音") == \
        metrics.compute(open_shop(shop_path, readonly=True), *periods[0], as_of, channel="抖音")
