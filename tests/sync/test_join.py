"""A desktop that holds data of its own joins a team: the history the team already holds just
as this desktop does (the same messages and events) is kept under the team's ids and does not
travel back; what is new or differs does, and every desktop ends with the union."""

from __future__ import annotations

from desktop.services import team
from tests.sync.desks import Desk, line
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def _sent_by(hub_store, desk: Desk) -> list[dict]:
    return [c for c in hub_store.pull(0, 1_000_000)[0]
            if c["origin"] == desk.store.device_id]


def _two(tmp_path, hub_store, url, a_lines, b_lines):
    a, b = Desk(tmp_path, "a"), Desk(tmp_path, "b")
    for d, part in ((a, a_lines), (b, b_lines)):
        team.first_run(d.store, "王家小店", "Asia/Shanghai", "小李", "owner")
        d.import_lines(part)
    a.join(hub_store, url)
    a.sync()
    b.join(hub_store, url)
    return a, b


def test_a_joining_desktop_sends_only_what_the_team_lacks(running, tmp_path):  # noqa: F811
    hub_store, url = running
    week = [line(n, f"c{n % 3}", minute=n) for n in range(12)]
    a, b = _two(tmp_path, hub_store, url, week[:8], [*week[4:], line(1, "c9", minute=30)])
    b.sync()
    sent = _sent_by(hub_store, b)
    # the four messages A lacks (in A's conversations) and the new conversation's, no more
    assert sorted(c["fields"]["text"] for c in sent if c["tbl"] == "messages") == [
        "消息1", "消息10", "消息11", "消息8", "消息9"]
    # B holds A's messages under A's ids
    shared = "SELECT id FROM messages WHERE text IN ('消息4', '消息5', '消息6', '消息7') ORDER BY 1"
    assert b.rows(shared) == a.rows(shared)
    for _ in range(2):
        for d in (a, b):
            assert d.sync()["held"]["count"] == 0
    whole = Desk(tmp_path, "whole")
    whole.import_lines([*week, line(1, "c9", minute=30)])
    for d in (a, b):
        assert d.rows("SELECT count(*) FROM messages")[0][0] == 13
        assert d.export() == whole.export()
        assert d.states() == whole.states()
        assert d.figures() == whole.figures()
    assert b.store.conn.execute("SELECT count(*) FROM change_log WHERE pushed = 0"
                                ).fetchone()[0] == 0


def test_what_a_joining_desktop_holds_otherwise_still_travels(running, tmp_path):  # noqa: F811
    """The same message in another version (an edited export): this desktop's copy still
    travels (the version of the smaller id is kept everywhere), and both desktops end with one
    version of it."""
    hub_store, url = running
    week = [line(n, "c1", minute=n) for n in range(4)]
    other = [*week[:2], line(2, "c1", text="消息2（改过）"), week[3]]
    a, b = _two(tmp_path, hub_store, url, week, other)
    b.sync()
    assert [c["fields"]["external_id"] for c in _sent_by(hub_store, b)
            if c["tbl"] == "messages"] == ["c1-2"]
    a.sync()
    b.sync()
    assert a.export() == b.export()
    assert a.states() == b.states()
    for d in (a, b):
        assert len(d.rows("SELECT text FROM messages WHERE text LIKE '消息2%'")) == 1
        assert d.rows("SELECT count(*) FROM messages")[0][0] == 4


def test_a_desktop_that_sent_before_joins_again_as_any_other(running, tmp_path):  # noqa: F811
    """Only a desktop that never sent anything takes the team's ids: one that did (its rows
    may be known to the team by its own ids) joins again as before, and nothing is lost."""
    from desktop.services import sync as team_sync
    from desktop.store import settings

    hub_store, url = running
    week = [line(n, "c1", minute=n) for n in range(6)]
    a, b = _two(tmp_path, hub_store, url, week[:4], week[2:])
    assert settings.read_local(b.store.conn, team_sync.FRESH_KEY) == "1"
    b.sync()
    assert settings.read_local(b.store.conn, team_sync.FRESH_KEY) == "0"
    b.join(hub_store, url)  # a new code for the same desktop
    assert settings.read_local(b.store.conn, team_sync.FRESH_KEY) != "1"
    for _ in range(2):
        for d in (a, b):
            assert d.sync()["held"]["count"] == 0
    assert a.export() == b.export()
    assert a.rows("SELECT count(*) FROM messages")[0][0] == 6
