"""A channel's trouble and a failed reply in the user's language, worded from the problem's
code and values (desktop/domain/problems.py). Rows written before problems had codes keep
only the channel's English sentence: :func:`_from_sentence` reads the forms the channels
wrote then, and anything else gets the general wording."""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop.domain.problems import Code, Problem, Value

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def channel_problem(problem: Problem) -> str:
    """What is wrong with a channel, for the status bar and the channels' State column."""
    known = _from_sentence(problem)
    text = _channel_texts().get(known.code) if known.code else None
    if text is None:
        return translate("UserMessages", "The channel is not working right now; it is "
                         "tried again shortly.")
    return _fill(text, known.values)


def send_problem(problem: Problem | None) -> str:
    """Why a reply was not sent (any other reason: the channel did not take it; the command
    line's ``shopdesk outbox`` shows the channel's own words)."""
    known = _from_sentence(problem or Problem(None))
    text = _send_texts().get(known.code) if known.code else None
    if text is None:
        return translate("UserMessages", "not sent: the channel did not take it")
    return _fill(text, known.values)


def _fill(text: str, values: Mapping[str, Value]) -> str:
    return text.format_map(_Blank(values))


class _Blank(dict):
    """Values for a text; one an old row did not keep is left out, not a crash."""

    def __missing__(self, key: str) -> str:
        return ""


def _channel_texts() -> dict[Code, str]:
    return {
        Code.REPLY_URL_UNREACHABLE: translate(
            "UserMessages", "Replies cannot be delivered: the reply address {url} cannot be "
            "reached. They are kept and sent when it answers."),
        Code.BRIDGE_BUSY: translate(
            "UserMessages", "The bridge is busy (HTTP {status}); replies are sent again shortly."),
        Code.BRIDGE_REFUSED: translate(
            "UserMessages", "The bridge refused a reply (HTTP {status}): {detail}"),
        Code.NO_REPLY_URL: translate(
            "UserMessages", "Replies wait: the webhook has no reply address yet."),
        Code.NO_TOKEN: translate(
            "UserMessages", "This computer has no key for the webhook: add the channel again "
            "here."),
        Code.PORT_IN_USE: translate(
            "UserMessages", "The webhook cannot receive on port {port} ({why}): another program "
            "may be using it."),
        Code.MAIL_UNREADABLE: translate(
            "UserMessages", "The mailbox on {host} cannot be opened: check the server, the user "
            "name and the password."),
        Code.MAIL_NO_INBOX: translate(
            "UserMessages", "The mailbox has no inbox folder: check the account."),
        Code.MAIL_READ_FAILED: translate(
            "UserMessages", "Reading the mailbox was cut short; it is tried again shortly."),
        Code.MAIL_SERVER: translate(
            "UserMessages", "Replies cannot be sent: the mail server {host} cannot be reached or "
            "refused the login."),
        Code.MAIL_SEND_FAILED: translate(
            "UserMessages", "The mail server did not take a reply; it is sent again shortly."),
        Code.ADDRESS_REFUSED: translate(
            "UserMessages", "The mail server refused a customer's address ({addresses}); that "
            "reply was not sent."),
        Code.PLATFORM_UNREACHABLE: translate(
            "UserMessages", "{platform} cannot be reached; it is tried again shortly."),
        Code.PLATFORM_SLOW: translate(
            "UserMessages", "{platform} asked for fewer requests; it is tried again in a minute."),
        Code.PLATFORM_BUSY: translate(
            "UserMessages", "{platform} is busy (HTTP {status}); it is tried again shortly."),
        Code.PLATFORM_NOT_API: translate(
            "UserMessages", "{platform} gave an answer ShopDesk does not understand (HTTP "
            "{status}); it is tried again shortly."),
        Code.PLATFORM_ERROR: translate(
            "UserMessages", "{platform} refused a request ({detail}, code {error})."),
        Code.PLATFORM_AUTHORISATION: translate(
            "UserMessages", "The authorisation for {platform} has ended: connect the shop again in "
            "Settings."),
        Code.PLATFORM_SIGNATURE: translate(
            "UserMessages", "{platform} refused the requests' signature: the app secret kept "
            "for this shop is not its app key's. Connect the shop again in Settings."),
        Code.PLATFORM_ADDRESS_REFUSED: translate(
            "UserMessages", "{platform} refused this computer's address: add it to the app's IP "
            "whitelist on the open platform."),
        Code.PLATFORM_CONTRACT: translate(
            "UserMessages", "{platform} gave an incomplete answer: nothing was changed, and it "
            "is asked again shortly."),
        Code.WORDS_ONLY: translate(
            "UserMessages", "{platform} after-sales requests are answered with words only."),
        Code.ALL_ANSWERED: translate(
            "UserMessages", "This buyer's {platform} after-sales requests are all answered "
            "already: answer in 飞鸽 instead."),
        Code.CANCELLED: translate(
            "UserMessages", "A reply was cancelled."),
    }


def _send_texts() -> dict[Code, str]:
    mail_server = translate(
        "UserMessages", "not sent: the mail server could not be reached or refused the mail")
    return {
        Code.REPLY_URL_UNREACHABLE: translate(
            "UserMessages", "not sent: {url} could not be reached"),
        Code.PLATFORM_UNREACHABLE: translate(
            "UserMessages", "not sent: {platform} could not be reached"),
        Code.BRIDGE_BUSY: translate(
            "UserMessages", "not sent: the bridge was busy (HTTP {status})"),
        Code.PLATFORM_BUSY: translate(
            "UserMessages", "not sent: {platform} could not take it just then (HTTP {status})"),
        Code.PLATFORM_NOT_API: translate(
            "UserMessages", "not sent: {platform} gave an answer ShopDesk does not understand "
            "(HTTP {status})"),
        Code.BRIDGE_REFUSED: translate(
            "UserMessages", "not sent: the bridge refused it (HTTP {status}): {detail}"),
        Code.NO_REPLY_URL: translate(
            "UserMessages", "not sent: the webhook has no reply address"),
        Code.NO_TOKEN: translate(
            "UserMessages", "not sent: this computer has no key for the webhook"),
        Code.ADDRESS_REFUSED: translate(
            "UserMessages", "not sent: the mail server refused the customer's address"),
        Code.MAIL_SERVER: mail_server,
        Code.MAIL_SEND_FAILED: mail_server,
        Code.PLATFORM_ERROR: translate(
            "UserMessages", "not sent: {platform} refused it ({detail}, code {error})"),
        Code.PLATFORM_SLOW: translate(
            "UserMessages", "not sent: {platform} asked to send more slowly"),
        Code.PLATFORM_AUTHORISATION: translate(
            "UserMessages", "not sent: the authorisation for {platform} has ended; connect the "
            "shop again in Settings"),
        Code.PLATFORM_SIGNATURE: translate(
            "UserMessages", "not sent: {platform} refused the signature (the app secret is not "
            "the app key's); connect the shop again in Settings"),
        Code.PLATFORM_ADDRESS_REFUSED: translate(
            "UserMessages", "not sent: {platform} refused this computer's address (add it to the "
            "app's IP whitelist)"),
        Code.PLATFORM_CONTRACT: translate(
            "UserMessages", "not sent: {platform} gave an incomplete answer"),
        Code.WORDS_ONLY: translate(
            "UserMessages", "not sent: {platform} after-sales requests are answered with words "
            "only"),
        Code.ALL_ANSWERED: translate(
            "UserMessages", "not sent: this buyer's {platform} after-sales requests are all "
            "answered already; answer in 飞鸽 instead"),
        Code.CANCELLED: translate(
            "UserMessages", "not sent: it was cancelled"),
    }


# The sentences channels wrote before problems had codes (rows kept from then), and the code
# each one stands for. New problems never come through here: they carry their code.
_PLATFORM = r"(?P<platform>TikTok Shop|抖店)"
_SENTENCES = (
    (Code.REPLY_URL_UNREACHABLE, re.compile(r"^cannot reach (?P<url>\S+): \w+$")),
    (Code.PLATFORM_UNREACHABLE, re.compile(rf"^{_PLATFORM} cannot be reached: \w+$")),
    (Code.BRIDGE_BUSY, re.compile(r"^the bridge answered (?P<status>\d+); trying again later$")),
    (Code.PLATFORM_BUSY, re.compile(rf"^{_PLATFORM} answered (?P<status>\d+); trying again")),
    (Code.BRIDGE_REFUSED, re.compile(r"^the bridge refused the message \((?P<status>\d+): "
                                     r"(?P<detail>.*)\)$", re.DOTALL)),
    (Code.NO_REPLY_URL, re.compile(r"^this webhook channel has no reply URL")),
    (Code.NO_TOKEN, re.compile(r"^no token on this computer")),
    (Code.PORT_IN_USE, re.compile(r"^cannot listen on port (?P<port>\S+): (?P<why>.*)$")),
    (Code.ADDRESS_REFUSED, re.compile(r"^the address was refused: ")),
    (Code.MAIL_SEND_FAILED, re.compile(r"^SMTP\b")),
    (Code.PLATFORM_ERROR, re.compile(rf"^{_PLATFORM} error (?P<error>\S+): (?P<detail>.*)$",
                                     re.DOTALL)),
    (Code.PLATFORM_SLOW, re.compile(rf"^{_PLATFORM}: (too many requests|rate limit reached)")),
    (Code.PLATFORM_AUTHORISATION, re.compile(rf"^{_PLATFORM}: the authorisation has ended")),
    (Code.CANCELLED, re.compile(r"^cancelled$")),
)


def _from_sentence(problem: Problem) -> Problem:
    """``problem`` with its code: its own, or the one its old sentence stands for."""
    if problem.code is not None:
        return problem
    for code, pattern in _SENTENCES:
        found = pattern.match(problem.text or "")
        if found:
            return Problem(code, found.groupdict(), problem.text)
    return problem
