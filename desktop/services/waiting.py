"""Who is waiting for the shop right now: the figure beside the rates, which count an inquiry
only once it is answered or its window is over (so "today so far" can read 100 % while
customers wait). Waiting is the inbox's own: a customer's message no person has answered
yet, in an open conversation."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from desktop.domain.metrics import THREE_MIN_MS
from desktop.store import waits
from desktop.store.db import Store

DAY_MS = 86_400_000


@dataclass(frozen=True, slots=True)
class WaitingNow:
    as_of: int
    waiting: int  # customers waiting now
    oldest_since: int | None  # when the longest wait began
    within_3min: int  # waiting under 3 minutes: still inside the 3-minute window
    past_3min: int
    within_24h: int  # still inside the 24-hour window
    past_24h: int

    @property
    def longest_s(self) -> float | None:
        return None if self.oldest_since is None else \
            max(0, self.as_of - self.oldest_since) / 1000

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "longest_s": self.longest_s}


def now(store: Store, as_of: int | None = None) -> WaitingNow:
    """The customers waiting at ``as_of`` (default: now) and how long."""
    as_of = store.clock() if as_of is None else as_of
    count, oldest, within_3, within_24 = waits.waiting_counts(
        store.conn, as_of - THREE_MIN_MS, as_of - DAY_MS)
    return WaitingNow(as_of, count, oldest, within_3, count - within_3, within_24,
                      count - within_24)


# the "now" figures that are a group of the waiting customers: (began after, began at or
# before), as offsets from the moment the figures were read
_GROUPS = {"within_3min": (-THREE_MIN_MS, None), "past_3min": (None, -THREE_MIN_MS),
           "within_24h": (-DAY_MS, None), "past_24h": (None, -DAY_MS)}


def group_bounds(figure: str, as_of: int) -> tuple[int | None, int | None]:
    """The waits one figure of ``now`` counts, as (began after, began at or before) in ms;
    (None, None) for every waiting customer."""
    after, until = _GROUPS.get(figure, (None, None))
    return (None if after is None else as_of + after,
            None if until is None else as_of + until)
