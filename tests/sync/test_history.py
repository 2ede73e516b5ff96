"""History is the truth, state is derived: after concurrent work on two desktops each
conversation's state (waiting since, first response, counts, tags, who has it) and the
figures are the same everywhere, and the same as on one desktop that imported all of it."""

from __future__ import annotations

from desktop.services import actions, team
from tests.sync.desks import Desk, line
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def _whole(tmp_path, source: Desk) -> Desk:
    """A desktop that never synced, holding everything: the source's export imported."""
    whole = Desk(tmp_path, f"whole-{source.name}")
    path = tmp_path / f"all-{source.name}.jsonl"
    path.write_text("\n".join(source.export()), encoding="utf-8")
    from desktop.services import interchange
    interchange.import_file(whole.store, path)
    return whole


def test_a_reply_on_one_desktop_and_a_new_message_on_another_fold_into_one_state(
        running, tmp_path):  # noqa: F811
    hub_store, url = running
    a, b = Desk(tmp_path, "a"), Desk(tmp_path, "b")
    team.first_run(a.store, "王家小店", "Asia/Shanghai", "老板", "owner")
    a.import_lines([line(1, "c1", "u1", minute=0)])
    a.join(hub_store, url)
    a.sync()
    b.join(hub_store, url)
    b.sync()
    conversation = a.rows("SELECT id FROM conversations")[0][0]
    li = team.add_agent(b.store, "小李")
    actions.reply(b.store, conversation, "在的亲", li)  # B answers, offline
    actions.tag(b.store, conversation, "物流", li)
    a.import_lines([line(2, "c1", "u1", minute=30)], tag="later")  # A receives meanwhile
    actions.assign(a.store, conversation, team.add_agent(a.store, "Amy"), None)
    for d in (b, a, b, a):
        d.sync()
    whole = _whole(tmp_path, a)
    assert a.states() == b.states() == whole.states()
    assert a.tags() == b.tags() == whole.tags() == [("tiktok", "c1", "物流")]
    state = dict(zip(("channel", "conversation", "status", "assignee", "category", "priority",
                      "resolved", "rating", "opened_at", "closed_at", "last_message_at",
                      "last_in_at", "waiting_since", "first_response_at", "message_count"),
                     a.states()[0], strict=False))
    assert state["message_count"] == 3
    assert state["waiting_since"] is None and state["first_response_at"] is not None
    assert a.figures() == b.figures() == whole.figures()
