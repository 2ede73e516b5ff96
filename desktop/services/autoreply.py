"""Auto-replies, templates and rules as the shop has set them; live processing.

Live: after an incoming message is stored, :func:`process` decides (the pure
``desktop.domain.autoreply.decide``) and applies the actions through the same service
functions an agent uses — replies are authored ``bot`` and pass the sensitive-word guard.
Simulation (``services/simulation.py``) replays a file through exactly that path on a
scratch copy of the shop's set-up, so what it prints is what live processing would store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from desktop.domain import autoreply as auto
from desktop.domain import hours
from desktop.domain.ids import new_id
from desktop.domain.language import reply_language
from desktop.domain.model import (
    COMPLAINT_TAG,
    MessageRecord,
    Priority,
    Record,
)
from desktop.domain.templates import Template, TemplateError, validate
from desktop.domain.timefmt import format_moment, moment_in_zone, spoken_opening
from desktop.services import (
    actions,
    autoreply_translation,
    guard,
    kb,
    language,
    orders,
    schedule,
    shop,
    team,
)
from desktop.services.errors import UserError
from desktop.services.inbox import Receiver, ReceiveResult
from desktop.services.initials import initials
from desktop.store import audit, automation, conversations, directory
from desktop.store import settings as settings_store
from desktop.store.db import Store

# --- templates and rules ----------------------------------------------------------------------

def templates(store: Store) -> list[Template]:
    return [Template(t["id"], t["name"], t["body"], t["shortcut"], t["language"], t["category"],
                     initials=initials(t["name"]))
            for t in automation.templates(store.conn)]


def save_template(store: Store, name: str, body: str, shortcut: str = "", language: str = "zh",
                  category: str = "", template_id: str | None = None) -> str:
    if not name.strip():
        raise UserError("a template needs a name")
    try:
        validate(body, custom_fields(store))
    except TemplateError as exc:
        raise UserError(str(exc)) from None
    template_id = template_id or new_id(store.clock())
    with store.write() as w:
        automation.save_template(w, {"id": template_id, "name": name.strip(), "body": body,
                                     "shortcut": shortcut.strip(), "language": language,
                                     "category": category})
    return template_id


def custom_fields(store: Store) -> tuple[str, ...]:
    return tuple(shop.get(store, "templates.fields") or {})


def rules(store: Store) -> list[auto.Rule]:
    return [auto.Rule(id=rid, **definition) for rid, _, definition in
            automation.rules(store.conn)]


def save_rule(store: Store, rule: auto.Rule, position: float | None = None) -> None:
    """Check and save a rule: a bad or runaway pattern and a broken reply are refused."""
    try:
        if rule.pattern:
            auto.check_pattern(rule.pattern)
        if rule.reply:
            validate(rule.reply, custom_fields(store))
    except (auto.PatternError, TemplateError) as exc:
        raise UserError(str(exc)) from None
    definition = {k: (list(v) if isinstance(v, tuple) else v)
                  for k, v in asdict(rule).items() if k != "id"}
    existing = {rid: pos for rid, pos, _ in automation.rules(store.conn)}
    if position is None:
        position = existing.get(rule.id, max(existing.values(), default=0) + 1)
    with store.write() as w:
        automation.save_rule(w, rule.id, position, definition)


def reorder_rules(store: Store, ids: list[str]) -> None:
    """The rules in this order (the first that matches a message wins)."""
    known = {rid: definition for rid, _, definition in automation.rules(store.conn)}
    with store.write() as w:
        for position, rule_id in enumerate(i for i in ids if i in known):
            automation.save_rule(w, rule_id, float(position), known[rule_id])


def delete_rule(store: Store, rule_id: str) -> None:
    with store.write() as w:
        automation.delete_rule(w, rule_id)


def set_scenarios(store: Store, scenarios: dict[str, dict[str, Any]], cooldown_minutes: int,
                  routing: str = "least_busy", closing_after_hours: float = 0,
                  nudge_after_minutes: float = 0) -> None:
    """The scenario replies (on/off, Chinese and English text), the cooldown, how
    conversations are shared out, and the time-driven closing message and nudge (0: off)."""
    if min(cooldown_minutes, closing_after_hours, nudge_after_minutes) < 0:
        raise UserError("times cannot be negative")
    if routing not in ("least_busy", "round_robin"):
        raise UserError("routing is least_busy or round_robin")
    for name, spec in scenarios.items():
        for lang in ("zh", "en"):
            if spec.get(lang):
                try:
                    validate(spec[lang], custom_fields(store))
                except TemplateError as exc:
                    raise UserError(f"{name} ({lang}): {exc}") from None
    with store.write() as w:
        settings_store.write(w, "autoreply.scenarios", scenarios)
        settings_store.write(w, "autoreply.cooldown_minutes", cooldown_minutes)
        settings_store.write(w, "autoreply.routing", routing)
        settings_store.write(w, "autoreply.closing_after_hours", closing_after_hours)
        settings_store.write(w, "autoreply.nudge_after_minutes", nudge_after_minutes)


# --- the configuration a decision uses --------------------------------------------------------

def config(store: Store, now: int) -> auto.Config:
    values = shop.all_settings(store)
    return config_of(values, schedule.schedule_of(values, now, now),
                     directory.agent_ids(store.conn), now)


def config_of(values: Mapping[str, Any], current: hours.Schedule, agent_ids: dict[str, str],
              now: int) -> auto.Config:
    """The configuration a decision uses, from the shop's settings (defaults included) and
    the schedule they make."""
    scenarios = values.get("autoreply.scenarios") or {}
    replies = {(name, lang): spec[lang] for name, spec in scenarios.items() if spec.get("on")
               for lang in ("zh", "en") if spec.get(lang)}
    mode_reply = (values.get("schedule.holiday_mode") or {}).get("reply")
    if mode_reply and "holiday_mode" in scenarios and scenarios["holiday_mode"].get("on"):
        replies[("holiday_mode", "zh")] = replies[("holiday_mode", "en")] = mode_reply
    next_open = spoken_opening(hours.next_opening(current, now), now, current.zone)
    minutes = int(values.get("autoreply.cooldown_minutes") or 30)
    dedicated = {customer: agent_ids[name] for customer, name in
                 (values.get("autoreply.dedicated") or {}).items() if name in agent_ids}
    return auto.Config(replies=replies, cooldown=minutes * auto.MINUTE, dedicated=dedicated,
                       routing=values.get("autoreply.routing") or "least_busy",
                       values={**(values.get("templates.fields") or {}),
                               "shop_name": values.get("shop.name") or "",
                               "next_open": next_open["zh"]},
                       worded={lang: {"next_open": text} for lang, text in next_open.items()})


def _agents_of(found: automation.Situation, values: Mapping[str, Any], zone: Any,
               now: int) -> list[auto.AgentLoad]:
    shifts = schedule.shifts_of(values)
    on_shift = set(hours.on_shift(shifts, zone, now)) if shifts else None
    return [auto.AgentLoad(a["id"], a["name"],
                           a["status"] == team.AgentStatus.ONLINE.value and
                           (on_shift is None or a["name"] in on_shift),
                           a["open_load"], a["max_concurrent"], a["tier"],
                           found.last_assigned.get(a["name"]))
            for a in found.agents]


# --- live --------------------------------------------------------------------------------------

def process(store: Store, message_id: str) -> list[dict[str, Any]]:
    """Decide and apply what the shop does with a stored incoming message; returns the actions
    (in the form ``shopdesk simulate --json`` prints). One message, one trip: its facts are
    read at once (:func:`desktop.store.automation.situation`), the schedule is made once from
    the settings read with them, the domain decides once, and the actions are applied."""
    found = automation.situation(store.conn, message_id, auto.Config.loop_window)
    if found is None:
        return []
    m, now = found.message, found.message["sent_at"]
    values = {**shop.DEFAULTS, **found.settings}
    current = schedule.schedule_of(values, now, now)
    cfg = config_of(values, current, {a["name"]: a["id"] for a in found.agents}, now)
    facts = auto.Facts(assignee=m["assignee_id"], last_agent_reply=found.last_agent_reply,
                       auto_replies=tuple(found.auto_replies))
    incoming = auto.Incoming(
        id=m["id"], text=m["text"], kind=m["kind"], channel=m["channel"], at=now,
        customer_name=m["customer"], language=m["language"] or "zh", vip=bool(m["vip"]),
        new_customer=found.earlier_messages == 0, order_id=m["order_id"],
        values=orders.card_values(store, m["order_id"], m["channel"], m["conversation_id"],
                                  m["language"] or "zh", current.zone,
                                  (m["channel_id"], m["customer_id"])))
    decided = auto.decide(incoming, facts, hours.status_at(current, now).state,
                          [auto.Rule(id=rid, **definition) for rid, _, definition in found.rules],
                          _agents_of(found, values, current.zone, now), cfg,
                          customer_key=m["customer_external_id"],
                          kb=lambda text: kb.best_answer(store, text, 0.0))
    return [_apply(store, m, a, now, current.zone) for a in decided]


def _apply(store: Store, m: dict[str, Any], a: auto.Action, now: int,
           zone: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"message": m["external_id"],
                           "at": format_moment(moment_in_zone(now, zone)),
                           "action": a.action}
    cid = m["conversation_id"]
    if a.action == "reply":
        # in the customer's language when the shop has no reply written in it (a setting)
        text, extra, said = autoreply_translation.translate_reply(store, m["language"] or "",
                                                                  a.text or "")
        out.update({"scenario": a.scenario, "text": text, **said})
        key = f"rule:{a.rule}" if a.scenario == "rule" else (
            f"kb:{a.rule}" if a.scenario == "kb" else a.scenario)
        try:
            verdict = guard.clear_to_send(store, text)
            out["text"] = verdict.text
            actions.reply(store, cid, text, None,
                          auto={"auto": key, "scenario": a.scenario, "rule": a.rule},
                          extra=extra)
        except guard.Blocked as exc:
            out["action"] = "block"
            out["reason"] = str(exc)
            out["word"] = exc.word
            with store.write() as w:
                audit.record(w, "autoreply.block", "conversation", cid, detail=out)
    elif a.action == "assign" and a.agent:
        out["agent"] = directory.agent_names(store.conn).get(a.agent, a.agent)
        actions.assign(store, cid, a.agent, None)
    elif a.action == "tag" and a.value:
        out["tag"] = a.value
        actions.tag(store, cid, a.value, None)
    elif a.action == "priority" and a.value:
        out["priority"] = a.value
        actions.set_priority(store, cid, Priority(a.value), None)
    elif a.action == "escalate":
        actions.tag(store, cid, COMPLAINT_TAG, None)
        actions.set_priority(store, cid, Priority.URGENT, None)
    if a.rule:
        out["rule"] = a.rule
    if a.score is not None:
        out["score"] = a.score
    return out


def receive_live(store: Store, records: list[Record]) -> list[dict[str, Any]]:
    """Store records as they arrive and let the shop answer the incoming ones (connectors)."""
    return receive(store, records)[1]


def receive(store: Store, records: list[Record]) -> tuple[ReceiveResult, list[dict[str, Any]]]:
    """:func:`receive_live`, also telling what was stored, duplicate or refused."""
    result = Receiver(store).receive(records)
    new_ids = result.changes.ids("messages")
    language.follow(store, new_ids)  # before deciding: a reply in the customer's language
    done: list[dict[str, Any]] = []
    for record in records:
        if isinstance(record, MessageRecord) and record.direction == "in":
            message_id = _stored_id(store, record)
            if message_id in new_ids:
                done += process(store, message_id)
    return result, done


def _stored_id(store: Store, record: MessageRecord) -> str | None:
    channel = directory.channel_ids(store.conn).get(record.channel)
    return automation.message_id(store.conn, channel, record.external_id) if channel else None


# --- templates in the composer ----------------------------------------------------------------

def template_values(store: Store, conversation_id: str, agent_id: str | None) -> dict[str, str]:
    """What a template's variables stand for in one conversation."""
    from desktop.services import threads

    detail = threads.detail(store, conversation_id)
    now = store.clock()
    cfg = config(store, now)
    values = dict(cfg.values)
    language = reply_language(detail.customer.language)
    values.update(cfg.worded.get(language, {}))
    order_ids = detail.customer.order_ids
    values.update({"customer_name": detail.customer.name,
                   "order_id": order_ids[-1] if order_ids else "",
                   "agent_name": directory.agent_names(store.conn).get(agent_id or "", "")})
    live = orders.reply_values(store, conversation_id, language)
    tracking = next((w for m in reversed(detail.messages) for w in m.text.split()
                     if w[:2].upper() == "SF" and w[2:].isdigit()), "")
    values.update(live)
    values["tracking_no"] = live["tracking_no"] or tracking
    return values


def find_templates(store: Store, typed: str, conversation_id: str,
                   agent_id: str | None) -> list[tuple[Template, str]]:
    """Templates for "/typed" in a conversation, the customer's language first, each with
    its text as the customer would get it."""
    from desktop.domain.templates import render, search
    from desktop.services import threads

    detail = threads.detail(store, conversation_id)
    language = (detail.customer.language or "")[:2] or _language_of(
        next((m.text for m in reversed(detail.messages) if m.direction == "in"), ""))
    values = template_values(store, conversation_id, agent_id)
    return [(t, render(t.body, values)) for t in search(templates(store), typed, language)]


def _language_of(text: str) -> str:
    return language.detect(text) or "zh"


# --- time-driven replies (a scheduled job calls this every few minutes) ----------------------

def send_due(store: Store) -> list[dict[str, Any]]:
    """Close conversations idle after our answer with the closing message (if the shop wants),
    and nudge customers kept waiting too long in working hours. Each is sent once."""
    now = store.clock()
    done: list[dict[str, Any]] = []
    hours_after = float(shop.get(store, "autoreply.closing_after_hours") or 0)
    if hours_after > 0:
        cutoff = now - int(hours_after * hours.HOUR_MS)
        for cid in automation.idle_after_answer(store.conn, cutoff):
            text = actions.closing_message(store, cid)
            actions.close(store, cid, True, None, closing_message=text)
            done.append({"conversation": cid, "action": "close", "scenario": "closing",
                         "text": text})
    minutes = float(shop.get(store, "autoreply.nudge_after_minutes") or 0)
    scenarios = shop.get(store, "autoreply.scenarios") or {}
    nudge = scenarios.get("nudge", {})
    if minutes > 0 and nudge.get("on"):
        current = schedule.current(store, now)
        if hours.status_at(current, now).open:
            cfg = config(store, now)
            for cid in automation.waiting_since_before(store.conn, now - int(minutes * 60_000)):
                done += _nudge(store, cid, nudge, cfg, now)
    return done


def _nudge(store: Store, cid: str, nudge: dict[str, Any], cfg: auto.Config,
           now: int) -> list[dict[str, Any]]:
    row = conversations.get(store.conn, cid)
    if row is None:
        return []
    already = automation.auto_replies(store.conn, row.customer_id, now - cfg.cooldown)
    if any(key == "nudge" for _, key in already):
        return []
    customer = directory.get_customer(store.conn, row.customer_id)
    lang = reply_language(customer.language if customer else None)
    text = nudge.get(lang) or nudge.get("zh") or ""
    if not text:
        return []
    actions.reply(store, cid, text, None, auto={"auto": "nudge", "scenario": "nudge"})
    return [{"conversation": cid, "action": "reply", "scenario": "nudge", "text": text}]


def preview_values(store: Store, conversation_id: str | None = None) -> tuple[str, dict[str, str]]:
    """(customer's name, values) of a conversation for previewing templates: the one given,
    else the newest; sample values in an empty shop."""
    conversation_id = conversation_id or conversations.newest(store.conn)
    if conversation_id is None:
        return "", {"customer_name": "小雨", "order_id": "5790012345", "agent_name": "小李",
                    "shop_name": shop.get(store, "shop.name") or "", "next_open": "明天上午9点",
                    "tracking_no": "SF1234567890", "order_status": "运输中", "carrier": "顺丰速运",
                    "latest_logistics": "10-02 09:30 【广州】快件已发出"}
    values = template_values(store, conversation_id, None)
    return values["customer_name"], values
