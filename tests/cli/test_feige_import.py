"""``shopdesk feige import`` reads Feige's 客服数据 export by its headers (any order, extra
columns ignored, rates as 92.5% or 0.925, seconds as numbers); ``shopdesk metrics --json``
gains ``platform_figures``; a day imported again is replaced; a file that is not that export
is refused with the reason and nothing stored."""

from __future__ import annotations

import json
from datetime import date, timedelta

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
    assert code != 0 and "not an Excel workbook (.xlsx)" in err


def test_a_file_that_is_not_a_workbook_is_named_and_worded_not_the_readers_error(tmp_path,
                                                                                capsys):
    db = str(tmp_path / "shop.sqlite")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    code, _, err = _run(capsys, "feige", "import", str(tmp_path / "empty.xlsx"), "--db", db)
    assert code != 0 and "empty.xlsx is empty" in err and "zip" not in err
    (tmp_path / "feige.csv").write_text("客服昵称,满意率\n小美,99%\n", encoding="utf-8")
    code, _, err = _run(capsys, "feige", "import", str(tmp_path / "feige.csv"), "--db", db)
    assert code != 0 and "feige.csv" in err and ".xlsx" in err
    assert "openpyxl" not in err and "Supported formats" not in err and len(err) < 250
    (tmp_path / "cut.xlsx").write_bytes(b"PK\x03\x04 cut short")
    code, _, err = _run(capsys, "feige", "import", str(tmp_path / "cut.xlsx"), "--db", db)
    assert code != 0 and "cut.xlsx" in err and "damaged" in err and "zip" not in err
    code, out, _ = _run(capsys, "metrics", "--from", "2026-12-01", "--to", "2026-12-31",
                        "--db", db, "--json")
    assert json.loads(out)["platform_figures"] == []


def test_the_day_in_the_file_name_is_the_files_day(tmp_path, capsys):
    db = str(tmp_path / "shop.sqlite")
    rows = [["客服昵称", "人工已接待会话量"], ["王店长", 100]]
    named = _export(tmp_path / "客服数据_20261203.xlsx", rows, None)
    code, out, err = _run(capsys, "feige", "import", str(named), "--db", db, "--json")
    assert code == 0, err
    assert json.loads(out)["date"] == "2026-12-03"
    # --date still wins; a day inside the file wins over the name
    code, out, err = _run(capsys, "feige", "import", str(named), "--date", "2026-12-02",
                          "--db", db, "--json")
    assert code == 0 and json.loads(out)["date"] == "2026-12-02"
    titled = _export(tmp_path / "客服数据_2026-11-30.xlsx", rows)
    code, out, err = _run(capsys, "feige", "import", str(titled), "--db", db, "--json")
    assert code == 0 and json.loads(out)["date"] == "2026-12-04"
    # a name with two days (a range) says no one day
    ranged = _export(tmp_path / "客服数据_20261201-20261203.xlsx", rows, None)
    code, _, err = _run(capsys, "feige", "import", str(ranged), "--db", db)
    assert code != 0 and "--date" in err


def test_an_undated_file_is_asked_its_day_with_yesterday_as_the_example(tmp_path, capsys):
    from desktop.services import shop_scores
    from desktop.services.session import open_shop

    db = str(tmp_path / "shop.sqlite")
    undated = _export(tmp_path / "客服数据.xlsx", [["客服昵称", "满意率"], ["小美", "99%"]],
                      None)
    code, _, err = _run(capsys, "feige", "import", str(undated), "--db", db)
    yesterday = date.fromisoformat(shop_scores.today(open_shop(db))) - timedelta(days=1)
    assert code != 0 and f"--date {yesterday.isoformat()}" in err, err
