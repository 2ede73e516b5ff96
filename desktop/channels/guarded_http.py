"""A small HTTP server that a misbehaving client cannot wear down.

The standard library's ``ThreadingHTTPServer`` gives every connection a thread for as long as
the client likes and reads whatever body length it is told. Here:

- at most ``max_connections`` connections are served at once; one more is answered
  ``503`` at once and closed, without a thread;
- a connection that sends nothing for ``idle_timeout`` seconds is closed, and one still sending
  its request after ``request_deadline`` seconds (a client dripping a byte at a time) is cut;
- :func:`body_length` refuses a missing (411), malformed or negative (400) or too large (413)
  ``Content-Length`` before anything of the body is read.
"""

from __future__ import annotations

import logging
import re
import socket
import threading
import time
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

log = logging.getLogger(__name__)

_DIGITS = re.compile(r"[0-9]{1,15}")
_BUSY_BODY = b'{"error": "too many connections, try again shortly"}'
_BUSY = (b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: application/json\r\n"
         b"Retry-After: 5\r\nConnection: close\r\nContent-Length: "
         + str(len(_BUSY_BODY)).encode() + b"\r\n\r\n" + _BUSY_BODY)


def body_length(headers: Message, limit: int) -> tuple[int, str] | int:
    """The body's length, or ``(status, reason)`` when the request must be refused."""
    if headers.get("Transfer-Encoding"):
        return 411, "send the body with a Content-Length (no chunked encoding)"
    given = headers.get_all("Content-Length") or []
    if not given:
        return 411, "Content-Length required"
    values = {v.strip() for v in given}
    if len(values) != 1 or not _DIGITS.fullmatch(next(iter(values))):
        return 400, "Content-Length must be one whole number of bytes"
    length = int(next(iter(values)))
    if length > limit:
        return 413, f"at most {limit // 1_048_576} MB a request"
    return length


class _Watchdog(threading.Thread):
    """Cuts the connections still sending their request after the deadline (one thread for
    all of them: the socket is shut down, so the handler's read ends)."""

    def __init__(self, deadline: float) -> None:
        super().__init__(name="http-watchdog", daemon=True)
        self.deadline = deadline
        self.lock = threading.Lock()
        self.watched: dict[socket.socket, float] = {}
        self.stopped = threading.Event()

    def watch(self, conn: socket.socket) -> None:
        with self.lock:
            self.watched[conn] = time.monotonic() + self.deadline

    def forget(self, conn: socket.socket) -> None:
        with self.lock:
            self.watched.pop(conn, None)

    def run(self) -> None:
        step = min(1.0, max(0.05, self.deadline / 10))
        while not self.stopped.wait(step):
            now = time.monotonic()
            with self.lock:
                late = [c for c, until in self.watched.items() if until < now]
                for conn in late:
                    del self.watched[conn]
            for conn in late:
                log.info("http: a request still arriving after %.0f s was cut", self.deadline)
                try:
                    conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


class GuardedHTTPServer(ThreadingHTTPServer):
    """``ThreadingHTTPServer`` with a connection cap, idle and request time-outs."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], *,
                 max_connections: int, idle_timeout: float, request_deadline: float) -> None:
        handler.timeout = idle_timeout  # StreamRequestHandler sets it on each connection
        self.slots = threading.BoundedSemaphore(max_connections)
        self.watchdog = _Watchdog(request_deadline)
        super().__init__(address, handler)  # may fail (the port is taken): nothing started
        self.watchdog.start()

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            try:
                request.settimeout(1)
                request.sendall(_BUSY)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        self.watchdog.watch(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.watchdog.forget(request)
            self.slots.release()

    def request_received(self, request: Any) -> None:
        """The whole request is in: its handling is not cut by the deadline."""
        self.watchdog.forget(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.warning("http: connection from %s ended badly", client_address, exc_info=True)

    def server_close(self) -> None:
        self.watchdog.stopped.set()
        super().server_close()
