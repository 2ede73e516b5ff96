"""Import and export: round trip, idempotence, bad lines with their numbers."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop.services import interchange
from desktop.services.interchange import InterchangeFileError
from desktop.services.sheets import NotAWorkbook
from desktop.store import conversations, directory
from desktop.store.db import open_store
from tests.conftest import DATA


def _lines(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _canonical(objs):
    """Records compared by meaning: times as instants, lines sorted."""
    from zoneinfo import ZoneInfo

    from desktop.domain.interchange import parse_record, to_object
    zone = ZoneInfo("Asia/Shanghai")
    out = []
    for obj in objs:
        record = to_object(parse_record(obj, zone))
        record.pop("customer", None) if "event" in record else None
        out.append(json.dumps(record, sort_keys=True, ensure_ascii=False))
    return sorted(out)


def test_import_stores_messages_events_and_conversation_state(store):
    report = interchange.import_file(store, DATA / "sample.jsonl")
    assert report.errors == []
    assert (report.added_messages, report.added_events) == (8, 4)
    conv = conversations.find(store.conn, directory.channel_ids(store.conn)["tiktok"], "c-1001")
    assert conv is not None
    state = conv.state
    assert state.status == "closed" and state.resolved and state.rating == 5
    assert state.tags == {"物流"}
    assert directory.agent_names(store.conn)[state.assignee] == "小王"
    # first response is the agent's, not the bot's
    assert state.first_response_at == 1_759_281_400_000


def test_importing_the_same_file_twice_adds_nothing(store):
    interchange.import_file(store, DATA / "sample.jsonl")
    before = store.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    again = interchange.import_file(store, DATA / "sample.jsonl")
    assert (again.added_messages, again.added_events, again.duplicates) == (0, 0, 12)
    assert store.conn.execute("SELECT count(*) FROM messages").fetchone()[0] == before
    assert store.conn.execute("SELECT count(*) FROM message_fts").fetchone()[0] == before


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".xlsx"])
def test_round_trip_keeps_every_field(store, tmp_path, clock, suffix):
    interchange.import_file(store, DATA / "sample.jsonl")
    exported = tmp_path / f"out{suffix}"
    assert interchange.export_file(store, exported) == 12
    second = open_store(tmp_path / "second.sqlite", clock=clock)
    report = interchange.import_file(second, exported)
    assert report.errors == [] and report.added_messages == 8 and report.added_events == 4
    again = tmp_path / "again.jsonl"
    interchange.export_file(second, again)
    assert _canonical(_lines(again)) == _canonical(_lines(DATA / "sample.jsonl"))


def test_export_writes_times_in_their_original_offset(store, tmp_path):
    interchange.import_file(store, DATA / "sample.jsonl")
    out = tmp_path / "out.jsonl"
    interchange.export_file(store, out)
    first = _lines(out)[0]
    assert first["sent_at"] == "2025-10-01T09:15:00+08:00"
    mail = next(x for x in _lines(out) if x.get("id") == "<a1@example.com>")
    assert mail["sent_at"] == "2025-10-01T14:02:00-07:00" and mail["subject"] == "Return request"


def test_bad_lines_are_reported_and_good_lines_imported(store, tmp_path):
    good = (DATA / "sample.jsonl").read_text(encoding="utf-8").splitlines()
    bad = [
        good[0],
        "{not json",
        json.dumps({**json.loads(good[0]), "id": "m-9", "kind": "hologram"}),
        json.dumps({k: v for k, v in json.loads(good[0]).items() if k != "sent_at"}),
        json.dumps({**json.loads(good[0]), "id": "m-10", "sent_at": "31/12/2025 9am"}),
        json.dumps({"channel": "tiktok", "conversation": "new-one", "id": "x",
                    "direction": "out", "author": "bot", "kind": "text", "text": "hi",
                    "sent_at": "2025-10-01T09:15:00Z"}),
        "",
        good[1],
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(bad), encoding="utf-8")
    report = interchange.import_file(store, path)
    assert report.added_messages == 2
    assert [n for n, _ in report.errors] == [2, 3, 4, 5, 6]
    reasons = dict(report.errors)
    assert "invalid JSON" in reasons[2]
    assert "unknown kind 'hologram'" in reasons[3]
    assert "missing field 'sent_at'" in reasons[4]
    assert "unparseable time" in reasons[5]
    assert "needs the 'customer' field" in reasons[6]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_any_line_end_a_bom_and_bad_bytes_are_read_as_a_text_editor_would(store, tmp_path,
                                                                          end):
    """Lines end in LF, CRLF or (old Mac exports) CR alone; a byte-order mark is skipped;
    bytes that are not UTF-8 become U+FFFD and the line is still imported."""
    good = (DATA / "sample.jsonl").read_text(encoding="utf-8").splitlines()
    broken = json.dumps({**json.loads(good[0]), "id": "m-bytes", "text": "坏XX字节"},
                        ensure_ascii=False).encode().replace(b"XX", b"\xff\xfe")
    path = tmp_path / "ends.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + end.encode().join(
        [good[0].encode(), b"", broken, b"{oops", good[1].encode()]) + end.encode())
    report = interchange.import_file(store, path)
    assert report.added_messages == 3 and [n for n, _ in report.errors] == [4]
    texts = [r[0] for r in store.conn.execute("SELECT text FROM messages")]
    assert "坏\ufffd\ufffd字节" in texts


def test_a_message_older_than_the_conversation_state_rebuilds_it(store, tmp_path):
    lines = (DATA / "sample.jsonl").read_text(encoding="utf-8").splitlines()
    later, earlier = tmp_path / "later.jsonl", tmp_path / "earlier.jsonl"
    later.write_text("\n".join(lines[3:8]), encoding="utf-8")  # agent reply .. rating
    earlier.write_text("\n".join(lines[:3]), encoding="utf-8")  # question, bot, assign
    interchange.import_file(store, later)
    interchange.import_file(store, earlier)
    channel = directory.channel_ids(store.conn)["tiktok"]
    state = conversations.find(store.conn, channel, "c-1001").state
    assert state.status == "closed" and state.first_response_at == 1_759_281_400_000
    assert state.message_count == 3 and state.waiting_since is None


def test_csv_written_by_a_spreadsheet_program_imports(store, tmp_path):
    path = tmp_path / "from-excel.csv"
    path.write_text(
        "\ufeffchannel,conversation,customer.id,customer.name,customer.vip,id,direction,"
        "author,kind,text,sent_at,order_id\n"
        "tiktok,c-9,u-9,王芳,TRUE,m-9,in,customer,text,尺码偏大吗,2025-10-01 10:00:00,\n",
        encoding="utf-8")
    report = interchange.import_file(store, path)
    assert report.errors == [] and report.added_messages == 1


@pytest.mark.parametrize("name,content,message", [
    ("missing.jsonl", None, "no such file"),
    ("notes.txt", "hello", "unknown file type"),
    ("broken.xlsx", "not a zip", r"broken.xlsx is not an Excel workbook \(.xlsx\), or it is "
                                 "damaged"),
])
def test_unusable_files_are_refused_with_a_reason(store, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises((InterchangeFileError, NotAWorkbook), match=message):
        interchange.import_file(store, path)


def test_export_never_leaves_a_half_written_file(store, tmp_path, monkeypatch):
    interchange.import_file(store, DATA / "sample.jsonl")
    out = tmp_path / "out.jsonl"
    shutil.copy(DATA / "sample.jsonl", out)

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(interchange, "to_object", boom)
    with pytest.raises(OSError):
        interchange.export_file(store, out)
    assert out.read_text(encoding="utf-8") == (DATA / "sample.jsonl").read_text(encoding="utf-8")
    assert not (tmp_path / "out.jsonl.part").exists()
