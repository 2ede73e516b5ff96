"""The inbox's filters and sorts chosen with the keyboard, every value of each, and back."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from desktop.services import queues, threads
from desktop.services.session import open_shop
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks

PRIORITY = {"urgent": 3, "high": 2, "normal": 1, "low": 0}


def _rows(lst) -> list:
    return [lst.model.summary(i) for i in range(lst.model.rowCount())]


def _choose(qtbot, combo, index: int) -> None:
    """Step the drop-down to ``index`` with the arrow keys, as a person does."""
    combo.setFocus()
    key = Qt.Key.Key_Down if index > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, key)


def test_every_channel_tag_and_agent_filters_the_list_and_back(window, qtbot, demo_path):
    lst = window.inbox.list
    reader = open_shop(demo_path, readonly=True)
    everything = len(_rows(lst))
    names = {i: n for i, n, _ in queues.filter_choices(reader)["channels"]}
    for combo, check in (
            (lst.channel, lambda row, value: row.channel == names[value]),
            (lst.agent, lambda row, value: row.assignee_id == value),
            (lst.tag, lambda row, value: value in threads.detail(reader, row.id).tags)):
        assert combo.count() > 2, "the demo shop offers several values"
        for index in range(1, combo.count()):
            _choose(qtbot, combo, index)
            window.context.db.wait_idle()
            value = combo.itemData(index)
            rows = _rows(lst)
            assert all(check(row, value) for row in rows[:5]), combo.itemText(index)
        _choose(qtbot, combo, 0)  # back to "all"
        assert len(_rows(lst)) == everything
    assert window.status.currentMessage() == ""


@pytest.mark.parametrize("view", range(7))
def test_every_sort_orders_every_view(window, qtbot, view):
    lst = window.inbox.list
    lst.tabs.setCurrentIndex(view)
    for index in (1, 2, 0):
        _choose(qtbot, lst.sort, index)
        rows = _rows(lst)
        sort = lst.query.sort
        assert sort.value == ("waiting", "newest", "priority")[index]
        if view == 5:  # Closed: the latest closed first, whatever the sort
            keys = [-(r.closed_at or 0) for r in rows]
        elif index == 1:
            keys = [-(r.last_message_at or 0) for r in rows]
        elif index == 2:
            keys = [-PRIORITY[r.priority] for r in rows]
        else:
            keys = [r.waiting_since if r.waiting_since is not None else float("inf")
                    for r in rows]
        assert keys == sorted(keys)
