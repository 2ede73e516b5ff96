"""The import writes one batch while it works out the next (inbox_pipeline.Pipeline): what it stores
must be exactly what receiving the batches one by one stores, whatever happens meanwhile."""

from __future__ import annotations

import json

import pytest

from desktop.domain.hlc import Clock, Stamp
from desktop.domain.text import fts_query, index_tokens, parse_query
from desktop.services import demo, inbox, inbox_pipeline, interchange
from desktop.services.inbox import Receiver
from desktop.store import conversations, directory
from desktop.store.db import open_store
from desktop.store.errors import StorageError, StorageProblem

STATE = ", ".join(("external_id", *conversations._STATE_COLS))


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """A demo shop's history as an interchange file (a few thousand lines)."""
    folder = tmp_path_factory.mktemp("history")
    shop = open_store(folder / "demo.sqlite")
    demo.build_demo(shop, days=5, messages=1500, seed=3)
    path = folder / "history.jsonl"
    interchange.export_file(shop, path)
    shop.close()
    return path


def _one_by_one(path, store, batch):
    """The reference: the same records received batch by batch, no pipeline."""
    records, errors = interchange.read_records(store, path)
    assert errors == []
    receiver = Receiver(store)
    for at in range(0, len(records), batch):
        receiver.receive(records[at : at + batch])


def _stored(store):
    names = directory.agent_names(store.conn)  # ids differ between shops, names do not
    rows = [tuple(names.get(v, v) if isinstance(v, str) else v for v in row) for row in
            store.conn.execute(f"SELECT {STATE} FROM conversations ORDER BY external_id")]
    tags = store.conn.execute(
        "SELECT c.external_id, t.tag FROM conversation_tags t JOIN conversations c "
        "ON c.id = t.conversation_id ORDER BY 1, 2")
    counts = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in
              ("messages", "conversation_events", "customers", "message_fts", "customer_fts")]
    return list(rows), list(tags), counts


def _export(store, path):
    interchange.export_file(store, path)
    return sorted(path.read_text(encoding="utf-8").splitlines())


def test_pipelined_import_stores_what_receiving_batch_by_batch_stores(history, tmp_path,
                                                                      monkeypatch):
    monkeypatch.setattr(interchange, "BATCH", 97)
    piped = open_store(tmp_path / "piped.sqlite")
    report = interchange.import_file(piped, history)
    plain = open_store(tmp_path / "plain.sqlite")
    _one_by_one(history, plain, 97)
    assert report.errors == [] and report.added_messages == 1500
    assert _stored(piped) == _stored(plain)
    assert _export(piped, tmp_path / "a.jsonl") == _export(plain, tmp_path / "b.jsonl")
    # every message findable: the search index rows point at the right messages (the last
    # one with words in it, looked up by its first two characters as a user would type them)
    seq, text = next((seq, text) for seq, text in piped.conn.execute(
        "SELECT seq, text FROM messages ORDER BY seq DESC") if index_tokens(text))
    query = fts_query(parse_query(index_tokens(text)[:2]))
    assert seq in [r[0] for r in piped.conn.execute(
        "SELECT rowid FROM message_fts WHERE message_fts MATCH ?", (query,))]


def test_a_line_repeated_in_a_later_batch_is_a_duplicate(history, tmp_path, monkeypatch):
    monkeypatch.setattr(interchange, "BATCH", 5)
    lines = history.read_text(encoding="utf-8").splitlines()[:40]
    twice = tmp_path / "twice.jsonl"
    twice.write_text("\n".join(lines + lines[3:9] + lines[:2]) + "\n", encoding="utf-8")
    store = open_store(tmp_path / "shop.sqlite")
    report = interchange.import_file(store, twice)
    assert report.duplicates == 8 and report.errors == []
    assert report.added_messages + report.added_events == 40
    plain = open_store(tmp_path / "plain.sqlite")
    _one_by_one(twice, plain, 5)
    assert _stored(store) == _stored(plain)


def test_another_writer_during_the_import_loses_nothing(history, tmp_path, monkeypatch):
    """A connector storing a message while the import runs: the batch prepared before it is
    done again in its transaction, nothing is lost or counted twice."""
    monkeypatch.setattr(interchange, "BATCH", 200)
    path = tmp_path / "shop.sqlite"
    store = open_store(path)
    other = open_store(path)
    first = json.loads(history.read_text(encoding="utf-8").splitlines()[0])
    redone = []
    plainly = inbox_pipeline.Pipeline._plainly
    monkeypatch.setattr(inbox_pipeline.Pipeline, "_plainly",
                        lambda self, records: redone.append(len(records)) or
                        plainly(self, records))

    def meanwhile(lines):
        if lines >= 600 and not other.conn.execute(
                "SELECT 1 FROM messages WHERE external_id = 'late-1'").fetchone():
            late = {**first, "id": "late-1", "text": "还在吗", "direction": "in",
                    "author": "customer", "sent_at": "2099-01-01T00:00:00+08:00"}
            late.pop("delivery", None)
            records, _ = interchange.read_records(other, _write(tmp_path / "late.jsonl", late))
            Receiver(other).receive(records)

    report = interchange.import_file(store, history, progress=meanwhile)
    assert report.added_messages == 1500 and report.errors == []
    assert redone, "the batch prepared before the other write was not done again"
    total = store.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    assert total == 1501
    for cid, count, last in store.conn.execute(
            "SELECT id, message_count, last_message_at FROM conversations"):
        assert (count, last) == store.conn.execute(
            "SELECT count(*), max(sent_at) FROM messages WHERE conversation_id = ? "
            "AND direction != 'note'", (cid,)).fetchone()


def test_a_record_older_than_its_conversation_in_a_later_batch(history, tmp_path,
                                                               monkeypatch):
    monkeypatch.setattr(interchange, "BATCH", 4)
    lines = [json.loads(x) for x in history.read_text(encoding="utf-8").splitlines()]
    conv = lines[0]["conversation"]
    mine = [x for x in lines if x["conversation"] == conv]
    others = [x for x in lines if x["conversation"] != conv][:30]
    early = {**mine[0], "id": "early-1", "text": "我先问一句", "direction": "in",
             "author": "customer"}
    early.pop("delivery", None)
    moved = tmp_path / "moved.jsonl"
    _write(moved, *mine, *others, early)  # a message from the start, arriving at the end
    store = open_store(tmp_path / "shop.sqlite")
    assert interchange.import_file(store, moved).errors == []
    plain = open_store(tmp_path / "plain.sqlite")
    _one_by_one(moved, plain, 4)
    assert _stored(store) == _stored(plain)


def test_text_with_a_nul_character_is_stored_unchanged(store, tmp_path):
    line = {"channel": "tiktok", "conversation": "c-1", "id": "m-1", "direction": "in",
            "author": "customer", "kind": "text", "text": "a\x00b 发货",
            "sent_at": "2025-10-01T09:15:00+08:00",
            "customer": {"id": "u-1", "name": "小\x00雨", "vip": False, "language": "zh"}}
    report = interchange.import_file(store, _write(tmp_path / "nul.jsonl", line))
    assert report.errors == [] and report.added_messages == 1
    assert store.conn.execute("SELECT text FROM messages").fetchone()[0] == "a\x00b 发货"
    assert store.conn.execute("SELECT name FROM customers").fetchone()[0] == "小\x00雨"


def test_a_batch_of_stamps_is_what_one_at_a_time_would_be():
    one, many = Clock("D", lambda: 7), Clock("D", lambda: 7)
    assert [one.now().text() for _ in range(5)] == many.many(5) and one.last == many.last
    full = Clock("D", lambda: 7, Stamp(7, 99_998, "D"))
    stamps = full.many(3)
    assert stamps == sorted(stamps) and stamps[1].startswith("0000000000000008-00000")


def _write(path, *objects):
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects),
                    encoding="utf-8")
    return path


def test_a_full_disk_stops_the_import_with_a_reason_and_loses_nothing(history, tmp_path,
                                                                      monkeypatch):
    """SQLite's page limit makes a real "database or disk is full" on the writing thread:
    the import stops with that reason, what was committed stays whole, and importing the
    file again once there is room adds exactly the rest."""
    monkeypatch.setattr(interchange, "BATCH", 150)
    path = tmp_path / "shop.sqlite"
    store = open_store(path)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    opened = inbox_pipeline.open_store

    def small(*args, **kwargs):
        writer_store = opened(*args, **kwargs)
        writer_store.conn.execute(f"PRAGMA max_page_count = {pages + 60}")
        return writer_store

    monkeypatch.setattr(inbox_pipeline, "open_store", small)
    with pytest.raises(StorageError) as failed:
        interchange.import_file(store, history)
    assert failed.value.code is StorageProblem.FULL
    kept = store.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    assert 0 < kept < 1500
    monkeypatch.setattr(inbox_pipeline, "open_store", opened)
    again = interchange.import_file(store, history)
    assert again.added_messages == 1500 - kept and again.errors == []
    plain = open_store(tmp_path / "plain.sqlite")
    _one_by_one(history, plain, 150)
    assert _stored(store) == _stored(plain)


def test_a_block_of_stamps_is_its_first_and_the_steps_after_it():
    one, block = Clock("D", lambda: 7, Stamp(7, 99_990, "D")), \
        Clock("D", lambda: 7, Stamp(7, 99_990, "D"))
    first = block.block(25)  # runs past the five-digit counter into the next millisecond
    assert [one.now() for _ in range(25)] == [first.plus(i) for i in range(25)]
    assert one.last == block.last == first.plus(24)
    steps = [1, 3, 1, 500, 99_999, 2]  # changes of these sizes: each one's first stamp
    starts = [sum(steps[:i]) for i in range(len(steps))]
    assert first.texts(steps) == [first.plus(n).text() for n in starts]


def test_every_imported_conversation_holds_the_state_its_history_folds_to(history, tmp_path,
                                                                          monkeypatch):
    """A conversation a batch starts is written once, with the state the batch leaves it in;
    a later batch updates it. Either way the row equals its history folded from scratch."""
    monkeypatch.setattr(interchange, "BATCH", 97)
    store = open_store(tmp_path / "piped.sqlite")
    interchange.import_file(store, history)
    ids = [r[0] for r in store.conn.execute("SELECT id FROM conversations")]
    assert len(ids) > 50
    with store.write() as w:
        for cid in ids:
            stored = conversations.get(store.conn, cid)
            assert stored is not None and stored.state == inbox.rebuild_state(w, cid), cid
