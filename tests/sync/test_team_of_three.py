"""Three desktops that each used ShopDesk before joining (the same channels, customers,
conversations, agents and tags, some lines on two of them) join in turns and sync in random
orders, one of them killed (kill -9) in the middle of applying a page: their exports,
conversation states, tags and figures are identical, and equal to one desktop that imported
everything."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from desktop.services import actions, team
from tests.sync.desks import Desk
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture

ROOT = Path(__file__).resolve().parents[2]
AGENTS = ("小李", "小王", "Amy")
TAGS = ("物流", "退款", "尺码")


def history(seed: int = 5) -> list[dict]:
    """A week of two channels' history: messages and events, in time order."""
    rnd = random.Random(seed)
    lines: list[dict] = []
    for n in range(24):
        channel = ("tiktok", "douyin")[n % 2]
        conv, customer = f"c{n % 8}", f"u{n % 8 % 6}"
        day = 1 + n % 3
        for k in range(rnd.randint(2, 5)):
            minute = n * 2 + k * 11
            at = f"2025-10-0{day}T{9 + minute // 60:02d}:{minute % 60:02d}:00+08:00"
            base = {"channel": channel, "conversation": conv}
            if k % 3 == 2:
                kind = rnd.choice(["tag", "assign"])
                event = {"tag": rnd.choice(TAGS)} if kind == "tag" else \
                    {"agent": rnd.choice(AGENTS)}
                lines.append({**base, "event": kind, **event, "at": at})
                continue
            out = k % 2 == 1
            lines.append({**base, "customer": {"id": customer, "name": f"客{customer}"},
                          "id": f"{channel}-{n}-{k}", "direction": "out" if out else "in",
                          "author": rnd.choice(AGENTS) if out else "customer", "kind": "text",
                          "text": f"第{n}段第{k}句", "sent_at": at,
                          **({"delivery": "sent"} if out else {})})
    return lines


def _parts(lines: list[dict]) -> list[list[dict]]:
    """Each desktop's own share: every stretch of a conversation (a message, then what
    follows it) on one or two of them."""
    rnd = random.Random(11)
    stretches: list[list[dict]] = []
    for item in lines:
        if "event" in item and stretches:
            stretches[-1].append(item)
        else:
            stretches.append([item])
    parts: list[list[dict]] = [[], [], []]
    for i, stretch in enumerate(stretches):
        first = i % 3
        parts[first] += stretch
        if rnd.random() < 0.4:
            parts[(first + rnd.randint(1, 2)) % 3] += stretch
    return parts


KILLED_APPLY = """
import os, signal, sys
from desktop.services import sync_apply
from desktop.store.db import open_store
from desktop.sync import client
store = open_store(sys.argv[1])
apply, seen = sync_apply.Page._apply, []
def apply_then_die(self, change):
    seen.append(change)
    if len(seen) == 40:                     # in the middle of applying a page
        os.kill(os.getpid(), signal.SIGKILL)
    return apply(self, change)
sync_apply.Page._apply = apply_then_die
client.sync(store)
"""


def _killed_sync(desk: Desk) -> None:
    desk.store.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SHOPDESK_HOME": str(desk.home)}
    done = subprocess.run([sys.executable, "-c", KILLED_APPLY, str(desk.store.path)], env=env)
    assert done.returncode == -signal.SIGKILL
    desk.use()
    desk.__init__(desk.folder, desk.name)  # the app started again


def _same(desks: list[Desk], whole: Desk) -> None:
    exports = [d.export() for d in desks]
    assert exports[0] == exports[1] == exports[2] == whole.export()
    states = [d.states() for d in desks]
    assert states[0] == states[1] == states[2] == whole.states()
    assert desks[0].tags() == desks[1].tags() == desks[2].tags() == whole.tags()
    figures = [d.figures() for d in desks]
    assert figures[0] == figures[1] == figures[2] == whole.figures()
    for d in desks:
        for table, key in (("channels", "name"), ("agents", "name"),
                           ("customers", "channel_id, external_id"),
                           ("conversations", "channel_id, external_id"),
                           ("messages", "channel_id, external_id")):
            assert d.rows(f"SELECT {key} FROM {table} GROUP BY {key} HAVING count(*) > 1") \
                == [], table


def test_three_desktops_with_data_of_their_own_join_and_converge(running, tmp_path):  # noqa: F811
    hub_store, url = running
    lines = history()
    desks = [Desk(tmp_path, name) for name in "abc"]
    for d, part, me in zip(desks, _parts(lines), AGENTS, strict=True):
        team.first_run(d.store, "王家小店", "Asia/Shanghai", me, "owner")
        d.import_lines(part)
    rnd = random.Random(3)
    for n, d in enumerate(desks):  # they join in turns, syncing as they go
        d.join(hub_store, url)
        if n == 2:
            _killed_sync(d)  # c dies in the middle of applying its first page
        for other in rnd.sample(desks[: n + 1], n + 1):
            other.sync()
    for _ in range(3):
        for d in rnd.sample(desks, 3):
            assert d.sync()["held"]["count"] == 0
    whole = Desk(tmp_path, "whole")
    for me in AGENTS:
        team.add_agent(whole.store, me, role="owner")
    whole.import_lines(lines)
    _same(desks, whole)
    # then they work on, each on its own, and sync in random orders again
    conversations = desks[0].rows("SELECT ch.name, c.external_id FROM conversations c "
                                  "JOIN channels ch ON ch.id = c.channel_id ORDER BY 1, 2")
    for n, d in enumerate(desks):
        mine = team.me(d.store)
        for channel, external in conversations[n::3]:
            here = d.rows("SELECT c.id FROM conversations c JOIN channels ch ON "
                          "ch.id = c.channel_id WHERE ch.name = ? AND c.external_id = ?",
                          channel, external)[0][0]
            actions.reply(d.store, here, f"{mine.name}的回复", mine.id)
            actions.tag(d.store, here, TAGS[n], mine.id)
            actions.assign(d.store, here, mine.id, mine.id)
    for _ in range(3):
        for d in rnd.sample(desks, 3):
            d.sync()
    whole = Desk(tmp_path, "whole-after")
    for me in AGENTS:
        team.add_agent(whole.store, me, role="owner")
    whole.import_lines([json.loads(x) for x in desks[0].export()])
    _same(desks, whole)
