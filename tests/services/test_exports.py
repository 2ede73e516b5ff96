"""Spreadsheets for the owner: one row per conversation; a conversation's transcript."""

from __future__ import annotations

from openpyxl import load_workbook

from desktop.services import exports, interchange, queues
from desktop.services.queues import ListQuery, View
from tests.conftest import DATA


def test_conversations_of_a_view_one_row_each(store, tmp_path):
    interchange.import_file(store, DATA / "sample.jsonl")
    out = tmp_path / "closed.xlsx"
    assert exports.conversations_xlsx(store, ListQuery(view=View.CLOSED), out) == 1
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header == exports.CONVERSATION_COLUMNS["zh"]
    row = [c.value for c in sheet[2]]
    assert row[0] == "小雨" and row[2] == "小王" and row[6] == "是" and row[7] == 5
    assert row[8] == "物流" and row[9] == 3  # tags, messages (notes not counted)
    assert sheet.freeze_panes == "A2"


def test_a_selection_and_english_headers(store, tmp_path):
    interchange.import_file(store, DATA / "sample.jsonl")
    ids = [c.id for c in queues.page(store, ListQuery(view=View.OPEN))][:1]
    out = tmp_path / "some.xlsx"
    assert exports.conversations_xlsx(store, ListQuery(view=View.OPEN), out, ids=ids,
                                      language="en") == 1
    assert load_workbook(out).active["A1"].value == "Customer"


def test_transcripts_as_xlsx_and_text(store, tmp_path):
    interchange.import_file(store, DATA / "sample.jsonl")
    conv = queues.page(store, ListQuery(view=View.CLOSED))[0]
    assert exports.transcript(store, conv.id, tmp_path / "t.xlsx") == 4
    text = tmp_path / "t.txt"
    exports.transcript(store, conv.id, text)
    body = text.read_text(encoding="utf-8")
    assert "什么时候发货" in body and "[内部备注]" in body and "小王" in body


def test_a_crash_is_told_at_the_next_start_once_and_logs_rotate(tmp_path):
    import logging

    from desktop.services import crash
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        report = crash.write_report(exc, tmp_path)
    assert crash.unseen_report(tmp_path) == report and crash.unseen_report(tmp_path) is None
    log = crash.setup_logging(tmp_path)
    logging.getLogger("shopdesk.test").info("x" * 1000)
    handler = next(h for h in logging.getLogger().handlers if hasattr(h, "maxBytes"))
    assert handler.maxBytes == 2 * 1024 * 1024 and handler.backupCount == 5
    logging.getLogger().removeHandler(handler)
    handler.close()
    assert log.read_text(encoding="utf-8").count("x" * 1000) == 1
