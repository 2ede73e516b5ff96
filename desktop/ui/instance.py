"""The first window on a shop listens for later starts on the same shop and comes forward;
a later start asks it to, then leaves (the file lock says which is first:
``desktop/services/instance.py``). The command line asks it too, for what it keeps ready
(``shopdesk kb match`` with the knowledge base's matcher built: ``ask_window``)."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.services.instance import server_name

__all__ = ["InstanceServer", "ask_to_show", "server_name"]
log = logging.getLogger(__name__)
_SHOW, _SHOWN, _ASK = b"show\n", b"shown\n", b"ask "
Answer = Callable[[dict[str, Any], Callable[[dict[str, Any]], None]], None]


class InstanceServer(QObject):
    """Listens under ``name``; each later start that says "show" calls ``show``; a command
    that asks (``ask {json}``) is answered by ``answer(request, reply)``."""

    def __init__(self, name: str, show: Callable[[], None], answer: Answer | None = None
                 ) -> None:
        super().__init__()
        self.show = show
        self.answer = answer
        self.answered = 0
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # left by a crash: we hold the lock, it is ours
        if self.server.listen(name):
            log.info("the window on this shop listens for later starts")
        else:
            log.warning("cannot listen for later starts: %s", self.server.errorString())
        self.server.newConnection.connect(self._incoming)

    def _incoming(self) -> None:
        while (sock := self.server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if sock.property("ask") or sock.peek(len(_ASK)).data() == _ASK:
            self._ask(sock)
            return
        if bytes(sock.readAll().data()).startswith(_SHOW):
            log.info("another start on this shop: the window comes forward")
            self.show()
            sock.write(_SHOWN)
            sock.flush()


    def _ask(self, sock: QLocalSocket) -> None:
        sock.setProperty("ask", True)
        if not sock.canReadLine():
            return  # the rest of the line is on its way
        line = bytes(sock.readLine().data())[len(_ASK):]

        def reply(answer: dict[str, Any]) -> None:
            self.answered += 1
            if sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
                sock.write(json.dumps(answer, ensure_ascii=False).encode("utf-8") + b"\n")
                sock.flush()

        try:
            request = json.loads(line)
        except ValueError:
            reply({"error": "not a request"})
            return
        if self.answer is None or not isinstance(request, dict):
            reply({"error": "not a request"})
            return
        self.answer(request, reply)


def ask_to_show(name: str, wait_s: float = 10.0) -> bool:
    """Ask the window listening under ``name`` to come forward; ``True`` once it has. It
    may still be starting: asked again until ``wait_s`` has passed."""
    deadline = time.monotonic() + wait_s
    while True:
        sock = QLocalSocket()
        sock.connectToServer(name)
        if sock.waitForConnected(1000):
            sock.write(_SHOW)
            sock.waitForBytesWritten(1000)
            answered = sock.waitForReadyRead(3000) and \
                bytes(sock.readAll().data()).startswith(_SHOWN)
            sock.disconnectFromServer()
            if answered:
                return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
