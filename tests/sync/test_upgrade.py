"""A shop that synced with the first design (before protocol 2) upgrades in place: its two
desktops' files and the hub's, kept in tests/data/sync_v1 as that version wrote them (a
channel, imported history, replies, tags, an assignment, a close, one change not yet sent),
are opened by this version, sync, and agree — nothing held, the states folded from the
history, each desktop's connection settings its own."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

from desktop.domain import teamcode
from desktop.services import secrets
from desktop.services import sync as team_sync
from desktop.store.hub import SQLiteHubStore
from desktop.sync import hub
from tests.sync.desks import Desk
from tests.sync.test_hub import _free_port

KEPT = Path(__file__).resolve().parents[1] / "data" / "sync_v1"


def test_a_shop_synced_with_the_first_design_upgrades_in_place(tmp_path):
    for name in ("a.sqlite", "b.sqlite", "hub.sqlite"):
        shutil.copy(KEPT / name, tmp_path / name)
    hub_store = SQLiteHubStore(tmp_path / "hub.sqlite")
    port = _free_port()
    server = hub.serve(hub_store, "127.0.0.1", port)
    server.prepare()
    threading.Thread(target=server.serve, daemon=True).start()
    url = f"http://127.0.0.1:{port}"
    try:
        desks = []
        for name in "ab":
            d = Desk(tmp_path, name)  # the new version opens the old file
            found = teamcode.decode(hub.invite(hub_store, name, url))  # the hub moved port
            d.use()
            secrets.put(team_sync.TOKEN_KEY, found["token"])
            with d.store.write() as w:
                w.raw("UPDATE local_settings SET value = ? WHERE key = 'sync.hub'", (url,))
            desks.append(d)
        a, b = desks
        config_a = a.rows("SELECT config FROM channels WHERE name = '抖音中转'")
        for d in (a, b, a, b):
            assert d.sync()["held"]["count"] == 0
        assert a.export() == b.export()
        assert a.states() == b.states() and a.tags() == b.tags()
        assert ("tiktok", "c0", "退款") in b.tags()  # the change not yet sent went
        assert a.figures() == b.figures()
        assert a.rows("SELECT config FROM channels WHERE name = '抖音中转'") == config_a
        assert json.loads(config_a[0][0])["receiver_device"] == a.store.device_id
        whole = Desk(tmp_path, "whole")
        whole.import_lines([json.loads(x) for x in a.export()])
        assert whole.states() == a.states()
    finally:
        server.stop()
        hub_store.close()
