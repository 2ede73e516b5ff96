"""``shopdesk kb match`` benchmark: warm (asking the open window), cold, and where the time of
a warm call goes.

    python tests/benchmarks/kb_match.py --db /tmp/shopdesk-bench/demo.sqlite --calls 30

(``startup.py`` runs it too, after its start-up and memory tables.) Prints a Markdown table,
each row with the load average read beside it:

- a warm call: ``--calls`` commands run while a window is open on the shop with its matcher
  warm (median, 90th percentile, worst), alternated with ``python -c pass`` (starting Python
  alone) and the command's imports alone, so the share of each is seen on the same machine
  at the same moment;
- the window's part of it: the same request asked from this process (the local socket, the
  window's event loop and database thread, the match), ``--calls`` times;
- the first call asked of a window whose matcher is not warm yet (it loads the model there,
  once), ``--cold`` windows;
- a cold call: no window open, the command loads the model and builds the matcher itself,
  ``--cold`` times.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# as startup.py: the children start from compiled bytecode, as an installed app does
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
TEXT = "杯子碎了"

SERVE = """
import sys, time
sys.path.insert(0, {root!r})
from functools import partial
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.app import answer_request, build_window, warm_up
from desktop.services.instance import ShopLock
from desktop.ui.instance import InstanceServer, server_name
app = QApplication([])
window, _ = build_window(Path({db!r}), 'zh_CN')
window.show()
window.start()
if {warm!r}:
    warm_up(Path({db!r})).join()
server = InstanceServer(server_name(ShopLock({db!r}).key), lambda: None,
                        partial(answer_request, window))
print('ready', flush=True)
app.exec()
"""
ASK = ["-m", "desktop", "kb", "match", TEXT, "--db"]
IMPORTS = ("import desktop.app, desktop.cli, desktop.cli.knowledge, "
           "desktop.services.instance")


def load() -> str:
    with open("/proc/loadavg", encoding="ascii") as fh:
        return " ".join(fh.read().split()[:3])


def _timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *argv], capture_output=True, check=True,
                   env={**CHILD_ENV, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - start


def _window(db: Path, warm: bool) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c",
                             SERVE.format(root=str(ROOT), db=str(db), warm=warm)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=CHILD_ENV)
    assert proc.stdout is not None
    proc.stdout.readline()
    return proc


def _close(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait()


def measure(db: Path, calls: int, cold: int) -> list[tuple[str, list[float], str]]:
    """(what, seconds, load average) rows."""
    sys.path.insert(0, str(ROOT))
    from desktop.services.instance import ask_window

    rows = []
    window = _window(db, warm=True)
    try:
        _timed([*ASK, str(db)])  # the bytecode caches
        timed: dict[str, list[float]] = {"warm": [], "python": [], "imports": []}
        for _ in range(calls):
            timed["warm"].append(_timed([*ASK, str(db)]))
            timed["python"].append(_timed(["-c", "pass"]))
            timed["imports"].append(_timed(["-c", IMPORTS]))
        rows += [("`shopdesk kb match`, the window open, its matcher warm", timed["warm"],
                  load()),
                 ("… of which starting Python (`python -c pass`)", timed["python"], load()),
                 ("… starting Python and the command's imports", timed["imports"], load())]
        request = {"match": TEXT, "limit": 3}
        rows.append(("… of which the window's part (asked from a running process)",
                     [_clock(lambda: ask_window(db, request)) for _ in range(calls)], load()))
    finally:
        _close(window)
    first = []
    for _ in range(cold):
        window = _window(db, warm=False)
        try:
            first.append(_timed([*ASK, str(db)]))
        finally:
            _close(window)
    rows.append(("the first call asked of a window whose matcher is not warm", first, load()))
    rows.append(("no window open (cold: loads the model, builds the matcher)",
                 [_timed([*ASK, str(db)]) for _ in range(cold)], load()))
    return rows


def _clock(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def report(db: Path, calls: int, cold: int) -> None:
    rows = measure(db, calls, cold)
    print(f"\n`shopdesk kb match` (warm: {calls} calls; cold: {cold}):\n")
    print("| call | median | 90th percentile | worst | load average |\n"
          "| --- | --- | --- | --- | --- |")
    for name, values, at in rows:
        ms = sorted(v * 1000 for v in values)
        p90 = ms[min(len(ms) - 1, round(0.9 * (len(ms) - 1)))]
        print(f"| {name} | {statistics.median(ms):.0f} ms | {p90:.0f} ms | {ms[-1]:.0f} ms "
              f"| {at} |")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--cold", type=int, default=3)
    args = parser.parse_args()
    report(args.db, args.calls, args.cold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
