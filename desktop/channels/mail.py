"""The e-mail channel: new mail in over IMAP, replies out over SMTP (``mail_send``).

In: the INBOX is read from the last UID seen (UIDVALIDITY tracked: when the server renumbers,
everything is read again and the Message-IDs already stored are skipped, so nothing is fetched
twice or missed). Chinese providers such as 163/126 refuse ``SELECT`` until the client says who
it is, so the IMAP ``ID`` command is sent first. A mail joins the conversation of the mail it
answers (In-Reply-To / References, then the subject) only when it comes from that
conversation's customer or from the shop's own address; otherwise it starts a conversation of
its own. HTML is shown as plain text, attachments are kept as files, each in a file of its own
(never overwriting another mail's). A mail that cannot be read is kept as a raw ``.eml``
in the quarantine folder and reported; the channel carries on.

Out: replies go by SMTP with ``In-Reply-To`` and ``References`` so they thread in the
customer's mail program, a Message-ID made from the message's own id (so a resend after a crash
is the same mail, and the Sent folder tells whether it went), and a copy in the Sent folder.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import imaplib
import logging
import re
import select
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from desktop.channels.base import ChannelError, Fetched
from desktop.channels.mail_send import REPLY_PREFIX, MailSending
from desktop.domain.model import CUSTOMER, CustomerRef, Direction, MessageKind, MessageRecord
from desktop.domain.problems import Code
from desktop.domain.timefmt import moment_in_zone

log = logging.getLogger(__name__)
MAX_MAIL = 64 * 1024 * 1024  # bigger mails are left on the server and reported (30 MB of
# attachment is ~41 MB encoded)
MAX_DEPTH = 20  # multipart nesting deeper than this is a mail bomb
BATCH = 25


@dataclass(frozen=True)
class MailSettings:
    imap_host: str
    imap_port: int
    smtp_host: str
    smtp_port: int
    user: str
    password: str
    security: str = "ssl"  # ssl | starttls | none (127.0.0.1 only)
    address: str | None = None  # the shop's address (default: the user name)
    ca_file: str | None = None  # a company's own certificate authority, when it has one

    @property
    def sender(self) -> str:
        return self.address or self.user


class _Text(HTMLParser):
    """HTML mail as plain text: paragraphs and line breaks kept, scripts and styles dropped."""

    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote",
                        "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)

    def text(self) -> str:
        joined = "".join(self.parts)
        return re.sub(r"\n\s*\n\s*\n+", "\n\n", re.sub(r"[ \t\r\f\v]+", " ", joined)).strip()


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return parser.text()


def normalized_subject(subject: str) -> str:
    return REPLY_PREFIX.sub("", subject or "").strip().lower()


def _ids(value: str | None) -> list[str]:
    return re.findall(r"<[^<>\s]+>", value or "")


def _decoded(part: Any) -> str:
    """A text part's content, whatever its declared charset says."""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError, AssertionError, ValueError):
        raw = part.get_payload(decode=True) or b""
        for charset in (part.get_content_charset() or "", "utf-8", "gb18030", "latin-1"):
            try:
                return raw.decode(charset or "utf-8")
            except (LookupError, UnicodeError):
                continue
        return raw.decode("utf-8", "replace")


def _keep_new(folder: Path, name: str, data: bytes) -> Path:
    """Write an attachment to a file of its own: a name already taken (another mail with the
    same Message-ID, or the same name twice in one mail) gets a number, never overwritten."""
    stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
    for n in range(1, 10_000):
        path = folder / (name if n == 1 else f"{stem}-{n}{dot}{suffix}")
        try:
            with path.open("xb") as out:
                out.write(data)
            return path
        except FileExistsError:
            continue
    raise OSError(f"too many attachments named {name} in {folder}")


class MailConnector(MailSending):
    """One mailbox. ``thread`` answers: for these Message-IDs (or this sender and subject),
    which stored conversation do they belong to; ``history`` gives a conversation's Message-IDs
    and subject so a reply threads."""

    def __init__(self, name: str, settings: MailSettings, zone: Any, files: Path,
                 quarantine: Path,
                 thread: Callable[[list[str], str, str], str | None] = lambda *_: None,
                 history: Callable[[str], tuple[list[str], str]] = lambda _c: ([], ""),
                 timeout: float = 30.0) -> None:
        self.name = name
        self.settings = settings
        self.zone = zone
        self.files = files
        self.quarantine = quarantine
        self.thread = thread
        self.history = history
        self.timeout = timeout

    # -- connections ----------------------------------------------------------------------------
    def _context(self) -> ssl.SSLContext:
        """Certificates are always verified (against the system's authorities, or the
        mailbox's own ``ca_file``)."""
        return ssl.create_default_context(cafile=self.settings.ca_file)

    def _imap(self) -> imaplib.IMAP4:
        s = self.settings
        try:
            if s.security == "ssl":
                conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(s.imap_host, s.imap_port,
                                                        ssl_context=self._context(),
                                                        timeout=self.timeout)
            else:
                conn = imaplib.IMAP4(s.imap_host, s.imap_port, timeout=self.timeout)
                if s.security == "starttls":
                    conn.starttls(self._context())
            conn.login(s.user, s.password)
        except (OSError, imaplib.IMAP4.error) as exc:
            raise ChannelError(f"IMAP {s.imap_host}:{s.imap_port}: {exc}",
                               code=Code.MAIL_UNREADABLE, host=s.imap_host,
                               port=s.imap_port) from exc
        if "ID" in conn.capabilities:  # 163/126 refuse SELECT without it
            try:
                conn.xatom("ID", '("name" "ShopDesk" "vendor" "ShopDesk" "version" "1")')
            except imaplib.IMAP4.error:
                pass
        return conn

    def fetch(self, cursor: dict[str, Any]) -> Fetched:
        conn = self._imap()
        try:
            status, _ = conn.select("INBOX", readonly=True)
            if status != "OK":
                raise ChannelError("the mailbox has no INBOX", code=Code.MAIL_NO_INBOX)
            validity = int((conn.response("UIDVALIDITY")[1] or [b"0"])[0])
            last = int(cursor.get("last_uid", 0)) if cursor.get("uidvalidity") == validity else 0
            _status, found = conn.uid("SEARCH", None, f"UID {last + 1}:*")
            uids = sorted(int(u) for u in (found[0] or b"").split() if int(u) > last)
            out = Fetched(cursor={"uidvalidity": validity, "last_uid": last})
            for start in range(0, len(uids), BATCH):
                chunk = uids[start : start + BATCH]
                self._fetch_chunk(conn, chunk, out)
                out.cursor["last_uid"] = chunk[-1]
            return out
        except (OSError, imaplib.IMAP4.error) as exc:
            raise ChannelError(f"IMAP: {exc}", code=Code.MAIL_READ_FAILED) from exc
        finally:
            try:
                conn.logout()
            except (OSError, imaplib.IMAP4.error):
                pass

    def _fetch_chunk(self, conn: imaplib.IMAP4, uids: list[int], out: Fetched) -> None:
        _status, sizes = conn.uid("FETCH", ",".join(map(str, uids)), "(RFC822.SIZE)")
        too_big = set()
        for line in sizes or []:
            text = line.decode() if isinstance(line, bytes) else ""
            m = re.search(r"UID (\d+).*RFC822\.SIZE (\d+)|RFC822\.SIZE (\d+).*UID (\d+)", text)
            if m:
                uid = int(m.group(1) or m.group(4))
                if int(m.group(2) or m.group(3)) > MAX_MAIL:
                    too_big.add(uid)
                    out.skipped.append((f"UID {uid}", f"larger than {MAX_MAIL >> 20} MB"))
        wanted = [u for u in uids if u not in too_big]
        if not wanted:
            return
        _status, data = conn.uid("FETCH", ",".join(map(str, wanted)), "(UID BODY.PEEK[])")
        for item in data or []:
            if not isinstance(item, tuple):
                continue
            m = re.search(rb"UID (\d+)", item[0])
            uid = int(m.group(1)) if m else 0
            try:
                out.records.append(self.to_record(item[1]))
            except Exception as exc:  # noqa: BLE001 - one bad mail never stops the channel
                self._quarantine(uid, item[1], exc)
                out.skipped.append((f"UID {uid}", f"{type(exc).__name__}: {exc}"[:300]))

    def _quarantine(self, uid: int, raw: bytes, exc: Exception) -> None:
        self.quarantine.mkdir(parents=True, exist_ok=True)
        path = self.quarantine / f"{self.name}-uid{uid}.eml"
        path.write_bytes(raw)
        log.warning("mail %s UID %s kept in %s: %s", self.name, uid, path, exc)

    def to_record(self, raw: bytes) -> MessageRecord:
        """One mail as a message of its conversation."""
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        sender = getaddresses([str(msg.get("From", ""))])
        if not sender or "@" not in sender[0][1]:
            raise ValueError("no sender address")
        name, address = sender[0]
        message_id = (_ids(str(msg.get("Message-ID", ""))) or
                      [f"<{hashlib.sha256(raw).hexdigest()[:32]}@shopdesk.nomid>"])[0]
        references = _ids(str(msg.get("References", ""))) + \
            _ids(str(msg.get("In-Reply-To", "")))
        subject = str(msg.get("Subject", "") or "")
        # a mail joins a thread only as its customer's (or the shop's own) mail: one citing
        # another customer's Message-ID starts a conversation of its own
        conversation = self.thread(references, address.lower(), normalized_subject(subject)) \
            or message_id
        text, attachments = self._content(msg, message_id)
        try:
            sent = parsedate_to_datetime(str(msg["Date"])) if msg["Date"] else None
        except (TypeError, ValueError, IndexError):
            sent = None
        when = sent if sent and sent.tzinfo else datetime.now(UTC)
        kind = MessageKind.TEXT if text or not attachments else MessageKind.IMAGE
        return MessageRecord(
            self.name, conversation, CustomerRef(address.lower(), name or address), message_id,
            Direction.IN, CUSTOMER, kind, text[:20_000] or "",
            moment_in_zone(int(when.timestamp() * 1000), self.zone),
            attachments=tuple(attachments),
            extra={"subject": subject[:500], "subject_key": normalized_subject(subject)[:500],
                   "references": references[:20]})

    def _content(self, msg: EmailMessage, message_id: str) -> tuple[str, list[dict[str, Any]]]:
        plain: list[str] = []
        html: list[str] = []
        attachments: list[dict[str, Any]] = []
        folder = self.files / hashlib.sha256(message_id.encode()).hexdigest()[:16]

        def walk(part: Any, depth: int) -> None:
            if depth > MAX_DEPTH:
                raise ValueError(f"multipart nested deeper than {MAX_DEPTH} levels")
            if part.is_multipart():
                for sub in part.iter_parts() if hasattr(part, "iter_parts") else \
                        part.get_payload():
                    walk(sub, depth + 1)
                return
            disposition = part.get_content_disposition()
            filename = part.get_filename()
            ctype = part.get_content_type()
            if disposition == "attachment" or filename or not ctype.startswith("text/"):
                data = part.get_payload(decode=True) or b""
                safe = re.sub(r"[^\w.\-\u4e00-\u9fff]+", "_", filename or "attachment")
                safe = safe.lstrip(".")[:120] or "attachment"
                folder.mkdir(parents=True, exist_ok=True)
                path = _keep_new(folder, safe, data)
                attachments.append({"name": filename or safe, "uri": path.as_uri(),
                                    "size": len(data), "type": ctype})
            elif ctype == "text/html":
                html.append(_decoded(part))
            else:
                plain.append(_decoded(part))

        walk(msg, 0)
        text = "\n".join(p.strip() for p in plain if p.strip())
        if not text and html:
            text = "\n".join(html_to_text(h) for h in html)
        return text.strip(), attachments

    def wait_for_mail(self, stop: threading.Event, longest_s: float = 25 * 60) -> bool | None:
        """IMAP IDLE: True when new mail arrived, False when the time is up or ``stop`` was
        set, None when the server has no IDLE. Servers drop idle clients after 30 minutes,
        hence the 25."""
        conn = self._imap()
        try:
            if "IDLE" not in conn.capabilities:
                return None
            conn.select("INBOX", readonly=True)
            tag = conn._new_tag().decode()
            conn.send(f"{tag} IDLE\r\n".encode())
            if not conn.readline().startswith(b"+"):
                return False
            deadline = time.monotonic() + longest_s
            arrived = False
            while not stop.is_set() and time.monotonic() < deadline and not arrived:
                # wait on the socket, not in a read: a read that times out spoils the stream
                readable, _, _ = select.select([conn.sock], [], [], 1.0)
                if not readable:
                    continue
                line = conn.readline()
                if not line:
                    raise ChannelError("the IMAP server closed the connection")
                arrived = line.startswith(b"*") and b"EXISTS" in line
            conn.send(b"DONE\r\n")
            while not conn.readline().startswith(tag.encode()):
                pass
            return arrived
        except (OSError, imaplib.IMAP4.error) as exc:
            raise ChannelError(f"IMAP IDLE: {exc}") from exc
        finally:
            try:
                conn.logout()
            except (OSError, imaplib.IMAP4.error):
                pass
