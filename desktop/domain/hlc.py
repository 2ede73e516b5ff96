"""A hybrid logical clock: the order of changes across the team's desktops.

Each stamp is (wall-clock milliseconds, a counter, the device id). It never goes backwards on
one desktop even when its clock does, it always moves past every stamp the desktop has seen
from others, and it stays close to real time — so "last writer wins" means what people expect
whenever the desktops' clocks are roughly right, and is still one agreed order when they are
not. Stamps sort as text (``0001795418448123-00000-DEVICE``), which is how the change log
keeps them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

_MAX_COUNTER = 99_999


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    wall: int  # UTC ms
    counter: int
    device: str

    def text(self) -> str:
        return f"{self.wall:016d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


class Clock:
    """One desktop's clock. ``now()`` stamps a local change; ``seen()`` takes in a stamp that
    arrived from another desktop."""

    def __init__(self, device: str, wall: Callable[[], int], last: Stamp | None = None) -> None:
        self.device = device
        self.wall = wall
        self.last = last or Stamp(0, 0, device)

    def now(self) -> Stamp:
        physical = self.wall()
        if physical > self.last.wall:
            self.last = Stamp(physical, 0, self.device)
        else:
            self.last = Stamp(self.last.wall, self.last.counter + 1, self.device)
        return self.last

    def many(self, count: int) -> list[str]:
        """The texts of ``count`` stamps in a row, as ``count`` calls of :meth:`now` made
        within the same millisecond would give them (a batch of changes, stamped at once).
        The counter has five digits: past 99,999 the stamps move on to the next millisecond."""
        physical = self.wall()
        if physical > self.last.wall:
            wall, counter = physical, 0
        else:
            wall, counter = self.last.wall, self.last.counter + 1
        out: list[str] = []
        suffix = f"-{self.device}"
        while len(out) < count:
            if counter > _MAX_COUNTER:
                wall, counter = wall + 1, 0
            take = min(count - len(out), _MAX_COUNTER + 1 - counter)
            prefix = f"{wall:016d}-"
            out += [f"{prefix}{c:05d}{suffix}" for c in range(counter, counter + take)]
            counter += take
        if count:
            self.last = Stamp(wall, counter - 1, self.device)
        return out

    def seen(self, other: Stamp) -> None:
        physical = self.wall()
        top = max(physical, self.last.wall, other.wall)
        if top == self.last.wall == other.wall:
            counter = max(self.last.counter, other.counter) + 1
        elif top == self.last.wall:
            counter = self.last.counter + 1
        elif top == other.wall:
            counter = other.counter + 1
        else:
            counter = 0
        self.last = Stamp(top, counter, self.device)
