"""What the shop does with one incoming message: replies, routing, tags — a pure decision.

``decide`` looks at the message, its conversation, the schedule's state, the rules and the
agents' load, and returns actions; the service applies them. Guards keep auto-replies polite:
a cooldown per conversation and reply, no "we're closed" or "we're busy" right after a person
answered, and at most ten auto-replies to one customer in three hours whatever the rules say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.hours import State
from desktop.domain.language import reply_language
from desktop.domain.orders import escape_except, without_unfilled
from desktop.domain.templates import STANDARD_VARIABLES

MINUTE = 60_000


class Scenario(StrEnum):
    WELCOME = "welcome"
    OFF_HOURS = "off_hours"
    PUBLIC_HOLIDAY = "public_holiday"
    HOLIDAY_MODE = "holiday_mode"
    BUSY = "busy"
    MEDIA_ONLY = "media_only"
    ORDER_CARD = "order_card"
    KB = "kb"
    RULE = "rule"


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    enabled: bool = True
    keywords: tuple[str, ...] = ()
    pattern: str | None = None  # a regular expression checked when saved
    kinds: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    customer: str | None = None  # "vip" or "new"
    languages: tuple[str, ...] = ()
    states: tuple[str, ...] = ()  # schedule states (open, off_hours, …)
    reply: str | None = None  # a template body
    kb_answer: bool = False  # answer from the knowledge base when its best match is confident
    kb_threshold: float = 0.5
    assign_agent: str | None = None
    assign_tier: int | None = None
    tag: str | None = None
    priority: str | None = None
    escalate: bool = False


@dataclass(frozen=True)
class Incoming:
    id: str
    text: str
    kind: str
    channel: str
    at: int
    customer_name: str = ""
    language: str = "zh"
    vip: bool = False
    new_customer: bool = False
    order_id: str | None = None
    values: dict[str, str] = field(default_factory=dict)  # its order's live state


@dataclass(frozen=True)
class Facts:
    """What the conversation already holds."""

    assignee: str | None = None
    last_agent_reply: int | None = None
    auto_replies: tuple[tuple[int, str], ...] = ()  # (time, scenario or rule id) to this customer


@dataclass(frozen=True)
class AgentLoad:
    id: str
    name: str
    available: bool  # online and on shift
    serving: int
    max_concurrent: int
    tier: int = 1
    last_assigned: int | None = None  # for round-robin

    @property
    def has_room(self) -> bool:
        return self.available and self.serving < self.max_concurrent


@dataclass(frozen=True)
class Config:
    replies: dict[tuple[str, str], str]  # (scenario, language) -> body; absent: switched off
    cooldown: int = 30 * MINUTE
    person_recent: int = 5 * MINUTE
    loop_limit: int = 10
    loop_window: int = 180 * MINUTE
    dedicated: dict[str, str] = field(default_factory=dict)  # customer key -> agent id
    routing: str = "least_busy"  # or "round_robin"
    values: dict[str, str] = field(default_factory=dict)  # shop_name, next_open, …
    # values worded per reply language, e.g. {"en": {"next_open": "tomorrow 9:00"}}
    worded: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Action:
    action: str  # reply, assign, tag, priority, escalate
    scenario: str | None = None
    text: str | None = None
    agent: str | None = None
    value: str | None = None
    rule: str | None = None
    score: float | None = None  # a knowledge-base answer's match score


MEDIA_KINDS = {"image", "emoji"}
_EMOJI_ONLY = re.compile(r"^[\W_\s]*$")


def _media_only(m: Incoming) -> bool:
    return m.kind in MEDIA_KINDS or (m.kind == "text" and bool(m.text) and
                                     bool(_EMOJI_ONLY.match(m.text)) and
                                     any(ord(c) > 0x2100 for c in m.text))


def matches(rule: Rule, m: Incoming, state: State) -> bool:
    if not rule.enabled:
        return False
    if rule.kinds and m.kind not in rule.kinds:
        return False
    if rule.channels and m.channel not in rule.channels:
        return False
    if (rule.customer == "vip" and not m.vip) or (rule.customer == "new" and not m.new_customer):
        return False
    if rule.languages and m.language not in rule.languages:
        return False
    if rule.states and state.value not in rule.states:
        return False
    text = m.text.lower()
    if rule.keywords and not any(k.lower() in text for k in rule.keywords):
        return False
    return not (rule.pattern and not re.search(rule.pattern, m.text))


def route(m: Incoming, facts: Facts, agents: list[AgentLoad], config: Config,
          customer_key: str, senior: bool) -> str | None:
    """Who takes a conversation: its agent, a VIP's own agent, a senior, the least busy."""
    if facts.assignee is not None:
        return facts.assignee
    dedicated = config.dedicated.get(customer_key)
    if m.vip and dedicated:
        mine = next((a for a in agents if a.id == dedicated and a.has_room), None)
        if mine is not None:
            return mine.id
    pool = [a for a in agents if a.has_room]
    if senior:
        pool = [a for a in pool if a.tier >= 3] or pool
    if not pool:
        return None
    if config.routing == "round_robin":  # whoever was given a conversation longest ago
        return min(pool, key=lambda a: (a.last_assigned or 0, a.name)).id
    return min(pool, key=lambda a: (a.serving / max(a.max_concurrent, 1), a.serving, a.name)).id


def decide(m: Incoming, facts: Facts, state: State, rules: list[Rule], agents: list[AgentLoad],
           config: Config, customer_key: str = "",
           kb: Callable[[str], tuple[str, float] | None] | None = None) -> list[Action]:
    actions: list[Action] = []
    lang = reply_language(m.language)
    recent = [(t, k) for t, k in facts.auto_replies if m.at - t < config.loop_window]
    sent: list[str] = []

    def may_send(key: str) -> bool:
        if len(recent) + len(sent) >= config.loop_limit:
            return False
        return not any(k == key and m.at - t < config.cooldown for t, k in recent) and \
            key not in sent

    def reply(scenario: Scenario, body: str | None, key: str | None = None,
              rule: str | None = None, score: float | None = None) -> None:
        key = key or scenario.value
        if body is None or not may_send(key):
            return
        values = {"customer_name": m.customer_name, "order_id": m.order_id or "",
                  **config.values, **config.worded.get(lang, {}), **m.values}
        body = without_unfilled(body, values)
        text = body.format_map({k: values.get(k, "") for k in _names(body)})
        actions.append(Action("reply", scenario=scenario.value, text=text, rule=rule,
                              score=score))
        sent.append(key)

    person_just_replied = facts.last_agent_reply is not None and \
        m.at - facts.last_agent_reply < config.person_recent
    rule = next((r for r in rules if matches(r, m, state)), None)
    senior = bool(rule and (rule.escalate or (rule.assign_tier or 0) >= 3))
    # routing (also decides whether everyone is busy)
    assignee = None
    if rule and rule.assign_agent:
        assignee = rule.assign_agent
    elif state is State.OPEN:
        assignee = route(m, facts, agents, config, customer_key, senior)
    if assignee and assignee != facts.assignee:
        actions.append(Action("assign", agent=assignee, rule=rule.id if rule else None))
    # the scenario the schedule calls for
    closed = {State.HOLIDAY_MODE: Scenario.HOLIDAY_MODE, State.PUBLIC_HOLIDAY:
              Scenario.PUBLIC_HOLIDAY, State.CLOSED_DAY: Scenario.OFF_HOURS,
              State.OFF_HOURS: Scenario.OFF_HOURS}.get(state)
    card = m.kind == "order_card" and bool(m.order_id)
    if closed is not None:
        if not (person_just_replied and closed is Scenario.OFF_HOURS):
            reply(closed, config.replies.get((closed.value, lang)))
    else:
        if assignee is None and not person_just_replied:
            reply(Scenario.BUSY, config.replies.get((Scenario.BUSY.value, lang)))
        elif m.new_customer:
            reply(Scenario.WELCOME, config.replies.get((Scenario.WELCOME.value, lang)))
    if card:  # answered with the order's state whatever the hours
        reply(Scenario.ORDER_CARD, config.replies.get((Scenario.ORDER_CARD.value, lang)))
    elif closed is None and _media_only(m):
        reply(Scenario.MEDIA_ONLY, config.replies.get((Scenario.MEDIA_ONLY.value, lang)))
    # the first matching rule
    if rule is not None:
        if rule.reply:
            reply(Scenario.RULE, rule.reply, key=f"rule:{rule.id}", rule=rule.id)
        if rule.kb_answer and kb is not None:
            found = kb(m.text)
            if found is not None and found[1] >= rule.kb_threshold:
                reply(Scenario.KB, escape_except(found[0], STANDARD_VARIABLES),
                      key=f"kb:{rule.id}", rule=rule.id, score=found[1])
        if rule.tag:
            actions.append(Action("tag", value=rule.tag, rule=rule.id))
        if rule.priority:
            actions.append(Action("priority", value=rule.priority, rule=rule.id))
        if rule.escalate:
            actions.append(Action("escalate", rule=rule.id))
    return actions


def _names(body: str) -> list[str]:
    return re.findall(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", body)


_NESTED = re.compile(r"\((?:[^()]|\\.)*[+*](?:[^()]|\\.)*\)[+*{]")


class PatternError(ValueError):
    """A regular expression a rule cannot use."""


def check_pattern(pattern: str) -> None:
    """Refuse what does not compile and what could run away (nested repetition)."""
    try:
        re.compile(pattern)
    except re.error as exc:
        raise PatternError(f"the regular expression does not compile: {exc}") from None
    if _NESTED.search(pattern) or _overlapping_alternatives(pattern):
        raise PatternError("the regular expression could run away (a repeated group that "
                           "repeats inside); simplify it")


def _overlapping_alternatives(pattern: str) -> bool:
    for group in re.findall(r"\(([^()]*)\)[+*]", pattern):
        options = group.split("|")
        if len(options) != len(set(options)) or any(
                a != b and (a.startswith(b) or b.startswith(a)) for a in options for b in options):
            return True
    return False
