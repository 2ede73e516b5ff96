"""The shop's figures for a period, from the definitions in ``desktop.domain.metrics``."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta
from statistics import fmean
from typing import Any

from desktop.domain import hours
from desktop.domain import metrics as m
from desktop.services import schedule, shop
from desktop.services.errors import UserError
from desktop.store import conversations, directory
from desktop.store import messages as message_store
from desktop.store.db import Store


def _bounds(store: Store, first: date, last: date) -> tuple[int, int]:
    zone = shop.shop_zone(store)
    start = datetime.combine(first, time.min, zone)
    end = datetime.combine(last + timedelta(days=1), time.min, zone)
    return int(start.timestamp() * 1000), int(end.timestamp() * 1000)


def _role(author: str) -> m.Role:
    return m.Role.BOT if author == "bot" else m.Role.HUMAN


def compute(store: Store, first: date, last: date, as_of: int | None = None,
            agent: str | None = None, channel: str | None = None,
            details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Every figure for the days ``first``..``last`` (inclusive, in the shop's time zone).
    ``details``, when given, receives one row per inquiry (the report's detail sheet)."""
    if last < first:
        raise UserError("the period ends before it starts")
    as_of = store.clock() if as_of is None else as_of
    start, end = _bounds(store, first, last)
    current = schedule.current(store, start)
    zone = current.zone
    agents = directory.agent_names(store.conn)
    items: list[tuple[m.Inquiry, str]] = []
    buyer_messages = 0
    human_replies: Counter[str] = Counter()
    for conversation_id, channel_name in conversations.active_between(store.conn, start, end):
        if channel and channel_name != channel:
            continue
        customer = None
        timeline = []
        for row in message_store.thread(store.conn, conversation_id):
            if row["direction"] == "note" or row["kind"] == "system":
                continue
            if row["direction"] == "in":
                timeline.append(m.Msg(row["sent_at"], m.Role.BUYER))
                buyer_messages += start <= row["sent_at"] < min(end, as_of + 1)
            else:
                name = agents.get(row["agent_id"] or "")
                timeline.append(m.Msg(row["sent_at"], _role(row["author"]), name))
                if row["author"] != "bot" and start <= row["sent_at"] < end and name:
                    human_replies[name] += 1
        for inquiry in m.inquiries(timeline, as_of):
            if start <= inquiry.start < end and (agent is None or
                                                 inquiry.first_human_agent == agent):
                items.append((inquiry, channel_name))
                if details is not None:
                    if customer is None:
                        customer = conversations.customer_name(store.conn, conversation_id)
                    details.append({"conversation_id": conversation_id, "channel": channel_name,
                                    "customer": customer, "inquiry": inquiry})
    only = [i for i, _ in items]

    def holiday(t: int) -> bool:
        return hours.status_at(current, t).state is hours.State.HOLIDAY_MODE

    def working(t: int) -> bool:
        return hours.status_at(current, t).open

    frt = m.frt_seconds(only)
    inside = [i for i in only if working(i.start)]
    outside = [i for i in only if not working(i.start)]
    frt_business = [hours.business_ms(current, i.start, i.first_human_at) / 1000
                    for i in only if i.first_human_at is not None]
    closes = conversations.events_between(store.conn, "close", start, end)
    ratings = conversations.events_between(store.conn, "rating", start, end)
    if agent:
        closes = [c for c in closes if c[3] == agent]
    resolved = sum(1 for c in closes if json.loads(c[2]).get("resolved"))
    scores = [json.loads(r[2])["score"] for r in ratings]
    closer = {c[0]: c[3] for c in closes}  # conversation -> the agent who closed it
    agent_scores: dict[str, list[int]] = defaultdict(list)
    for r in ratings:
        if closer.get(r[0]):
            agent_scores[closer[r[0]]].append(json.loads(r[2])["score"])
    by_hour = [0] * 24
    for i in only:
        by_hour[datetime.fromtimestamp(i.start / 1000, zone).hour] += 1
    per_agent: dict[str, list[m.Inquiry]] = defaultdict(list)
    for i in only:
        if i.first_human_agent:
            per_agent[i.first_human_agent].append(i)
    bands = targets(store)
    figures: dict[str, Any] = {
        "period": {"from": first.isoformat(), "to": last.isoformat(), "as_of": as_of},
        "inquiries": len(only),
        "buyer_messages": buyer_messages,
        "response_rate_24h": m.response_rate(only, as_of, 24, holiday),
        "response_rate_12h": m.response_rate(only, as_of, 12, holiday),
        "frt_mean_s": fmean(frt) if frt else None,
        "frt_median_s": m.median(frt),
        "frt_p90_s": m.p90(frt),
        "frt_in_hours_median_s": m.median(m.frt_seconds(inside)),
        "frt_off_hours_median_s": m.median(m.frt_seconds(outside)),
        "frt_business_mean_s": fmean(frt_business) if frt_business else None,
        "frt_business_median_s": m.median(frt_business),
        "three_min_rate": m.three_minute_rate(only, as_of, working),
        "bot_handled_share": m.bot_handled_share(only),
        "resolution_rate": resolved / len(closes) if closes else None,
        "csat": sum(1 for s in scores if s >= 4) / len(scores) if scores else None,
        "csat_mean": fmean(scores) if scores else None,
        "new_customers": conversations.new_customers(store.conn, start, end),
        "by_channel": dict(Counter(c for _, c in items)),
        "by_hour": by_hour,
        "agents": {
            name: {"human_replies": human_replies.get(name, 0),
                   "inquiries_first_answered": len(mine),
                   "frt_median_s": m.median(m.frt_seconds(mine)),
                   "three_min_rate": m.three_minute_rate(mine, as_of, working),
                   "closed": sum(1 for c in closes if c[3] == name),
                   "resolved": sum(1 for c in closes if c[3] == name and
                                   json.loads(c[2]).get("resolved")),
                   "csat": (sum(1 for s in agent_scores[name] if s >= 4) /
                            len(agent_scores[name])) if agent_scores.get(name) else None}
            for name, mine in sorted(per_agent.items())},
        "by_tag": dict(conversations.tag_counts(
            store.conn, [cid for cid, _ in conversations.active_between(store.conn, start, end)])),
    }
    figures["bands"] = {key: band.colour(figures[key]) for key, band in bands.items()}
    figures["service_score"] = m.service_score(figures["three_min_rate"],
                                               figures["resolution_rate"], figures["csat"], bands)
    return figures


def targets(store: Store) -> dict[str, m.Band]:
    """The shop's target bands (Settings), each green-from and yellow-from."""
    raw = shop.get(store, "targets") or {}
    return {key: m.Band(green, yellow, lower_is_better=key.endswith("_s"))
            for key, (green, yellow) in raw.items()}


def set_targets(store: Store, values: dict[str, tuple[float, float]]) -> None:
    """Green-from and yellow-from per figure; rates are fractions, times seconds."""
    for key, (green, yellow) in values.items():
        if key.endswith("_s"):
            if not 0 < green <= yellow:
                raise UserError(f"{key}: green must be a shorter time than yellow")
        elif not 0 <= yellow <= green <= 1:
            raise UserError(f"{key}: green must be at least yellow, both between 0 and 100 %")
    merged = {**(shop.get(store, "targets") or {}), **{k: list(v) for k, v in values.items()}}
    shop.set_value(store, "targets", merged)
