"""Expected trouble and test results in the user's language: services say what happened with
a code and its values (and in English for the command line); the window words it here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from desktop.ui.problem_words import channel_problem

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
    if code == "workbook.unreadable":
        return translate(
            "UserMessages",
            "“{0}” is not an Excel workbook, or it is damaged: nothing was imported from it. "
            "Open it in Excel to check it, or export it again.",
        ).format(values.get("file", ""))
    if code == "channel.no_name":
        return translate("UserMessages", "Give the channel a name.")
    if code == "channel.exists":
        return translate(
            "UserMessages", "There is already a channel named “{0}”: choose another name."
        ).format(values.get("name", ""))
    return _bridge(code, values)


def _bridge(code: str, values: dict[str, Any]) -> str | None:
    """A 抖店 channel's chat bridge that cannot be named."""
    if code == "channel.not_douyin":
        return translate(
            "UserMessages", "“{0}” is not a 抖店 channel: only a 抖店 channel has a chat bridge."
        ).format(values.get("name", ""))
    if code == "channel.no_bridge":
        return translate(
            "UserMessages", "The shop has no webhook channel named “{0}”: add the bridge as a "
            "webhook first."
        ).format(values.get("bridge", ""))
    if code == "channel.bridge_taken":
        return translate(
            "UserMessages", "The chats of “{0}” already have their orders looked up through "
            "“{1}”: a bridge serves one 抖店 shop. Take it from “{1}” first."
        ).format(values.get("bridge", ""), values.get("other", ""))
    if code == "channel.no_bridge_name":
        return translate("UserMessages", "Choose the webhook channel the chats arrive through.")
    return None


def channel_check(check: Any) -> str:
    """How a channel's test went (desktop.channels.registry.ChannelCheck), in words."""
    v = check.values
    if check.code == "mail_failed":  # the mail channel's own problem, worded from its code
        return channel_problem(v["problem"])
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
        "no_test": translate("UserMessages", "There is no test for this kind of channel yet."),
    }
    text = texts.get(check.code)
    return text.format(**v) if text else str(check)
