"""What went wrong with a channel, as a code and its values: a reply that was not sent (kept
with the outbox row) or a channel in trouble (kept with the channel's state). The channel's
English sentence goes with it for logs and the command line; the window words the code."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Code(StrEnum):
    """Every problem a channel reports; the values each one carries are in its comment. The
    strings are stored: never change one, add a new one."""

    REPLY_URL_UNREACHABLE = "webhook.unreachable"  # url
    BRIDGE_BUSY = "webhook.busy"  # status (HTTP)
    BRIDGE_REFUSED = "webhook.refused"  # status (HTTP), detail (the bridge's words)
    NO_REPLY_URL = "webhook.no_reply_url"
    NO_TOKEN = "webhook.no_token"  # port
    PORT_IN_USE = "webhook.port_in_use"  # port, why (the system's words)
    MAIL_UNREADABLE = "mail.imap_failed"  # host, port: cannot connect or log in
    MAIL_NO_INBOX = "mail.no_inbox"
    MAIL_READ_FAILED = "mail.read_failed"  # the connection broke while reading
    MAIL_SERVER = "mail.smtp_failed"  # host, port: cannot connect or log in to send
    MAIL_SEND_FAILED = "mail.send_failed"  # the server would not take the mail
    ADDRESS_REFUSED = "mail.address_refused"  # addresses
    PLATFORM_UNREACHABLE = "platform.unreachable"  # platform
    PLATFORM_SLOW = "platform.slow"  # platform: too many requests
    PLATFORM_BUSY = "platform.busy"  # platform, status (HTTP)
    PLATFORM_NOT_API = "platform.not_api"  # platform, status (HTTP)
    PLATFORM_ERROR = "platform.error"  # platform, error (its code), detail (its words)
    PLATFORM_AUTHORISATION = "platform.authorisation"  # platform; error, detail when it said
    PLATFORM_SIGNATURE = "platform.signature"  # platform, error, detail: the app secret is not
    # the app key's (the requests' signature was refused)
    PLATFORM_ADDRESS_REFUSED = "platform.address_refused"  # platform: off the IP whitelist
    PLATFORM_CONTRACT = "platform.contract"  # platform: an answer without its documented fields
    WORDS_ONLY = "platform.words_only"  # platform
    ALL_ANSWERED = "platform.all_answered"  # platform
    CANCELLED = "outbox.cancelled"


Value = str | int


@dataclass(frozen=True)
class Problem:
    """``code`` is ``None`` for a sentence written before problems had codes (or by a newer
    ShopDesk with a code this one does not know): then only ``text`` says what happened."""

    code: Code | None
    values: Mapping[str, Value] = field(default_factory=dict)
    text: str = ""  # the channel's English sentence

    def as_dict(self) -> dict[str, object]:
        """For JSON output: the code (``None`` when unknown) and its values."""
        return {"code": None if self.code is None else self.code.value,
                "values": dict(self.values)}

    def stored(self) -> str | None:
        """The code and values as stored beside the text (``None`` without a code)."""
        if self.code is None:
            return None
        return json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_stored(cls, stored: str | None, text: str) -> Problem:
        """The problem kept as :meth:`stored` said beside ``text``; an old row (no code)
        or a code this version does not know keeps the text only."""
        try:
            data = json.loads(stored) if stored else {}
            code = Code(data["code"])
            values = {str(k): v for k, v in dict(data.get("values") or {}).items()
                      if isinstance(v, str | int)}
        except (ValueError, KeyError, TypeError):
            return cls(None, {}, text)
        return cls(code, values, text)


def cancelled() -> Problem:
    """A queued reply a person cancelled."""
    return Problem(Code.CANCELLED, {}, "cancelled")
