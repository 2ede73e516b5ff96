"""One app window per shop file: an operating-system lock on ``<shop>.lock``.

The lock is held for as long as the window runs and the system releases it when the process
ends, however it ends (a crash, a kill), so a stale lock never keeps the shop closed. The
window that holds it listens for later starts and comes forward (``desktop/ui/instance.py``);
the command line does not take it (its sending is safe beside the app: the outbox claims).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from pathlib import Path
from typing import IO, Any


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


def server_name(key: str) -> str:
    """The name the window on the shop with this ``key`` listens under."""
    return f"shopdesk-{key}"


def ask_window(path: Path | str, request: dict[str, Any],
               timeout_s: float = 5.0) -> dict[str, Any] | None:
    """Ask the window open on the shop at ``path`` (its knowledge base's matcher already
    built): the answer, or None when no window is open or it does not answer in time.

    Plain sockets, not Qt: the command line stays quick. Qt's local server is a Unix socket
    in the temporary folder, or a named pipe on Windows."""
    name = server_name(ShopLock(path).key)
    line = b"ask " + json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n"
    try:
        if os.name == "nt":
            with open(rf"\\.\pipe\{name}", "r+b", buffering=0) as pipe:
                pipe.write(line)
                return json.loads(pipe.readline())  # type: ignore[no-any-return]
        # where Qt's local server puts its socket: QDir::tempPath()
        folder = (os.environ.get("TMPDIR") or "/tmp").rstrip("/") or "/"
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout_s)
            sock.connect(os.path.join(folder, name))
            sock.sendall(line)
            with sock.makefile("rb") as answer:
                return json.loads(answer.readline())  # type: ignore[no-any-return]
    except (OSError, ValueError):
        return None
