"""Translation in a conversation: customer lines shown with their translation under the
original, and a preview line above the reply box with what the customer will get.

Provider calls can take seconds, so they run on a thread of their own (never the database
thread, never the GUI thread), with their own connection; results come back by a queued
signal. Faults never blank a bubble: the original stays, with the reason under it.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desktop.services import crash, translation
from desktop.services.errors import UserError
from desktop.services.session import Shop, open_shop
from desktop.services.threads import ConversationDetail
from desktop.services.translation_providers import Offline, ProviderError
from desktop.ui.context import Context
from desktop.ui.dbworker import worded

PREVIEW_AFTER_MS = 700
RECENT_LINES = 40  # customer lines of a conversation translated when it opens


def language_name(code: str) -> str:
    names = {
        "zh": QCoreApplication.translate("Translation", "Chinese"),
        "en": QCoreApplication.translate("Translation", "English"),
        "es": QCoreApplication.translate("Translation", "Spanish"),
        "th": QCoreApplication.translate("Translation", "Thai"),
        "vi": QCoreApplication.translate("Translation", "Vietnamese"),
        "id": QCoreApplication.translate("Translation", "Indonesian"),
        "ms": QCoreApplication.translate("Translation", "Malay"),
        "ja": QCoreApplication.translate("Translation", "Japanese"),
        "ko": QCoreApplication.translate("Translation", "Korean"),
        "ar": QCoreApplication.translate("Translation", "Arabic"),
        "pt": QCoreApplication.translate("Translation", "Portuguese"),
        "fr": QCoreApplication.translate("Translation", "French"),
        "de": QCoreApplication.translate("Translation", "German"),
        "ru": QCoreApplication.translate("Translation", "Russian"),
        "it": QCoreApplication.translate("Translation", "Italian"),
        "tr": QCoreApplication.translate("Translation", "Turkish"),
        "nl": QCoreApplication.translate("Translation", "Dutch"),
        "pl": QCoreApplication.translate("Translation", "Polish"),
        "tl": QCoreApplication.translate("Translation", "Filipino"),
        "hi": QCoreApplication.translate("Translation", "Hindi"),
    }
    return names.get(code, code)


def reason(exc: BaseException | None) -> str:
    """Why a translation is not there, in the user's language."""
    if isinstance(exc, Offline):
        return QCoreApplication.translate(
            "Translation", "the translation service cannot be reached (offline?)")
    if isinstance(exc, ProviderError):
        app = QCoreApplication.instance()
        return exc.message(str(app.property("shopdesk_language") or "en") if app else "en")
    if isinstance(exc, UserError):
        return QCoreApplication.translate(
            "Translation", "no translation account is set up on this computer "
            "(Settings › Translation)")
    return (worded(exc) if exc is not None else None) or QCoreApplication.translate(
        "Translation", "something went wrong; a report was saved")


class Runner(QObject):
    """One background thread for provider calls, with its own database connection."""

    finished = Signal(object, object, object)  # callback, result, error

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="translation")
        self._local = threading.local()
        self.pending = 0
        self.finished.connect(self._deliver)

    def _shop(self) -> Shop:
        shop = getattr(self._local, "shop", None)
        if shop is None:
            shop = self._local.shop = open_shop(self.path, role="background")
        return shop

    def run(self, op: Callable[[Shop], Any], done: Callable[[Any, Exception | None], None]
            ) -> None:
        self.pending += 1

        def work() -> None:
            try:
                self.finished.emit(done, op(self._shop()), None)
            except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
                self.finished.emit(done, None, exc)

        self._pool.submit(work)

    def _deliver(self, done: Callable[[Any, Exception | None], None], result: Any,
                 error: Exception | None) -> None:
        self.pending -= 1
        if error is not None and not isinstance(error, (Offline, ProviderError, UserError)) \
                and worded(error) is None:
            crash.write_report(error)  # a bug: kept; the line says a report was saved
        done(result, error)


class ThreadTranslator(QObject):
    """Attached to a conversation view: keeps the translations of the lines it shows."""

    changed = Signal()  # new translations to show: the view renders the thread again

    def __init__(self, context: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = Runner(context.db.path, self)
        self.conversation: str | None = None
        self.lines: dict[str, translation.Line] = {}
        self.asked: set[str] = set()  # lines being translated on click
        self.customer_language = ""
        self.preview = QLabel()
        self.preview.setObjectName("translationPreview")
        self.preview.setWordWrap(True)
        self.preview.setContentsMargins(8, 4, 8, 0)  # in line with the reply box's tools
        self.preview.hide()
        self._preview_for: tuple[str, str, translation.Result | None, Exception | None] | None \
            = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_AFTER_MS)
        self._timer.timeout.connect(self._ask_preview)
        self.text: Callable[[], str] = lambda: ""

    def settings(self) -> translation.Settings:
        return translation.load(self.context.reader)

    # -- the thread -------------------------------------------------------------------------
    def on_loaded(self, detail: ConversationDetail) -> None:
        if detail.id != self.conversation:
            self.conversation, self.lines, self.asked = detail.id, {}, set()
            self.customer_language = ""
            self._preview_for = None
            self.preview.hide()
        settings = self.settings()
        wanted = [(m.id, m.text) for m in detail.messages
                  if m.direction == "in" and m.text and m.kind == "text"][-RECENT_LINES:]
        wanted = [w for w in wanted if w[0] not in self.lines or
                  self.lines[w[0]].state == "offer"]
        last = next((m.text for m in reversed(detail.messages)
                     if m.direction == "in" and m.text), "")
        self.runner.run(partial(translation.customer_language, conversation_id=detail.id,
                                last_line=last), partial(self._language, detail.id))
        if wanted:
            self.runner.run(partial(translation.thread_lines, lines=wanted,
                                    fetch=settings.on_arrival and bool(settings.provider)),
                            partial(self._got_lines, detail.id, [w[0] for w in wanted]))

    def _language(self, conversation: str, lang: str | None, _error: Exception | None) -> None:
        if conversation == self.conversation:
            self.customer_language = lang or ""
            self.typed()

    def _got_lines(self, conversation: str, asked: list[str],
                   lines: list[translation.Line] | None, error: Exception | None) -> None:
        if conversation != self.conversation:
            return
        if lines is None:  # the lines stay as they are, with the reason under them
            lines = [translation.Line(i, "error", "", error=error) for i in asked]
        for line in lines:
            self.lines[line.message_id] = line
            self.asked.discard(line.message_id)
        self.changed.emit()

    def ask(self, message_id: str, text: str) -> None:
        """Translate one line now (the "translate" link under it)."""
        self.asked.add(message_id)
        self.changed.emit()
        self.runner.run(partial(translation.thread_lines, lines=[(message_id, text)],
                                fetch=True),
                        partial(self._got_lines, self.conversation, [message_id]))

    def below(self, detail: ConversationDetail) -> dict[str, str]:
        """HTML to show under each message: a translation, the reason there is none, or the
        original a translated reply was written in."""
        out: dict[str, str] = {}
        small = '<br><span style="color:#86909c; font-size:12px">'
        for m in detail.messages:
            line = self.lines.get(m.id)
            if m.direction == "out" and m.extra.get("original"):
                out[m.id] = (small + html.escape(self.tr("Written as: {0}").format(
                    m.extra["original"])) + "</span>")
            elif m.id in self.asked:
                out[m.id] = small + html.escape(self.tr("Translating…")) + "</span>"
            elif line is None:
                continue
            elif line.state == "ok":
                out[m.id] = (
                    '<br><span style="color:#4e5969; font-size:12px">'
                    + html.escape(self.tr("Translated from {0}").format(
                        language_name(line.language)))
                    + '</span><br><span style="color:#1d2129">'
                    + html.escape(line.text).replace("\n", "<br>") + "</span>")
            elif line.state == "offer":
                out[m.id] = (small + f'<a href="translate:{m.id}">'
                             + html.escape(self.tr("Translate from {0}").format(
                                 language_name(line.language))) + "</a></span>")
            else:
                out[m.id] = (small + html.escape(self.tr("Not translated: {0}").format(
                    reason(line.error))) + f' <a href="translate:{m.id}">'
                    + html.escape(self.tr("Try again")) + "</a></span>")
        return out

    # -- the reply being written ----------------------------------------------------------
    def _target(self) -> str:
        settings = self.settings()
        lang = self.customer_language
        if not settings.provider or not lang or lang == settings.agent_language:
            return ""
        return lang

    def typed(self) -> None:
        """The reply box changed: preview what the customer will get, once typing pauses."""
        text = self.text().strip()
        if not text or not self._target():
            self._timer.stop()
            self.preview.hide()
            return
        if self._preview_for and self._preview_for[:2] == (text, self._target()):
            return
        self._timer.start()

    def _ask_preview(self) -> None:
        text, target = self.text().strip(), self._target()
        if not text or not target:
            return
        self._show_preview(text, target, None, None, pending=True)
        self.runner.run(partial(translation.preview, text=text, target=target),
                        partial(self._show_preview, text, target))

    def _show_preview(self, text: str, target: str, result: translation.Result | None,
                      error: Exception | None, pending: bool = False) -> None:
        if text != self.text().strip() and not pending:
            self.typed()
            return
        name = language_name(target)
        if pending:
            self._preview_for = None
            shown = self.tr("The customer reads {0}: translating…").format(name)
        elif result is not None:
            self._preview_for = (text, target, result, None)
            shown = (self.tr("Already in {0}: sent as written.").format(name)
                     if result.text == text else
                     self.tr("The customer will get ({0}): {1}").format(name, result.text))
        else:
            self._preview_for = (text, target, None, error)
            shown = self.tr("Not translated ({0}); it will be sent as written.").format(
                reason(error))
        self.preview.setText(shown)
        self.preview.show()

    def before_send(self, text: str, note: bool,
                    go: Callable[[str, dict[str, Any] | None], None],
                    refused: Callable[[], None]) -> None:
        """Send ``text`` in the customer's language (keeping the original with it); as
        written when it is a note, already in their language, or its preview said it
        cannot be translated."""
        target = "" if note else self._target()
        plain = text.strip()
        if not target:
            go(text, None)
            return
        ready = self._preview_for
        if ready is not None and ready[0] == plain and ready[1] == target:
            self._send_with(text, go, ready[2])
            return

        def done(result: translation.Result | None, error: Exception | None) -> None:
            self._show_preview(plain, target, result, error)
            if result is None:
                refused()  # the reason is on the preview line; sending again sends as written
            else:
                self._send_with(text, go, result)

        self._timer.stop()
        self.runner.run(partial(translation.preview, text=plain, target=target), done)

    def _send_with(self, text: str, go: Callable[[str, dict[str, Any] | None], None],
                   result: translation.Result | None) -> None:
        if result is None or result.text == text.strip():
            go(text, None)
            return
        go(result.text, {"original": text, "original_language": result.source_language,
                         "language": result.target_language, "translated_by": result.provider})
