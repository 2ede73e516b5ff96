"""What stays on a desktop stays: a channel's connection settings (hosts, ports, accounts,
which desktop receives it), settings of this desktop alone and secrets never reach the hub,
and nothing another desktop sends changes them here."""

from __future__ import annotations

import json

from desktop.services import channels, shop, team
from tests.sync.desks import Desk
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def test_connection_settings_and_local_settings_never_travel(running, tmp_path):  # noqa: F811
    hub_store, url = running
    a, b = Desk(tmp_path, "a"), Desk(tmp_path, "b")
    team.first_run(a.store, "王家小店", "Asia/Shanghai", "老板", "owner")
    a.use()
    channels.add(a.store, "email", "客服邮箱", {"imap": "imap.a.cn", "smtp": "smtp.a.cn",
                                              "user": "kf@a.cn", "security": "ssl"},
                 {"password": "a-的密码"})
    with a.store.write() as w:  # a setting of this desktop alone (say, how its window opens)
        from desktop.store import settings
        settings.write(w, "window.mode", "compact")
    a.join(hub_store, url)
    a.sync()
    b.join(hub_store, url)
    b.sync()
    b.use()
    channels.add(b.store, "email", "客服邮箱", {"imap": "imap.b.cn", "smtp": "smtp.b.cn",
                                              "user": "kf@b.cn", "security": "ssl"},
                 {"password": "b-的密码"})
    for d in (b, a, b):
        d.sync()
    sent = json.dumps(hub_store.pull(0, 100_000)[0], ensure_ascii=False)
    for secret_or_setting in ("imap.a.cn", "smtp.b.cn", "kf@a.cn", "receiver_device",
                              "的密码", "window.mode"):
        assert secret_or_setting not in sent
    config = {d.name: json.loads(d.rows("SELECT config FROM channels")[0][0]) for d in (a, b)}
    assert config["a"]["smtp"] == "smtp.a.cn" and config["b"]["smtp"] == "smtp.b.cn"
    assert config["a"]["receiver_device"] == a.store.device_id
    assert config["b"]["receiver_device"] == b.store.device_id
    assert shop.get(b.store, "window.mode") is None
