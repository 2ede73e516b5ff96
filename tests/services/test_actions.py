"""Agent actions on real stored conversations: state, history and audit agree."""

from __future__ import annotations

import pytest

from desktop.domain.model import Priority
from desktop.services import actions, interchange, queues, team, threads
from desktop.services.errors import UserError
from desktop.services.queues import ListQuery, Sort, View
from desktop.store import audit
from tests.conftest import DATA


@pytest.fixture
def shop(store):
    interchange.import_file(store, DATA / "sample.jsonl")
    return store


def _conv(shop, customer):
    everything = [c for v in View for c in queues.page(shop, ListQuery(view=v), 100)]
    return next(c for c in everything if c.customer == customer)


def test_a_reply_is_queued_at_once_and_stops_the_waiting_clock(shop, clock):
    me = team.add_agent(shop, "小李")
    conv = _conv(shop, "爱吃草莓的猫")
    assert conv.waiting_since is not None
    changes = actions.reply(shop, conv.id, "亲，马上为您处理退款", me)
    assert conv.id in changes.ids("conversations")
    detail = threads.detail(shop, conv.id)
    last = detail.messages[-1]
    assert (last.direction, last.author, last.delivery) == ("out", "小李", "queued")
    assert detail.waiting_since is None
    assert audit.for_entity(shop.conn, "conversation", conv.id)[-1]["action"] == \
        "conversation.reply"


def test_a_note_is_not_a_reply(shop):
    me = team.add_agent(shop, "小李")
    conv = _conv(shop, "爱吃草莓的猫")
    actions.reply(shop, conv.id, "VIP 客户，优先处理", me, note=True)
    detail = threads.detail(shop, conv.id)
    assert detail.messages[-1].direction == "note" and detail.messages[-1].delivery is None
    assert detail.waiting_since is not None


def test_assign_tag_priority_category_snooze_close_reopen(shop, clock):
    me = team.add_agent(shop, "小李")
    conv = _conv(shop, "爱吃草莓的猫")
    actions.assign(shop, conv.id, me, me)
    actions.tag(shop, conv.id, "退款", me)
    actions.set_priority(shop, conv.id, Priority.URGENT, me)
    actions.set_category(shop, conv.id, "售后", me)
    d = threads.detail(shop, conv.id)
    assert (d.assignee, d.tags, d.priority, d.category) == ("小李", ("退款",), "urgent", "售后")
    assert [c.id for c in queues.page(shop, ListQuery(view=View.MINE, me=me))] == [conv.id]
    until = clock.now + 3_600_000
    actions.snooze(shop, conv.id, until, me)
    assert threads.detail(shop, conv.id).status == "snoozed"
    assert [c.id for c in queues.page(shop, ListQuery(view=View.SNOOZED))] == [conv.id]
    clock.advance(3_600_001)
    actions.wake_due(shop)
    assert threads.detail(shop, conv.id).status == "open"
    actions.close(shop, conv.id, True, me, closing_message=actions.closing_message(shop, conv.id))
    d = threads.detail(shop, conv.id)
    assert d.status == "closed" and d.resolved and d.messages[-1].text.startswith("亲")
    clock.advance(1000)
    actions.reopen(shop, conv.id, me)
    assert threads.detail(shop, conv.id).status == "open"
    logged = [e["action"] for e in audit.for_entity(shop.conn, "conversation", conv.id)]
    assert logged == ["conversation.assign", "conversation.tag", "conversation.priority",
                      "conversation.category", "conversation.snooze", "conversation.reopen",
                      "conversation.reply", "conversation.close", "conversation.reopen"]


def test_snoozed_until_the_customer_writes_wakes_on_their_message(shop, tmp_path):
    conv = _conv(shop, "爱吃草莓的猫")
    actions.snooze(shop, conv.id, None, None)
    line = (DATA / "sample.jsonl").read_text(encoding="utf-8").splitlines()[-1]
    path = tmp_path / "again.jsonl"
    path.write_text(line.replace('"dy-m-2"', '"dy-m-3"').replace("01:30:20", "03:00:00"),
                    encoding="utf-8")
    interchange.import_file(shop, path)
    assert threads.detail(shop, conv.id).status == "open"


def test_actions_are_history_that_exports(shop, tmp_path):
    me = team.add_agent(shop, "小李")
    conv = _conv(shop, "爱吃草莓的猫")
    actions.tag(shop, conv.id, "加急", me)
    out = tmp_path / "out.jsonl"
    interchange.export_file(shop, out)
    assert '"tag": "加急"' in out.read_text(encoding="utf-8")


def test_vip_and_customer_notes(shop):
    conv = _conv(shop, "爱吃草莓的猫")
    actions.set_vip(shop, conv.customer_id, True, None)
    actions.add_customer_note(shop, conv.customer_id, "喜欢顺丰", None)
    d = threads.detail(shop, conv.id)
    assert d.customer.vip and d.customer.notes[0]["text"] == "喜欢顺丰"
    assert conv.id in [c.id for c in queues.page(shop, ListQuery(view=View.VIP))]


def test_going_offline_is_refused_while_serving(shop):
    me = team.add_agent(shop, "小李")
    team.set_status(shop, me, team.AgentStatus.ONLINE)
    conv = _conv(shop, "爱吃草莓的猫")
    actions.assign(shop, conv.id, me, me)
    with pytest.raises(team.StillServing):
        team.set_status(shop, me, team.AgentStatus.OFFLINE)
    team.set_status(shop, me, team.AgentStatus.BREAK)
    actions.close(shop, conv.id, True, me)
    team.set_status(shop, me, team.AgentStatus.OFFLINE)
    assert team.agent(shop, me).status is team.AgentStatus.OFFLINE


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_reply_is_refused(shop, text):
    with pytest.raises(UserError):
        actions.reply(shop, _conv(shop, "爱吃草莓的猫").id, text, None)


def test_hostile_text_is_stored_exactly(shop):
    conv = _conv(shop, "爱吃草莓的猫")
    text = "<script>alert(1)</script> مرحبا 👨‍👩‍👧‍👦 " + "长" * 99_000
    actions.reply(shop, conv.id, text, None)
    assert threads.detail(shop, conv.id).messages[-1].text == text
    with pytest.raises(UserError):
        actions.reply(shop, conv.id, "x" * 100_001, None)


def test_views_sort_and_page(shop):
    waiting = queues.page(shop, ListQuery(view=View.OPEN, sort=Sort.WAITING))
    waits = [c.waiting_since for c in waiting if c.waiting_since is not None]
    assert waits == sorted(waits)
    first = queues.page(shop, ListQuery(view=View.OPEN), limit=1)
    rest = queues.page(shop, ListQuery(view=View.OPEN), limit=10, after=first[0].sort_key)
    assert [c.id for c in first + rest] == [c.id for c in waiting]
    newest = queues.page(shop, ListQuery(view=View.CLOSED))
    assert [c.customer for c in newest] == ["小雨"]
    assert queues.queue_stats(shop).unassigned_waiting == 2
