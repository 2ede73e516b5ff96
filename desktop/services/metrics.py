"""The shop's figures for a period, from the definitions in ``desktop.domain.metrics``.

One pass reads the messages of every conversation active in the days asked for and turns them
into inquiries; the figures of each period asked for (the dashboard's range and the one before
it, the report's day, the day before and the week) are then worked out from that one list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from statistics import fmean
from typing import Any, NamedTuple

from desktop.domain import metrics as m
from desktop.domain.schedule_history import OpenTimeline
from desktop.services import metrics_language, schedule_history, shop
from desktop.services.errors import UserError
from desktop.services.gc_paused import gc_paused
from desktop.store import conversations, digests, directory
from desktop.store.db import Store

# the first-response-time histogram: upper bounds in seconds (the last bucket is open)
FRT_BUCKETS = (30, 60, 180, 600, 1_800, 3_600, 4 * 3_600, 24 * 3_600)


def period_bounds(store: Store, first: date, last: date) -> tuple[int, int]:
    zone = shop.shop_zone(store)
    start = datetime.combine(first, time.min, zone)
    end = datetime.combine(last + timedelta(days=1), time.min, zone)
    return int(start.timestamp() * 1000), int(end.timestamp() * 1000)


def day_bounds(store: Store, day: date) -> tuple[int, int]:
    """A day of the shop's time zone as [start, end) in UTC milliseconds."""
    return period_bounds(store, day, day)


@dataclass(frozen=True, slots=True)
class Item:
    """One inquiry (its ``first_human_agent`` is the agent's id) and where it was."""

    inquiry: m.Inquiry
    conversation_id: str
    channel: str


@dataclass
class Pass:
    """What one read of the messages yields, for any period inside [start, end)."""

    start: int
    end: int
    as_of: int
    open_time: OpenTimeline
    items: list[Item]  # by m0
    buyer_times: list[int]  # sorted
    human_replies: list[tuple[int, str]]  # (time, agent id)
    names: dict[str, str]  # agent id -> name
    channels: dict[str, str]
    agent: str | None
    channel: str | None
    kinds: dict[str, str]  # channel name -> its kind (douyin, tiktok, …)

    def in_period(self, start: int, end: int) -> list[Item]:
        lo = bisect_left(self.items, start, key=lambda i: i.inquiry.start)
        hi = bisect_left(self.items, end, key=lambda i: i.inquiry.start)
        return self.items[lo:hi]


def read_pass(store: Store, start: int, end: int, as_of: int | None, agent: str | None,
               channel: str | None) -> Pass:
    """The inquiries begun in [start, end), from the conversations' digests; those not yet
    worked out (or changed since) are worked out from their messages and kept."""
    as_of = store.clock() if as_of is None else as_of
    # the open spans once for the whole window (and for replies after it, within reason),
    # each inquiry judged by the hours and holiday mode in force at its time
    open_time = schedule_history.open_time(
        store, start, min(max(end, as_of + 1), end + 62 * m.DAY_S * 1000))
    names = directory.agent_names(store.conn)
    agent_id = next((i for i, n in names.items() if n == agent), "") if agent else None
    active = digests.active(store.conn, start, end)
    channels = {cid: name for cid, name, *_ in active}
    ready: list[tuple[str, m.Digest]] = []
    stale: dict[str, tuple[int, int]] = {}
    for cid, channel_name, count, last, raw in active:
        if channel and channel_name != channel:
            continue
        if raw is not None and last <= as_of:
            ready.append((cid, digests.decode(raw, start, end)))
        else:
            stale[cid] = (count, last)
    complete = []
    for cid, rows in digests.timelines(store.conn, list(stale)):
        digest = m.digest(rows, as_of)
        ready.append((cid, digest))
        count, last = stale[cid]
        if last <= as_of:  # every message seen: good for any later as-of too
            complete.append((cid, count, digest))
    if not store.readonly:
        digests.save(store.conn, complete)
    items: list[Item] = []
    buyer_times: list[int] = []
    human_replies: list[tuple[int, str]] = []
    for cid, digest in ready:
        channel_name = channels[cid]
        buyer_times.extend(digest.buyer_times)
        human_replies.extend(digest.human_replies)
        items.extend(Item(i, cid, channel_name) for i in digest.inquiries
                     if start <= i.start < end and
                     (agent_id is None or i.first_human_agent == agent_id))
    items.sort(key=lambda i: i.inquiry.start)
    buyer_times.sort()
    kinds = {c["name"]: c["kind"] for c in directory.list_channels(store.conn)}
    return Pass(start, end, as_of, open_time, items, buyer_times, human_replies, names,
                 channels, agent, channel, kinds)


def compute(store: Store, first: date, last: date, as_of: int | None = None,
            agent: str | None = None, channel: str | None = None,
            details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Every figure for the days ``first``..``last`` (inclusive, in the shop's time zone).
    ``details``, when given, receives one row per inquiry (the report's detail sheet)."""
    if last < first:
        raise UserError("the period ends before it starts")
    with gc_paused():
        read = read_pass(store, *period_bounds(store, first, last), as_of, agent, channel)
        if details is not None:
            details.extend(inquiry_rows(store, read, read.items))
        return _figures(store, read, first, last)


def compute_periods(store: Store, periods: list[tuple[date, date]], as_of: int | None = None,
                    brief: bool = False) -> list[dict[str, Any]]:
    """The figures of several periods from one read of their messages."""
    if any(last < first for first, last in periods):
        raise UserError("the period ends before it starts")
    start, end = period_bounds(store, min(p[0] for p in periods), max(p[1] for p in periods))
    with gc_paused():
        read = read_pass(store, start, end, as_of, None, None)
        return [_figures(store, read, first, last, brief) for first, last in periods]


def before(store: Store, first: date, last: date, as_of: int | None = None) -> dict[str, Any]:
    """The headline figures of as many days just before ``first``..``last``, to show the
    changes against. A period running to the as-of time is compared with the one before it
    at the same point (today so far against yesterday up to this time of day)."""
    as_of = store.clock() if as_of is None else as_of
    days = (last - first).days + 1
    earlier = (first - timedelta(days=days), first - timedelta(days=1))
    if as_of < period_bounds(store, last, last)[1]:
        as_of -= days * m.DAY_S * 1000
    with gc_paused():
        read = read_pass(store, *period_bounds(store, *earlier), as_of, None, None)
        return _figures(store, read, *earlier, brief=True)


def inquiry_rows(store: Store, read: Pass, items: list[Item]) -> list[dict[str, Any]]:
    """One row per inquiry: conversation, customer, channel, the first agent's name and the
    inquiry itself."""
    names: dict[str, str] = {}
    out = []
    for item in items:
        if item.conversation_id not in names:
            names[item.conversation_id] = conversations.customer_name(store.conn,
                                                                      item.conversation_id)
        out.append({"conversation_id": item.conversation_id, "channel": item.channel,
                    "customer": names[item.conversation_id],
                    "agent": read.names.get(item.inquiry.first_human_agent or ""),
                    "inquiry": item.inquiry})
    return out


# what each inquiry adds to the counts of its groups (see _standing)
_COUNTS = ("inquiries", "counted_24", "met_24", "counted_12", "met_12", "needs_person", "met_3",
           "responded", "by_bot")


class _Counts(NamedTuple):
    inquiries: int = 0
    counted_24: int = 0
    met_24: int = 0
    counted_12: int = 0
    met_12: int = 0
    needs_person: int = 0
    met_3: int = 0
    responded: int = 0
    by_bot: int = 0

    @classmethod
    def of(cls, rows: list[tuple[int, ...]]) -> _Counts:
        return cls(*(sum(column) for column in zip(*rows, strict=True))) if rows else cls()

    def rate_24h(self) -> float | None:
        return self.met_24 / self.counted_24 if self.counted_24 else None

    def rate_12h(self) -> float | None:
        return self.met_12 / self.counted_12 if self.counted_12 else None

    def three_min(self) -> float | None:
        return self.met_3 / self.needs_person if self.needs_person else None

    def bot_share(self) -> float | None:
        return self.by_bot / self.responded if self.responded else None


def _standing(i: m.Inquiry, as_of: int, holiday: Callable[[int], bool], in_hours: bool,
              counts_for: Callable[..., bool] = m.counts_for_response,
              within: Callable[[m.Inquiry, int], bool] = m.responded_within) -> tuple[int, ...]:
    """An inquiry's standing under the definitions, as the counts it adds (``_COUNTS``)."""
    c24 = counts_for(i, as_of, 24, holiday)
    c12 = counts_for(i, as_of, 12, holiday)
    needs = m.needs_a_person(i, as_of, in_hours)
    responded = i.responded_at is not None
    return (1, c24, c24 and within(i, 24), c12, c12 and within(i, 12),
            needs, needs and m.person_within_3_min(i), responded,
            responded and bool(i.responded_by_bot))


def _figures(store: Store, read: Pass, first: date, last: date,
             brief: bool = False) -> dict[str, Any]:
    """The figures of the days ``first``..``last``; ``brief``: only the headline ones (what
    a period is compared against), without the breakdowns."""
    start, end = period_bounds(store, first, last)
    as_of = read.as_of
    items = read.in_period(start, end)
    holiday = read.open_time.in_holiday_mode
    in_hours = [read.open_time.is_open(item.inquiry.start) for item in items]
    rows = [_standing(item.inquiry, as_of, holiday, working)
            for item, working in zip(items, in_hours, strict=True)]
    total = _Counts.of(rows)
    frt = [(i.first_human_at - i.start) / 1000 for i in (item.inquiry for item in items)
           if i.first_human_at is not None]
    closes = conversations.closes_between(store.conn, start, end, read.channel)
    if read.agent:
        closes = [c for c in closes if c[3] == read.agent]
    ratings = conversations.ratings_between(store.conn, start, end, read.channel)
    scores = [score for _, _, score in ratings]
    figures: dict[str, Any] = {
        "period": {"from": first.isoformat(), "to": last.isoformat(), "as_of": as_of},
        "inquiries": total.inquiries,
        "buyer_messages": (bisect_left(read.buyer_times, min(end, as_of + 1)) -
                           bisect_left(read.buyer_times, start)),
        "response_rate_24h": total.rate_24h(),
        # how many inquiries each rate counts: those answered or whose window is over
        "counted": {"response_rate_24h": total.counted_24, "response_rate_12h": total.counted_12,
                    "three_min_rate": total.needs_person},
        "response_rate_12h": total.rate_12h(),
        "frt_mean_s": fmean(frt) if frt else None,
        "frt_median_s": m.median(frt),
        "frt_p90_s": m.p90(frt),
        "three_min_rate": total.three_min(),
        "bot_handled_share": total.bot_share(),
        "resolution_rate": sum(1 for c in closes if c[2]) / len(closes) if closes else None,
        "csat": sum(1 for s in scores if s >= 4) / len(scores) if scores else None,
        "csat_mean": fmean(scores) if scores else None,
    }
    if not brief:
        figures.update(_breakdowns(store, read, first, last, items, rows, in_hours, closes,
                                   ratings))
        figures["frt_buckets"] = _buckets(frt)
    bands = targets(store)
    figures["bands"] = {key: band.colour(figures[key]) for key, band in bands.items()
                        if key in figures}
    figures["service_score"] = m.service_score(figures["three_min_rate"],
                                               figures["resolution_rate"], figures["csat"], bands)
    return figures


def _breakdowns(store: Store, read: Pass, first: date, last: date, items: list[Item],
                rows: list[tuple[int, ...]], in_hours: list[bool],
                closes: list[tuple[str, int, bool, str | None]],
                ratings: list[tuple[str, int, int]]) -> dict[str, Any]:
    """By day, hour, channel, agent and tag; first responses in and out of working hours."""
    start, end = period_bounds(store, first, last)
    zone = read.open_time.zone
    names = read.names
    human_replies = Counter(names[a] for t, a in read.human_replies
                            if start <= t < end and a in names)
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    groups: dict[tuple[str, Any], list[tuple[int, ...]]] = defaultdict(list)
    frt: dict[Any, list[float]] = defaultdict(list)
    by_hour = [0] * 24
    frt_business: list[float] = []
    local_hours: dict[int, tuple[date, int]] = {}  # quarter hour -> the shop's (day, hour)
    for item, row, working in zip(items, rows, in_hours, strict=True):
        i = item.inquiry
        quarter = i.start // 900_000  # every zone is a whole number of quarter hours off UTC
        if quarter not in local_hours:
            local = datetime.fromtimestamp(i.start / 1000, zone)
            local_hours[quarter] = (local.date(), local.hour)
        day, hour = local_hours[quarter]
        by_hour[hour] += 1
        agent = names.get(i.first_human_agent) if i.first_human_agent else None
        on_kind = ("agent_on", (read.kinds.get(item.channel, ""), agent))
        groups["day", day].append(row)
        groups["channel", item.channel].append(row)
        if agent:
            groups["agent", agent].append(row)
            groups[on_kind].append(row)
        if i.first_human_at is not None:
            seconds = (i.first_human_at - i.start) / 1000
            for key in ("in" if working else "out", ("channel", item.channel),
                        ("agent", agent), on_kind):
                frt[key].append(seconds)
            frt_business.append(read.open_time.business_ms(i.start, i.first_human_at) / 1000)
    counts = {key: _Counts.of(group) for key, group in groups.items()}
    closer = {c[0]: c[3] for c in closes}  # conversation -> the agent who closed it
    agent_scores: dict[str, list[int]] = defaultdict(list)
    for conversation_id, _, score in ratings:
        if closer.get(conversation_id):
            agent_scores[closer[conversation_id]].append(score)
    channels = sorted(name for kind, name in counts if kind == "channel")
    agents = sorted(name for kind, name in counts if kind == "agent")
    empty = _Counts()
    return {
        "frt_in_hours_median_s": m.median(frt["in"]),
        "frt_off_hours_median_s": m.median(frt["out"]),
        "frt_business_mean_s": fmean(frt_business) if frt_business else None,
        "frt_business_median_s": m.median(frt_business),
        "new_customers": conversations.new_customers(store.conn, start, end),
        "by_channel": {name: counts["channel", name].inquiries for name in channels},
        "by_hour": by_hour,
        "by_day": [{"date": d.isoformat(),
                    "inquiries": counts.get(("day", d), empty).inquiries,
                    "response_rate_24h": counts.get(("day", d), empty).rate_24h()}
                   for d in days],
        "channels": {
            name: {"inquiries": counts["channel", name].inquiries,
                   "response_rate_24h": counts["channel", name].rate_24h(),
                   "frt_median_s": m.median(frt["channel", name]),
                   "three_min_rate": counts["channel", name].three_min()}
            for name in channels},
        "agents": {
            name: {"human_replies": human_replies.get(name, 0),
                   "inquiries_first_answered": counts["agent", name].inquiries,
                   "frt_median_s": m.median(frt["agent", name]),
                   "three_min_rate": counts["agent", name].three_min(),
                   "closed": sum(1 for c in closes if c[3] == name),
                   "resolved": sum(1 for c in closes if c[3] == name and c[2]),
                   "csat": (sum(1 for s in agent_scores[name] if s >= 4) /
                            len(agent_scores[name])) if agent_scores.get(name) else None}
            for name in agents},
        "agents_by_kind": _agents_by_kind(counts, frt),
        "by_tag": dict(conversations.tag_counts_between(store.conn, start, end, read.channel)),
        "by_language": metrics_language.by_language(store, [i.conversation_id for i in items]),
    }


def _agents_by_kind(counts: dict[tuple[str, Any], _Counts],
                    frt: dict[Any, list[float]]) -> dict[str, dict[str, Any]]:
    """Each agent's figures on each kind of channel: {kind: {agent: figures}} (what Douyin
    scores an agent by is their work on Douyin, beside Feige's figures)."""
    out: dict[str, dict[str, Any]] = defaultdict(dict)
    for (group, key), c in sorted(counts.items(), key=lambda kv: str(kv[0])):
        if group == "agent_on" and key[0]:
            out[key[0]][key[1]] = {"inquiries_first_answered": c.inquiries,
                                   "frt_median_s": m.median(frt["agent_on", key]),
                                   "three_min_rate": c.three_min()}
    return dict(out)


def _buckets(frt: list[float]) -> list[dict[str, Any]]:
    counts = [0] * (len(FRT_BUCKETS) + 1)
    for s in frt:
        counts[bisect_left(FRT_BUCKETS, s)] += 1
    return [{"upto_s": bound, "inquiries": n}
            for bound, n in zip((*FRT_BUCKETS, None), counts, strict=True)]


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
