"""What every spreadsheet ShopDesk writes or reads goes through.

Writing: a cell made from data is text (or a number or date where it is one), never a formula.
openpyxl turns any string that starts with ``=`` into a live formula (and ``#N/A`` into an
error value), so a customer who writes ``=HYPERLINK(…)`` — or just ``=_=`` — would otherwise
run it in the owner's Excel. :func:`cells` makes the cells of one row; every writer uses it.

Reading: an XLSX file is a zip; a small one can unpack to hundreds of megabytes and take
minutes and gigabytes to read. :func:`check_workbook` looks at the zip's table of contents and
counts each sheet's rows (streaming, in little memory) before anything is read, and refuses a
workbook past the limits with :class:`WorkbookTooLarge`, which the command line and the window
word for the user.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

MAX_UNPACKED = 300 * 1024 * 1024  # bytes of XML, all parts together
MAX_RATIO = 100  # a spreadsheet's XML packs 5-30 times; a bomb a thousand times
RATIO_FROM = 1024 * 1024  # small parts may pack as they like
MAX_SHEETS = 100
MAX_ROWS = 1_048_576  # Excel's own limit for one sheet

_TITLE_FORBIDDEN = re.compile(r"[\\/?*:\[\]\x00-\x1f]")
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")


class WorkbookTooLarge(Exception):
    """A workbook past one of the limits; ``limit`` says which: ``unpacked``, ``ratio``,
    ``sheets`` or ``rows``; ``found`` and ``allowed`` are in that limit's unit."""

    def __init__(self, limit: str, found: int, allowed: int) -> None:
        self.limit, self.found, self.allowed = limit, found, allowed
        super().__init__(describe_limit(limit, found, allowed))


def describe_limit(limit: str, found: int, allowed: int) -> str:
    """The English wording (the command line's); the window has its own, translated."""
    if limit == "unpacked":
        return (f"this workbook unpacks to {found // 1_048_576:,} MB, more than the "
                f"{allowed // 1_048_576:,} MB ShopDesk reads; split it or save it as CSV")
    if limit == "ratio":
        return ("this workbook would unpack to far more than its size (a damaged or "
                "malicious file); it was not read")
    if limit == "sheets":
        return f"this workbook has {found:,} sheets; ShopDesk reads at most {allowed:,}"
    return (f"this workbook has {found:,} rows in one sheet; ShopDesk reads at most "
            f"{allowed:,}: split it or save it as CSV")


def check_workbook(path: Path | str) -> None:
    """Refuse ``path`` before reading it when it is too large (see the module docstring).
    A file that is not a zip at all is left for the reader to report."""
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return
    with z:
        infos = z.infolist()
        unpacked = sum(i.file_size for i in infos)
        for info in infos:
            if info.file_size > RATIO_FROM and \
                    info.file_size > MAX_RATIO * max(1, info.compress_size):
                raise WorkbookTooLarge("ratio", info.file_size // max(1, info.compress_size),
                                       MAX_RATIO)
        if unpacked > MAX_UNPACKED:
            raise WorkbookTooLarge("unpacked", unpacked, MAX_UNPACKED)
        worksheets = [i for i in infos if i.filename.startswith("xl/worksheets/")
                      and i.filename.endswith(".xml") and "/_rels/" not in i.filename]
        if len(worksheets) > MAX_SHEETS:
            raise WorkbookTooLarge("sheets", len(worksheets), MAX_SHEETS)
        for info in worksheets:
            rows = _rows(z, info)
            if rows > MAX_ROWS:
                raise WorkbookTooLarge("rows", rows, MAX_ROWS)


def _rows(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """A sheet's rows, counted while streaming its XML (a sheet's stated dimension may be
    missing, as in write-only files, or wrong)."""
    count, tail = 0, b""
    with z.open(info) as fh:
        while chunk := fh.read(1024 * 1024):
            data = tail + chunk
            # a row tag that ends inside the carried tail was counted with the chunk before
            count += sum(1 for m in _ROW.finditer(data) if m.end() > len(tail))
            tail = data[-32:]
    return count


def cells(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """The cells of one row for ``sheet`` (write-only or not): strings are text cells,
    whatever they start with; cells made already are kept as they are."""
    from openpyxl.cell import Cell, WriteOnlyCell

    out: list[Any] = []
    for value in values:
        if isinstance(value, Cell):
            out.append(value)
        else:
            out.append(cell(sheet, value, WriteOnlyCell))
    return out


def title(text: str, fallback: str) -> str:
    """A sheet title made from data (a customer's name): Excel's forbidden characters
    ``\\ / ? * : [ ]`` become ``_``, at most 31 characters, never empty."""
    cleaned = _TITLE_FORBIDDEN.sub("_", text).strip().strip("'")[:31].strip()
    return cleaned or fallback


def cell(sheet: Any, value: Any, make: Any = None) -> Any:
    """One cell holding ``value``: a string is stored as text (never a formula or an error)."""
    if make is None:
        from openpyxl.cell import WriteOnlyCell as make
    c = make(sheet, value)
    if isinstance(value, str):
        c.data_type = "s"
    return c
