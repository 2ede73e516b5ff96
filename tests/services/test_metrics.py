"""`metrics.compute` over a stored shop equals the hand-worked figures."""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

from desktop.services import interchange, metrics

SH = ZoneInfo("Asia/Shanghai")


def _line(conv, n, direction, author, when, **extra):
    return {"channel": "tiktok", "conversation": conv,
            "customer": {"id": f"u-{conv}", "name": conv}, "id": f"{conv}-{n}",
            "direction": direction, "author": author, "kind": "text", "text": "x",
            "sent_at": when, **extra}


def test_a_hand_worked_day(store, tmp_path):
    lines = [
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
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                    encoding="utf-8")
    interchange.import_file(store, path)
    as_of = int(datetime(2026, 11, 22, tzinfo=SH).timestamp() * 1000)
    f = metrics.compute(store, date(2026, 11, 20), date(2026, 11, 20), as_of)
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
