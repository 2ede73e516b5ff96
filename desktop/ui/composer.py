"""The reply box: Ctrl+Enter sends, "/" looks up templates, note mode, attach image; each
conversation keeps its own draft."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.guard import GuardAction, Verdict
from desktop.ui.drafts import Draft, Drafts
from desktop.ui.quick_replies import QuickReplies

SAVE_AFTER_MS = 800  # a draft is saved this long after the last key (and on switch and close)


def reason_text(reason: str) -> str:
    """Why the guard stops a word, in the user's language (the starter list's reasons; a
    shop's own words keep the reason the shop typed)."""
    known = {
        "off-platform contact": QCoreApplication.translate(
            "Guard", "the platform forbids moving customers to other contact channels"),
        "off-platform payment": QCoreApplication.translate(
            "Guard", "the platform forbids payment outside the platform"),
        "a phone number (off-platform contact)": QCoreApplication.translate(
            "Guard", "a phone number: the platform forbids moving customers to other contact "
                     "channels"),
        "a messenger account (off-platform contact)": QCoreApplication.translate(
            "Guard", "a messenger account: the platform forbids moving customers to other "
                     "contact channels"),
        "": QCoreApplication.translate("Guard", "a word this shop does not send"),
    }
    return known.get(reason, reason)


class Composer(QWidget):
    """Emits ``send(text, note, attachments)``; the page decides what sending means."""

    send = Signal(str, bool, list)
    templateRequested = Signal(str)  # the text after "/": the template search hook

    def __init__(self, drafts: Drafts | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.drafts = drafts or Drafts()
        self.conversation_id: str | None = None
        self.sending = False  # a reply handed over and not yet stored
        self.attachments: list[dict] = []
        self._dismissed_at = -1  # the "/" whose list was closed with Esc
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("composerEditor")
        self.editor.installEventFilter(self)
        self.editor.textChanged.connect(self._on_text)
        self.editor.cursorPositionChanged.connect(self._on_cursor)
        self.quick = QuickReplies(self)
        self.quick.chosen.connect(self.insert)
        self._saver = QTimer(self)
        self._saver.setSingleShot(True)
        self._saver.setInterval(SAVE_AFTER_MS)
        self._saver.timeout.connect(self.save_draft)
        self.note = QToolButton()
        self.note.setCheckable(True)
        self.note.toggled.connect(self._on_mode)
        self.attach = QToolButton()
        self.attach.clicked.connect(self._choose_image)
        self.attached = QLabel()
        self.attached.setObjectName("hint")
        self.problem = QLabel()  # why the last reply was not sent
        self.problem.setObjectName("composerProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.button = QPushButton()
        self.button.setObjectName("primary")
        self.button.clicked.connect(self._send)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        tools.setContentsMargins(8, 4, 8, 0)
        tools.addWidget(self.note)
        tools.addWidget(self.attach)
        tools.addWidget(self.attached)
        tools.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(8, 0, 8, 8)
        bottom.addWidget(self.hint)
        bottom.addStretch(1)
        bottom.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(tools)
        layout.addWidget(self.problem)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        self.note.setText(self.tr("Internal note"))
        self.note.setToolTip(self.tr("Write a note only your team sees"))
        self.attach.setText(self.tr("Image…"))
        self.attach.setToolTip(self.tr("Attach an image"))
        self.button.setText(self.tr("Send"))
        self.hint.setText(self.tr("Ctrl+Enter to send · / for templates"))
        self._on_mode(self.note.isChecked())

    def _on_mode(self, note: bool) -> None:
        self.editor.setPlaceholderText(
            self.tr("Write an internal note (the customer does not see it)…") if note
            else self.tr("Reply to the customer…"))
        self.button.setText(self.tr("Add note") if note else self.tr("Send"))
        self.setProperty("note", note)
        self.style().unpolish(self.editor)
        self.style().polish(self.editor)
        self._saver.start()

    def hideEvent(self, event: QEvent) -> None:  # another page or no conversation shown
        self.quick.hide()
        super().hideEvent(event)

    # -- drafts -------------------------------------------------------------------------------
    def switch_to(self, conversation_id: str | None) -> None:
        """Keep what was typed for the conversation left; bring back the one opened's."""
        if conversation_id == self.conversation_id:
            return
        self.save_draft()
        self.conversation_id = None  # nothing below is typing
        draft = self.drafts.get(conversation_id) if conversation_id else Draft()
        self.quick.hide()
        self._show_problem("")
        self.editor.setExtraSelections([])
        self.attachments.clear()
        self.attached.clear()
        self.note.setChecked(draft.note)
        self.editor.setPlainText(draft.text)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.conversation_id = conversation_id
        self.sending = False
        self._saver.stop()

    def save_draft(self) -> None:
        self._saver.stop()
        if self.conversation_id:
            self.drafts.put(self.conversation_id,
                            Draft(self.editor.toPlainText(), self.note.isChecked()))

    def sent(self, conversation_id: str, text: str) -> None:
        """A reply went into the outbox: its draft is done with (unless more was typed
        meanwhile: that stays)."""
        if conversation_id != self.conversation_id:
            self.drafts.put(conversation_id, Draft())
            return
        self.sending = False
        if self.editor.toPlainText() == text:
            self.clear()

    def not_sent(self) -> None:
        """The reply could not be stored (the message says why): the text stays to try again."""
        self.sending = False

    # -- typing -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent):
            if self.quick.handle_key(event):
                if event.key() == Qt.Key.Key_Escape:
                    self._dismissed_at = self._slash()[0]
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._send()
                return True
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.quick.hide()  # the list never takes the focus: something else did
            self.save_draft()
        return super().eventFilter(watched, event)

    def _slash(self) -> tuple[int, str]:
        """Where the "/" being typed is (-1 when none) and what follows it up to the cursor.
        A "/" counts at the start of a line, after a space or after Chinese text, so a link's
        or a date's slashes do not open the list."""
        cursor = self.editor.textCursor()
        block = cursor.block().text()[:cursor.positionInBlock()]
        at = block.rfind("/")
        typed = block[at + 1:] if at >= 0 else ""
        before = block[at - 1] if at > 0 else " "
        if at < 0 or any(ch.isspace() or ch == "/" for ch in typed) or \
                (before.isascii() and not before.isspace()):
            return -1, ""
        return cursor.block().position() + at, typed

    def _on_text(self) -> None:
        if self.conversation_id is None:
            return
        self.editor.setExtraSelections([])
        self._show_problem("")
        self._saver.start()

    def _on_cursor(self) -> None:
        if self.conversation_id is None:
            return
        at, typed = self._slash()
        if at < 0 or at == self._dismissed_at:
            self._dismissed_at = at if at == self._dismissed_at else -1
            self.quick.hide()
            return
        self.templateRequested.emit(typed)

    def show_templates(self, typed: str, choices: list[tuple[str, str]]) -> None:
        """The templates found for ``typed`` as (label, text), if it is still what is typed."""
        at, now = self._slash()
        if at < 0 or now != typed or at == self._dismissed_at:
            return
        self.quick.show_choices(choices, self.tr(
            "No matching reply template. Templates are set up on the Templates & auto-reply "
            "page."), self.editor, self.editor.cursorRect())

    def insert(self, text: str) -> None:
        """A template or an answer goes in at the cursor (in place of the "/" typed for it)."""
        cursor = self.editor.textCursor()
        at, _typed = self._slash()
        if at >= 0:
            cursor.setPosition(at, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.quick.hide()
        self.editor.setFocus()

    # -- the guard ------------------------------------------------------------------------
    def mark_blocked(self, verdict: Verdict) -> None:
        """The reply was refused: the words are marked in place and the reason given."""
        self.sending = False
        marks = []
        for hit in verdict.hits:
            if hit.action is not GuardAction.BLOCK:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.editor.document())
            selection.cursor.setPosition(hit.start)
            selection.cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
            selection.format = QTextCharFormat()
            selection.format.setBackground(QColor("#ffd8d6"))
            selection.format.setUnderlineColor(QColor("#f53f3f"))
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            marks.append(selection)
        first = next(h for h in verdict.hits if h.action is GuardAction.BLOCK)
        self._show_problem(self.tr("Not sent: “{0}” cannot be sent here ({1}). Change the "
                                   "marked words, then send again.")
                           .format(self.editor.toPlainText()[first.start:first.end],
                                   reason_text(first.reason)))
        self.editor.setExtraSelections(marks)

    def blocked_words(self) -> list[str]:
        """The words marked as blocked (what the person sees highlighted)."""
        return [s.cursor.selectedText() for s in self.editor.extraSelections()]

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- images and sending ---------------------------------------------------------------
    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach an image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"))
        if path:
            name = path.replace("\\", "/").rsplit("/", 1)[-1]
            self.add_attachments([{"name": name, "uri": path}])

    def add_attachments(self, attachments: list[dict]) -> None:
        """Images to send with the reply (the picker, or an article's answer)."""
        self.attachments.extend(attachments)
        self.attached.setText(self.tr("{0} image(s) attached").format(len(self.attachments))
                              if self.attachments else "")

    def _send(self) -> None:
        text = self.editor.toPlainText()
        if self.sending or (not text.strip() and not self.attachments):
            return  # a second Ctrl+Enter while the first is being stored sends nothing more
        self.sending = True
        self.quick.hide()
        self.send.emit(text, self.note.isChecked(), list(self.attachments))

    def clear(self) -> None:
        self.editor.clear()
        self.attachments.clear()
        self.attached.clear()
        self.save_draft()
