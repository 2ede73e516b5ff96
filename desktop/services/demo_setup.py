"""The demo shop's people, channels, name and automation (a few templates and rules, as a
shop that has used ShopDesk for a while has), and its owner at this desk."""

from __future__ import annotations

from typing import Any

from desktop.services import team
from desktop.store import directory
from desktop.store import settings as settings_store
from desktop.store.db import Store


def prepare(store: Store, corpus: dict[str, Any], channels: tuple[str, ...]) -> None:
    with store.write() as w:
        existing = directory.agent_ids(w.conn)
        for agent in corpus["agents"]:
            if agent["name"] not in existing:
                directory.add_agent(w, agent["name"], agent["role"], agent["tier"],
                                    agent["max_concurrent"])
        names = directory.channel_ids(w.conn)
        for channel in channels:
            if channel not in names:
                directory.add_channel(w, channel, channel)
        if not settings_store.read_all(w.conn).get("shop.name"):
            settings_store.write(w, "shop.name", "小雨服饰旗舰店")
    _automation(store)


def _automation(store: Store) -> None:
    """A few templates and rules, as a shop that has used ShopDesk for a while has."""
    from desktop.domain.autoreply import Rule
    from desktop.services import autoreply

    if autoreply.templates(store):
        return
    from desktop.services import kb
    kb.load_starter(store)
    for name, shortcut, body, language in (
            ("发货时间", "fh", "亲，{customer_name}，您的订单{order_id}我们48小时内发货哦~", "zh"),
            ("物流查询", "wl", "亲，您的快递单号是{tracking_no}，可以在物流详情里查看进度~", "zh"),
            ("退款进度", "tk", "亲，退款已经为您加急处理，1-3个工作日原路退回，请留意通知~", "zh"),
            ("尺码推荐", "cm", "亲，告诉我您的身高体重，我帮您推荐合适的尺码~", "zh"),
            ("Shipping time", "ship", "Hi {customer_name}, your order {order_id} ships "
             "within 48 hours.", "en")):
        autoreply.save_template(store, name, body, shortcut, language)
    autoreply.save_rule(store, Rule("demo-complaint", "投诉升级", keywords=("投诉", "差评", "假货"),
                                    tag="投诉", priority="urgent", escalate=True,
                                    reply="非常抱歉给您带来不好的体验，店长马上为您处理。"))
    autoreply.save_rule(store, Rule("demo-logistics", "物流问题打标签",
                                    keywords=("快递", "物流", "发货", "ship"), tag="物流"))
    autoreply.save_rule(store, Rule("demo-refund", "退换货打标签",
                                    keywords=("退款", "退货", "换货", "refund", "return"),
                                    tag="退换货"))


def seat_owner(store: Store) -> None:
    """The demo's owner works at this desk (unless someone already does): a demo shop opens
    on its inbox, not on the first-run welcome."""
    if not team.needs_welcome(store):
        return
    owner = next(a for a in team.agents(store) if a.role == "owner")
    team.set_me(store, owner.id)
    team.set_status(store, owner.id, team.AgentStatus.ONLINE)
