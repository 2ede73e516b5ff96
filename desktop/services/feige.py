"""``shopdesk feige import FILE.xlsx [--date DATE]``: Feige's exported service figures
(desktop/domain/feige.py) kept beside ShopDesk's own, per agent and day; importing a day
again replaces it. A file that is not such an export is refused whole with the reason."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop.domain import feige
from desktop.services import sheets, shop_scores
from desktop.services.errors import UserError
from desktop.store import platform_figures as rows_store
from desktop.store.db import Store

SOURCE = "feige"
MAX_ROWS = 5000  # agents of one day: a file longer than this is not that export


EXPORT = "Feige › 数据 › 客服数据 › 历史数据 › 导出报表"  # where the shop gets the file
AGAIN = f"export it again from {EXPORT}"


def _not_a_workbook(path: Path) -> UserError:
    """The refusal of a file openpyxl cannot read, in the shop's words (not the reader's)."""
    if path.stat().st_size == 0:
        return UserError(f"{path.name} is empty: export it again from {EXPORT}")
    if zipfile.is_zipfile(path) or path.suffix.lower() in (".xlsx", ".xlsm"):
        return sheets.NotAWorkbook(path, AGAIN)
    kind = path.suffix.lower() or "this kind of file"
    return UserError(f"{path.name}: ShopDesk reads Feige's export as the .xlsx workbook "
                     f"Feige writes, not {kind}: export it again from {EXPORT}, or save it "
                     "as .xlsx")


def _rows(path: Path) -> list[list[Any]]:
    if not path.is_file():
        raise UserError(f"no file {path}")
    if path.stat().st_size == 0 or not zipfile.is_zipfile(path):
        raise _not_a_workbook(path)
    with sheets.first_sheet(path, AGAIN) as rows:  # read by content: any name will do
        return _used_rows(rows, path)


def _used_rows(rows: Iterable[tuple[Any, ...]], path: Path) -> list[list[Any]]:
    out = []
    for row in rows:
        if any(v is not None for v in row):
            out.append(list(row))
        if len(out) > MAX_ROWS:
            raise UserError(f"{path.name} has more than {MAX_ROWS} rows: not a Feige "
                            "客服数据 export")
    return out


def import_file(store: Store, path: Path | str, day: date | None = None) -> dict[str, Any]:
    """Read the export and replace its day's figures; returns date, agents, replaced and the
    columns found."""
    path = Path(path)
    rows = _rows(path)
    try:
        found_day, agents = feige.parse(rows, day, path.name)
    except feige.NoDayError:
        yesterday = date.fromisoformat(shop_scores.today(store)) - timedelta(days=1)
        raise UserError(f"{path.name} does not say the day of its figures, in the file or "
                        f"its name: give it with --date, e.g. --date {yesterday.isoformat()} "
                        "for yesterday's") from None
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
