"""Settings › scheduled jobs and backups, the reminders bell, and the scheduler's news."""

from __future__ import annotations

from desktop.services import actions, reminders
from desktop.services.session import open_shop


def test_the_jobs_table_runs_a_job_now_and_shows_how_it_went(window, qtbot):
    window.show_page("settings")
    jobs = window.settings_page.jobs
    window.context.db.wait_idle()
    assert jobs.table.rowCount() == 5
    row = [j["name"] for j in jobs.jobs].index("backup")
    jobs.table.cellWidget(row, 5).click()
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    qtbot.waitUntil(lambda: jobs.table.item(row, 3).text() in ("OK", "Failed"), timeout=10_000)
    assert jobs.table.item(row, 3).text() == "OK", jobs.table.item(row, 4).text()
    backups = window.settings_page.backups
    backups.refresh()
    window.context.db.wait_idle()
    assert "verified" in backups.status.text()
    assert not backups.warning.isVisible()


def test_the_bell_counts_open_reminders_and_dismisses_them(window, demo_path):
    store = open_shop(demo_path)
    for (cid,) in store.conn.execute("SELECT id FROM conversations WHERE status = 'open' "
                                     "LIMIT 5").fetchall():
        actions.tag(store, cid, "投诉", None)  # five complaints now: a surge
    raised = reminders.scan(store)
    store.close()
    bell = window.inbox.reminders
    bell.refresh()
    window.context.db.wait_idle()
    assert len(bell.items) == len(reminders.open_reminders(open_shop(demo_path))) > 0
    assert str(len(bell.items)) in bell.text()
    window.on_job_event({"kind": "outcome", "job": "reminders", "outcome": "ok", "detail": "",
                         "notices": [{"kind": "reminder", "key": r.key, "reminder": r.kind,
                                      "conversation_id": r.conversation_id, "data": r.data}
                                     for r in raised]})
    bell._dismiss_all()
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert bell.items == [] and bell.text() == "🔔"


def test_news_from_the_scheduler_shows_in_the_window(window, tmp_path):
    window.on_job_event({"kind": "started", "job": "daily_report"})
    assert "Daily report" in window.status.scheduler.text()
    report = tmp_path / "ShopDesk-2026-11-22.xlsx"
    report.write_bytes(b"")
    window.on_job_event({"kind": "outcome", "job": "daily_report", "outcome": "ok",
                         "detail": str(report), "notices": [
                             {"kind": "report", "path": str(report), "date": "2026-11-22"}]})
    window.on_job_event({"kind": "idle"})
    assert window.notice.isVisible() and "2026-11-22" in window.notice.text.text()
    assert "idle" in window.status.scheduler.text()
    window.on_job_event({"kind": "outcome", "job": "backup", "outcome": "failed",
                         "detail": "the disk is full", "notices": [
                             {"kind": "failed", "job": "backup", "detail": "the disk is full"}]})
    assert "disk is full" in window.notice.text.text() and window.notice.property("alert")


def test_channels_are_added_tested_paused_and_removed_in_settings(window, monkeypatch):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desktop.ui.channels_card import WebhookDialog

    card = window.settings_page.channels_card
    monkeypatch.setattr(WebhookDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(WebhookDialog, "values", lambda self: ("网站客服", 18999, ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    card._add_webhook()
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert [r["name"] for r in card.rows] == ["网站客服"]
    card._test()
    window.context.db.wait_idle()
    assert "reply address" in card.hint.text()
    card._pause()
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert card.rows[0]["paused"] and card.table.item(0, 2).text() == "Paused"
    card._remove()
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert card.rows == []


def test_a_mailbox_is_added_from_settings_and_can_be_received_here(window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop.ui.channels_card import FormDialog

    card = window.settings_page.channels_card
    monkeypatch.setattr(FormDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(FormDialog, "values", lambda self: {
        "name": "售后邮箱", "user": "shop@example.com", "password": "p",
        "imap": "imap.example.com:993", "smtp": "smtp.example.com:465", "security": "ssl"})
    card._add_mail()
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert [(r["name"], r["kind"]) for r in card.rows] == [("售后邮箱", "email")]
    assert card.rows[0]["config"]["receiver_device"] == window.context.reader.device_id
    card._receive_here()
    window.context.db.wait_idle()


def test_a_desktop_joins_the_team_from_settings(window, tmp_path):
    import socket
    import threading

    from desktop.sync import hub

    store = hub.open_hub(tmp_path / "hub")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = hub.serve(store, "127.0.0.1", port)
    server.prepare()
    threading.Thread(target=server.serve, daemon=True).start()
    try:
        card = window.settings_page.team
        card.code.setText(hub.invite(store, "店长", f"http://127.0.0.1:{port}"))
        card._join()
        for _ in range(3):
            window.context.db.wait_idle()
        assert f"127.0.0.1:{port}" in card.state.text() and not card.join.isVisible()
        pulled, _cursor = store.pull(0, 10)
        assert pulled  # the shop went to the hub
    finally:
        server.stop()
        store.close()
