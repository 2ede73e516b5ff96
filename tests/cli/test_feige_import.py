"""``shopdesk feige import`` reads Feige's 客服数据 export by its headers (any order, extra
columns ignored, rates as 92.5% or 0.925, seconds as numbers); ``shopdesk metrics --json``
gains ``platform_figures``; a day imported again is replaced; a file that is not that export
is refused with the reason and nothing stored."""

from __future__ import annotations

import json

from openpyxl import Workbook

from desktop import cli


def _export(path, rows, title="统计时间：2026-12-04 ~ 2026-12-04"):
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


HEADER = ["满意率", "客服昵称", "店铺", "3分钟人工回复率（会话）", "人工已接待会话量",
          "首次响应时长(秒)", "平均响应时长(秒)", "不满意率", "询单转化率"]


def _run(capsys, *argv):
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_export_is_read_by_header_and_shown_in_metrics(tmp_path, capsys):
    db = str(tmp_path / "shop.sqlite")
    path = _export(tmp_path / "feige.xlsx", [
        HEADER,
        ["92.5%", "小美", "旗舰店", 0.981, 120, 12, 25.5, "1.2%", "35%"],
        [0.9, "阿强", "旗舰店", "88%", "64", "-", 40, 0.02, None],
        ["95%", "合计", "", "95%", 184, 15, 30, "1%", "30%"]])
    code, out, err = _run(capsys, "feige", "import", str(path), "--db", db, "--json")
    assert code == 0, err
    assert json.loads(out) == {"date": "2026-12-04", "agents": 2, "replaced": 0, "figures": [
        "sessions", "three_min_rate", "first_response_s", "avg_response_s", "satisfaction",
        "dissatisfaction", "inquiry_conversion"]}
    code, out, err = _run(capsys, "metrics", "--from", "2026-12-04", "--to", "2026-12-04",
                          "--db", db, "--json")
    assert code == 0, err
    assert json.loads(out)["platform_figures"] == [
        {"source": "feige", "date": "2026-12-04", "agent": "小美", "sessions": 120,
         "three_min_rate": 0.981, "first_response_s": 12, "avg_response_s": 25.5,
         "satisfaction": 0.925, "dissatisfaction": 0.012, "inquiry_conversion": 0.35},
        {"source": "feige", "date": "2026-12-04", "agent": "阿强", "sessions": 64,
         "three_min_rate": 0.88, "avg_response_s": 40, "satisfaction": 0.9,
         "dissatisfaction": 0.02}]
    # the same day again, other columns: replaced whole
    again = _export(tmp_path / "again.xlsx", [["客服昵称", "满意率"], ["小美", "99%"]], None)
    code, out, err = _run(capsys, "feige", "import", str(again), "--date", "2026-12-04",
                          "--db", db, "--json")
    assert code == 0 and json.loads(out)["replaced"] == 2
    code, out, _ = _run(capsys, "metrics", "--from", "2026-12-01", "--to", "2026-12-31",
                        "--db", db, "--json")
    assert json.loads(out)["platform_figures"] == [
        {"source": "feige", "date": "2026-12-04", "agent": "小美", "satisfaction": 0.99}]


def test_a_file_without_its_day_or_not_an_export_is_refused_with_the_reason(tmp_path,
                                                                          capsys):
    db = str(tmp_path / "shop.sqlite")
    undated = _export(tmp_path / "undated.xlsx", [["客服昵称", "满意率"], ["小美", "99%"]],
                      None)
    code, _, err = _run(capsys, "feige", "import", str(undated), "--db", db)
    assert code != 0 and "--date" in err
    other = _export(tmp_path / "orders.xlsx", [["订单号", "金额"], ["1", "2"]])
    code, _, err = _run(capsys, "feige", "import", str(other), "--db", db)
    assert code != 0 and "客服昵称" in err
    broken = _export(tmp_path / "broken.xlsx", [HEADER, ["很好", "小美", "", 1, 1, 1, 1, 0, 0]])
    code, _, err = _run(capsys, "feige", "import", str(broken), "--db", db)
    assert code != 0 and "row 3, 小美" in err and "not a number" in err
    code, out, _ = _run(capsys, "metrics", "--from", "2026-12-01", "--to", "2026-12-31",
                        "--db", db, "--json")
    assert json.loads(out)["platform_figures"] == []
    (tmp_path / "text.xlsx").write_text("not a workbook")
    code, _, err = _run(capsys, "feige", "import", str(tmp_path / "text.xlsx"), "--db", db)
    assert code != 0 and "not a readable .xlsx" in err
