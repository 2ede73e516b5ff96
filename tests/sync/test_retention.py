"""Retention in a team: messages past the shop's period leave the desktop, its change log and
the hub — only once a backup holds them; a desktop that joins later never receives them."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

from desktop.services import backup, interchange, retention, search
from desktop.services import sync as team_sync
from desktop.store.db import open_store
from desktop.sync import hub
from desktop.sync.client import sync
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def _line(n: int, days_ago: int) -> dict:
    at = datetime.now(UTC) - timedelta(days=days_ago, minutes=n)
    return {"channel": "email", "conversation": f"c{n}", "customer": {"id": f"u{n}@x.cn",
            "name": f"客{n}"}, "id": f"<m{n}@x.cn>", "direction": "in", "author": "customer",
            "kind": "text", "text": f"旧邮件{n} 关于发货" if days_ago > 365 else f"新邮件{n}",
            "sent_at": at.isoformat()}


def _desktop(tmp_path, monkeypatch, hub_store, url, name):
    monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / f"home-{name}"))
    store = open_store(tmp_path / f"{name}.sqlite")
    team_sync.join(store, hub.invite(hub_store, name, url))
    return store


def _texts(store) -> list[str]:
    return sorted(r[0] for r in store.conn.execute("SELECT text FROM messages"))


def _logged_copies(store, word: str) -> int:
    return store.conn.execute("SELECT count(*) FROM change_log WHERE fields LIKE ?",
                              (f"%{word}%",)).fetchone()[0]


def _logged(store, word: str) -> int:
    """The change-log entries naming the messages that say ``word``."""
    return store.conn.execute(
        "SELECT count(*) FROM change_log l JOIN messages m ON l.tbl = 'messages' AND "
        "l.key = m.id WHERE m.text LIKE ?", (f"%{word}%",)).fetchone()[0]


def _at_hub(hub_store) -> list[str]:
    return sorted(c["fields"].get("text", "") for c in hub_store.pull(0, 10_000)[0]
                  if c["tbl"] == "messages")


def test_retention_removes_old_messages_from_the_change_log_and_the_hub(
        running, tmp_path, monkeypatch):  # noqa: F811
    hub_store, url = running
    a = _desktop(tmp_path, monkeypatch, hub_store, url, "a")
    path = tmp_path / "mail.jsonl"
    path.write_text("\n".join(json.dumps(_line(n, 400 if n < 3 else 10), ensure_ascii=False)
                              for n in range(5)), encoding="utf-8")
    interchange.import_file(a, path)
    sync(a)
    b = _desktop(tmp_path, monkeypatch, hub_store, url, "b")
    sync(b)
    assert len(_texts(b)) == 5 and _logged(b, "旧邮件") >= 3
    assert _logged_copies(b, "旧邮件") == 0  # logged by name: the row holds what they say
    assert len(search.search(b, "发货")) == 3
    assert len(_at_hub(hub_store)) == 5

    # no backup holds them yet: nothing goes, here or at the hub
    assert retention.run(b).startswith("nothing removed")
    sync(b)
    assert len(_texts(b)) == 5 and len(_at_hub(hub_store)) == 5

    time.sleep(0.01)
    backup.take(b, tmp_path / "backups")
    old = [k for (k,) in b.conn.execute("SELECT id FROM messages WHERE text LIKE '旧邮件%'")]
    retention.run(b)
    assert _texts(b) == ["新邮件3", "新邮件4"]
    assert b.conn.execute("SELECT count(*) FROM change_log WHERE tbl = 'messages' AND key IN "
                          f"({', '.join('?' * len(old))})", old).fetchone()[0] == 0
    assert search.search(b, "发货") == []  # out of the search index too
    assert _logged_copies(b, "旧邮件") == 0  # the change log kept no copy
    sync(b)  # ...and the hub forgets them
    assert _at_hub(hub_store) == ["新邮件3", "新邮件4"]
    assert retention.to_forget(b, 100)[0] == []

    c = _desktop(tmp_path, monkeypatch, hub_store, url, "c")
    sync(c)
    assert _texts(c) == ["新邮件3", "新邮件4"]
    monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / "home-a"))
    assert len(_texts(a)) == 5  # each desktop keeps its own period


def test_the_hub_unreachable_the_removed_messages_wait_for_the_next_sync(
        running, tmp_path, monkeypatch):  # noqa: F811
    hub_store, url = running
    a = _desktop(tmp_path, monkeypatch, hub_store, url, "a")
    path = tmp_path / "mail.jsonl"
    path.write_text(json.dumps(_line(0, 400), ensure_ascii=False), encoding="utf-8")
    interchange.import_file(a, path)
    sync(a)
    time.sleep(0.01)
    backup.take(a, tmp_path / "backups")
    with a.write() as w:  # the hub moved away for a while
        from desktop.store import settings
        settings.write_local(w, "sync.hub", "http://127.0.0.1:9")
    retention.run(a)
    assert _texts(a) == [] and len(retention.to_forget(a, 100)[0]) == 1
    with a.write() as w:
        settings.write_local(w, "sync.hub", url)
    sync(a)
    assert _at_hub(hub_store) == [] and retention.to_forget(a, 100)[0] == []
