"""Cross-border chats in the real window: a Spanish customer's lines shown with their
translation under the original, the reply previewed and sent in Spanish with the original
kept, on-click translation, faults that keep the original with the reason, and the
Settings › Translation card with its test button — against a loopback stand-in provider."""

from __future__ import annotations

import time

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop.domain.model import CustomerRef, Direction, MessageKind, MessageRecord, Moment
from desktop.services import autoreply, translation
from desktop.services.session import open_shop
from tests.services.translation_standin import APP_ID, KEY, StandIn
from tests.ui.keyboard import click, click_row, press, type_into, type_text
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks

ES_LINE = "hola, ¿cuándo llega mi pedido?"
ES_ZH = "你好，我的订单什么时候到？"


@pytest.fixture
def standin():
    s = StandIn()
    yield s
    s.close()


def _add_customer(path, name: str, lines: list[str]) -> str:
    store = open_shop(path)
    now = int(time.time() * 1000)
    ref = CustomerRef(f"x-{name}", name)
    records = [MessageRecord("tiktok", f"conv-{name}", ref, f"{name}-{i}", Direction.IN,
                             "customer", MessageKind.TEXT, text, Moment(now + i, 480))
               for i, text in enumerate(lines)]
    autoreply.receive(store, records)
    conv = store.conn.execute("SELECT id FROM conversations WHERE external_id = ?",
                              (f"conv-{name}",)).fetchone()[0]
    store.close()
    return conv


def _set_provider(path, url: str, on_arrival: bool = True) -> None:
    store = open_shop(path)
    translation.save(store, translation.Settings("baidu", APP_ID, url, on_arrival), KEY)
    store.close()


@pytest.fixture
def cross_border(demo_path, standin):
    conv = _add_customer(demo_path, "Ana López", [ES_LINE])
    return demo_path, conv


def _open(qtbot, window, conversation_id: str) -> None:
    lst = window.inbox.list
    for _ in range(20):
        rows = [lst.model.summary(r).id for r in range(lst.model.rowCount())]
        if conversation_id in rows:
            click_row(qtbot, window, rows.index(conversation_id))
            return
        lst.model.fetchMore(lst.model.index(0).parent())
        window.context.db.wait_idle()
    raise AssertionError("the conversation is not in the list")


def _window(qtbot, path):
    from desktop.app import build_window

    win, _welcome = build_window(path, "en")
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    win.start()
    win.context.db.wait_idle()
    return win


def _thread_text(window) -> str:
    return window.inbox.conversation.thread.toPlainText()


def _click_link(qtbot, browser, href: str) -> None:
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                pos = browser.cursorRect(cursor).center()
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def test_a_spanish_line_shows_its_translation_and_the_reply_goes_out_in_spanish(
        qtbot, cross_border, standin):
    path, conv = cross_border
    _set_provider(path, standin.url)
    window = _window(qtbot, path)
    try:
        _open(qtbot, window, conv)
        qtbot.waitUntil(lambda: ES_ZH in _thread_text(window), timeout=10_000)
        assert ES_LINE in _thread_text(window)  # the original stays, the translation under it
        assert "Translated from Spanish" in _thread_text(window)
        view = window.inbox.conversation
        click(qtbot, view.composer.editor)
        view.composer.editor.setFocus()
        type_text(qtbot, window, "明天发货")
        preview = view.translator.preview
        qtbot.waitUntil(lambda: "Se envía mañana" in preview.text(), timeout=10_000)
        assert preview.isVisible()
        assert preview.text() == "The customer will get (Spanish): Se envía mañana"
        press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "Written as: 明天发货" in _thread_text(window), timeout=10_000)
        store = open_shop(path)
        text, payload = store.conn.execute(
            "SELECT text, payload FROM messages WHERE conversation_id = ? AND direction = 'out'",
            (conv,)).fetchall()[-1]
        store.close()
        assert text == "Se envía mañana" and '"original": "明天发货"' in payload
        # paid for once: opening it again asks the provider nothing more
        asked = len(standin.requests)
        window.inbox.conversation.reload()
        window.context.db.wait_idle()
        qtbot.wait(300)
        assert len(standin.requests) == asked
    finally:
        window.context.db.shutdown()


def test_on_click_translates_only_when_asked(qtbot, cross_border, standin):
    path, conv = cross_border
    _set_provider(path, standin.url, on_arrival=False)
    window = _window(qtbot, path)
    try:
        _open(qtbot, window, conv)
        qtbot.waitUntil(lambda: "Translate from Spanish" in _thread_text(window), timeout=10_000)
        assert not standin.requests
        view = window.inbox.conversation
        message = next(m.id for m in view.detail.messages if m.text == ES_LINE)
        _click_link(qtbot, view.thread, f"translate:{message}")
        qtbot.waitUntil(lambda: ES_ZH in _thread_text(window), timeout=10_000)
        assert len(standin.requests) == 1
    finally:
        window.context.db.shutdown()


def test_offline_keeps_the_original_with_the_reason(qtbot, cross_border, standin):
    path, conv = cross_border
    _set_provider(path, standin.url)
    standin.close()
    window = _window(qtbot, path)
    try:
        _open(qtbot, window, conv)
        qtbot.waitUntil(lambda: "Not translated" in _thread_text(window), timeout=20_000)
        shown = _thread_text(window)
        assert ES_LINE in shown
        assert "Not translated: the translation service cannot be reached" in shown
        view = window.inbox.conversation
        click(qtbot, view.composer.editor)
        view.composer.editor.setFocus()
        type_text(qtbot, window, "好的")
        qtbot.waitUntil(lambda: "sent as written" in view.translator.preview.text(),
                        timeout=20_000)
    finally:
        window.context.db.shutdown()


def test_a_wrong_key_names_the_providers_error(qtbot, cross_border, standin):
    path, conv = cross_border
    store = open_shop(path)
    translation.save(store, translation.Settings("baidu", APP_ID, standin.url), "wrong")
    store.close()
    window = _window(qtbot, path)
    try:
        _open(qtbot, window, conv)
        qtbot.waitUntil(lambda: "Not translated" in _thread_text(window), timeout=10_000)
        assert "wrong signature: check the secret key (54001)" in _thread_text(window)
        assert ES_LINE in _thread_text(window)
    finally:
        window.context.db.shutdown()


def test_the_settings_card_saves_the_account_and_tests_it(qtbot, window, standin):
    window.show_page("settings")
    card = window.settings_page.translation
    assert not card.app_id.isEnabled()  # no provider yet
    card.provider.setFocus()
    qtbot.keyClick(card.provider, Qt.Key.Key_Down)  # None → Baidu
    assert card.provider.currentData() == "baidu" and card.app_id.isEnabled()
    type_into(qtbot, card.app_id, APP_ID)
    type_into(qtbot, card.secret, KEY)
    type_into(qtbot, card.api_base, standin.url)
    click(qtbot, card.test)
    qtbot.waitUntil(lambda: card.state.text().startswith("It works"), timeout=10_000)
    assert card.state.text() == "It works: “谢谢” → “[en] 谢谢”"
    settings = translation.load(window.context.reader)
    assert (settings.provider, settings.app_id, settings.api_base, settings.autoreply) == \
        ("baidu", APP_ID, standin.url, False)
    assert translation.account(settings).secret == KEY
    card.secret.clear()
    type_into(qtbot, card.secret, "wrong")
    click(qtbot, card.test)
    qtbot.waitUntil(lambda: card.state.text().startswith("It does not work"), timeout=10_000)
    assert "54001" in card.state.text()


def test_the_automation_page_says_an_auto_reply_would_be_translated(qtbot, demo_path, standin):
    store = open_shop(demo_path)
    translation.save(store, translation.Settings("baidu", APP_ID, standin.url, autoreply=True),
                     KEY)
    store.close()
    window = _window(qtbot, demo_path)
    try:
        window.show_page("templates")
        page = window.automation_page
        type_into(qtbot, page.rules.try_text, "hola, ¿tienen talla M?")
        click(qtbot, page.rules.try_button)
        window.context.db.wait_idle()
        qtbot.waitUntil(lambda: "translated into" in page.rules.results.text(), timeout=10_000)
        assert "(would be translated into Spanish)" in page.rules.results.text()
        assert not standin.requests
    finally:
        window.context.db.shutdown()


def test_the_customer_profile_sets_their_language_over_what_they_write(
        qtbot, cross_border, standin):
    path, conv = cross_border
    _set_provider(path, standin.url)
    window = _window(qtbot, path)
    try:
        _open(qtbot, window, conv)
        choice = window.inbox.customer.language
        assert choice.currentIndex() == 0 and "Spanish" in choice.currentText()
        view = window.inbox.conversation
        click(qtbot, view.composer.editor)
        view.composer.editor.setFocus()
        type_text(qtbot, window, "明天发货")
        qtbot.waitUntil(lambda: "(Spanish)" in view.translator.preview.text(), timeout=10_000)
        choice.setFocus()
        for _ in range(choice.findData("th")):
            qtbot.keyClick(choice, Qt.Key.Key_Down)
        window.context.db.wait_idle()
        window.context.db.wait_idle()
        assert choice.currentData() == "th"
        qtbot.waitUntil(lambda: "(Thai): จัดส่งพรุ่งนี้" in view.translator.preview.text(),
                        timeout=10_000)
        store = open_shop(path)
        assert translation.customer_language_setting(store, conv) == ("th", True)
        store.close()
    finally:
        window.context.db.shutdown()


def test_a_storage_fault_while_translating_is_worded_not_hung(qtbot, cross_border, standin,
                                                              tmp_path):
    path, conv = cross_border
    _set_provider(path, standin.url)
    window = _window(qtbot, path)
    try:
        runner = window.inbox.conversation.translator.runner
        runner.path = tmp_path  # a folder: no database can be opened there
        _open(qtbot, window, conv)
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
        shown = _thread_text(window)
        assert ES_LINE in shown and "Not translated: " in shown
        assert "Translating" not in shown
    finally:
        window.context.db.shutdown()
