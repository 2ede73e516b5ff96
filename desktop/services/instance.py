"""One app window per shop file: an operating-system lock on ``<shop>.lock``.

The lock is held for as long as the window runs and the system releases it when the process
ends, however it ends (a crash, a kill), so a stale lock never keeps the shop closed. The
window that holds it listens for later starts and comes forward (``desktop/ui/instance.py``);
the command line does not take it (its sending is safe beside the app: the outbox claims).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import IO


class ShopLock:
    """The lock beside the shop file at ``path``."""

    def __init__(self, path: Path | str) -> None:
        self.shop = Path(path).resolve()
        self.path = self.shop.with_name(self.shop.name + ".lock")
        self._file: IO[bytes] | None = None

    @property
    def key(self) -> str:
        """A short name for this shop file (the same for every process on this machine)."""
        text = str(self.shop).lower() if os.name == "nt" else str(self.shop)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]

    def acquire(self) -> bool:
        """Take the lock without waiting; ``False`` when another process holds it."""
        if self._file is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open as long as the lock
        try:
            if os.name == "nt":
                import msvcrt
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the file releases the lock
            self._file = None
