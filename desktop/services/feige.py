"""``shopdesk feige import FILE.xlsx [--date DATE]``: Feige's exported service figures
(desktop/domain/feige.py) kept beside ShopDesk's own, per agent and day; importing a day
again replaces it. A file that is not such an export is refused whole with the reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain import feige
from desktop.services import sheets
from desktop.services.errors import UserError
from desktop.store import platform_figures as rows_store
from desktop.store.db import Store

SOURCE = "feige"
MAX_ROWS = 5000  # agents of one day: a file longer than this is not that export


def _rows(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook  # imported here: only this needs it

    if not path.exists():
        raise UserError(f"no file {path}")
    sheets.check_workbook(path)  # a workbook that would unpack to far too much is refused
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for a non-workbook
        raise UserError(f"{path.name} is not a readable .xlsx workbook ({exc})") from None
    try:
        out = []
        for row in book.worksheets[0].iter_rows(values_only=True):
            if any(v is not None for v in row):
                out.append(list(row))
            if len(out) > MAX_ROWS:
                raise UserError(f"{path.name} has more than {MAX_ROWS} rows: not a Feige "
                                "客服数据 export")
        return out
    finally:
        book.close()


def import_file(store: Store, path: Path | str, day: date | None = None) -> dict[str, Any]:
    """Read the export and replace its day's figures; returns date, agents, replaced and the
    columns found."""
    path = Path(path)
    rows = _rows(path)
    try:
        found_day, agents = feige.parse(rows, day)
    except feige.FeigeFileError as exc:
        raise UserError(f"{path.name}: {exc}") from None
    if not agents:
        raise UserError(f"{path.name}: no agent rows under the header")
    with store.write() as w:
        replaced = rows_store.replace_day(w, SOURCE, found_day.isoformat(), agents,
                                          store.clock())
    figures = sorted({k for a in agents for k in a if k != "agent"},
                     key=feige.FIGURES.index)
    return {"date": found_day.isoformat(), "agents": len(agents), "replaced": replaced,
            "figures": figures}


def figures(store: Store, first: date, last: date) -> list[dict[str, Any]]:
    """The platforms' figures of the days ``first``..``last``: source, date, agent and the
    figures the file had."""
    return rows_store.between(store.conn, first.isoformat(), last.isoformat())
