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
        return _text(self.wall, self.counter, self.device)

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)

    def plus(self, steps: int) -> Stamp:
        """The stamp ``steps`` places later in a block handed out by :meth:`Clock.block`
        (the counter has five digits: past 99,999 the block moves on to the next
        millisecond)."""
        total = self.counter + steps
        return Stamp(self.wall + total // (_MAX_COUNTER + 1), total % (_MAX_COUNTER + 1),
                     self.device)

    def texts(self, steps: list[int]) -> list[str]:
        """The texts of this stamp and of the stamps ``steps[0]``, ``steps[0] + steps[1]``
        ... places later (as :meth:`plus` gives them): a block's stamps for changes of
        those sizes, without a Stamp each."""
        wall, counter, device = self.wall, self.counter, self.device
        out = []
        for step in steps:
            out.append(_text(wall, counter, device))
            total = counter + step
            wall += total // (_MAX_COUNTER + 1)
            counter = total % (_MAX_COUNTER + 1)
        return out


def _text(wall: int, counter: int, device: str) -> str:
    return f"{wall:016d}-{counter:05d}-{device}"


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
        else:  # five counter digits keep stamps sorting as text: past them, the next ms
            self.last = self.last.plus(1)
        return self.last

    def block(self, count: int) -> Stamp:
        """Reserve ``count`` stamps in a row, as ``count`` calls of :meth:`now` made within
        the same millisecond would give them (a transaction's changes, stamped at once);
        returns the first. The others are ``first.plus(1)`` ... ``first.plus(count - 1)``,
        so a run of changes can be logged as its first stamp and a length."""
        physical = self.wall()
        first = Stamp(physical, 0, self.device) if physical > self.last.wall else self.last.plus(1)
        if count:
            self.last = first.plus(count - 1)
        return first

    def many(self, count: int) -> list[str]:
        """The texts of the ``count`` stamps :meth:`block` reserves."""
        return self.block(count).texts([1] * count)

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
