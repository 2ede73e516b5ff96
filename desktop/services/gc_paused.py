"""Pausing Python's cycle collector around work that builds many small objects at once.

Reading a month of inquiries or importing a million messages creates hundreds of thousands of
tuples that never form cycles; the collector would still walk every live object again and
again while they pile up (it cost half the time of a month's figures). Reference counting
frees them as usual; the collector runs once afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
