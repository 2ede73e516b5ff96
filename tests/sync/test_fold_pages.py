"""A pull folds each conversation it touches after every page, on from the state it folded
for the page before when the page only adds items after it (``services.sync_fold``). That
must give exactly what folding the whole history gives, whatever the pages, the order the
items come in (a reply stored before the question it answers, an event between two messages),
pages read twice, and the window's own writes between two pages."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import actions, sync_fold, team
from desktop.services import sync as team_sync
from desktop.store import changelog, folds
from desktop.store.db import open_store
from tests.sync.desks import Desk

CONVERSATIONS = ("c0", "c1")
KINDS = ("in", "in", "out", "bot", "note")


def _at(minute: int) -> int:
    return int(datetime(2025, 10, 2, 2, minute, tzinfo=UTC).timestamp() * 1000)


def _line(n: int, conv: str, minute: int, kind: str) -> dict:
    return {"channel": "tiktok", "conversation": conv,
            "customer": {"id": f"u-{conv}", "name": f"客{conv}"}, "id": f"{conv}-m{n}",
            "direction": {"bot": "out", "note": "note"}.get(kind, kind),
            "author": {"in": "customer", "bot": "bot"}.get(kind, "小李"),
            "kind": "text", "text": f"{conv}第{n}句",
            "sent_at": datetime.fromtimestamp(_at(minute) / 1000, UTC).isoformat()}


step = st.one_of(
    st.tuples(st.just("say"), st.sampled_from(CONVERSATIONS), st.integers(0, 59),
              st.sampled_from(KINDS)),
    st.tuples(st.just("act"), st.sampled_from(CONVERSATIONS), st.integers(0, 59),
              st.sampled_from(("close", "reopen", "tag", "untag", "assign", "snooze"))))


class _Clock:
    def __init__(self) -> None:
        self.now = _at(0)

    def __call__(self) -> int:
        return self.now


def _make(folder: Path, steps: list[tuple]) -> list[dict]:
    """Desktop A's history, as its changes travel."""
    clock = _Clock()
    a = Desk(folder, "a", clock=clock)
    team.add_agent(a.store, "小李")
    agent = a.rows("SELECT id FROM agents")[0][0]
    for n, (what, conv, minute, kind) in enumerate(steps):
        if what == "say":
            a.import_lines([_line(n, conv, minute, kind)], tag=str(n))
            continue
        found = a.rows("SELECT c.id FROM conversations c WHERE external_id = ?", conv)
        if not found:
            continue
        clock.now = _at(minute) + n  # an event between two messages
        act = {"close": lambda c: actions.close(a.store, c, True, None),
               "reopen": lambda c: actions.reopen(a.store, c, None),
               "tag": lambda c: actions.tag(a.store, c, "物流", None),
               "untag": lambda c: actions.untag(a.store, c, "物流", None),
               "assign": lambda c: actions.assign(a.store, c, agent, None),
               "snooze": lambda c: actions.snooze(a.store, c, None, None)}[kind]
        act(found[0][0])
    changes = [out for c in changelog.unpushed(a.store.conn, 10**9)
               if (out := team_sync.outgoing(c)) is not None]
    a.store.close()
    return changes


def _state(store) -> list[tuple]:
    return store.conn.execute(
        "SELECT external_id, status, assignee_id IS NOT NULL, resolved, opened_at, closed_at, "
        "snoozed_until, last_message_at, last_in_at, waiting_since, first_response_at, unread, "
        "message_count, last_preview, last_direction, (SELECT group_concat(tag) FROM "
        "conversation_tags t WHERE t.conversation_id = c.id) FROM conversations c "
        "ORDER BY external_id").fetchall()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=1, max_size=24), data=st.data())
def test_folding_on_page_by_page_is_folding_the_whole_history(steps, data):
    folder = Path(tempfile.mkdtemp())
    changes = _make(folder, steps)
    on, whole = Desk(folder, "on"), Desk(folder, "whole")
    clock = _Clock()  # the window's own connections: what an agent does meanwhile
    window = open_store(folder / "on.sqlite", role="background", clock=clock)
    window_whole = open_store(folder / "whole.sqlite", role="background", clock=clock)
    folded = sync_fold.Folded()  # as one pull keeps it
    at = 0
    while at < len(changes):
        size = data.draw(st.integers(1, 12), label="page")
        again = data.draw(st.integers(0, size), label="read again")
        page = changes[max(0, at - again):at + size]
        team_sync.apply_changes(on.store, page, folded=folded)
        team_sync.apply_changes(whole.store, page)  # every conversation folded whole
        if data.draw(st.booleans(), label="the window writes"):
            clock.now = _at(data.draw(st.integers(0, 59), label="when")) + 7
            for store in (window, window_whole):  # a tag given, and what was read
                for (conversation_id,) in store.conn.execute(
                        "SELECT id FROM conversations").fetchall():
                    actions.tag(store, conversation_id, f"跟进{clock.now % 3}", None)
                    actions.mark_read(store, conversation_id)
        at += size
        assert _state(on.store) == _state(whole.store)
    agents = folds.agent_ids_by_name(whole.store.conn)
    for conversation_id, items in folds.histories(whole.store.conn, [
            c for (c,) in whole.rows("SELECT id FROM conversations")]).items():
        state = sync_fold.fold_history(items, agents)
        stored = whole.rows("SELECT message_count, last_message_at, waiting_since, status "
                            "FROM conversations WHERE id = ?", conversation_id)[0]
        assert stored == (state.message_count, state.last_message_at, state.waiting_since,
                          state.status.value)
    for store in (on.store, whole.store, window, window_whole):
        store.close()


def test_a_page_that_only_adds_later_items_reads_no_history(tmp_path, monkeypatch):
    changes = _make(tmp_path, [("say", "c0", m, "in") for m in range(6)])
    on = Desk(tmp_path, "on")
    asked: list[list[str]] = []
    real = folds.histories
    monkeypatch.setattr(folds, "histories", lambda conn, ids: asked.append(ids) or
                        real(conn, ids))
    folded = sync_fold.Folded()
    cut = next(i for i, c in enumerate(changes) if c["tbl"] == "messages") + 2
    team_sync.apply_changes(on.store, changes[:cut], folded=folded)
    assert asked[-1]  # the conversation is new here: its whole history
    team_sync.apply_changes(on.store, changes[cut:], folded=folded)
    assert asked[-1] == []  # only later messages: folded on, nothing read
    assert on.rows("SELECT message_count, unread FROM conversations") == [(6, 6)]
