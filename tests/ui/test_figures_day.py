"""A working day's figures in the window, on a demo shop of a few thousand messages: search
says how many results there are and pages through all of them; the dashboard's "now" card
tells who is waiting and opens them in the inbox."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.services.session import open_shop


@pytest.fixture(scope="module")
def big_demo(tmp_path_factory):
    from desktop.app import ensure_demo

    return ensure_demo(tmp_path_factory.mktemp("bigdemo") / "demo.sqlite", messages=4000)


@pytest.fixture
def day_window(qtbot, big_demo, request):
    from desktop.app import build_window

    language = getattr(request, "param", "en")
    win, _welcome = build_window(big_demo, language)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start()
    win.context.db.wait_idle()
    yield win
    win.context.db.shutdown()


@pytest.fixture
def own_demo(tmp_path):
    """A shop of its own, for a test that answers customers."""
    from desktop.app import ensure_demo

    return ensure_demo(tmp_path / "demo.sqlite", messages=4000)


@pytest.fixture
def own_window(qtbot, own_demo):
    from desktop.app import build_window

    win, _welcome = build_window(own_demo, "en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start()
    win.context.db.wait_idle()
    yield win
    win.context.db.shutdown()


def _search(window, qtbot, words):
    box = window.inbox.search
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    commit = QInputMethodEvent()  # Chinese arrives committed by the input method
    commit.setCommitString(words)
    QApplication.sendEvent(box, commit)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    window.context.db.wait_idle()
    return box


def test_search_tells_the_true_count_and_pages_to_the_last_hit(day_window, qtbot, big_demo):
    reader = open_shop(big_demo, readonly=True)
    true_count = reader.conn.execute(
        "SELECT count(*) FROM messages WHERE text LIKE '%退款%'").fetchone()[0]
    assert true_count > 100
    box = _search(day_window, qtbot, "退款")
    assert box.status.text() == f"{true_count} results"
    assert box.results.count() < true_count and box.more.isVisible()
    for _ in range(true_count):  # the list pages as it is scrolled to its end
        if box.results.count() == true_count:
            break
        qtbot.keyClick(box.results, Qt.Key.Key_End)
        day_window.context.db.wait_idle()
    assert box.results.count() == true_count and not box.more.isVisible()
    last = box.results.item(box.results.count() - 1)
    conversation_id, message_id = last.data(Qt.ItemDataRole.UserRole)
    assert message_id is not None
    box.results.scrollToItem(last)
    qtbot.mouseClick(box.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=box.results.visualItemRect(last).center())
    day_window.context.db.wait_idle()
    qtbot.waitUntil(lambda: day_window.inbox.conversation.detail is not None and
                    day_window.inbox.conversation.detail.id == conversation_id, timeout=5000)
    assert not box.popup.isVisible()


def test_search_results_name_channels_as_people_do(day_window, qtbot):
    box = _search(day_window, qtbot, "退款")
    shown = "\n".join(box.results.itemWidget(box.results.item(n)).text()
                      for n in range(box.results.count()))
    assert "TikTok Shop" in shown and "Douyin" in shown
    assert " tiktok " not in shown and " douyin " not in shown


def _waiting_in_data(path, as_of):
    """Who waits, straight from the shop file: open conversations with an unanswered wait."""
    reader = open_shop(path, readonly=True)
    since = [r[0] for r in reader.conn.execute(
        "SELECT waiting_since FROM conversations WHERE status = 'open' "
        "AND waiting_since IS NOT NULL")]
    return {"waiting": len(since),
            "longest_s": (as_of - min(since)) / 1000,
            "within_3min": sum(1 for s in since if as_of - s < 180_000),
            "past_3min": sum(1 for s in since if as_of - s >= 180_000),
            "within_24h": sum(1 for s in since if as_of - s < 86_400_000),
            "past_24h": sum(1 for s in since if as_of - s >= 86_400_000)}


def _number(label) -> int:
    from PySide6.QtGui import QTextDocument
    doc = QTextDocument()
    doc.setHtml(label.text())
    return int(doc.toPlainText().replace(",", ""))


def test_the_now_card_tells_who_waits_and_opens_them_in_the_inbox(day_window, qtbot, big_demo):
    from desktop.services.queues import View
    from desktop.ui import formatting

    day_window.show_page("dashboard")
    page = day_window.dashboard_page
    day_window.context.db.wait_idle()
    card = page.now_card
    assert card.isVisible() and card.figures is not None
    expected = _waiting_in_data(big_demo, card.figures.as_of)
    # the demo's now: a few who just wrote, one who slipped through yesterday
    assert expected["waiting"] >= 4 and expected["within_3min"] >= 1
    assert expected["past_3min"] >= 1 and expected["past_24h"] >= 1
    for key in ("waiting", "within_3min", "past_3min", "within_24h", "past_24h"):
        assert _number(card.values[key]) == expected[key], key
    assert formatting.duration(expected["longest_s"]) in card.values["longest"].text()
    # the rates beside it say what they count
    today = page.figures
    note = page.notes["response_rate_24h"].text()
    assert f"{today['counted']['response_rate_24h']:,}" in note
    assert f"{today['inquiries']:,}" in note
    # a click opens exactly those conversations in the inbox, longest waiting first
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert day_window.stack.currentWidget() is day_window.inbox
    inbox = day_window.inbox.list
    assert inbox.query.view is View.WAITING
    model = inbox.model
    while model.canFetchMore(model.index(-1, -1).parent()):
        model.fetchMore(model.index(-1, -1).parent())
    assert model.rowCount() == expected["waiting"]
    from desktop.ui.conversation_model import SummaryRole
    since = [model.data(model.index(r), SummaryRole).waiting_since
             for r in range(model.rowCount())]
    assert since == sorted(since) and None not in since


@pytest.mark.parametrize("day_window", ["zh_CN"], indirect=True)
def test_the_now_card_speaks_chinese(day_window):
    day_window.show_page("dashboard")
    day_window.context.db.wait_idle()
    card = day_window.dashboard_page.now_card
    assert card.names["past_24h"].text() == "超过 24 小时"
    assert "正在等待" in card.title.text()


@pytest.fixture
def zh_window(qtbot, demo_path):
    from desktop.app import build_window

    win, _welcome = build_window(demo_path, "zh_CN")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start()
    win.context.db.wait_idle()
    yield win
    win.context.db.shutdown()


def test_the_reminders_job_speaks_the_users_language(zh_window, qtbot):
    zh_window.show_page("settings")
    zh_window.context.db.wait_idle()  # the page is built when first shown, and reads its jobs
    jobs = zh_window.settings_page.jobs
    row = next(r for r, job in enumerate(jobs.jobs) if job["name"] == "reminders")
    qtbot.mouseClick(jobs.table.cellWidget(row, 5), Qt.MouseButton.LeftButton)
    zh_window.context.db.wait_idle()
    zh_window.context.db.wait_idle()
    detail = jobs.table.item(row, 4).text()
    assert "提醒" in detail and not any("a" <= ch.lower() <= "z" for ch in detail), detail


def test_a_reminder_tells_the_wait_as_it_is_now_and_goes_once_answered(own_window, qtbot,
                                                                       own_demo):
    from desktop.services import reminders
    from desktop.ui import formatting

    window = own_window
    store = open_shop(own_demo)
    cid, since = store.conn.execute(
        "SELECT id, waiting_since FROM conversations WHERE status = 'open' "
        "AND waiting_since IS NOT NULL ORDER BY waiting_since LIMIT 1").fetchone()
    assert store.clock() - since > 24 * 3_600_000  # waiting for more than a day
    reminders.scan(store)
    store.close()
    bell = window.inbox.reminders
    bell.refresh()
    window.context.db.wait_idle()
    mine = [a for a in bell.menu_.actions() if any(
        r["conversation_id"] == cid for r in bell.items) and a.text()]
    now = window.context.reader.clock()
    wording = [a.text() for a in mine if formatting.duration((now - since) / 1000) in a.text()]
    assert wording and "past the 24-hour reply window" in wording[0]
    assert "20 hours" not in " ".join(a.text() for a in bell.menu_.actions())
    # she is answered from the inbox: the reminder goes
    window.inbox.open_conversation(cid)
    window.context.db.wait_idle()
    composer = window.inbox.conversation.composer
    composer.editor.insertPlainText("亲，让您久等了，马上为您处理")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):
        window.context.db.wait_idle()
    qtbot.waitUntil(lambda: all(r["conversation_id"] != cid for r in bell.items), timeout=5000)


def test_a_waiting_customers_row_shows_what_they_asked_not_our_auto_reply(own_window, qtbot,
                                                                          own_demo):
    from desktop.services import queues
    from desktop.services.queues import ListQuery, View
    from desktop.ui.conversation_list import VIEWS
    from desktop.ui.conversation_model import SummaryRole

    reader = open_shop(own_demo, readonly=True)
    cid, asked = reader.conn.execute(
        "SELECT c.id, (SELECT text FROM messages m WHERE m.conversation_id = c.id AND "
        "m.direction = 'in' ORDER BY sent_at DESC LIMIT 1) FROM conversations c "
        "WHERE c.status = 'open' AND c.waiting_since IS NOT NULL AND c.last_direction = 'out' "
        "ORDER BY c.waiting_since LIMIT 1").fetchone()
    tabs = own_window.inbox.list.tabs
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton,
                     pos=tabs.tabRect(VIEWS.index(View.WAITING)).center())
    own_window.context.db.wait_idle()
    model = own_window.inbox.list.model
    row = model.data(model.index(model.row_of(cid)), SummaryRole)
    assert row.preview == " ".join(asked.split())[:80] and not row.ours_last
    # once a person answers, the row shows our answer again, marked as ours
    own_window.inbox.open_conversation(cid)
    own_window.context.db.wait_idle()
    composer = own_window.inbox.conversation.composer
    composer.editor.insertPlainText("亲，这就为您查")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    own_window.context.db.wait_idle()

    def ours() -> bool:  # the row as the list reads it when it changes
        found = queues.rows_by_id(own_window.context.reader, ListQuery(view=View.OPEN),
                                  [cid]).get(cid)
        return found is not None and found.ours_last and found.preview == "亲，这就为您查"

    qtbot.waitUntil(ours, timeout=5000)


def _listed(inbox):
    from desktop.ui.conversation_model import SummaryRole
    model = inbox.model
    while model.canFetchMore(model.index(-1, -1).parent()):
        model.fetchMore(model.index(-1, -1).parent())
    return [model.data(model.index(r), SummaryRole) for r in range(model.rowCount())]


@pytest.mark.parametrize("figure", ["past_24h", "within_3min", "past_3min", "within_24h"])
def test_each_figure_of_the_now_card_opens_its_own_group(day_window, qtbot, big_demo, figure):
    day_window.show_page("dashboard")
    day_window.context.db.wait_idle()
    card = day_window.dashboard_page.now_card
    as_of = card.figures.as_of
    expected = _waiting_in_data(big_demo, as_of)
    assert 0 < expected[figure] < expected["waiting"]
    qtbot.mouseClick(card.values[figure], Qt.MouseButton.LeftButton)
    day_window.context.db.wait_idle()
    assert day_window.stack.currentWidget() is day_window.inbox
    rows = _listed(day_window.inbox.list)
    assert len(rows) == expected[figure]
    over = figure.startswith("past")
    limit = 180_000 if figure.endswith("3min") else 86_400_000
    assert all((as_of - r.waiting_since >= limit) == over for r in rows)
    # the list says which group it shows, and one click shows every waiting customer again
    band = day_window.inbox.list.band
    assert band.isVisible() and card.names[figure].text() in band.text()
    band.linkActivated.emit("all")
    day_window.context.db.wait_idle()
    assert len(_listed(day_window.inbox.list)) == expected["waiting"]
    assert not band.isVisible()
