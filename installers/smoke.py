"""Smoke-test the build in dist/ the way a shop would use it, with no Python beside it.

    python installers/smoke.py

Runs the bundled command line with an empty PATH and its own data folder: ``--version``, a
demo shop, a daily report, a screenshot of the inbox; then the upgrade case — a shop written
by an older ShopDesk (an earlier database schema) is opened by this build: migrated, data
intact, a copy of the old file kept.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def bundled() -> Path:
    folder = ROOT / "dist" / ("ShopDesk.app/Contents/MacOS" if sys.platform == "darwin"
                              else "ShopDesk")
    exe = folder / ("shopdesk-cli.exe" if sys.platform == "win32" else "shopdesk-cli")
    if not exe.exists():
        raise SystemExit(f"no build at {exe}: run python installers/build.py first")
    return exe


def main() -> int:
    exe = bundled()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {"PATH": str(home / "no-python-here"), "SHOPDESK_HOME": str(home),
               "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "LANG": "C.UTF-8"}
        if sys.platform == "win32":
            env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", "C:\\Windows")

        def run(*args: str) -> str:
            done = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True,
                                  timeout=300)
            if done.returncode != 0:
                raise SystemExit(f"FAILED: shopdesk {' '.join(args)}\n{done.stdout}\n"
                                 f"{done.stderr}")
            print(f"ok  shopdesk {' '.join(args)}")
            return done.stdout

        version = run("--version").strip()
        db = home / "shop.sqlite"
        run("--db", str(db), "demo", "--messages", "2000", "--days", "5")
        yesterday = (date.today() - timedelta(days=1)).isoformat()
        report = home / "report.xlsx"
        run("--db", str(db), "report", "--date", yesterday, "--out", str(report))
        assert report.stat().st_size > 5000, "the report is empty"
        # the knowledge base matches by meaning in the build too (the model and its runtime
        # are bundled): 杯子碎了 shares no word with 收到破损商品
        found = run("--db", str(db), "kb", "match", "杯子碎了", "--json")
        assert json.loads(found)[0]["title"] == "收到破损商品", \
            f"matching by meaning is off: {found}"
        shot = home / "inbox.png"
        run("--db", str(db), "--screenshot", str(shot), "--page", "inbox")
        assert shot.stat().st_size > 20_000, "the screenshot is blank"
        # an older ShopDesk's shop: the schema of two releases ago, with its data
        from desktop.store import migrations
        old = home / "old.sqlite"
        conn = sqlite3.connect(old)
        migrations.upgrade(conn, stop_before=migrations.migration_names()[-2])
        conn.execute("INSERT INTO channels (id, kind, name, created_at, updated_at, device) "
                     "VALUES ('c1', 'import', '旧店铺', 1, 1, 'd')")
        conn.commit()
        conn.close()
        info = run("--db", str(old), "info", "--json")
        assert '"schema_version": ' + str(migrations.latest_version()) in info.replace(
            '"schema_version":', '"schema_version": ').replace("  ", " "), info
        assert any(p.name.startswith("old.before-v") for p in home.iterdir()), "no copy kept"
        names = sqlite3.connect(old).execute("SELECT name FROM channels").fetchall()
        assert names == [("旧店铺",)], names
        print(f"ok  the older shop was upgraded and kept its data\n{version}: all good")
    return 0


if __name__ == "__main__":
    sys.exit(main())
