"""Start-up and memory benchmark, side by side with the floor: a bare PySide6 window.

    python tests/benchmarks/startup.py --db /tmp/shopdesk-bench/demo.sqlite

(a database made by tests/benchmarks/foundation.py: demo.sqlite has the demo's knowledge
base, imported.sqlite only messages). Prints Markdown tables:

- start-up to the painted inbox against a bare PySide6 window's start, each started as a new
  process, alternating, ``--runs`` times (median and worst: the machine may be shared), from
  compiled bytecode as an installed app starts;
- resident memory of one process, step by step: a bare ``QApplication``, importing the app
  and its main window, building the window, the painted inbox, five seconds later with
  no conversation opened, after opening the first conversation (the app then loads the
  sentence model and the knowledge base's matcher), five seconds later with them matching,
  after scrolling 10,000 rows;
- resident memory of the whole app (``shopdesk --db``: the window, the scheduler and the
  channels), ``--runs`` starts: painted, five seconds later with no conversation opened,
  and five seconds after opening the first one (the model loaded and matching), beside
  the window alone and the floor (a bare window);
- ``shopdesk kb match``: warm (``--calls`` calls asking the open window, median, 90th
  percentile and worst, with where the time goes) and cold (``--runs`` calls), from
  ``kb_match.py``.

Each start-up row gives the load average read beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.benchmarks import kb_match  # noqa: E402 - the root put on the path first

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# An installed ShopDesk starts from compiled bytecode: the children write and use the
# __pycache__ files even where the shell says not to (compiling the app's ~100 modules from
# source would add ~0.1 s to every start and nothing to the floor's).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

BARE = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.resize(1440, 900)
window.show()
app.processEvents()
window.repaint()
app.processEvents()
print('painted', flush=True)
"""

APP = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.app import build_window
from desktop.ui import theme
app = QApplication([])
theme.apply(app)
window, _ = build_window(Path({db!r}), 'zh_CN')
window.resize(1440, 900)
window.show()
window.start()
while window.inbox.list.model.rowCount() == 0:
    app.processEvents()
window.inbox.list.view.viewport().repaint()
app.processEvents()
print('painted', flush=True)
window.context.db.shutdown()
"""

STEPS = """
import json, sys, threading, time
sys.path.insert(0, {root!r})
from pathlib import Path

def rss():
    with open('/proc/self/status', encoding='ascii') as fh:
        for line in fh:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024
    return float('nan')

steps = []
def step(name):
    steps.append((name, round(rss(), 1)))

from PySide6.QtWidgets import QApplication
app = QApplication([])
step('a bare QApplication')
import desktop.app
import desktop.ui.main_window
from desktop.ui import theme
step('importing desktop.app and the main window')
theme.apply(app)
window, _ = desktop.app.build_window(Path({db!r}), 'zh_CN')
window.resize(1440, 900)
step('building the window')
window.show()
window.start()
while window.inbox.list.model.rowCount() == 0:
    app.processEvents()
window.inbox.list.view.viewport().repaint()
app.processEvents()
painted = time.monotonic()
step('painted inbox')
while time.monotonic() < painted + 5:
    app.processEvents()
    time.sleep(0.02)
step('5 s after painting, no conversation opened')
first_open = getattr(desktop.app, 'WarmUpOnFirstOpen', None)
if first_open is not None:  # as the app does: the model loads when a conversation opens
    first_open(window, Path({db!r}))
else:  # before: the app warmed the matcher one second after the paint
    desktop.app.warm_up(Path({db!r}))
lst = window.inbox.list
view = window.inbox.conversation
lst.view.setCurrentIndex(lst.model.index(0, 0))
opened = time.monotonic()
while view.detail is None and time.monotonic() < opened + 30:
    app.processEvents()
step('after opening the first conversation')
from desktop.services import kb, sentence_model
while time.monotonic() < opened + 5 or sentence_model._model is None or not kb._cache:
    app.processEvents()
    time.sleep(0.02)
found = []
window.context.db.run(lambda shop: kb.match(shop, '杯子碎了'), found.append)
while not found:
    app.processEvents()
    time.sleep(0.02)
window.context.db.wait_idle()
app.processEvents()
step('5 s after opening it, the sentence model loaded and matching' if found[0] else
     '5 s after opening it, the sentence model loaded (the shop has no articles to match)')
lst.tabs.setCurrentIndex(5)  # Closed: hundreds of thousands of rows
bar = lst.view.verticalScrollBar()
from PySide6.QtCore import QModelIndex
while lst.model.rowCount() < 10_000 and (lst.model.canFetchMore(QModelIndex())
                                         or window.context.db.busy):
    bar.setValue(bar.maximum())
    app.processEvents()
step(f'after scrolling {{lst.model.rowCount():,}} rows')
window.context.db.shutdown()
print(json.dumps(steps, ensure_ascii=False), flush=True)
"""


WHOLE = """
import json, os, sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def rss():
    with open('/proc/self/status', encoding='ascii') as fh:
        for line in fh:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024
    return float('nan')

app = QApplication(sys.argv[:1])
seen, at = {{}}, {{}}
found = []

def probe():
    windows = [w for w in app.topLevelWidgets() if type(w).__name__ == 'MainWindow']
    if not windows:
        return
    window, now = windows[0], time.monotonic()
    lst = window.inbox.list
    if 'painted' not in seen:
        if lst.model.rowCount():
            seen['painted'], at['painted'] = rss(), now
        return
    if 'closed' not in seen:
        if now >= at['painted'] + 5:
            seen['closed'] = rss()
            lst.view.setCurrentIndex(lst.model.index(0, 0))
            at['opened'] = now
        return
    from desktop.services import kb, sentence_model
    if not found and now >= at['opened'] + 5 and sentence_model._model is not None \
            and kb._cache and window.inbox.conversation.detail is not None:
        found.append(None)
        window.context.db.run(lambda shop: kb.match(shop, '杯子碎了'), found.append)
    if len(found) == 2:
        seen['opened'] = rss()
        print(json.dumps(seen), flush=True)
        os._exit(0)  # not app.quit(): closing takes a backup of the shop

timer = QTimer()
timer.timeout.connect(probe)
timer.start(20)
from desktop.app import main
main(['--db', {db!r}])
"""

def _until_painted(code: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=CHILD_ENV)
    assert proc.stdout is not None
    took = float("nan")
    for line in proc.stdout:
        if line.startswith("painted"):
            took = time.perf_counter() - start
            break
    proc.wait()
    return took


def startup(db: Path, runs: int) -> tuple[list[float], list[float]]:
    """(bare window, ShopDesk) start-up times in seconds, started alternately."""
    app = APP.format(root=str(ROOT), db=str(db))
    bare, shopdesk = [], []
    _until_painted(app)  # writes the bytecode caches: not counted
    for _ in range(runs):
        bare.append(_until_painted(BARE))
        shopdesk.append(_until_painted(app))
    return bare, shopdesk


def memory_steps(db: Path) -> list[tuple[str, float]]:
    out = subprocess.run([sys.executable, "-c", STEPS.format(root=str(ROOT), db=str(db))],
                         capture_output=True, text=True, env=CHILD_ENV)
    if out.returncode:
        raise SystemExit(f"the measuring process failed:\n{out.stderr}")
    return [tuple(s) for s in json.loads(out.stdout.strip().splitlines()[-1])]


def whole_app(db: Path, runs: int) -> list[dict[str, float]]:
    """The whole app's resident memory (MB) at its steps, ``runs`` starts; each with a
    settings folder of its own (its logs and crash reports stay out of the user's)."""
    import tempfile

    found = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            out = subprocess.run([sys.executable, "-c", WHOLE.format(root=str(ROOT), db=str(db))],
                                 capture_output=True, text=True, timeout=300,
                                 env={**CHILD_ENV, "SHOPDESK_HOME": home})
        if out.returncode or not out.stdout.strip():
            raise SystemExit(f"the whole app failed:\n{out.stderr}")
        found.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return found


def print_whole_app(runs: list[dict[str, float]], steps: list[tuple[str, float]]) -> None:
    alone = dict(steps)
    floor = steps[0][1]
    model = next((mb for name, mb in steps if name.startswith("5 s after opening")),
                 float("nan"))
    print(f"\nThe whole app (`shopdesk --db`: window, scheduler, channels), {len(runs)} starts "
          "(median, worst):\n")
    print("| step | whole app | worst | the window alone |\n| --- | --- | --- | --- |")
    print(f"| the floor: a bare `QApplication` | {floor:.0f} MB | | {floor:.0f} MB |")
    for key, name, window in (
            ("painted", "painted inbox", alone.get("painted inbox", float("nan"))),
            ("closed", "5 s after painting, no conversation opened (target 200 MB)",
             alone.get("5 s after painting, no conversation opened", float("nan"))),
            ("opened", "5 s after opening the first conversation, the model loaded and "
             "matching (target 300 MB)", model)):
        values = [r[key] for r in runs]
        print(f"| {name} | {statistics.median(values):.0f} MB | {max(values):.0f} MB "
              f"| {window:.0f} MB |")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--calls", type=int, default=30,
                        help="warm `shopdesk kb match` calls (kb_match.py)")
    args = parser.parse_args()
    bare, shopdesk = startup(args.db, args.runs)
    b, s = statistics.median(bare), statistics.median(shopdesk)
    at = kb_match.load()
    print(f"Start-up, {args.runs} runs each, alternating (median, worst; load average {at}):\n")
    print("| start | median | worst |\n| --- | --- | --- |")
    print(f"| a bare PySide6 window (the floor) | {b:.2f} s | {max(bare):.2f} s |")
    print(f"| ShopDesk to the painted inbox | {s:.2f} s | {max(shopdesk):.2f} s |")
    print(f"| ratio | {s / b:.1f}× | |\n")
    print("Resident memory, one process, step by step:\n")
    print("| step | resident memory | change |\n| --- | --- | --- |")
    before = None
    steps = memory_steps(args.db)
    for name, mb in steps:
        change = "" if before is None else f"{mb - before:+.0f} MB"
        print(f"| {name} | {mb:.0f} MB | {change} |")
        before = mb
    print_whole_app(whole_app(args.db, args.runs), steps)
    kb_match.report(args.db, args.calls, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
