"""The daily report's workbook: sheets with a coloured header, frozen, fitted to the page
width, columns as wide as what they show, long text wrapped in rows tall enough for it.

The workbook is written in openpyxl's write-only mode: rows stream to the file instead of
building a cell object for each, so a busy day stays fast and small in memory. That is why
column widths and row heights are worked out from the rows before they are written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from desktop.services import sheets
from desktop.services.exports import display_width

WIDEST = 60  # a column wider than this wraps its text instead
ROW_HEIGHT = 15.0  # points, one line of the default font


class Formatted(NamedTuple):
    """A value written with its own number format (rows whose cells differ in kind)."""

    value: Any
    number_format: str


def shown_width(value: Any) -> int:
    """How wide a value shows, near enough to size its column (units in its format too)."""
    if isinstance(value, Formatted):
        fmt, value = value.number_format, value.value
        units = "".join(re.findall(r'"([^"]*)"', fmt.split(";")[0]))
        if value is None:
            return 0
        if "[m]" in fmt or "[s]" in fmt:  # a duration (a fraction of a day)
            seconds = abs(value) * 86_400
            digits = len(str(int(seconds // 60))) + 3 if "[m]" in fmt else \
                len(str(round(seconds)))
            return digits + display_width(units) + 1
        return len(f"{value:,.1f}") + display_width(units) + 1
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    if isinstance(value, datetime):
        return 21
    return display_width(value)


def widths_of(header: list[str], sample: list[list[Any]]) -> list[int]:
    """Column widths that fit the header and the sample rows (at most ``WIDEST``)."""
    return [min(WIDEST, max(6, 3 + max(shown_width(r[col]) if col < len(r) else 0
                                       for r in [header, *sample])))
            for col in range(len(header))]


def lines_needed(row: list[Any], widths: list[int]) -> int:
    """How many lines the row's longest wrapped cell takes at these widths."""
    most = 1
    for value, width in zip(row, widths, strict=False):
        if isinstance(value, str):
            for part in value.split("\n"):
                most = max(most, math.ceil(display_width_full(part) / max(1, width - 2)))
    return most


def display_width_full(text: str) -> int:
    """The width of a whole line (``display_width`` looks at its first 80 characters)."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


class Book:
    """A write-only workbook of sheets."""

    def __init__(self) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill

        self.book = Workbook(write_only=True)
        self.header_font = Font(bold=True, color="FFFFFF")
        self.header_fill = PatternFill("solid", fgColor="1677FF")
        self.heading_font = Font(bold=True, size=14)
        self.section_font = Font(bold=True, size=12, color="1D2129")
        self.note_font = Font(color="86909C")
        self.left = Alignment(horizontal="left")
        self.right = Alignment(horizontal="right")
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.indented = Alignment(horizontal="left", indent=1)
        self.wrap_indented = Alignment(wrap_text=True, indent=1, vertical="top")

    def new_sheet(self, title: str, widths: list[int], frozen: str | None = None) -> Any:
        from openpyxl.utils import get_column_letter

        ws = self.book.create_sheet(title[:31])
        if frozen:
            ws.freeze_panes = frozen
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        for col, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.rows_written = 0
        return ws

    def line(self, ws: Any, text: str, font: Any) -> None:
        cell = sheets.cell(ws, text)
        cell.font = font
        self._append(ws, [cell])

    def _append(self, ws: Any, cells: list[Any], lines: int = 1) -> None:
        ws.rows_written += 1
        if lines > 1:
            ws.row_dimensions[ws.rows_written].height = ROW_HEIGHT * lines + 2
        ws.append(cells)

    def table(self, ws: Any, header: list[str], rows: Iterable[list[Any]],
              widths: list[int], formats: dict[int, str] | None = None,
              numeric: set[int] | None = None, wrap: frozenset[int] = frozenset()) -> None:
        """A header and its rows; text wider than its column wraps (as does every cell of the
        ``wrap`` columns), the row made tall enough. Headers of number columns sit right,
        over their figures. Every cell is made by ``sheets.cell``: text is text, never a
        formula."""
        numeric = numeric or set()
        # text right after a column of figures keeps a space from them
        after_figures = {col + 1 for col in numeric} - numeric
        cells = []
        for col, text in enumerate(header):
            cell = sheets.cell(ws, text)
            cell.font, cell.fill = self.header_font, self.header_fill
            cell.alignment = self.right if col in numeric else \
                self.indented if col in after_figures else self.left
            cells.append(cell)
        self._append(ws, cells)
        formats = formats or {}
        for row in rows:
            lines = lines_needed(row, widths)
            out: list[Any] = []
            for col, value in enumerate(row):
                plain = not isinstance(value, Formatted | datetime) and col not in formats
                indent = col in after_figures and isinstance(value, str)
                if lines == 1 and plain and not indent and col not in wrap:
                    out.append(sheets.cell(ws, value))
                    continue
                cell = sheets.cell(ws, value.value if isinstance(value, Formatted) else value)
                if isinstance(value, Formatted):
                    cell.number_format = value.number_format
                elif col in formats:
                    cell.number_format = formats[col]
                if lines > 1 or col in wrap:
                    cell.alignment = self.wrap_indented if indent else self.wrap
                elif indent or isinstance(value, datetime):  # times read as text, at the left
                    cell.alignment = self.indented if indent else self.left
                out.append(cell)
            self._append(ws, out, lines)

    def sheet(self, title: str, header: list[str], rows: Iterable[list[Any]],
              formats: dict[int, str] | None = None, sample: list[list[Any]] | None = None,
              heading: str | None = None, widths: list[int] | None = None,
              wrap: frozenset[int] = frozenset()) -> Any:
        """A sheet of one table. Its columns fit ``sample`` (the rows themselves when they
        are a list); ``heading`` a title line above the header."""
        if sample is None:
            rows = list(rows)
            sample = rows[:300]
        widths = widths or widths_of(header, sample)
        ws = self.new_sheet(title, widths, "A3" if heading else "A2")
        if heading:
            self.line(ws, heading, self.heading_font)
        first = sample[0] if sample else []
        numeric = {col for col, value in enumerate(first)
                   if isinstance(value, int | float | Formatted) and not isinstance(value, bool)}
        self.table(ws, header, rows, widths, formats, numeric, wrap)
        return ws

    def note(self, ws: Any, text: str) -> None:
        """A grey line of explanation under a sheet's rows, after a blank one."""
        self._append(ws, [])
        self.line(ws, text, self.note_font)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        try:
            self.book.save(tmp)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
