"""The numbers platforms judge a shop by, defined once (see the README's definitions).

Pure functions over plain message timelines: which customer messages form an inquiry, when it
was responded (a person's reply, or an auto reply the customer did not answer before the next
person's reply), the first human response, and the rates built on them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

DAY_S = 86_400
THREE_MIN_MS = 180_000


class Role(StrEnum):
    BUYER = "buyer"
    HUMAN = "human"
    BOT = "bot"


@dataclass(frozen=True, slots=True)
class Msg:
    at: int  # UTC ms
    role: Role
    agent: str | None = None


class Inquiry(NamedTuple):
    """One inquiry (a plain tuple: a month of them is read from the digests in one go)."""

    start: int  # m0
    buyer_messages: int
    responded_at: int | None  # r
    responded_by_bot: bool
    first_human_at: int | None  # before the next inquiry begins
    first_human_agent: str | None


def inquiries(timeline: Iterable[Msg], as_of: int) -> list[Inquiry]:
    """The inquiries of one conversation, looking only at messages up to ``as_of``."""
    messages = sorted((m for m in timeline if m.at <= as_of), key=lambda m: m.at)
    out: list[Inquiry] = []
    start: int | None = None
    count = 0
    auto: int | None = None  # an auto reply the customer has not answered (yet)
    for m in messages:
        if m.role is Role.BUYER:
            auto = None  # the customer answered the auto reply: it did not respond
            if start is None:
                start, count = m.at, 1
            else:
                count += 1
        elif m.role is Role.BOT:
            if start is not None and auto is None:
                auto = m.at
        elif start is not None:  # a person's reply ends the inquiry
            responded = auto if auto is not None else m.at
            out.append(Inquiry(start, count, responded, auto is not None, m.at, m.agent))
            start, auto = None, None
    if start is not None:
        # still in progress; an auto reply not answered by the as-of time counts as the response
        out.append(Inquiry(start, count, auto, auto is not None, None, None))
    return out


@dataclass(frozen=True, slots=True)
class Digest:
    """What the figures need of one conversation, worked out from its messages once: its
    inquiries (``first_human_agent`` holds the agent's id), when the customer wrote, and
    when people replied. Kept per conversation so a month of figures reads no messages."""

    inquiries: list[Inquiry]
    buyer_times: list[int]
    human_replies: list[tuple[int, str]]  # (time, agent id)


def digest(rows: Iterable[tuple[str, str, str | None, str, int]], as_of: int) -> Digest:
    """A conversation's digest from its messages as (direction, author, agent id, kind,
    sent_at), looking only at messages up to ``as_of``. Notes and system lines are ignored."""
    timeline: list[Msg] = []
    buyer_times: list[int] = []
    human: list[tuple[int, str]] = []
    for direction, author, agent_id, kind, sent_at in rows:
        if direction == "note" or kind == "system" or sent_at > as_of:
            continue
        if direction == "in":
            timeline.append(Msg(sent_at, Role.BUYER))
            buyer_times.append(sent_at)
        else:
            bot = author == "bot"
            timeline.append(Msg(sent_at, Role.BOT if bot else Role.HUMAN, agent_id))
            if not bot and agent_id:
                human.append((sent_at, agent_id))
    return Digest(inquiries(timeline, as_of), buyer_times, human)


def _rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def median(values: list[float]) -> float | None:
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def p90(values: list[float]) -> float | None:
    """Nearest rank: the smallest value with at least 90 % of the values at or below it."""
    if not values:
        return None
    s = sorted(values)
    return s[max(0, math.ceil(0.9 * len(s)) - 1)]


def counts_for_response(i: Inquiry, as_of: int, hours: int,
                        in_holiday_mode: Callable[[int], bool]) -> bool:
    """Whether an inquiry counts for the ``hours`` response rate: not begun in holiday mode,
    and not still waiting with its window not yet over at the as-of time."""
    return not in_holiday_mode(i.start) and \
        not (i.responded_at is None and as_of - i.start < hours * 3_600_000)


def responded_within(i: Inquiry, hours: int) -> bool:
    return i.responded_at is not None and i.responded_at - i.start <= hours * 3_600_000


def response_rate(items: list[Inquiry], as_of: int, hours: int,
                  in_holiday_mode: Callable[[int], bool]) -> float | None:
    """Inquiries responded within ``hours`` of m0, over those that count."""
    counted = [i for i in items if counts_for_response(i, as_of, hours, in_holiday_mode)]
    return _rate(sum(1 for i in counted if responded_within(i, hours)), len(counted))


def needs_a_person(i: Inquiry, as_of: int, begun_in_working_hours: bool) -> bool:
    """Whether an inquiry counts for the 3-minute rate: begun in working hours, not responded
    by an auto reply, and (if still open) 180 s have passed."""
    return begun_in_working_hours and not i.responded_by_bot and \
        (i.responded_at is not None or as_of - i.start >= THREE_MIN_MS)


def person_within_3_min(i: Inquiry) -> bool:
    return i.first_human_at is not None and i.first_human_at - i.start <= THREE_MIN_MS


def three_minute_rate(items: list[Inquiry], as_of: int,
                      working: Callable[[int], bool]) -> float | None:
    """Over inquiries that need a person: the share answered by a person within 180 s."""
    counted = [i for i in items if needs_a_person(i, as_of, working(i.start))]
    return _rate(sum(1 for i in counted if person_within_3_min(i)), len(counted))


def frt_seconds(items: list[Inquiry]) -> list[float]:
    return [(i.first_human_at - i.start) / 1000 for i in items if i.first_human_at is not None]


def bot_handled_share(items: list[Inquiry]) -> float | None:
    responded = [i for i in items if i.responded_at is not None]
    return _rate(sum(1 for i in responded if i.responded_by_bot), len(responded))


@dataclass(frozen=True, slots=True)
class Band:
    """Green from ``green``, yellow from ``yellow``; ``lower_is_better`` for times."""

    green: float
    yellow: float
    lower_is_better: bool = False

    def colour(self, value: float | None) -> str | None:
        if value is None:
            return None
        if self.lower_is_better:
            return "green" if value <= self.green else "yellow" if value <= self.yellow else "red"
        return "green" if value >= self.green else "yellow" if value >= self.yellow else "red"

    def points(self, value: float | None) -> float | None:
        """0–100: 100 at green or better, 60 at the yellow line, proportionally in between and
        below (to 0 at nothing)."""
        if value is None:
            return None
        if self.lower_is_better:
            if value <= self.green:
                return 100.0
            if value <= self.yellow:
                return 100 - 40 * (value - self.green) / (self.yellow - self.green)
            return max(0.0, 60 * (1 - (value - self.yellow) / self.yellow))
        if value >= self.green:
            return 100.0
        if value >= self.yellow:
            return 60 + 40 * (value - self.yellow) / (self.green - self.yellow)
        return 60 * value / self.yellow if self.yellow else 0.0


def service_score(speed: float | None, resolution: float | None, satisfaction: float | None,
                  bands: dict[str, Band]) -> dict:
    """30 % response speed (the 3-minute rate), 50 % resolution, 20 % satisfaction; a part
    without data leaves the weights of the others."""
    parts = {"speed": (0.3, bands["three_min_rate"].points(speed)),
             "resolution": (0.5, bands["resolution_rate"].points(resolution)),
             "satisfaction": (0.2, bands["csat"].points(satisfaction))}
    known = {k: (w, p) for k, (w, p) in parts.items() if p is not None}
    total = sum(w for w, _ in known.values())
    score = sum(w * p for w, p in known.values()) / total if total else None
    return {"score": None if score is None else round(score, 1),
            "parts": {k: None if p is None else round(p, 1) for k, (_, p) in parts.items()},
            "weights": {"speed": 0.3, "resolution": 0.5, "satisfaction": 0.2}}
