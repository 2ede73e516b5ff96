"""The auto-reply decision on plain values: scenarios, guards, rules, routing."""

from __future__ import annotations

import pytest

from desktop.domain.autoreply import (
    MINUTE,
    AgentLoad,
    Config,
    Facts,
    Incoming,
    PatternError,
    Rule,
    check_pattern,
    decide,
)
from desktop.domain.hours import State

CONFIG = Config(replies={
    ("welcome", "zh"): "您好{customer_name}，有什么可以帮您？",
    ("off_hours", "zh"): "现在是非工作时间，{next_open}开始回复您",
    ("holiday_mode", "zh"): "店铺休假中",
    ("public_holiday", "zh"): "节假日休息",
    ("busy", "zh"): "客服都在忙，请稍等",
    ("media_only", "zh"): "有什么可以帮您吗？",
    ("order_card", "zh"): "已收到您的订单{order_id}，马上为您查看",
}, values={"next_open": "明天09:00", "shop_name": "小雨服饰"})
T = 1_760_000_000_000
AGENTS = [AgentLoad("a1", "小王", True, 2, 8, tier=3), AgentLoad("a2", "小李", True, 1, 8)]


def msg(**kw) -> Incoming:
    base = dict(id="m", text="在吗", kind="text", channel="tiktok", at=T, customer_name="小雨")
    return Incoming(**{**base, **kw})


def replies(actions):
    return [(a.scenario, a.text) for a in actions if a.action == "reply"]


def test_off_hours_reply_once_per_cooldown():
    first = decide(msg(), Facts(), State.OFF_HOURS, [], AGENTS, CONFIG)
    assert replies(first) == [("off_hours", "现在是非工作时间，明天09:00开始回复您")]
    again = decide(msg(at=T + 10 * MINUTE), Facts(auto_replies=((T, "off_hours"),)),
                   State.OFF_HOURS, [], AGENTS, CONFIG)
    assert replies(again) == []
    later = decide(msg(at=T + 31 * MINUTE), Facts(auto_replies=((T, "off_hours"),)),
                   State.OFF_HOURS, [], AGENTS, CONFIG)
    assert replies(later) == [("off_hours", "现在是非工作时间，明天09:00开始回复您")]


def test_holiday_mode_replaces_off_hours():
    assert replies(decide(msg(), Facts(), State.HOLIDAY_MODE, [], AGENTS, CONFIG)) == \
        [("holiday_mode", "店铺休假中")]


def test_no_closed_reply_right_after_a_person_answered():
    facts = Facts(last_agent_reply=T - 2 * MINUTE)
    assert replies(decide(msg(), facts, State.OFF_HOURS, [], AGENTS, CONFIG)) == []


def test_image_only_gets_the_prompt_and_an_order_card_its_id():
    assert replies(decide(msg(kind="image", text=""), Facts(assignee="a1"), State.OPEN, [],
                          AGENTS, CONFIG)) == [("media_only", "有什么可以帮您吗？")]
    assert replies(decide(msg(kind="emoji", text="👍"), Facts(assignee="a1"), State.OPEN, [],
                          AGENTS, CONFIG)) == [("media_only", "有什么可以帮您吗？")]
    card = decide(msg(kind="order_card", text="", order_id="5790012345"), Facts(assignee="a1"),
                  State.OPEN, [], AGENTS, CONFIG)
    assert replies(card) == [("order_card", "已收到您的订单5790012345，马上为您查看")]


def test_welcome_for_a_new_customer_and_least_busy_routing():
    actions = decide(msg(new_customer=True), Facts(), State.OPEN, [], AGENTS, CONFIG)
    assert [a.agent for a in actions if a.action == "assign"] == ["a2"]
    assert replies(actions) == [("welcome", "您好小雨，有什么可以帮您？")]


def test_busy_when_every_agent_is_full():
    full = [AgentLoad("a1", "小王", True, 8, 8), AgentLoad("a2", "小李", True, 8, 8),
            AgentLoad("a3", "Amy", False, 0, 8)]
    actions = decide(msg(), Facts(), State.OPEN, [], full, CONFIG)
    assert replies(actions) == [("busy", "客服都在忙，请稍等")]
    assert not [a for a in actions if a.action == "assign"]


def test_a_vip_goes_to_their_agent_and_a_conversation_stays_with_its_agent():
    config = Config(replies={}, dedicated={"u-vip": "a1"})
    vip = decide(msg(vip=True), Facts(), State.OPEN, [], AGENTS, config, customer_key="u-vip")
    assert [a.agent for a in vip if a.action == "assign"] == ["a1"]
    kept = decide(msg(), Facts(assignee="a1"), State.OPEN, [], AGENTS, config)
    assert [a for a in kept if a.action == "assign"] == []


def test_rules_match_in_order_and_complaints_go_to_seniors():
    rules = [Rule("r0", "off", enabled=False, keywords=("差评",), tag="x"),
             Rule("r1", "complaint", keywords=("投诉", "差评"), tag="投诉", priority="urgent",
                  escalate=True, reply="非常抱歉，{customer_name}，店长马上处理"),
             Rule("r2", "logistics", keywords=("快递",), tag="物流")]
    actions = decide(msg(text="再不处理我就给差评了"), Facts(), State.OPEN, rules, AGENTS,
                     CONFIG)
    kinds = [(a.action, a.value or a.agent) for a in actions if a.action != "reply"]
    assert ("assign", "a1") in kinds and ("tag", "投诉") in kinds
    assert ("priority", "urgent") in kinds and ("escalate", None) in kinds
    assert ("rule", "非常抱歉，小雨，店长马上处理") in replies(actions)


def test_the_loop_limit_holds_whatever_the_rules_say():
    history = tuple((T - i * MINUTE, f"rule:r{i}") for i in range(10))
    rules = [Rule("rx", "echo", keywords=("在",), reply="在的")]
    assert replies(decide(msg(), Facts(auto_replies=history), State.OPEN, rules, AGENTS,
                          CONFIG)) == []


@pytest.mark.parametrize("pattern", ["(a+)+$", "(x*)*y", "(a|a)*", "(ab|a)*c"])
def test_runaway_patterns_are_refused(pattern):
    with pytest.raises(PatternError, match="run away"):
        check_pattern(pattern)


def test_broken_patterns_are_refused_and_good_ones_pass():
    with pytest.raises(PatternError, match="does not compile"):
        check_pattern("退款(")
    check_pattern(r"(退款|退货)\d*")
    check_pattern(r"订单号?\s*\d{10}")


def test_rules_that_assign_back_and_forth_cannot_loop():
    rules = [Rule("a", "to A", keywords=("退款",), assign_agent="a1"),
             Rule("b", "to B", keywords=("退款",), assign_agent="a2")]
    actions = decide(msg(text="退款"), Facts(assignee="a2"), State.OPEN, rules, AGENTS, CONFIG)
    assert [a.agent for a in actions if a.action == "assign"] == ["a1"]  # one rule, one move
