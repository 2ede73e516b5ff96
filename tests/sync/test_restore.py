"""Restore and new PCs: a desktop restored from a backup taken before its last sync gets what
it synced after the backup back, nothing twice; a backup restored on a new PC is a desktop of
its own (its own device id)."""

from __future__ import annotations

from desktop.services import actions, backup, team
from tests.sync.desks import Desk, line
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def test_a_restored_desktop_gets_back_what_it_synced_after_the_backup(running, tmp_path):  # noqa: F811
    hub_store, url = running
    a, b = Desk(tmp_path, "a"), Desk(tmp_path, "b")
    me = team.first_run(a.store, "王家小店", "Asia/Shanghai", "老板", "owner")
    a.import_lines([line(1, "c1", "u1")])
    a.join(hub_store, url)
    a.sync()
    b.join(hub_store, url)
    b.sync()
    conversation = a.rows("SELECT id FROM conversations")[0][0]
    a.use()
    taken = backup.take(a.store, to=tmp_path / "backups", reason="manual")
    actions.reply(a.store, conversation, "备份之后的回复", me)
    actions.tag(a.store, conversation, "备份之后", None)
    a.import_lines([line(2, "c2", "u2")], tag="later")
    a.sync()
    b.sync()
    conversation_2 = b.rows("SELECT id FROM conversations WHERE external_id = 'c2'")[0][0]
    actions.tag(b.store, conversation_2, "物流", None)
    b.sync()
    before = a.store.device_id
    backup.restore(a.store, taken.path)
    assert a.store.device_id != before
    assert a.rows("SELECT count(*) FROM messages WHERE text = '备份之后的回复'") == [(0,)]
    for _ in range(2):
        assert a.sync()["held"]["count"] == 0
    b.sync()
    for d in (a, b):
        assert d.rows("SELECT count(*) FROM messages WHERE text = '备份之后的回复'") == [(1,)]
        assert d.rows("SELECT count(*) FROM messages") == [(3,)]
    assert a.tags() == b.tags() == [("tiktok", "c1", "备份之后"), ("tiktok", "c2", "物流")]
    assert a.export() == b.export() and a.states() == b.states()


def test_a_backup_restored_on_a_new_pc_is_a_desktop_of_its_own(running, tmp_path):  # noqa: F811
    hub_store, url = running
    a = Desk(tmp_path, "a")
    team.first_run(a.store, "王家小店", "Asia/Shanghai", "老板", "owner")
    a.import_lines([line(1, "c1", "u1")])
    a.join(hub_store, url)
    a.sync()
    a.use()
    taken = backup.take(a.store, to=tmp_path / "backups", reason="manual")
    c = Desk(tmp_path, "c")
    backup.restore(c.store, taken.path)
    c.store.close()
    c = Desk(tmp_path, "c")  # the app started again on the restored shop
    c.join(hub_store, url)
    assert c.store.device_id != a.store.device_id
    conversation = a.rows("SELECT id FROM conversations")[0][0]
    actions.tag(c.store, conversation, "新电脑", None)
    actions.tag(a.store, conversation, "旧电脑", None)
    for d in (c, a, c):
        d.sync()
    assert a.tags() == c.tags() == [("tiktok", "c1", "新电脑"), ("tiktok", "c1", "旧电脑")]
