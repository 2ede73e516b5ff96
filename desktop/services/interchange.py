"""Import and export of the interchange format (JSON Lines, CSV, XLSX).

Lines are read and validated one by one; a bad line is reported with its line
number and reason and the good lines are still imported. Records are stored
in batches through :class:`desktop.services.inbox.Receiver`, the same path
every other message takes, so re-importing a file adds nothing.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from desktop.domain.interchange import (
    FLAT_COLUMNS,
    RecordError,
    flatten,
    parse_record,
    to_object,
    unflatten,
)
from desktop.domain.model import (
    CustomerRef,
    Delivery,
    Direction,
    EventKind,
    EventRecord,
    MessageKind,
    MessageRecord,
    Moment,
    Record,
)
from desktop.services import sheets, shop
from desktop.services.gc_paused import gc_paused
from desktop.services.inbox import BATCH, Receiver, ReceiveResult
from desktop.services.inbox_pipeline import Pipeline
from desktop.store import conversations, directory, messages
from desktop.store.db import Store

_XLSX_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
Progress = Callable[[int], None]


class InterchangeFileError(Exception):
    """The file as a whole cannot be read (missing, of another kind); a damaged workbook is
    :class:`desktop.services.sheets.NotAWorkbook`."""


@dataclass
class ImportReport:
    lines: int = 0
    added_messages: int = 0
    added_events: int = 0
    duplicates: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)

    def as_dict(self) -> dict[str, Any]:
        return {"lines": self.lines, "added_messages": self.added_messages,
                "added_events": self.added_events, "duplicates": self.duplicates,
                "errors": [{"line": n, "reason": r} for n, r in self.errors]}


def _format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".xlsx"):
        return suffix[1:]
    raise InterchangeFileError(f"unknown file type {suffix or '(none)'}: use .jsonl, .csv or .xlsx")


def _read_objects(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, decoded object or an Exception) for each data line."""
    fmt = _format(path)
    if fmt == "jsonl":
        yield from _read_lines(path)
    elif fmt == "csv":
        with path.open("r", encoding="utf-8-sig", newline="") as fh:
            for number, row in enumerate(csv.DictReader(fh), 2):
                yield number, _unflat(row)
    else:
        yield from _read_xlsx(path)


def _read_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """JSON Lines read as bytes, which orjson decodes straight from UTF-8; a line that is not
    UTF-8 is read with the bad bytes replaced (U+FFFD), as a text reader would."""
    with path.open("rb") as fh:
        if _LONE_CR.search(fh.read(1 << 16)):  # lines ended by CR alone (old Mac exports)
            yield from _read_text_lines(path)
            return
        fh.seek(0)
        for number, line in enumerate(fh, 1):
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8):]
            try:
                yield number, orjson.loads(line)
            except orjson.JSONDecodeError:
                text = line.decode("utf-8", errors="replace")
                if not text.strip():
                    continue
                yield number, _decoded(text)


_LONE_CR = re.compile(rb"\r(?!\n)")


def _read_text_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """The same, by a text reader (every kind of line end)."""
    with path.open("r", encoding="utf-8-sig", errors="replace") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                yield number, _decoded(line)


def _decoded(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return RecordError(f"invalid JSON: {exc.msg} at column {exc.colno}")


def _unflat(row: dict[str, Any]) -> Any:
    try:
        return unflatten(row)
    except RecordError as exc:
        return exc


def _read_xlsx(path: Path) -> Iterator[tuple[int, Any]]:
    # a file that is not a workbook, or is damaged, is refused whole (named) before a line
    with sheets.first_sheet(path) as rows:
        header = [str(h) if h is not None else None for h in next(rows, ())]
        for number, values in enumerate(rows, 2):
            if all(v is None for v in values):
                continue
            yield number, _unflat(dict(zip(header, values)))


def import_file(store: Store, path: Path | str, progress: Progress | None = None) -> ImportReport:
    """Import an interchange file; see the module docstring for the guarantees.

    The order of the lines does not matter: a line naming a conversation that no line read
    so far has started (an event or a reply without the 'customer' field) is put off, and
    placed once the whole file has been read; only one whose conversation never came is
    refused, with its line number. What is put off is kept in memory: only such lines."""
    path = Path(path)
    if not path.is_file():
        raise InterchangeFileError(f"no such file: {path}")
    zone = shop.shop_zone(store)
    report = ImportReport()
    receiver = Receiver(store, waiting=True)
    put_off: list[tuple[int, Record]] = []
    # the next lines are read and worked out while the last batch is written (Pipeline)
    with store.bulk(), gc_paused(), Pipeline(store, receiver) as pipeline:
        batches = _Batches(pipeline, report, put_off, progress)
        for number, obj in _read_objects(path):
            report.lines += 1
            if isinstance(obj, Exception):
                report.errors.append((number, str(obj)))
                continue
            try:
                batches.add(number, parse_record(obj, zone))
            except RecordError as exc:
                report.errors.append((number, str(exc)))
        batches.finish()
        if put_off:  # every line that may start a conversation is stored: place the rest
            receiver.waiting = False
            for number, record in put_off:
                batches.add(number, record)
            batches.finish()
    report.errors.sort()
    return report


class _Batches:
    """Records gathered into batches for the pipeline, and its results tallied in the report
    by line number."""

    def __init__(self, pipeline: Pipeline, report: ImportReport,
                 put_off: list[tuple[int, Record]], progress: Progress | None) -> None:
        self.pipeline, self.report, self.put_off = pipeline, report, put_off
        self.progress = progress
        self.records: list[Record] = []
        self.numbers: list[int] = []
        self.in_flight: list[tuple[list[int], list[Record]]] = []  # taken, not finished

    def add(self, number: int, record: Record) -> None:
        self.records.append(record)
        self.numbers.append(number)
        if len(self.records) >= BATCH:
            self._send()

    def finish(self) -> None:
        if self.records:
            self._send()
        self._tally(self.pipeline.finish())

    def _send(self) -> None:
        self.in_flight.append((self.numbers, self.records))
        batch = self.records
        self.records, self.numbers = [], []
        self._tally(self.pipeline.receive(batch))

    def _tally(self, results: list[ReceiveResult]) -> None:
        report = self.report
        for result in results:
            lines, records = self.in_flight.pop(0)
            report.added_messages += result.added_messages
            report.added_events += result.added_events
            report.duplicates += result.duplicates
            report.errors += [(lines[i], reason) for i, reason in result.refused]
            self.put_off += [(lines[i], records[i]) for i in result.put_off]
        if results and self.progress:
            self.progress(report.lines)


def read_records(store: Store, path: Path | str) -> tuple[list[Record], list[tuple[int, str]]]:
    """Every good record of a file, and (line, reason) of the bad ones; nothing is stored."""
    path = Path(path)
    if not path.is_file():
        raise InterchangeFileError(f"no such file: {path}")
    zone = shop.shop_zone(store)
    records: list[Record] = []
    errors: list[tuple[int, str]] = []
    for number, obj in _read_objects(path):
        if isinstance(obj, Exception):
            errors.append((number, str(obj)))
            continue
        try:
            records.append(parse_record(obj, zone))
        except RecordError as exc:
            errors.append((number, str(exc)))
    return records, errors


# --- export ----------------------------------------------------------------------------------

def iter_records(store: Store) -> Iterator[Record]:
    """Every message and event, conversation by conversation, each in time order."""
    conn = store.conn
    agents = directory.agent_names(conn)
    customers: dict[str, CustomerRef] = {}
    for conv_id, channel, conv_ext, customer_id in conversations.external_refs(conn).fetchall():
        ref = customers.get(customer_id)
        if ref is None:
            row = directory.get_customer(conn, customer_id)
            assert row is not None
            ref = customers[customer_id] = CustomerRef(row.external_id, row.name, row.vip,
                                                       row.language)
        timeline: list[tuple[int, int, Record]] = []
        for m in messages.thread(conn, conv_id):
            author = agents.get(m["agent_id"], m["author"]) if m["agent_id"] else m["author"]
            payload = m["payload"]
            timeline.append((m["sent_at"], 0, MessageRecord(
                channel=channel, conversation=conv_ext, customer=ref,
                external_id=m["external_id"], direction=Direction(m["direction"]),
                author=author, kind=MessageKind(m["kind"]), text=m["text"],
                sent=Moment(m["sent_at"], m["sent_offset"]), order_id=m["order_id"],
                product_id=m["product_id"],
                attachments=tuple(payload.get("attachments", ())),
                extra=payload.get("extra", {}),
                delivery=Delivery(m["delivery"]) if m["delivery"] else None)))
        for e in messages.events(conn, conv_id):
            data = dict(e["data"])
            timeline.append((e["at"], 1, EventRecord(
                channel=channel, conversation=conv_ext, kind=EventKind(e["kind"]),
                at=Moment(e["at"], e["at_offset"]), data=data,
                by=agents.get(e["by_agent_id"]) if e["by_agent_id"] else None,
                customer=ref)))
        timeline.sort(key=lambda t: (t[0], t[1]))
        for _, _, record in timeline:
            yield record


def export_file(store: Store, path: Path | str, progress: Progress | None = None) -> int:
    """Write every record to ``path`` (format by extension); returns the line count."""
    path = Path(path)
    fmt = _format(path)
    tmp = path.with_name(path.name + ".part")
    count = 0
    objects = (to_object(r) for r in iter_records(store))
    try:
        if fmt == "jsonl":
            with tmp.open("w", encoding="utf-8", newline="\n") as fh:
                for obj in objects:
                    fh.write(json.dumps(obj, ensure_ascii=False, separators=(", ", ": ")))
                    fh.write("\n")
                    count += 1
        elif fmt == "csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=FLAT_COLUMNS)
                writer.writeheader()
                for obj in objects:
                    writer.writerow(flatten(obj))
                    count += 1
        else:
            count = _write_xlsx(tmp, objects)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    if progress:
        progress(count)
    return count


def _cell(value: Any) -> Any:
    """XLSX cannot hold control characters: escape them so nothing is lost or refused."""
    if isinstance(value, str) and _XLSX_ILLEGAL.search(value):
        return json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def _write_xlsx(path: Path, objects: Iterator[dict[str, Any]]) -> int:
    from openpyxl import Workbook
    book = Workbook(write_only=True)
    sheet = book.create_sheet("ShopDesk")
    sheet.append(list(FLAT_COLUMNS))
    count = 0
    for obj in objects:
        row = flatten(obj)
        sheet.append(sheets.cells(sheet, [_cell(row.get(c)) for c in FLAT_COLUMNS]))
        count += 1
    book.save(path)
    return count

