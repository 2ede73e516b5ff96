"""The inbox's after-sales view on the real window: nearest deadline first, countdowns
coloured by how near the deadline is, a double-click opens the customer's conversation, whose
customer panel shows the request beside its order."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from desktop.domain.aftersales import band
from desktop.services import aftersales


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
