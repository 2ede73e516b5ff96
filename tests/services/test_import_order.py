"""A file imports to the same shop whatever the order of its lines: an event or a reply that
comes before its conversation's first message waits for it; only a line that can never be
placed is refused, at the end, with its line number."""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.interchange import FLAT_COLUMNS, flatten
from desktop.services import interchange
from desktop.store.db import open_store
from tests.conftest import DATA

# the sample export, a second conversation whose events and replies name no customer, and an
# event repeated (files concatenated from two exports repeat lines)
_EXTRA = [
    {"channel": "douyin", "conversation": "dy-9", "event": "rating", "score": 4,
     "at": "2025-10-02T03:00:00+08:00"},
    {"channel": "douyin", "conversation": "dy-9", "id": "dy-r-1", "direction": "out",
     "author": "小王", "kind": "text", "text": "好的，马上处理",
     "sent_at": "2025-10-02T02:10:00+08:00"},
    {"channel": "douyin", "conversation": "dy-9", "event": "close", "resolved": True,
     "at": "2025-10-02T02:30:00+08:00", "by": "小王"},
    {"channel": "douyin", "conversation": "dy-9", "id": "dy-q-1", "direction": "in",
     "author": "customer", "kind": "text", "text": "还没发货吗",
     "sent_at": "2025-10-02T02:00:00+08:00",
     "customer": {"id": "dy-u-9", "name": "阿九", "vip": False, "language": "zh"}},
]
LINES = (DATA / "sample.jsonl").read_text(encoding="utf-8").splitlines() + \
    [json.dumps(o, ensure_ascii=False) for o in _EXTRA] + \
    [(DATA / "sample.jsonl").read_text(encoding="utf-8").splitlines()[6]]


def _write(path: Path, lines: list[str]) -> Path:
    if path.suffix == ".jsonl":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path
    rows = [flatten(json.loads(line)) for line in lines]
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=FLAT_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        return path
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(list(FLAT_COLUMNS))
    for row in rows:
        sheet.append([row.get(c) for c in FLAT_COLUMNS])
    book.save(path)
    return path


def _shop_of(folder: Path, lines: list[str], suffix: str = ".jsonl"):
    """The export of a new shop that imported ``lines`` (sorted: exports keep no row ids)."""
    shop = open_store(folder / f"shop{suffix}.sqlite")
    try:
        source = _write(folder / f"in{suffix}", lines)
        report = interchange.import_file(shop, source)
        again = interchange.import_file(shop, source)
        out = folder / "out.jsonl"
        interchange.export_file(shop, out)
        return report, again, sorted(out.read_text(encoding="utf-8").splitlines())
    finally:
        shop.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    report, _, exported = _shop_of(tmp_path_factory.mktemp("ref"), LINES)
    assert report.errors == [] and report.added_messages == 10 and report.added_events == 6
    return exported


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order=st.permutations(range(len(LINES))), batch=st.sampled_from([2, 5, 10_000]))
def test_any_order_of_the_lines_gives_the_same_shop(reference, order, batch):
    with tempfile.TemporaryDirectory() as folder, mock.patch.object(interchange, "BATCH",
                                                                    batch):
        report, again, exported = _shop_of(Path(folder), [LINES[i] for i in order])
    assert report.errors == []
    assert (report.added_messages, report.added_events, report.duplicates) == (10, 6, 1)
    assert (again.added_messages, again.added_events, again.errors) == (0, 0, [])
    assert exported == reference


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_spreadsheets_in_reverse_order_give_the_same_shop(reference, tmp_path, suffix):
    report, again, exported = _shop_of(tmp_path, LINES[::-1], suffix)
    assert report.errors == [] and (again.added_messages, again.added_events) == (0, 0)
    assert exported == reference


def test_a_line_that_can_never_be_placed_is_refused_at_the_end_with_its_number(tmp_path):
    orphan = {"channel": "tiktok", "conversation": "nowhere", "event": "rating", "score": 2,
              "at": "2025-10-01T10:00:00+08:00"}
    lines = [json.dumps(orphan), *LINES]
    with mock.patch.object(interchange, "BATCH", 3):
        report, again, _ = _shop_of(tmp_path, lines)
    assert [n for n, _ in report.errors] == [1]
    assert "'nowhere'" in report.errors[0][1] and "customer" in report.errors[0][1]
    assert (report.added_messages, report.added_events) == (10, 6)
    assert [n for n, _ in again.errors] == [1]
