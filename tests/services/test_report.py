"""The daily Excel report: its figures are those of `metrics`, and LibreOffice opens it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop.services import demo, metrics, report
from desktop.store.db import open_store
from tests.conftest import FakeClock


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("report") / "r.sqlite", clock=FakeClock())
    demo.build_demo(store, days=5, seed=2, messages=1500)
    return store


def test_the_report_has_every_sheet_and_the_figures_of_metrics(shop, tmp_path):
    day = date(2025, 10, 1)
    path = report.write(shop, day, tmp_path / "r.xlsx")
    book = load_workbook(path)
    f = metrics.compute(shop, day, day)
    assert [ws.title for ws in book.worksheets] == ["待处理", "售后", "汇总", "客服",
                                                   "抖音官方数据", "渠道", "时段", "标签", "语言",
                                                   "热门问题", "咨询明细", "指标说明"]
    douyin = list(book["抖音官方数据"].iter_rows(min_row=3, values_only=True))
    assert douyin and all(0 < r[2] <= 1 for r in douyin)  # rates as fractions, shown as %
    on_douyin = f["agents_by_kind"]["douyin"]
    beside = [(r[3], on_douyin[r[0]]["three_min_rate"]) for r in douyin
              if r[0] in on_douyin]  # ShopDesk's own figure of the same agent on Douyin
    assert beside and all(ours == pytest.approx(theirs) for ours, theirs in beside
                          if theirs is not None)
    summary = book["汇总"]
    assert str(day) in summary["A1"].value  # the heading names the day
    values = {row[0].value: row[1].value for row in summary.iter_rows(min_row=3) if row}
    assert values["咨询量"] == f["inquiries"]
    assert values["24小时回复率"] == f["response_rate_24h"]
    if f["frt_median_s"] is not None:
        median = values["首次响应（中位数）"]  # a duration cell: openpyxl reads a timedelta
        assert median.total_seconds() == pytest.approx(f["frt_median_s"], abs=0.01)
    assert summary.conditional_formatting  # band colours
    assert book["时段"]._charts  # a native bar chart
    assert book["咨询明细"].max_row == f["inquiries"] + 1
    assert summary.freeze_panes == "A3"
    assert summary["B4"].number_format == "0.0%"
    mean = f["frt_mean_s"]  # minutes and seconds, said so; under a minute, seconds alone
    assert summary["B6"].number_format == ('[s]"秒"' if round(mean) < 60 else '[m]"分"ss"秒"')
    score = [row for row in summary.iter_rows(min_row=3, values_only=True) if row[0] == "服务分"]
    assert score and score[0][1] == f["service_score"]["score"] and score[0][4] is not None
    questions = [row for row in book["热门问题"].iter_rows(min_row=2, values_only=True)]
    assert questions and questions[0][0] >= questions[-1][0] > 0  # most asked first


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_report_without_repair(shop, tmp_path):
    path = report.write(shop, date(2025, 10, 1), tmp_path / "r.xlsx")
    result = subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
                             str(tmp_path), str(path)], capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.pdf").stat().st_size > 1000


def test_a_change_too_small_to_show_reads_zero_not_minus_zero():
    words = report._text()["words"]["zh"]
    tiny = report._change_cell("response_rate_24h", -0.0004, words)  # -0.04 percentage points
    assert tiny.value == 0.0 and str(tiny.value) == "0.0"
    assert report._change_cell("csat_mean", 0.04, words).value == 0.0
    assert report._change_cell("response_rate_24h", 0.012, words).value == 1.2


def test_channels_are_named_as_people_call_them(shop, tmp_path):
    from desktop.services import shop as shop_settings
    day = date(2025, 10, 1)
    book = load_workbook(report.write(shop, day, tmp_path / "zh.xlsx"))
    assert {r[0] for r in book["渠道"].iter_rows(min_row=2, values_only=True)} == \
        {"抖音", "TikTok Shop", "邮件"}
    detail = {r[2] for r in book["咨询明细"].iter_rows(min_row=2, values_only=True)}
    assert detail == {"抖音", "TikTok Shop", "邮件"}
    shop_settings.set_value(shop, "shop.language", "en")
    try:
        book = load_workbook(report.write(shop, day, tmp_path / "en.xlsx"))
    finally:
        shop_settings.set_value(shop, "shop.language", "zh_CN")
    assert {r[0] for r in book["Channels"].iter_rows(min_row=2, values_only=True)} == \
        {"Douyin", "TikTok Shop", "E-mail"}


def test_a_channel_the_shop_named_keeps_its_name():
    words = report._text()["words"]
    assert report.channel_label("TikTok美区", words["zh"]) == "TikTok美区"
    assert report.channel_label("douyin", words["zh"]) == "抖音"


def _one_day(store, tmp_path, lines):
    import json

    from desktop.services import interchange
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                    encoding="utf-8")
    assert not interchange.import_file(store, path).errors


def _say(channel, conversation, name, author, text, at):
    line = {"channel": channel, "conversation": conversation, "id": f"{conversation}-{at}",
            "customer": {"id": conversation, "name": name}, "kind": "text", "text": text,
            "direction": "in" if author == "customer" else "out", "author": author,
            "sent_at": f"2025-09-30T{at}+08:00"}
    return line


@pytest.fixture
def day_shop(tmp_path):
    """Tuesday 2025-09-30 (open 09:00-22:00): a reply in 49 s, one after 5 minutes, a
    question nobody answered; the knowledge base is empty."""
    store = open_store(tmp_path / "day.sqlite", clock=FakeClock())
    _one_day(store, tmp_path, [
        _say("douyin", "c1", "张三", "customer", "在吗，我的快递怎么还没到", "10:00:00"),
        _say("douyin", "c1", "张三", "小王", "亲，已经帮您催了", "10:00:49"),
        _say("tiktok", "c2", "李四", "customer", "可以开增值税专票吗", "11:00:00"),
        _say("tiktok", "c2", "李四", "小王", "可以的，请发一下税号", "11:05:00"),
        _say("douyin", "c3", "王五", "customer", "比特币能付款吗", "15:00:00")])
    yield store
    store.close()


def _cells(ws):
    return [c for row in ws.iter_rows() for c in row if c.value is not None]


def test_page_one_is_what_needs_doing(day_shop, tmp_path):
    book = load_workbook(report.write(day_shop, date(2025, 9, 30), tmp_path / "r.xlsx"))
    todo = book.worksheets[0]
    assert todo.title == "待处理"
    rows = [[c for c in row if c is not None]
            for row in todo.iter_rows(values_only=True) if any(row)]
    text = "\n".join(" ".join(str(c) for c in row) for row in rows)
    late = text.index("超时与未回复（1）")
    missed = text.index("3分钟内没有人工回复（2）")
    gaps = text.index("知识库没答上的问题（3）")
    assert late < missed < gaps
    assert text.index("王五 抖音") > late and "尚未回复" in text[late:missed]
    assert "李四 TikTok Shop" in text[missed:gaps] and "王五 抖音" in text[missed:gaps]
    assert "张三" not in text[missed:gaps]  # answered within the 3 minutes
    assert "比特币能付款吗" in text[gaps:]


def test_sheets_people_read_show_names_not_codes_or_ids(day_shop, tmp_path):
    book = load_workbook(report.write(day_shop, date(2025, 9, 30), tmp_path / "r.xlsx"))
    ids = {r[0] for r in day_shop.conn.execute("SELECT id FROM conversations")} | \
        {r[0] for r in day_shop.conn.execute("SELECT id FROM customers")}
    for ws in book.worksheets:
        values = {str(c.value) for c in _cells(ws)}
        assert not values & ids, ws.title
        assert not values & {"douyin", "tiktok"}, ws.title  # 抖音, TikTok Shop
    channels = [row[0] for row in book["渠道"].iter_rows(min_row=2, values_only=True)]
    assert sorted(channels) == ["TikTok Shop", "抖音"]


def test_columns_fit_and_definitions_wrap(day_shop, tmp_path):
    from openpyxl.utils import get_column_letter

    from desktop.services.exports import display_width
    book = load_workbook(report.write(day_shop, date(2025, 9, 30), tmp_path / "r.xlsx"))
    for ws in book.worksheets:
        for cell in _cells(ws):
            alone = sum(c.value is not None for c in ws[cell.row]) == 1
            if cell.alignment.wrap_text or alone or not isinstance(cell.value, str):
                continue  # wrapped text; a line alone in its row flows over the empty cells
            width = ws.column_dimensions[get_column_letter(cell.column)].width
            assert width >= display_width(cell.value), (ws.title, cell.coordinate)
    definitions = book["指标说明"]
    for row in definitions.iter_rows(min_row=2):
        meaning = row[1]
        assert meaning.alignment.wrap_text
        width = definitions.column_dimensions["B"].width
        lines = -(-display_width(meaning.value) // int(width - 2))
        height = definitions.row_dimensions[meaning.row].height or 15
        assert height >= 15 * lines, meaning.value


def test_durations_under_a_minute_read_in_seconds(day_shop, tmp_path):
    book = load_workbook(report.write(day_shop, date(2025, 9, 30), tmp_path / "r.xlsx"))
    douyin = next(row for row in book["渠道"].iter_rows(min_row=2) if row[0].value == "抖音")
    assert douyin[3].value.total_seconds() == pytest.approx(49)
    assert douyin[3].number_format == '[s]"秒"'  # 49秒, not 0分49秒
    tiktok = next(row for row in book["渠道"].iter_rows(min_row=2)
                  if row[0].value == "TikTok Shop")
    assert tiktok[3].number_format == '[m]"分"ss"秒"'  # 5分00秒
    words = report._text()["words"]["en"]
    assert report._change_cell("frt_mean_s", -12.0, words).number_format == \
        '+[s]"s";-[s]"s";[s]"s"'


def test_douyins_figures_stand_beside_the_agents_work_on_douyin_alone(day_shop, tmp_path):
    """小王 answered on Douyin in 49 s and on TikTok Shop after 5 minutes: beside Feige's
    figures (Douyin's) stand his on Douyin — 100 % within 3 minutes, 49 s — not those of every
    channel (50 %, 174.5 s); seconds read whole, as Feige's do."""
    from openpyxl import Workbook

    from desktop.services import feige

    export = Workbook()
    export.active.append(["客服昵称", "3分钟人工回复率(会话)", "首次响应时长(秒)",
                          "平均响应时长(秒)"])
    export.active.append(["小王", "90%", 31.5, 66])
    export.save(tmp_path / "客服数据_20250930.xlsx")
    feige.import_file(day_shop, tmp_path / "客服数据_20250930.xlsx")
    book = load_workbook(report.write(day_shop, date(2025, 9, 30), tmp_path / "r.xlsx"))
    sheet = book["抖音官方数据"]
    header = [c.value for c in sheet[2]]
    row = next(r for r in sheet.iter_rows(min_row=3) if r[0].value == "小王")
    cell = {name: row[header.index(name)] for name in header}
    assert cell["3分钟回复率（ShopDesk）"].value == pytest.approx(1.0)
    assert cell["首次响应中位数秒（ShopDesk）"].value == pytest.approx(49, abs=0.5)
    for name in ("首次响应秒（抖音）", "平均响应秒（抖音）", "首次响应中位数秒（ShopDesk）"):
        assert cell[name].number_format == "#,##0", name  # whole seconds, not 41.35
