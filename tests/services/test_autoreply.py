"""Auto-replies on real stored conversations, and simulation equal to live processing."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.autoreply import Rule
from desktop.domain.interchange import parse_record
from desktop.services import actions, autoreply, schedule, shop, simulation, team, threads
from desktop.services.guard import Blocked
from desktop.store import conversations, directory

SH = ZoneInfo("Asia/Shanghai")


def iso(*args: int) -> str:
    return datetime(*args, tzinfo=SH).isoformat()


def line(n: int, when: str, text: str = "在吗", kind: str = "text", customer: str = "u-1",
         conversation: str = "c-1", **extra) -> dict:
    return {"channel": "tiktok", "conversation": conversation,
            "customer": {"id": customer, "name": "小雨", "vip": extra.pop("vip", False),
                         "language": "zh"},
            "id": f"m-{n}", "direction": "in", "author": "customer", "kind": kind,
            "text": text, "sent_at": when, **extra}


def feed(store, *objs):
    """Messages arriving live: the clock reads each one's time as it arrives."""
    out = []
    for obj in objs:
        record = parse_record(obj, SH)
        store.clock.now = record.sent.epoch_ms
        out += autoreply.receive_live(store, [record])
    return out


@pytest.fixture
def shop_open(store):
    for name, tier in (("小王", 3), ("小李", 1)):
        agent = team.add_agent(store, name, tier=tier, max_concurrent=2)
        team.set_status(store, agent, team.AgentStatus.ONLINE)
    return store


def bot_texts(store, conversation="c-1"):
    channel = directory.channel_ids(store.conn)["tiktok"]
    conv = conversations.find(store.conn, channel, conversation)
    return [m.text for m in threads.detail(store, conv.id).messages if m.author == "bot"]


def test_off_hours_reply_once_per_cooldown(shop_open):
    done = feed(shop_open, line(1, iso(2026, 11, 23, 23, 0)), line(2, iso(2026, 11, 23, 23, 10)),
                line(3, iso(2026, 11, 23, 23, 45)))
    assert [a["scenario"] for a in done if a["action"] == "reply"] == ["off_hours", "off_hours"]
    assert len(bot_texts(shop_open)) == 2
    # the next opening as people say it, not 11-24 09:00
    assert "我们明天上午9点上班后" in bot_texts(shop_open)[0]


def test_the_next_opening_is_worded_in_the_customers_language(shop_open):
    english = line(1, iso(2026, 11, 28, 23, 0), text="hello?", customer="u-en",
                   conversation="c-en")
    english["customer"]["language"] = "en"
    feed(shop_open, line(2, iso(2026, 11, 23, 7, 0), customer="u-2", conversation="c-2"),
         english)
    assert "我们今天上午9点上班后" in bot_texts(shop_open, "c-2")[0]
    assert bot_texts(shop_open, "c-en")[0].endswith("will reply from tomorrow 9:00.")


def test_holiday_mode_reply_replaces_off_hours(shop_open):
    schedule.set_holiday_mode(shop_open, True, reply="店铺春节休假，2月24日恢复发货")
    done = feed(shop_open, line(1, iso(2026, 11, 23, 23, 0)))
    assert [(a["scenario"], a["text"]) for a in done if a["action"] == "reply"] == \
        [("holiday_mode", "店铺春节休假，2月24日恢复发货")]


def test_image_only_prompt_and_order_card_with_its_id(shop_open):
    done = feed(shop_open, line(1, iso(2026, 11, 23, 10, 0), text="", kind="image"),
                line(2, iso(2026, 11, 23, 10, 1), text="", kind="order_card",
                     order_id="5790012345"))
    replies = [(a["scenario"], a["text"]) for a in done if a["action"] == "reply"]
    assert ("media_only", "有什么可以帮您吗？") in replies
    # no order known: the reply without its live part, never a raw {variable}
    assert ("order_card", "亲，您的订单5790012345已收到，有其他问题随时告诉我们~") in replies


def test_busy_reply_when_every_agent_is_full(shop_open):
    settings = shop.get(shop_open, "autoreply.scenarios")
    settings["busy"]["on"] = True
    shop.set_value(shop_open, "autoreply.scenarios", settings)
    for n in range(4):  # two agents, two conversations each
        feed(shop_open, line(n, iso(2026, 11, 23, 10, n), conversation=f"c-{n}",
                             customer=f"u-{n}"))
    done = feed(shop_open, line(9, iso(2026, 11, 23, 10, 9), conversation="c-9",
                                customer="u-9"))
    assert [a.get("scenario") for a in done if a["action"] == "reply"] == ["busy"]
    assert not [a for a in done if a["action"] == "assign"]


def test_a_vip_is_routed_to_their_agent(shop_open):
    shop.set_value(shop_open, "autoreply.dedicated", {"u-vip": "小李"})
    done = feed(shop_open, line(1, iso(2026, 11, 23, 10, 0), customer="u-vip", vip=True))
    assert [a["agent"] for a in done if a["action"] == "assign"] == ["小李"]


def test_rules_tag_and_escalate_complaints_to_a_senior(shop_open):
    autoreply.save_rule(shop_open, Rule("r1", "complaint", keywords=("投诉",), escalate=True,
                                        reply="非常抱歉，店长马上为您处理"))
    done = feed(shop_open, line(1, iso(2026, 11, 23, 10, 0), text="我要投诉你们"))
    assert [a["agent"] for a in done if a["action"] == "assign"] == ["小王"]
    assert "非常抱歉，店长马上为您处理" in bot_texts(shop_open)


def test_a_blocked_word_stops_a_manual_reply_with_the_reason(shop_open):
    feed(shop_open, line(1, iso(2026, 11, 23, 10, 0)))
    channel = directory.channel_ids(shop_open.conn)["tiktok"]
    conv = conversations.find(shop_open.conn, channel, "c-1")
    with pytest.raises(Blocked, match=r"微信.*off-platform contact"):
        actions.reply(shop_open, conv.id, "加我微 信聊", None)
    actions.reply(shop_open, conv.id, "这是全网最好的面料", None)
    assert threads.detail(shop_open, conv.id).messages[-1].text == "这是全网**的面料"


@pytest.mark.parametrize("pattern", ["(a+)+$", "退款("])
def test_bad_patterns_are_refused_at_save_time(shop_open, pattern):
    with pytest.raises(Exception, match=r"run away|does not compile"):
        autoreply.save_rule(shop_open, Rule("r", "x", pattern=pattern))


def test_simulate_equals_what_live_processing_stores(shop_open, tmp_path, clock):
    from desktop.services import interchange
    objs = [line(1, iso(2026, 11, 23, 23, 0)), line(2, iso(2026, 11, 23, 23, 5)),
            line(3, iso(2026, 11, 24, 10, 0), text="", kind="order_card", order_id="579001"),
            line(4, iso(2026, 11, 24, 10, 2), customer="u-2", conversation="c-2"),
            line(5, iso(2026, 11, 24, 10, 3), text="我要投诉", customer="u-3",
                 conversation="c-3")]
    autoreply.save_rule(shop_open, Rule("r1", "complaint", keywords=("投诉",), tag="投诉"))
    path = tmp_path / "week.jsonl"
    path.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in objs),
                    encoding="utf-8")
    simulated, errors = simulation.simulate(shop_open, path)
    assert errors == []
    before = interchange.iter_records(shop_open)
    assert list(before) == []  # nothing was stored by the simulation
    live = feed(shop_open, *objs)
    assert simulated == live
    assert {a["action"] for a in live} >= {"reply", "assign", "tag"}


def test_round_robin_gives_the_next_conversation_to_who_waited_longest(shop_open):
    shop.set_value(shop_open, "autoreply.routing", "round_robin")
    first = feed(shop_open, line(1, iso(2026, 11, 23, 10, 0), conversation="c-1", customer="u-1"))
    second = feed(shop_open, line(2, iso(2026, 11, 23, 10, 1), conversation="c-2",
                                  customer="u-2"))
    third = feed(shop_open, line(3, iso(2026, 11, 23, 10, 2), conversation="c-3",
                                 customer="u-3"))
    agents = [next(a["agent"] for a in d if a["action"] == "assign")
              for d in (first, second, third)]
    assert agents[0] != agents[1] and agents[2] == agents[0]


def test_idle_conversations_are_closed_with_the_closing_message_after_24h(shop_open):
    feed(shop_open, line(1, iso(2026, 11, 23, 10, 0)))
    channel = directory.channel_ids(shop_open.conn)["tiktok"]
    conv = conversations.find(shop_open.conn, channel, "c-1")
    actions.reply(shop_open, conv.id, "亲，已经帮您查好了", conv.state.assignee)
    shop.set_value(shop_open, "autoreply.closing_after_hours", 24)
    assert autoreply.send_due(shop_open) == []  # not yet
    shop_open.clock.now += 25 * 3_600_000
    done = autoreply.send_due(shop_open)
    assert [d["action"] for d in done] == ["close"]
    detail = threads.detail(shop_open, conv.id)
    assert detail.status == "closed" and detail.messages[-1].author == "bot"
    assert autoreply.send_due(shop_open) == []  # once


def test_a_customer_kept_waiting_is_nudged_once(shop_open):
    shop.set_value(shop_open, "autoreply.nudge_after_minutes", 10)
    feed(shop_open, line(1, iso(2026, 11, 23, 10, 0)))
    shop_open.clock.now += 11 * 60_000
    assert [d["scenario"] for d in autoreply.send_due(shop_open)] == ["nudge"]
    shop_open.clock.now += 60_000
    assert autoreply.send_due(shop_open) == []


def test_a_shop_field_is_a_template_variable(shop_open):
    with pytest.raises(Exception, match="unknown variable"):
        autoreply.save_template(shop_open, "尺码表", "尺码表在这里：{size_chart}")
    shop.set_value(shop_open, "templates.fields", {"size_chart": "https://shop.example/size"})
    autoreply.save_template(shop_open, "尺码表", "尺码表在这里：{size_chart}", "cmb")
    feed(shop_open, line(1, iso(2026, 11, 23, 10, 0)))
    channel = directory.channel_ids(shop_open.conn)["tiktok"]
    conv = conversations.find(shop_open.conn, channel, "c-1")
    found = autoreply.find_templates(shop_open, "cmb", conv.id, None)
    assert found[0][1] == "尺码表在这里：https://shop.example/size"


def test_a_customer_writing_spanish_gets_the_english_reply_not_the_chinese(shop_open):
    """A cross-border buyer who writes Spanish reads English, not Chinese."""
    spanish = line(1, iso(2026, 11, 28, 23, 0), text="hola, ¿cuándo llega mi pedido?",
                   customer="u-es", conversation="c-es")
    spanish["customer"]["language"] = "es"
    feed(shop_open, spanish)
    assert bot_texts(shop_open, "c-es")[0].endswith("will reply from tomorrow 9:00.")


def test_which_written_reply_a_customer_gets():
    from desktop.domain.language import reply_language

    assert [reply_language(c) for c in ("zh", "zh-CN", "", None, "en", "es", "th")] == \
        ["zh", "zh", "zh", "zh", "en", "en", "en"]
