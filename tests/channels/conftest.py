"""Real mail servers on 127.0.0.1: Debian's dovecot for IMAP (started here with its own
configuration, users and mail folders in a temporary directory) and aiosmtpd for SMTP, which
delivers what it receives into the recipient's dovecot INBOX."""

from __future__ import annotations

import imaplib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from functools import partial
from pathlib import Path

import pytest

USERS = {"shop@example.com": "shop-secret", "buyer@example.com": "buyer-secret"}
CONFIG = """
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
first_valid_uid = 1
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={root}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {port}
  }}
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Dovecot:
    def __init__(self, certificate: Path | None = None) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="shopdesk-dovecot-", dir="/tmp"))
        os.chmod(self.root, 0o777)
        for sub in ("run", "state", "mail", "home"):
            (self.root / sub).mkdir()
            os.chmod(self.root / sub, 0o777)
        self.port = _free_port()
        (self.root / "passwd").write_text(
            "".join(f"{u}:{{PLAIN}}{p}\n" for u, p in USERS.items()))
        self.config = self.root / "dovecot.conf"
        config = CONFIG.format(root=self.root, port=self.port)
        if certificate is not None:  # STARTTLS on the imap port, and imaps on another
            self.tls_port = _free_port()
            config = config.replace("ssl = no", f"ssl = yes\nssl_cert = <{certificate}/server.pem"
                                                f"\nssl_key = <{certificate}/server.key")
            config = config.replace("  inet_listener imap {", f"  inet_listener imaps {{\n"
                                    f"    port = {self.tls_port}\n    ssl = yes\n  }}\n"
                                    "  inet_listener imap {")
        self.config.write_text(config)
        subprocess.run(["dovecot", "-c", str(self.config)], check=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError((self.root / "dovecot.log").read_text())

    def imap(self, user: str) -> imaplib.IMAP4:
        conn = imaplib.IMAP4("127.0.0.1", self.port)
        conn.login(user, USERS[user])
        return conn

    def deliver(self, user: str, raw: bytes, folder: str = "INBOX") -> None:
        conn = self.imap(user)
        try:
            status, _ = conn.append(folder, None, None, raw)
            assert status == "OK"
        finally:
            conn.logout()

    def mails(self, user: str, folder: str = "INBOX") -> list[bytes]:
        conn = self.imap(user)
        try:
            conn.select(folder, readonly=True)
            _, found = conn.search(None, "ALL")
            out = []
            for n in (found[0] or b"").split():
                _, data = conn.fetch(n, "(BODY.PEEK[])")
                out.append(data[0][1])
            return out
        finally:
            conn.logout()

    def stop(self) -> None:
        subprocess.run(["doveadm", "-c", str(self.config), "stop"], capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture
def dovecot():
    if shutil.which("dovecot") is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd; .ci/run does)")
    server = Dovecot()
    yield server
    server.stop()


@pytest.fixture
def dovecot_tls(certificate):
    if shutil.which("dovecot") is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd; .ci/run does)")
    server = Dovecot(certificate)
    yield server
    server.stop()


@pytest.fixture
def smtp(dovecot):
    """An SMTP server on 127.0.0.1 that delivers into dovecot; ``.received`` keeps a copy."""
    from aiosmtpd.controller import Controller

    class Deliver:
        def __init__(self) -> None:
            self.received: list[tuple[list[str], bytes]] = []

        async def handle_DATA(self, server, session, envelope):
            self.received.append((list(envelope.rcpt_tos), envelope.content))
            for rcpt in envelope.rcpt_tos:
                if rcpt in USERS:
                    dovecot.deliver(rcpt, envelope.content)
            return "250 OK"

    handler = Deliver()
    controller = Controller(handler, hostname="127.0.0.1", port=_free_port())
    controller.start()
    handler.port = controller.port
    yield handler
    controller.stop()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory):
    """A certificate authority and a certificate for 127.0.0.1 it signed (made with openssl)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")
    run = partial(subprocess.run, check=True, capture_output=True, cwd=d)
    run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=ShopDesk test CA", "-keyout", "ca.key", "-out", "ca.pem"])
    run(["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
         "-keyout", "server.key", "-out", "server.csr"])
    (d / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\n")
    run(["openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
         "-CAcreateserial", "-days", "2", "-extfile", "ext.cnf", "-out", "server.pem"])
    os.chmod(d, 0o755)
    for name in ("server.key", "server.pem", "ca.pem"):
        os.chmod(d / name, 0o644)
    return d
