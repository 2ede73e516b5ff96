"""One message, one trip: the shop's answer to one incoming message reads its facts once
(one read through the store, the settings among them), makes the schedule once, decides once
in the domain, then applies what was decided."""

from __future__ import annotations

import pytest

from desktop.domain import autoreply as auto
from desktop.domain.model import CustomerRef, Direction, MessageKind, MessageRecord, Moment
from desktop.services import autoreply, demo, schedule
from desktop.store.db import open_store
from tests.conftest import FakeClock

NOW = 1_760_493_600_000  # Wednesday 2025-10-15 10:00 in Shanghai: the shop is open


@pytest.fixture
def shop(tmp_path):
    store = open_store(tmp_path / "shop.sqlite", clock=FakeClock(NOW))
    demo.build_demo(store, days=3, messages=300)
    yield store
    store.close()


def _traced(store, monkeypatch, record):
    """The statements run, the schedules made, and where the decision came (how many
    statements had run by then), while one message is received and answered."""
    statements: list[str] = []
    builds: list[int] = []
    decisions: list[int] = []
    made, decide = schedule.schedule_of, auto.decide

    def counted(values, start, end):
        builds.append(start)
        return made(values, start, end)

    def deciding(*args, **kwargs):
        decisions.append(len(statements))
        return decide(*args, **kwargs)

    monkeypatch.setattr(schedule, "schedule_of", counted)
    monkeypatch.setattr(auto, "decide", deciding)
    store.conn.set_trace_callback(statements.append)
    try:
        result, done = autoreply.receive(store, [record])
    finally:
        store.conn.set_trace_callback(None)
    return statements, builds, decisions, result, done


@pytest.mark.parametrize("text", ["什么时候发货？", "我要投诉，假货", "退款怎么还没到"])
def test_one_incoming_message_is_decided_on_one_read_and_one_schedule(shop, monkeypatch,
                                                                      text):
    record = MessageRecord("tiktok", "trip-1", CustomerRef("u-trip", "新客", False, "zh"),
                           "trip-m-1", Direction.IN, "customer", MessageKind.TEXT, text,
                           Moment(NOW, 480))
    statements, builds, decisions, result, done = _traced(shop, monkeypatch, record)
    assert result.added_messages == 1 and done  # stored, and the shop answered
    assert builds == [NOW]  # the schedule is made once
    assert len(decisions) == 1  # decided once
    # what was read from the message stored (its transaction's end) to the decision: each
    # fact once
    stored = statements.index("COMMIT")
    deciding = [s for s in statements[stored + 1:decisions[0]]
                if s.lstrip().startswith("SELECT") and "FROM messages WHERE channel_id" not in s
                and "FROM channels" not in s]  # which message was stored
    settings = [s for s in deciding if "FROM settings" in s]
    assert len(settings) == 1
    per_agent = [s for s in deciding if "assignee_id =" in s or "conversation_events_assign"
                 in s]
    assert len(per_agent) == 2 * 3  # open load and last assignment of each of the 3 agents
    # the facts; the conversation's latest order for the order variables (its order cards,
    # then the customer's newest): two reads; the customer's language following the line
    # (the line's text, the customer's language unless pinned): two reads
    assert len(deciding) - len(per_agent) <= 7 + 2 + 2, "\n".join(deciding)
    assert len(set(deciding)) == len(deciding), "a fact read twice"
