"""Metric definitions on hand-worked timelines."""

from __future__ import annotations

from desktop.domain.metrics import (
    Msg,
    Role,
    bot_handled_share,
    frt_seconds,
    inquiries,
    median,
    p90,
    response_rate,
    three_minute_rate,
)

S = 1000
H = 3_600_000
B, P, BOT = Role.BUYER, Role.HUMAN, Role.BOT
NEVER = lambda t: False  # noqa: E731 - a predicate for "no holiday mode"
ALWAYS = lambda t: True  # noqa: E731


def test_an_auto_reply_the_customer_answers_does_not_respond():
    items = inquiries([Msg(0, B), Msg(10 * S, BOT), Msg(60 * S, B), Msg(200 * S, P, "小李")],
                      as_of=H)
    assert len(items) == 1
    i = items[0]
    assert (i.responded_at, i.responded_by_bot, i.first_human_at, i.buyer_messages) == \
        (200 * S, False, 200 * S, 2)


def test_an_auto_reply_nobody_answers_responds_and_the_human_reply_still_counts_for_frt():
    items = inquiries([Msg(0, B), Msg(5 * S, BOT), Msg(300 * S, P, "小李")], as_of=H)
    i = items[0]
    assert (i.responded_at, i.responded_by_bot, i.first_human_at) == (5 * S, True, 300 * S)
    assert bot_handled_share(items) == 1.0
    assert three_minute_rate(items, H, ALWAYS) is None  # not one needing a person
    assert frt_seconds(items) == [300.0]


def test_an_auto_reply_still_unanswered_at_the_as_of_time_responds():
    items = inquiries([Msg(0, B), Msg(5 * S, BOT)], as_of=H)
    assert items[0].responded_at == 5 * S and items[0].first_human_at is None


def test_the_next_inquiry_begins_after_the_response():
    items = inquiries([Msg(0, B), Msg(30 * S, P), Msg(40 * S, P), Msg(50 * S, B),
                       Msg(400 * S, P)], as_of=H)
    assert [(i.start, i.responded_at) for i in items] == [(0, 30 * S), (50 * S, 400 * S)]


def test_messages_stored_out_of_order_are_read_in_time_order():
    shuffled = [Msg(200 * S, P), Msg(0, B), Msg(60 * S, B)]
    assert inquiries(shuffled, H)[0].buyer_messages == 2


def test_response_rate_edges():
    day = 24 * H
    exactly = inquiries([Msg(0, B), Msg(day, P)], as_of=2 * day)
    assert response_rate(exactly, 2 * day, 24, NEVER) == 1.0  # r exactly 24 h after m0
    late = inquiries([Msg(0, B), Msg(day + S, P)], as_of=2 * day)
    assert response_rate(late, 2 * day, 24, NEVER) == 0.0
    waiting = inquiries([Msg(0, B)], as_of=10 * H)
    assert response_rate(waiting, 10 * H, 24, NEVER) is None  # its 24 h are not over
    assert response_rate(waiting, day + S, 24, NEVER) == 0.0
    assert response_rate(exactly, 2 * day, 24, ALWAYS) is None  # begun in holiday mode
    assert response_rate(late, 2 * day, 12, NEVER) == 0.0


def test_an_inquiry_across_midnight_belongs_to_its_start():
    items = inquiries([Msg(23 * H + 59 * 60 * S, B), Msg(24 * H + 2 * 60 * S, P)], 30 * H)
    assert items[0].start == 23 * H + 59 * 60 * S and frt_seconds(items) == [180.0]


def test_three_minute_rate():
    fast = inquiries([Msg(0, B), Msg(170 * S, P)], H)
    slow = inquiries([Msg(0, B), Msg(200 * S, P)], H)
    open_long = inquiries([Msg(0, B)], H)
    open_short = inquiries([Msg(0, B)], 60 * S)
    assert three_minute_rate(fast + slow + open_long, H, ALWAYS) == 1 / 3
    assert three_minute_rate(open_short, 60 * S, ALWAYS) is None  # 180 s not yet passed
    assert three_minute_rate(fast, H, NEVER) is None  # not in working hours


def test_median_and_nearest_rank_p90():
    assert median([4, 1, 3, 2]) == 2.5 and median([3, 1, 2]) == 2 and median([]) is None
    assert p90(list(range(1, 11))) == 9 and p90([5]) == 5 and p90([]) is None


def test_bands_and_the_service_score():
    from desktop.domain.metrics import Band, service_score
    rate = Band(0.95, 0.85)
    assert (rate.colour(0.96), rate.colour(0.9), rate.colour(0.5)) == ("green", "yellow", "red")
    frt = Band(60, 180, lower_is_better=True)
    assert (frt.colour(30), frt.colour(120), frt.colour(300)) == ("green", "yellow", "red")
    assert rate.points(0.95) == 100 and rate.points(0.85) == 60 and rate.points(0.0) == 0
    bands = {"three_min_rate": Band(0.9, 0.8), "resolution_rate": Band(0.9, 0.8),
             "csat": Band(0.95, 0.9)}
    full = service_score(0.9, 0.9, 0.95, bands)
    assert full["score"] == 100.0
    partial = service_score(None, 0.8, None, bands)  # only resolution known
    assert partial["score"] == 60.0 and partial["parts"]["speed"] is None
