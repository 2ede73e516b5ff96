"""Property: however many desktops created the same channels, agents, customers,
conversations and messages on their own, a desktop that receives all their changes — in any
order the hub can give (each desktop's own in order), in pages of any size, some of them
twice — ends with one row per real thing and the same data as one desktop that imported
everything."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import sync as team_sync
from desktop.services import team
from desktop.store import changelog
from tests.sync.desks import Desk

AGENTS = ("小李", "小王", "Amy")
POOL = [(channel, conv, k) for channel in ("tiktok", "douyin") for conv in ("c0", "c1")
        for k in range(3)]


def _line(channel: str, conv: str, k: int) -> dict:
    out = k == 1
    return {"channel": channel, "conversation": conv,
            "customer": {"id": f"u-{conv}", "name": f"客{conv}"}, "id": f"{channel}-{conv}-{k}",
            "direction": "out" if out else "in", "author": "小李" if out else "customer",
            "kind": "text", "text": f"{conv}第{k}句",
            "sent_at": f"2025-10-02T10:{10 * int(conv[1]) + k:02d}:00+08:00"}


desktop_share = st.tuples(st.sets(st.sampled_from(range(len(POOL))), min_size=1),
                          st.sets(st.sampled_from(AGENTS)))


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(shares=st.lists(desktop_share, min_size=2, max_size=3), data=st.data())
def test_duplicates_made_anywhere_end_as_one_row(shares, data):
    folder = Path(tempfile.mkdtemp())
    makers = []
    for n, (lines, agents) in enumerate(shares):
        d = Desk(folder, f"d{n}")
        for name in sorted(agents):
            team.add_agent(d.store, name)
        d.import_lines([_line(*POOL[i]) for i in sorted(lines)])
        makers.append(d)
    streams = [[out for c in changelog.unpushed(d.store.conn, 10**9)
                if (out := team_sync.outgoing(c)) is not None] for d in makers]
    receivers = [makers[0], Desk(folder, "fresh")]
    for receiver in receivers:
        order = _interleaving(data, streams)
        repeat = data.draw(st.integers(0, len(order)), label="repeated")
        order = order + order[:repeat]  # a pull cut short is read again
        at = 0
        while at < len(order):
            size = data.draw(st.integers(1, 40), label="page")
            team_sync.apply_changes(receiver.store, order[at:at + size])
            at += size
    whole = Desk(folder, "whole")
    for name in sorted(set().union(*(a for _l, a in shares))):
        team.add_agent(whole.store, name)
    whole.import_lines([_line(*POOL[i]) for i in sorted(set().union(*(s for s, _a in shares)))])
    for receiver in receivers:
        for table, key in (("channels", "name"), ("agents", "name"),
                           ("customers", "channel_id, external_id"),
                           ("conversations", "channel_id, external_id"),
                           ("messages", "channel_id, external_id")):
            assert receiver.rows(f"SELECT {key} FROM {table} GROUP BY {key} "
                                 "HAVING count(*) > 1") == [], table
        assert receiver.export() == whole.export()
        assert receiver.states() == whole.states()
        assert sorted(n for (n,) in receiver.rows("SELECT name FROM agents")) == \
            sorted(n for (n,) in whole.rows("SELECT name FROM agents"))
        assert receiver.rows("SELECT count(*) FROM sync_held") == [(0,)]
    for d in [*makers, receivers[1], whole]:
        d.store.close()


def _interleaving(data: st.DataObject, streams: list[list[dict]]) -> list[dict]:
    """The streams merged in an order the hub could give: each one's own order kept."""
    cursors = [0] * len(streams)
    total = sum(len(s) for s in streams)
    out: list[dict] = []
    for _ in itertools.repeat(None, total):
        open_ = [i for i, s in enumerate(streams) if cursors[i] < len(s)]
        i = data.draw(st.sampled_from(open_), label="from")
        run = data.draw(st.integers(1, 30), label="run")
        take = streams[i][cursors[i]:cursors[i] + run]
        cursors[i] += len(take)
        out += take
        if len(out) == total:
            break
    return out
