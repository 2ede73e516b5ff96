"""The e-mail channel's way out: replies by SMTP, threaded in the customer's mail program
(``In-Reply-To``/``References``), with a Message-ID made from the message's own id (a resend
after a crash is the same mail, and the Sent folder tells whether it went), and a copy in the
Sent folder. :class:`~desktop.channels.mail.MailConnector` is built on this."""

from __future__ import annotations

import imaplib
import logging
import re
import smtplib
import ssl
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse
from urllib.request import url2pathname

from desktop.channels.base import ChannelError, Outgoing
from desktop.domain.problems import Code

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.channels.mail import MailSettings

log = logging.getLogger("desktop.channels.mail")
REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|回复|答复|转发)\s*[:：]\s*)+", re.I)


class MailSending:
    """Sending for :class:`~desktop.channels.mail.MailConnector` (its settings, its IMAP
    connection for the Sent folder)."""

    name: str
    settings: MailSettings
    timeout: float
    history: Callable[[str], tuple[list[str], str]]

    def _context(self) -> ssl.SSLContext:
        raise NotImplementedError

    def _imap(self) -> imaplib.IMAP4:
        raise NotImplementedError

    def _smtp(self) -> smtplib.SMTP:
        s = self.settings
        try:
            if s.security == "ssl":
                conn: smtplib.SMTP = smtplib.SMTP_SSL(s.smtp_host, s.smtp_port,
                                                      context=self._context(),
                                                      timeout=self.timeout)
            else:
                conn = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=self.timeout)
                if s.security == "starttls":
                    conn.starttls(context=self._context())
            if s.password and conn.has_extn("auth"):
                conn.login(s.user, s.password)
        except (OSError, smtplib.SMTPException) as exc:
            raise ChannelError(f"SMTP {s.smtp_host}:{s.smtp_port}: {exc}", code=Code.MAIL_SERVER,
                               host=s.smtp_host, port=s.smtp_port) from exc
        return conn

    def message_id(self, message: Outgoing) -> str:
        domain = self.settings.sender.rsplit("@", 1)[-1] or "shopdesk"
        return f"<{message.id.lower()}@{domain}>"

    def compose(self, message: Outgoing) -> EmailMessage:
        earlier, subject = self.history(message.conversation)
        mail = EmailMessage()
        mail["From"] = self.settings.sender
        mail["To"] = message.customer_id
        mail["Subject"] = subject if REPLY_PREFIX.match(subject or "") else \
            f"Re: {subject}" if subject else "Re:"
        mail["Message-ID"] = self.message_id(message)
        mail["Date"] = format_datetime(datetime.fromtimestamp(message.sent_at / 1000,
                                                              UTC))
        if earlier:
            mail["In-Reply-To"] = earlier[-1]
            mail["References"] = " ".join(earlier[-20:])
        mail.set_content(message.text or "")
        for attachment in message.attachments:
            uri = urlparse(str(attachment.get("uri", "")))
            path = Path(url2pathname(uri.path)) if uri.scheme in ("file", "") else Path("-")
            if path.is_file():
                mail.add_attachment(path.read_bytes(), maintype="application",
                                    subtype="octet-stream", filename=attachment.get("name"))
        return mail

    def send(self, message: Outgoing) -> str | None:
        mail = self.compose(message)
        smtp = self._smtp()
        try:
            refused = smtp.send_message(mail)
        except smtplib.SMTPRecipientsRefused as exc:
            raise ChannelError(f"the address was refused: {exc.recipients}", permanent=True,
                               code=Code.ADDRESS_REFUSED,
                               addresses=", ".join(map(str, exc.recipients))) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise ChannelError(f"SMTP: {exc}", code=Code.MAIL_SEND_FAILED) from exc
        finally:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                pass
        if refused:
            raise ChannelError(f"the address was refused: {refused}", permanent=True,
                               code=Code.ADDRESS_REFUSED, addresses=", ".join(map(str, refused)))
        self._keep_in_sent(mail)
        return str(mail["Message-ID"])

    def _sent_folder(self, conn: imaplib.IMAP4) -> str:
        _status, boxes = conn.list()
        for line in boxes or []:
            text = line.decode(errors="replace") if isinstance(line, bytes) else str(line)
            if "\\Sent" in text:
                return text.rsplit(" ", 1)[-1].strip('"')
        return "Sent"

    def _keep_in_sent(self, mail: EmailMessage) -> None:
        """A copy in the Sent folder (a failure here does not unsend the mail)."""
        try:
            conn = self._imap()
            try:
                conn.append(self._sent_folder(conn), "\\Seen",
                            imaplib.Time2Internaldate(datetime.now(UTC)),
                            mail.as_bytes())
            finally:
                conn.logout()
        except (ChannelError, OSError, imaplib.IMAP4.error) as exc:
            log.warning("mail %s: sent, but no copy in the Sent folder: %s", self.name, exc)

    def already_sent(self, message: Outgoing) -> bool:
        """A send cut short: is the mail in the Sent folder?"""
        conn = self._imap()
        try:
            conn.select(self._sent_folder(conn), readonly=True)
            _status, found = conn.uid("SEARCH", None, "HEADER", "Message-ID",
                                     self.message_id(message))
            return bool(found and found[0].split())
        except (OSError, imaplib.IMAP4.error):
            return False
        finally:
            try:
                conn.logout()
            except (OSError, imaplib.IMAP4.error):
                pass
