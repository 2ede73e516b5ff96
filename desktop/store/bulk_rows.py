"""Statements over many rows at once: the rows travel as one JSON array parameter when
they can (one statement instead of one per row), else through ``executemany``."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

import orjson


def insert_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                rows: list[Sequence[Any]], *, ignore: bool = False) -> int:
    """Insert many rows in one statement, as they are (no stamp, no change-log entry: local
    tables); ``ignore``: a row whose key is there already is skipped. Returns how many were
    added."""
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    sql, params = statement(f"{verb} INTO {table} ({', '.join(columns)})",
                             (", ".join("?" * len(columns)),
                              ", ".join(f"value ->> {i}" for i in range(len(columns)))), rows)
    if isinstance(params, bytes):
        return conn.execute(sql, (params,)).rowcount
    before = conn.total_changes
    conn.executemany(sql, params)
    return conn.total_changes - before


def statement(head: str, picks: tuple[str, str], rows: list[Sequence[Any]]) -> tuple[str, Any]:
    """``head`` for every row: one statement over a JSON array of the rows when they can
    travel as JSON (``picks[1]`` reads a row's values from it), else the rows for
    executemany (``picks[0]``: the placeholders)."""
    data = json_rows(rows)
    if data is None:
        return f"{head} VALUES ({picks[0]})", rows
    return f"{head} {ROWS_OF_JSON} SELECT {picks[1]} FROM rows", data


# The rows of a JSON array parameter, each as its own JSON text. Materialized, so that the
# text is made once per row: read straight from json_each, every ``value ->> i`` would
# render the row's JSON again (a row of n columns n times; SQLite 3.40), which costs more
# than a batch's inserts themselves. (An INSERT takes it after its column list: a statement
# beginning with WITH gets no row count from Python's sqlite3.)
ROWS_OF_JSON = "WITH rows(value) AS MATERIALIZED (SELECT value FROM json_each(?))"


def json_rows(rows: list[Any]) -> bytes | None:
    """The rows as a JSON array; None when some value cannot make the trip unchanged (bytes,
    a lone surrogate, a NUL character, which ends text in SQLite's JSON functions)."""
    try:
        data = orjson.dumps(rows)
    except TypeError:
        return None
    return None if b"\\u0000" in data else data
