"""Delivery moves one way: a reply written on one desktop and sent by the desktop that receives
its channel shows sent everywhere; one cancelled anywhere is never sent; a desktop that takes
the channel over never sends again what another sent, and asks before sending replies queued
before it took over."""

from __future__ import annotations

from desktop.channels import dispatcher, registry
from desktop.services import actions, channels, outbox, team
from tests.cli.test_cli import run
from tests.sync.desks import Desk
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture

CHANNEL = "抖音中转"


class Relay:
    """The platform: what it was given to send."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def already_sent(self, message) -> bool:
        return False

    def send(self, message) -> None:
        self.sent.append(message.text)


def _team(tmp_path, hub_store, url):
    a, b = Desk(tmp_path, "a"), Desk(tmp_path, "b")
    team.first_run(a.store, "店", "Asia/Shanghai", "老板", "owner")
    a.use()
    channels.add(a.store, "webhook", CHANNEL, {"port": 8765, "reply_url": "http://relay/x"})
    a.import_lines([{"channel": CHANNEL, "conversation": "c1",
                     "customer": {"id": "u1", "name": "王"}, "id": "m1", "direction": "in",
                     "author": "customer", "kind": "text", "text": "在吗",
                     "sent_at": "2026-12-05T10:00:00+08:00"}])
    a.join(hub_store, url)
    a.sync()
    b.join(hub_store, url)
    b.sync()
    conversation = b.rows("SELECT id FROM conversations")[0][0]
    return a, b, conversation, team.add_agent(b.store, "小李")


def _delivery(d: Desk, text: str) -> str:
    return d.rows("SELECT delivery FROM messages WHERE text = ?", text)[0][0]


def test_a_reply_sent_by_the_receiving_desktop_shows_sent_everywhere(running, tmp_path):  # noqa: F811
    hub_store, url = running
    a, b, conversation, li = _team(tmp_path, hub_store, url)
    actions.reply(b.store, conversation, "在的，今天发货", li)
    b.sync()
    a.sync()
    relay = Relay()
    a.use()
    b.use()
    assert CHANNEL not in registry.connectors(b.store)  # only the receiving desktop sends
    a.use()
    assert dispatcher.dispatch(a.store, {CHANNEL: relay}).sent == 1
    a.sync()
    b.sync()
    assert _delivery(a, "在的，今天发货") == _delivery(b, "在的，今天发货") == "sent"
    assert outbox.pending(b.store) == []


def test_a_reply_cancelled_on_another_desktop_is_not_sent(running, tmp_path):  # noqa: F811
    hub_store, url = running
    a, b, conversation, li = _team(tmp_path, hub_store, url)
    actions.reply(b.store, conversation, "在的，今天发货", li)
    b.sync()
    a.sync()
    message = b.rows("SELECT id FROM messages WHERE direction = 'out'")[0][0]
    outbox.cancel(b.store, message, li)
    b.sync()
    a.sync()
    relay = Relay()
    dispatcher.dispatch(a.store, {CHANNEL: relay})
    assert relay.sent == []
    assert _delivery(a, "在的，今天发货") == "failed"


def test_a_desktop_taking_the_channel_over_never_sends_again_and_asks_first(
        running, tmp_path):  # noqa: F811
    hub_store, url = running
    a, b, conversation, li = _team(tmp_path, hub_store, url)
    actions.reply(b.store, conversation, "第一句", li)
    b.sync()
    a.sync()
    relay = Relay()
    dispatcher.dispatch(a.store, {CHANNEL: relay})
    a.sync()
    actions.reply(a.store, conversation, "第二句", None)  # queued on A; A's PC then breaks
    a.sync()
    b.sync()
    # the channel is set up on B now
    b.use()
    channels.add(b.store, "webhook", CHANNEL, {"port": 8765, "reply_url": "http://relay/x"})
    again = Relay()
    dispatcher.dispatch(b.store, {CHANNEL: again})
    assert relay.sent == ["第一句"] and again.sent == []  # nothing sent twice, nothing unasked
    waiting = outbox.pending(b.store)
    assert [(m["text"], m["status"]) for m in waiting] == [("第二句", "confirm")]
    actions.reply(b.store, conversation, "第三句", li)  # written after the takeover: held
    dispatcher.dispatch(b.store, {CHANNEL: again})  # behind the one waiting in its thread
    assert again.sent == []
    b.store.close()
    done = run("outbox", "confirm", "--json", "--db", str(b.store.path))
    assert done.returncode == 0, done.stderr
    b = Desk(tmp_path, "b")
    dispatcher.dispatch(b.store, {CHANNEL: again})
    assert again.sent == ["第二句", "第三句"]
