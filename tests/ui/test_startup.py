"""The first screen imports and builds only what it shows: start-up stays quick and light."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

ROOT = Path(__file__).resolve().parents[2]
# Needed later or never by the inbox: the phrase dictionary of pypinyin (57 MB), the
# spreadsheet library, numpy (the knowledge base's matcher), the channels' HTTP library,
# holiday tables, the demo generator, sqlite-utils (only to upgrade a database), the model's
# runtime. Once the inbox is painted, the status bar says whether the shop is open: the
# schedule service and the holiday tables are read on the database thread, and the schedule
# page's wording of it imported (the page itself is not built).
READ_ONCE_STARTED = {"holidays", "desktop.ui.schedule_page", "desktop.services.schedule",
                     "desktop.services.ics_import"}
# What a conversation's actions use: imported where first used, and in the background once
# the inbox is painted (desktop/ui/preload.py, AFTER_PAINT): the auto-reply rules and their
# translation, the knowledge base and the model's wrapper, the guard, the conversation
# actions with the team sync they log for, the receiving pipeline; the .ics reader's
# libraries (icalendar, recurring-ical-events, and click through them) with an .ics import.
CONVERSATION = ("desktop.services.answers", "desktop.services.autoreply",
                "desktop.domain.autoreply", "desktop.services.autoreply_translation",
                "desktop.services.kb", "desktop.services.kb_matcher",
                "desktop.services.sentence_model", "desktop.domain.kb_match",
                "desktop.services.guard", "desktop.services.actions", "desktop.services.sync",
                "desktop.services.sync_apply", "desktop.services.inbox",
                "desktop.services.initials")
# The conversation's pane (the thread, the composer, the customer panel), built just after the
# first paint (InboxPage.build_pane), and the export dialogs.
PANE = ("desktop.ui.conversation_view", "desktop.ui.composer", "desktop.ui.conversation_header",
        "desktop.ui.thread_html", "desktop.ui.translation_view", "desktop.ui.customer_panel",
        "desktop.ui.order_cards", "desktop.ui.customer_language", "desktop.services.translation",
        "desktop.services.language", "desktop.ui.exporting", "desktop.services.exports",
        "desktop.services.crash", "platformdirs")
NOT_AT_START = ("pypinyin", "openpyxl", "numpy", "requests", *sorted(READ_ONCE_STARTED),
                "desktop.services.demo", "sqlite_utils", "onnxruntime",
                "desktop.ui.settings_page", "desktop.ui.dashboard_page", "desktop.ui.kb_page",
                "desktop.ui.schedule_page", "desktop.ui.automation_page",
                "icalendar", "recurring_ical_events", "click", *CONVERSATION, *PANE)

CHILD = """
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from desktop.app import build_window
app = QApplication([])
window, _ = build_window(Path(sys.argv[1]), "en")
print(" ".join(sorted(m for m in sys.argv[2:] if m in sys.modules)) or "-")
window.resize(1440, 900)
window.show()
window.start()
while window.inbox.list.model.rowCount() == 0:
    app.processEvents()
window.inbox.list.view.viewport().repaint()
app.processEvents()
window.context.db.wait_idle()
print(" ".join(sorted(m for m in sys.argv[2:] if m in sys.modules)) or "-")
import time
waited = time.monotonic() + 30
while getattr(window, "preloaded", None) is None and time.monotonic() < waited:
    app.processEvents()
if getattr(window, "preloaded", None) is not None:
    window.preloaded.join(60)
while not getattr(window.inbox, "pane_built", True) and time.monotonic() < waited:
    app.processEvents()
print(" ".join(sorted(m for m in sys.argv[2:] if m in sys.modules)) or "-")
window.context.db.shutdown()
"""


def _imported_at_start(shop: Path) -> tuple[list[str], ...]:
    """The modules of NOT_AT_START imported once the window is built, once the inbox is
    painted and the first reads are done, and once the imports left for after the paint
    are done."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(shop), *NOT_AT_START],
                         capture_output=True, text=True, cwd=ROOT, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    return tuple([m for m in line.split() if m != "-"] for line in out.stdout.splitlines()[-3:])


def test_the_painted_inbox_imports_nothing_it_does_not_show(demo_path) -> None:
    built, painted, _ = _imported_at_start(demo_path)
    assert built == []
    # once painted, what opening a conversation needs may be on its way in the background,
    # and the conversation's pane built
    assert [m for m in painted
            if m not in READ_ONCE_STARTED and m not in CONVERSATION and m not in PANE] == []


def test_what_a_conversation_needs_is_imported_once_the_inbox_is_painted(demo_path) -> None:
    """The first conversation opened does not wait for the imports the first screen left out:
    they are made in the background once the inbox is painted."""
    from desktop.ui.preload import AFTER_PAINT

    assert set(AFTER_PAINT) <= set(CONVERSATION)
    *_, preloaded = _imported_at_start(demo_path)
    assert set(CONVERSATION) <= set(preloaded)
    # and the conversation's pane is built without waiting to be asked for
    assert {"desktop.ui.conversation_view", "desktop.ui.customer_panel"} <= set(preloaded)


def test_a_page_is_built_when_first_shown(window, qtbot) -> None:
    assert set(window.pages) == {"inbox"}
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.nav.visualItemRect(window.nav.item(4)).center())
    assert window.stack.currentWidget() is window.pages["dashboard"]
    assert window.pages["dashboard"] is window.dashboard_page


def test_the_matcher_is_warmed_up_in_the_background(demo_path) -> None:
    from desktop.app import warm_up
    from desktop.services import kb, sentence_model
    from desktop.services.session import open_shop

    kb._cache.clear()
    warm_up(demo_path).join(120)
    assert sentence_model.shared() is not None
    [built] = kb._cache.values()
    store = open_shop(demo_path, readonly=True)
    try:
        assert kb.index(store) is built  # the composer's first suggestion finds it ready
    finally:
        store.close()


def test_the_model_is_loaded_when_the_first_conversation_is_opened(window, qtbot,
                                                                   demo_path) -> None:
    from desktop.app import WarmUpOnFirstOpen
    from desktop.services import kb, sentence_model

    from .keyboard import click_row

    warm = WarmUpOnFirstOpen(window, demo_path)
    qtbot.wait(200)  # the painted inbox alone starts nothing
    assert warm.thread is None
    click_row(qtbot, window, 0)
    assert warm.thread is not None
    first = warm.thread
    warm.thread.join(120)
    assert sentence_model.shared() is not None and kb._cache
    click_row(qtbot, window, 1)
    assert warm.thread is first  # once


def test_kb_match_on_the_command_line_is_answered_by_the_open_window(window, qtbot,
                                                                     demo_path, capsys):
    import json
    import threading
    from functools import partial

    from desktop import cli
    from desktop.app import answer_request
    from desktop.services.instance import ShopLock
    from desktop.ui.instance import InstanceServer, server_name

    server = InstanceServer(server_name(ShopLock(demo_path).key), lambda: None,
                            partial(answer_request, window))
    codes: list[int] = []
    asking = threading.Thread(target=lambda: codes.append(cli.main(
        ["kb", "match", "杯子碎了", "--db", str(demo_path), "--json"])))
    try:
        asking.start()
        qtbot.waitUntil(lambda: not asking.is_alive(), timeout=60_000)
    finally:
        server.server.close()
        qtbot.wait(100)  # the sockets' last events are delivered while the server exists
    assert codes == [0] and server.answered == 1
    found = json.loads(capsys.readouterr().out)
    assert found[0]["title"] == "收到破损商品"


ASKING = """
import sys
from desktop.app import main
code = main(sys.argv[1:5])
print("LOADED", " ".join(m for m in sys.argv[5:] if m in sys.modules), code)
"""


def test_kb_match_asking_the_window_imports_only_the_asking(window, qtbot, demo_path) -> None:
    """A warm `shopdesk kb match` is Python's start and its imports (the window answers in a
    few milliseconds): the knowledge command's module, not the other command groups, nor
    sqlite3, platformdirs or the services."""
    from functools import partial

    from desktop.app import answer_request
    from desktop.services.instance import ShopLock
    from desktop.ui.instance import InstanceServer, server_name

    server = InstanceServer(server_name(ShopLock(demo_path).key), lambda: None,
                            partial(answer_request, window))
    watched = ("sqlite3", "platformdirs", "desktop.services.session", "desktop.services.kb",
               "desktop.cli.shop_data", "desktop.cli.orders", "desktop.cli.channels",
               "desktop.cli.translation", "desktop.cli.knowledge")
    child = subprocess.Popen(
        [sys.executable, "-c", ASKING, "kb", "match", "杯子碎了", f"--db={demo_path}", *watched],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=60_000)
    finally:
        server.server.close()
        qtbot.wait(100)  # the sockets' last events are delivered while the server exists
    out = child.stdout.read() if child.stdout else ""
    assert server.answered == 1
    assert "收到破损商品" in out
    assert out.splitlines()[-1].split()[1:] == ["desktop.cli.knowledge", "0"]
