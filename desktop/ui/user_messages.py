"""Expected trouble and test results in the user's language: services say what happened with
a code and its values (and in English for the command line); the window words it here."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class _Plurals(QObject):
    """Words with a count (lupdate marks ``self.tr(text, "", n)`` as plural)."""

    def still_serving(self, count: int) -> str:
        return self.tr("You are still serving %n conversation(s): hand them over or close "
                       "them first.", "", count)


def explain(exc: BaseException) -> str | None:
    """The message for an error that carries a code this window knows, else ``None``."""
    code = getattr(exc, "code", None)
    values: dict[str, Any] = getattr(exc, "values", None) or {}
    if not isinstance(code, str):
        return None
    if code == "guard.blocked":
        reason = values.get("reason") or translate("UserMessages", "a word the shop does not send")
        return translate(
            "UserMessages",
            "Not sent: “{0}” is not allowed ({1}). Change the wording and send again.",
        ).format(values.get("word", ""), reason)
    if code == "team.still_serving":
        return _Plurals().still_serving(int(values.get("count", 0)))
    if code == "channel.no_name":
        return translate("UserMessages", "Give the channel a name.")
    if code == "channel.exists":
        return translate(
            "UserMessages", "There is already a channel named “{0}”: choose another name."
        ).format(values.get("name", ""))
    return None


def channel_check(check: Any) -> str:
    """How a channel's test went (desktop.channels.registry.ChannelCheck), in words."""
    v = check.values
    texts = {
        "webhook_no_reply_url": translate(
            "UserMessages", "Receiving works. Replies wait until the webhook has a reply address."
        ),
        "webhook_timeout": translate(
            "UserMessages", "The reply address {url} did not answer within 5 seconds."
        ),
        "webhook_unreachable": translate(
            "UserMessages",
            "The reply address {url} cannot be reached: check that the bridge is running.",
        ),
        "webhook_answers": translate(
            "UserMessages", "The reply address {url} answers (HTTP {status})."
        ),
        "mail_ok": translate(
            "UserMessages", "Receiving mail works; sending is tried with the first reply."
        ),
        "mail_failed": translate("UserMessages", "The mailbox cannot be read: {detail}"),
        "no_test": translate("UserMessages", "There is no test for this kind of channel yet."),
    }
    text = texts.get(check.code)
    return text.format(**v) if text else str(check)


# What the channel layer reports about a channel (the status bar's channel problems), known by
# the fixed English forms it writes them in; anything else is shown as it is.
_CHANNEL_PROBLEMS = (
    ("unreachable", re.compile(r"^cannot reach (?P<url>\S+): \w+$")),
    ("busy", re.compile(r"^the bridge answered (?P<status>\d+); trying again later$")),
    ("refused", re.compile(r"^the bridge refused the message \((?P<status>\d+): "
                           r"(?P<detail>.*)\)$", re.DOTALL)),
    ("no_reply_url", re.compile(r"^this webhook channel has no reply URL")),
    ("no_token", re.compile(r"^no token on this computer")),
    ("port", re.compile(r"^cannot listen on port (?P<port>\S+): (?P<why>.*)$")),
)


def _channel_texts() -> dict[str, str]:
    return {
        "unreachable": translate("UserMessages", "Replies cannot be delivered: the reply "
                                 "address {url} cannot be reached. They are kept and sent "
                                 "when it answers."),
        "busy": translate("UserMessages", "The bridge is busy (HTTP {status}); replies are "
                          "sent again shortly."),
        "refused": translate("UserMessages", "The bridge refused a reply (HTTP {status}): "
                             "{detail}"),
        "no_reply_url": translate("UserMessages", "Replies wait: the webhook has no reply "
                                  "address yet."),
        "no_token": translate("UserMessages", "This computer has no key for the webhook: add "
                              "the channel again here."),
        "port": translate("UserMessages", "The webhook cannot receive on port {port} ({why}): "
                          "another program may be using it."),
    }


def channel_problem(text: str) -> str:
    """A channel's trouble in the user's language."""
    for key, pattern in _CHANNEL_PROBLEMS:
        found = pattern.match(text)
        if found:
            return _channel_texts()[key].format(**found.groupdict())
    return text


# Why one reply was not sent (the outbox keeps the channel's English words for the command
# line), known by the fixed forms the channels write; platform = TikTok Shop or 抖店.
_PLATFORM = r"(?P<platform>TikTok Shop|抖店)"
_SEND_PROBLEMS = (
    ("unreachable", re.compile(r"^cannot reach (?P<url>\S+): \w+$")),
    ("platform_unreachable", re.compile(rf"^{_PLATFORM} cannot be reached: \w+$")),
    ("busy", re.compile(r"^the bridge answered (?P<status>\d+); trying again later$")),
    ("platform_busy", re.compile(rf"^{_PLATFORM} answered (?P<status>\d+); trying again")),
    ("refused", re.compile(r"^the bridge refused the message \((?P<status>\d+): "
                           r"(?P<detail>.*)\)$", re.DOTALL)),
    ("no_reply_url", re.compile(r"^this webhook channel has no reply URL")),
    ("no_token", re.compile(r"^no token on this computer")),
    ("address_refused", re.compile(r"^the address was refused: ")),
    ("mail_server", re.compile(r"^SMTP\b")),
    ("platform_error", re.compile(rf"^{_PLATFORM} error (?P<code>\S+): (?P<detail>.*)$",
                                  re.DOTALL)),
    ("platform_slow", re.compile(rf"^{_PLATFORM}: (too many requests|rate limit reached)")),
    ("platform_authorisation", re.compile(rf"^{_PLATFORM}: the authorisation has ended")),
    ("cancelled", re.compile(r"^cancelled$")),
)


def _send_texts() -> dict[str, str]:
    return {
        "unreachable": translate("UserMessages", "not sent: {url} could not be reached"),
        "platform_unreachable": translate(
            "UserMessages", "not sent: {platform} could not be reached"),
        "busy": translate("UserMessages", "not sent: the bridge was busy (HTTP {status})"),
        "platform_busy": translate(
            "UserMessages", "not sent: {platform} could not take it just then (HTTP {status})"),
        "refused": translate(
            "UserMessages", "not sent: the bridge refused it (HTTP {status}): {detail}"),
        "no_reply_url": translate("UserMessages", "not sent: the webhook has no reply address"),
        "no_token": translate("UserMessages", "not sent: this computer has no key for the webhook"),
        "address_refused": translate(
            "UserMessages", "not sent: the mail server refused the customer's address"),
        "mail_server": translate(
            "UserMessages", "not sent: the mail server could not be reached or refused the mail"),
        "platform_error": translate(
            "UserMessages", "not sent: {platform} refused it ({detail}, code {code})"),
        "platform_slow": translate(
            "UserMessages", "not sent: {platform} asked to send more slowly"),
        "platform_authorisation": translate(
            "UserMessages", "not sent: the authorisation for {platform} has ended; connect "
            "the shop again in Settings"),
        "cancelled": translate("UserMessages", "not sent: it was cancelled"),
    }


def send_problem(text: str) -> str:
    """Why a reply was not sent, in the user's language (any other reason: the channel did
    not take it; the command line's ``shopdesk outbox`` shows the channel's own words)."""
    for key, pattern in _SEND_PROBLEMS:
        found = pattern.match(text or "")
        if found:
            return _send_texts()[key].format(**found.groupdict())
    return translate("UserMessages", "not sent: the channel did not take it")
