"""What every spreadsheet ShopDesk writes or reads goes through.

Writing: a cell made from data is text (or a number or date where it is one), never a formula.
openpyxl turns any string that starts with ``=`` into a live formula (and ``#N/A`` into an
error value), so a customer who writes ``=HYPERLINK(…)`` — or just ``=_=`` — would otherwise
run it in the owner's Excel. :func:`cells` makes the cells of one row; every writer uses it.

Reading: every reader of a workbook goes through :func:`first_sheet`. An XLSX file is a zip;
a small one can unpack to hundreds of megabytes and take minutes and gigabytes to read.
:func:`check_workbook` looks at the zip's table of contents and reads each sheet through
(streaming, in little memory: its rows counted, its XML checked) before anything is read, and
refuses a workbook past the limits with :class:`WorkbookTooLarge`. A file that is not a
workbook at all (another file named .xlsx, one cut short, one damaged) is refused whole with
:class:`NotAWorkbook`, naming the file — never with the reader's own words ("File is not a zip
file"). The command line and the window word both for the user.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from xml.parsers import expat

from desktop.services.errors import UserError

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


class NotAWorkbook(UserError):
    """``path`` is not an Excel workbook, or it is damaged; nothing was read from it.
    ``hint`` says where to get a good one, when the caller knows."""

    def __init__(self, path: Path | str, hint: str = "") -> None:
        name = Path(path).name
        super().__init__(f"{name} is not an Excel workbook (.xlsx), or it is damaged; nothing "
                         f"was imported from it" + (f": {hint}" if hint else ""),
                         "workbook.unreadable", file=name)


# What reading through a file that is not a sound zip of XML raises: zipfile (not a zip, cut
# short, a wrong checksum; an unknown compression method; an encrypted part), zlib and expat.
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
           ValueError, expat.ExpatError)


def check_workbook(path: Path | str, hint: str = "") -> None:
    """Refuse ``path`` before reading it when it is too large, not a workbook or damaged
    (see the module docstring)."""
    try:
        _check(path)
    except DAMAGED:
        raise NotAWorkbook(path, hint) from None


def _check(path: Path | str) -> None:
    with zipfile.ZipFile(path) as z:
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
    missing, as in write-only files, or wrong); the XML is checked on the way, and the zip
    checks the sheet's checksum at its end, so a sheet damaged past its first rows is found
    here, before an import has stored any of them."""
    count, tail = 0, b""
    xml = expat.ParserCreate()
    with z.open(info) as fh:
        while chunk := fh.read(1024 * 1024):
            xml.Parse(chunk, False)
            data = tail + chunk
            # a row tag that ends inside the carried tail was counted with the chunk before
            count += sum(1 for m in _ROW.finditer(data) if m.end() > len(tail))
            tail = data[-32:]
    xml.Parse(b"", True)
    return count


@contextmanager
def first_sheet(path: Path | str, hint: str = "") -> Iterator[Iterator[tuple[Any, ...]]]:
    """The rows of the workbook's first sheet, as values, read as they are used (the file
    is read by its content: any name will do). Whatever is wrong with the file, found on
    opening it or while its rows are read, is :class:`NotAWorkbook` (or
    :class:`WorkbookTooLarge`); what the caller raises passes through as it is."""
    from openpyxl import load_workbook  # imported here: only reading a workbook needs it

    check_workbook(path, hint)
    with Path(path).open("rb") as handle:
        try:
            book = load_workbook(handle, read_only=True, data_only=True)
            rows = book.worksheets[0].iter_rows(values_only=True)
        except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
            raise NotAWorkbook(path, hint) from None
        try:
            yield _read(rows, path, hint)
        finally:
            book.close()


def _read(rows: Iterator[tuple[Any, ...]], path: Path | str, hint: str,
          ) -> Iterator[tuple[Any, ...]]:
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception:  # noqa: BLE001 - the reader's trouble with the file, not a bug here
            raise NotAWorkbook(path, hint) from None
        yield row


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
