"""One row per real thing: rows several desktops created on their own for the same channel,
agent, customer, conversation or message end as one row everywhere, with their references
moved to it; a change that cannot apply is held with its reason and the rest applies."""

from __future__ import annotations

import json

import pytest

from desktop.services import actions, team
from desktop.store import identity
from tests.cli.test_cli import run
from tests.sync.desks import Desk, line
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def _pair(tmp_path, hub_store, url):
    a, b = Desk(tmp_path, "a"), Desk(tmp_path, "b")
    team.first_run(a.store, "王家小店", "Asia/Shanghai", "老板", "owner")
    a.import_lines([line(1, "c1", "u1")])
    a.join(hub_store, url)
    a.sync()
    b.join(hub_store, url)
    b.sync()
    return a, b


def _rounds(*desks, n=2):
    for _ in range(n):
        for d in desks:
            result = d.sync()
            assert result["held"]["count"] == 0, result["held"]


@pytest.mark.parametrize("thing", ["agent", "customer", "conversation", "message"])
def test_the_same_thing_made_on_two_desktops_is_one_row(running, tmp_path, thing):  # noqa: F811
    hub_store, url = running
    a, b = _pair(tmp_path, hub_store, url)
    if thing == "agent":  # both add 小李 while offline
        team.add_agent(a.store, "小李")
        team.add_agent(b.store, "小李")
    elif thing == "customer":  # each imports a slice of history with the same buyer
        b.import_lines([line(5, "c9", "u7")])
        a.import_lines([line(6, "c8", "u7")])
    elif thing == "conversation":
        b.import_lines([line(5, "c9", "u1")])
        a.import_lines([line(6, "c9", "u1")])
    else:  # the same export imported on both
        same = [line(7, "c1", "u1"), line(8, "c1", "u1")]
        b.import_lines(same)
        a.import_lines(same, tag="again")
    _rounds(a, b)
    for d in (a, b):
        assert d.rows("SELECT name, count(*) FROM agents GROUP BY name HAVING count(*) > 1") == []
        assert d.rows("SELECT count(*) FROM customers WHERE external_id = 'u7'")[0][0] in (
            0, 1)
        assert d.rows("SELECT external_id, count(*) FROM conversations GROUP BY 1 "
                      "HAVING count(*) > 1") == []
        assert d.rows("SELECT external_id, count(*) FROM messages GROUP BY 1 "
                      "HAVING count(*) > 1") == []
    assert a.export() == b.export()
    assert a.states() == b.states()
    if thing == "customer":  # both conversations name the one buyer
        for d in (a, b):
            assert d.rows("SELECT count(DISTINCT customer_id) FROM conversations "
                          "WHERE external_id IN ('c8', 'c9')")[0][0] == 1


def test_desktops_that_held_data_before_joining_end_with_the_union(running, tmp_path):  # noqa: F811
    """Both used ShopDesk before joining: the same channel, the same week's history (partly),
    the same agent; the second join and every sync after it go through."""
    hub_store, url = running
    a, b = Desk(tmp_path, "a"), Desk(tmp_path, "b")
    week = [line(n, f"c{n % 3}", minute=n) for n in range(12)]
    for d, part in ((a, week[:8]), (b, week[4:])):
        team.first_run(d.store, "王家小店", "Asia/Shanghai", "小李", "owner")
        d.import_lines(part)
    a.join(hub_store, url)
    a.sync()
    b.join(hub_store, url)
    _rounds(b, a, b)
    whole = Desk(tmp_path, "whole")
    whole.import_lines(week)
    for d in (a, b):
        assert d.rows("SELECT name FROM channels") == [("tiktok",)]
        assert d.rows("SELECT name FROM agents") == [("小李",)]
        assert d.rows("SELECT count(*) FROM messages")[0][0] == 12
        assert d.export() == whole.export()
        assert d.states() == whole.states()
    # the agent each desktop says works there is the one row
    assert team.me(a.store).name == team.me(b.store).name == "小李"


def test_a_change_that_cannot_apply_is_held_and_the_rest_applies(running, tmp_path):  # noqa: F811
    hub_store, url = running
    a, b = _pair(tmp_path, hub_store, url)
    conversation = a.rows("SELECT id FROM conversations")[0][0]
    # a change naming a customer no desktop ever sent (its own push was lost)
    orphan = {"id": "0000001759000000000-00000-zz", "stamp": "0001759000000000-00000-zz",
              "origin": "zz", "tbl": "conversations", "key": "conv-zz",
              "fields": {"id": "conv-zz", "channel_id": a.rows("SELECT id FROM channels")[0][0],
                         "external_id": "c-zz", "customer_id": "cust-zz",
                         "created_at": 1_759_000_000_000}}
    orphan["id"] = orphan["stamp"]
    hub_store.push("zz", [orphan], 1_759_000_000_000)
    actions.reply(a.store, conversation, "今天发货", None)
    a.sync()
    result = b.sync()
    assert result["held"]["count"] == 1
    assert "customers" in result["held"]["reasons"][0]["reason"]
    assert b.rows("SELECT count(*) FROM messages WHERE text = '今天发货'")[0][0] == 1
    assert b.sync()["held"]["count"] == 1  # tried again, still waiting; nothing stuck
    b.use()
    told = run("sync", "--once", "--json", "--db", str(b.store.path))
    assert told.returncode == 0, told.stderr
    held = json.loads(told.stdout)["held"]
    assert held["count"] == 1 and "customers" in held["reasons"][0]["reason"]
    # the customer arrives (late): the held change applies on the next sync
    customer = {"id": "0001759000000001-00000-zz", "stamp": "0001759000000001-00000-zz",
                "origin": "zz", "tbl": "customers", "key": "cust-zz",
                "fields": {"id": "cust-zz", "channel_id": orphan["fields"]["channel_id"],
                           "external_id": "u-zz", "name": "赵", "vip": 0, "language": "",
                           "created_at": 1_759_000_000_000}}
    hub_store.push("zz", [customer], 1_759_000_000_000)
    assert b.sync()["held"]["count"] == 0
    assert b.rows("SELECT external_id FROM conversations WHERE id = 'conv-zz'") == [("c-zz",)]
    assert identity.held_list(b.store.conn) == []


def test_joining_keeps_the_teams_shop_name_time_zone_and_hours(running, tmp_path):  # noqa: F811
    from desktop.services import schedule, shop
    hub_store, url = running
    a, b = Desk(tmp_path, "a"), Desk(tmp_path, "b")
    team.first_run(a.store, "王家小店", "America/Los_Angeles", "老板", "owner")
    a.join(hub_store, url)
    a.sync()
    team.first_run(b.store, "店铺", "Asia/Shanghai", "小李", "agent")  # the welcome's defaults
    b.join(hub_store, url)
    for d in (b, a, b):
        d.sync()
    for d in (a, b):
        assert (shop.get(d.store, "shop.name"), shop.get(d.store, "shop.timezone")) == (
            "王家小店", "America/Los_Angeles")
        assert {n for (n,) in d.rows("SELECT name FROM agents")} == {"老板", "小李"}
    assert schedule.status(a.store).open == schedule.status(b.store).open


def test_a_change_from_a_newer_version_is_held_until_this_desktop_upgrades(
        running, tmp_path, monkeypatch):  # noqa: F811
    from desktop.domain import protocol
    hub_store, url = running
    a, b = _pair(tmp_path, hub_store, url)
    customer = a.rows("SELECT id FROM customers")[0][0]
    newer = {"id": "0001759000000002-00000-zz", "stamp": "0001759000000002-00000-zz",
             "origin": "zz", "tbl": "customers", "key": customer,
             "fields": {"wechat": "wx-王"}}  # a column a newer ShopDesk syncs
    hub_store.push("zz", [newer], 1_759_000_000_000)
    actions.tag(a.store, a.rows("SELECT id FROM conversations")[0][0], "物流", None)
    a.sync()
    result = b.sync()
    assert result["held"]["count"] == 1 and "wechat" in result["held"]["reasons"][0]["reason"]
    assert b.tags() == [("tiktok", "c1", "物流")]  # the rest applied
    # the upgrade: this version learns the column (a migration and the protocol's list)
    b.store.conn.execute("ALTER TABLE customers ADD COLUMN wechat TEXT")
    monkeypatch.setitem(protocol.SHARED_COLUMNS, "customers",
                        protocol.SHARED_COLUMNS["customers"] | {"wechat"})
    assert b.sync()["held"]["count"] == 0
    assert b.rows("SELECT wechat FROM customers WHERE id = ?", customer) == [("wx-王",)]


def test_two_versions_of_one_message_end_as_the_same_one_everywhere(running, tmp_path):  # noqa: F811
    hub_store, url = running
    a, b = _pair(tmp_path, hub_store, url)
    b.import_lines([line(7, "c1", "u1", text="在吗？")])  # the same platform message, as
    a.import_lines([line(7, "c1", "u1", text="在吗")], tag="again")  # two exports wrote it
    _rounds(a, b)
    assert a.rows("SELECT text FROM messages WHERE external_id = 'c1-7'") == \
        b.rows("SELECT text FROM messages WHERE external_id = 'c1-7'")
    assert a.export() == b.export() and a.states() == b.states()


def test_a_held_change_the_owner_drops_at_the_hub_is_no_longer_held(running, tmp_path):  # noqa: F811
    hub_store, url = running
    _a, b = _pair(tmp_path, hub_store, url)
    stray = {"id": "0001759000000003-00000-zz", "stamp": "0001759000000003-00000-zz",
             "origin": "zz", "tbl": "customer_notes", "key": "note-zz",
             "fields": {"id": "note-zz", "customer_id": "nobody", "text": "?",
                        "created_at": 1}}
    hub_store.push("zz", [stray], 1_759_000_000_000)
    assert b.sync()["held"]["count"] == 1
    owner = run("hub", "drop", stray["id"], "--data", str(tmp_path / "hub"))
    assert owner.returncode == 0, owner.stderr
    b.sync()
    assert identity.held_list(b.store.conn) == []
    assert b.sync()["held"]["count"] == 0
