"""What an imported calendar (.ics) did, in the user's language: days closed, hours closed,
make-up working days recognised, events skipped and why — or where the file went wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.domain.ics import IcsError
from desktop.services import schedule
from desktop.services.ics_import import IcsImport
from desktop.services.session import Shop

Result = IcsImport | IcsError


def import_calendar(shop: Shop, path: Path | str) -> Result:
    """Run on the database thread: the import's result, or why the file cannot be read (kept
    as a value, so the page words it)."""
    try:
        return schedule.import_ics(shop, path)
    except IcsError as exc:
        return exc


def words(result: Result) -> str:
    if isinstance(result, IcsError):
        return _problem(result)
    text = QCoreApplication.translate(
        "CalendarImport",
        "Read {0} event(s): {1} day(s) closed, {2} time(s) closed for some hours, "
        "{3} make-up working day(s) recognised and kept open.").format(
        result.events, result.closed_days, result.closed_hours, result.workdays)
    if not result.skipped:
        return text
    why = {"over": QCoreApplication.translate("CalendarImport", "{0} already over"),
           "ahead": QCoreApplication.translate("CalendarImport", "{0} more than two years ahead"),
           "cancelled": QCoreApplication.translate("CalendarImport", "{0} cancelled"),
           "no_length": QCoreApplication.translate("CalendarImport", "{0} without a length"),
           "too_long": QCoreApplication.translate("CalendarImport", "{0} longer than a year"),
           "no_start": QCoreApplication.translate("CalendarImport", "{0} without a start"),
           "too_often": QCoreApplication.translate("CalendarImport",
                                                   "{0} repeating more often than daily")}
    reasons = QCoreApplication.translate(
        "CalendarImport", ", ", "between the reasons events were skipped").join(
        why.get(k, "{0} " + k).format(n) for k, n in result.skipped.items())
    return text + QCoreApplication.translate("CalendarImport", " Skipped {0}: {1}.").format(
        sum(result.skipped.values()), reasons)


def _problem(error: IcsError) -> str:
    if error.problem == "not_calendar":
        return QCoreApplication.translate(
            "CalendarImport", "This file is not a calendar (.ics); nothing was changed.")
    if error.problem == "bad_line":
        return QCoreApplication.translate(
            "CalendarImport",
            "Line {0} of the calendar cannot be read ({1}); nothing was changed.").format(
            error.line, error.text)
    return QCoreApplication.translate(
        "CalendarImport",
        "Line {0} of the calendar has a date or rule that cannot be read ({1}); "
        "nothing was changed.").format(error.line, error.text)
