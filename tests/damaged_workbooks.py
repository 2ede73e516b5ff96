"""Files named .xlsx that are not sound workbooks, as shops meet them: another file renamed,
a download cut short, a zip of something else, a workbook damaged near its end."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from tests.conftest import DATA

KINDS = ("renamed", "cut", "other_zip", "damaged_late")


def history_workbook(path: Path, messages: int = 11_000) -> Path:
    """A sound interchange workbook of ``messages`` customer messages (more than one batch
    of an import, so an import that stored as it read would store some before the end)."""
    from openpyxl import Workbook

    from desktop.domain.interchange import FLAT_COLUMNS, flatten

    first = json.loads((DATA / "sample.jsonl").read_text(encoding="utf-8").splitlines()[0])
    book = Workbook()  # not write-only: the sheet states its size first, as Excel's do
    sheet = book.active
    sheet.append(list(FLAT_COLUMNS))
    for n in range(messages):
        row = flatten({**first, "id": f"big-{n}", "conversation": f"big-{n // 5}",
                       "text": f"第{n}条：什么时候发货？"})
        sheet.append([row.get(c) for c in FLAT_COLUMNS])
    book.save(path)
    return path


def damaged(kind: str, good: Path, path: Path) -> Path:
    """``path`` written as a file of ``kind`` (one of KINDS), from the sound ``good``."""
    if kind == "renamed":
        path.write_text("订单号,金额\n5790012345,99.00\n", encoding="utf-8")
    elif kind == "cut":
        data = good.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "other_zip":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("readme.txt", "照片和说明")
    else:
        path.write_bytes(_damage_sheet(good.read_bytes()))
    return path


def _damage_sheet(data: bytes) -> bytes:
    """The workbook with bytes near the end of its first sheet's packed data changed: it
    opens, and its first rows read, but not its last."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = next(i for i in z.infolist() if i.filename.startswith("xl/worksheets/"))
    local = info.header_offset  # the part's own header: 30 bytes, its name and extra field
    name_len = int.from_bytes(data[local + 26: local + 28], "little")
    extra_len = int.from_bytes(data[local + 28: local + 30], "little")
    at = local + 30 + name_len + extra_len + info.compress_size * 97 // 100
    out = bytearray(data)
    for i in range(at, at + 8):
        out[i] ^= 0x5A
    return bytes(out)
