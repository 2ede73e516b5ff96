"""The inbox's after-sales view on the real window: nearest deadline first, countdowns
coloured by how near the deadline is, a double-click opens the customer's conversation, whose
customer panel shows the request beside its order."""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import Qt

from desktop.domain.aftersales import Kind, Stage, band
from desktop.services import aftersales
from desktop.ui.aftersales_view import kind_name, stage_name
from desktop.ui.conversation_model import SummaryRole
from tests.ui.team_day import themed  # noqa: F401  (a fixture)


def test_the_after_sales_view_counts_down_and_opens_the_conversation(window, qtbot):
    inbox = window.inbox
    view = inbox.after_sales
    assert view.button.isVisible() and not view.isVisible()
    assert view.button.text() == "After-sales 7"
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    assert view.isVisible()
    table = view.table
    now = window.context.reader.clock()
    deadlines = [i.deadline for i in view.items]
    assert deadlines == sorted(deadlines) and table.rowCount() == 7
    bands = [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(7)]
    assert bands[:2] == ["red", "red"] and "yellow" in bands and bands[-1] == "calm"
    assert bands == [band(d, now) for d in deadlines]
    assert table.item(0, 0).background().color().name() == "#f53f3f"
    assert re.fullmatch(r"\d+m \d\ds", table.item(0, 0).text())  # under an hour left
    first = view.items[0]
    rect = table.visualItemRect(table.item(0, 4))
    expected = aftersales.conversation_of(window.context.reader, first)
    assert expected is not None
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: inbox.conversation.detail is not None and
                    inbox.conversation.detail.id == expected, timeout=5000)
    cards = inbox.customer.order_list.cards
    qtbot.waitUntil(lambda: any(c.order.order_id == first.order_id for c in
                                inbox.customer.order_list.cards), timeout=5000)
    card = next(c for c in inbox.customer.order_list.cards
                if c.order.order_id == first.order_id)
    assert card.after_sale is not None
    assert "Refund only" in card.after_sale.text() and "left" in card.after_sale.text()
    assert all(c.after_sale is None for c in cards if c.order.order_id != first.order_id
               and c.order.order_id not in {i.order_id for i in view.items})
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    assert not view.isVisible()


def _open_pane(window, qtbot):
    view = window.inbox.after_sales
    if not view.isVisible():
        qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.isVisible)
    return view


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_types_and_statuses_are_said_once_in_the_windows_language(window, qtbot, language):
    window.set_language(language)
    view = _open_pane(window, qtbot)
    table = view.table
    assert table.rowCount() == 7
    kinds = {kind_name(k) for k in Kind}
    stages = {stage_name(s) for s in Stage}
    for row in range(table.rowCount()):
        assert table.item(row, 1).text() in kinds
        assert table.item(row, 2).text() in stages  # the platform's words are not repeated
    if language == "zh_CN":
        shown = [table.item(r, c).text() for r in range(7) for c in (1, 2)]
        assert not any(re.search("[A-Za-z]", text) for text in shown), shown


def _click_row(view, qtbot, row, double=False):
    rect = view.table.visualItemRect(view.table.item(row, 4))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_conversation_opened_from_after_sales_is_the_one_highlighted_in_the_list(
        window, qtbot):
    inbox, listing = window.inbox, window.inbox.list
    qtbot.waitUntil(lambda: listing.model.rowCount() > 0)
    first = listing.model.index(0)
    qtbot.mouseClick(listing.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=listing.view.visualRect(first).center())
    qtbot.waitUntil(lambda: inbox.conversation.detail is not None and
                    inbox.conversation.detail.id == listing.current_id(), timeout=5000)
    before = listing.current_id()
    view = _open_pane(window, qtbot)
    reader = window.context.reader
    row, wanted = next((r, c) for r, c in enumerate(
        aftersales.conversation_of(reader, i) for i in view.items) if c and c != before)
    _click_row(view, qtbot, row, double=True)
    qtbot.waitUntil(lambda: inbox.conversation.detail is not None and
                    inbox.conversation.detail.id == wanted, timeout=5000)
    highlighted = {i.data(SummaryRole).id for i in
                   listing.view.selectionModel().selectedIndexes()}
    assert before not in highlighted and highlighted <= {wanted}
    assert listing.current_id() in (wanted, None)
    if listing.model.row_of(wanted) >= 0:
        assert listing.current_id() == wanted


@pytest.mark.usefixtures("themed")  # the app's fonts and style sheet: its real row heights
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_after_sales_pane_shows_every_request_and_takes_no_more_room_than_they_need(
        window, qtbot, size):
    window.resize(*size)
    inbox, listing = window.inbox, window.inbox.list
    qtbot.waitUntil(lambda: window.size().height() == size[1])
    qtbot.waitUntil(lambda: listing.model.rowCount() > 0)
    qtbot.mouseClick(listing.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=listing.view.visualRect(listing.model.index(0)).center())
    qtbot.waitUntil(lambda: inbox.conversation.detail is not None, timeout=5000)
    thread = inbox.conversation.thread
    window.context.db.wait_idle()  # the knowledge base's suggestions are in too
    qtbot.wait(100)
    closed = thread.height()
    view = _open_pane(window, qtbot)
    table = view.table
    qtbot.wait(50)  # the splitters share the height out

    viewport = table.viewport().rect()
    assert table.rowCount() == 7 and all(
        viewport.contains(table.visualItemRect(table.item(r, c)))
        for r in range(7) for c in range(table.columnCount()))
    row = table.fontMetrics().height() + 8  # compact rows
    assert all(table.rowHeight(r) <= row for r in range(7))
    assert view.height() <= table.horizontalHeader().height() + 7 * row + 12  # rows, little else
    assert closed - thread.height() <= view.height() + 8  # the thread gives only that
    # at 1366×768 the header takes three lines when the customer's name does not fit beside
    # the buttons (by design: test_header_widths.py), 28 px more; which customer is first
    # depends on the hour the demo was built
    floor = 440 if size[1] == 1080 else 170 if inbox.conversation.header.wide else 142
    assert thread.height() >= floor, (closed, thread.height())
