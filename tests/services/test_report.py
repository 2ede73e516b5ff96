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
    assert [ws.title for ws in book.worksheets] == ["汇总", "客服", "渠道", "时段", "标签",
                                                   "语言", "热门问题", "超时与未回复",
                                                   "咨询明细", "指标说明"]
    f = metrics.compute(shop, day, day)
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
    assert summary["B6"].number_format == '[m]"分"ss"秒"'  # minutes and seconds, said so
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
