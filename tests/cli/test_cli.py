"""The command line, run as a user runs it: a real process on a real file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, input=stdin, timeout=120)


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("ShopDesk ")


@pytest.mark.parametrize("command", ["import", "export", "search", "demo", "info"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.returncode == 0 and "--db" in result.stdout


def test_import_then_search_as_json(tmp_path):
    db = str(tmp_path / "shop.sqlite")
    result = run("import", str(DATA / "sample.jsonl"), "--db", db)
    assert result.returncode == 0, result.stderr
    assert "Imported 8 messages and 4 events" in result.stdout
    found = run("--db", db, "search", "发货", "--json")
    assert found.returncode == 0
    hits = json.loads(found.stdout)
    assert hits and hits[0]["conversation"] == "c-1001"
    text = run("search", "发货", "--db", db)
    assert "[发货]" in text.stdout


def test_search_names_channels_and_says_how_many_results(tmp_path):
    db = str(tmp_path / "shop.sqlite")
    assert run("import", str(DATA / "sample.jsonl"), "--db", db).returncode == 0
    everything = json.loads(run("search", "发货", "--db", db, "--json", "--limit", "100").stdout)
    assert isinstance(everything, list) and len(everything) > 1  # the JSON stays a list
    text = run("search", "发货", "--db", db).stdout
    lines = text.splitlines()
    assert lines[0] == f"{len(everything)} results"
    assert "TikTok Shop" in text and " tiktok " not in text
    first = run("search", "发货", "--db", db, "--limit", "1").stdout.splitlines()
    assert first[0] == f"{len(everything)} results" and len(first) == 3
    assert "--limit" in first[-1]
    assert run("search", "没有这个词", "--db", db).stdout.strip() == "No results."


def test_import_reports_bad_lines_and_exits_non_zero(tmp_path):
    path = tmp_path / "bad.jsonl"
    good = (DATA / "sample.jsonl").read_text(encoding="utf-8").splitlines()[0]
    path.write_text(good + "\n{oops\n" + good.replace('"text"', '"kind2"', 0)
                    .replace('"kind": "text"', '"kind": "video"') + "\n", encoding="utf-8")
    result = run("import", str(path), "--db", str(tmp_path / "s.sqlite"), "--json")
    assert result.returncode == 1
    assert f"{path}:2: invalid JSON" in result.stderr
    assert f"{path}:3: unknown kind 'video'" in result.stderr
    assert json.loads(result.stdout)["added_messages"] == 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args,message", [
    (["import", "no-such-file.jsonl"], "no such file"),
    (["import", str(ROOT / "pyproject.toml")], "unknown file type"),
    (["search", "x", "--limit", "0"], "--limit must be at least 1"),
    (["demo", "--messages", "0"], "must be at least 1"),
])
def test_bad_input_is_one_line_and_non_zero(tmp_path, args, message):
    result = run(*args, "--db", str(tmp_path / "s.sqlite"))
    assert result.returncode != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_database_that_is_not_one_is_a_clear_error(tmp_path):
    bad = tmp_path / "x.sqlite"
    bad.write_bytes(b"garbage" * 1000)
    result = run("info", "--db", str(bad))
    assert result.returncode == 1
    assert "not a ShopDesk database" in result.stderr and "Traceback" not in result.stderr


def test_demo_and_export_round_trip(tmp_path):
    db = str(tmp_path / "d.sqlite")
    made = run("demo", "--db", db, "--days", "3", "--messages", "200", "--seed", "5", "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["messages"] > 150
    out = tmp_path / "d.jsonl"
    assert run("export", str(out), "--db", db).returncode == 0
    info = json.loads(run("info", "--db", db, "--json").stdout)
    assert info["messages"] == sum(1 for line in out.read_text(encoding="utf-8").splitlines()
                                   if '"direction"' in line)


def test_commands_without_a_window_do_not_import_qt(tmp_path):
    code = ("import sys; from desktop.app import main; "
            f"main(['search', 'x', '--db', r'{tmp_path / 's.sqlite'}']); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'openpyxl'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_hours_commands(tmp_path):
    db = str(tmp_path / "h.sqlite")
    status = json.loads(run("hours", "--at", "2025-10-03T10:00:00+08:00", "--json",
                            "--db", db).stdout)
    assert set(status) == {"open", "state", "reason", "next_change", "on_shift"}
    assert status["state"] == "public_holiday" and status["open"] is False
    made = run("hours", "set", "mon-fri 09:00-12:00,13:30-18:00", "sat 10:00-16:00",
               "sun closed", "--db", db, "--json")
    assert json.loads(made.stdout)["sun"] == "closed"
    bad = run("hours", "set", "mon 09:00-12:00,11:00-13:00", "--db", db)
    assert bad.returncode == 1 and "overlaps" in bad.stderr and "Traceback" not in bad.stderr
    bad_tz = run("hours", "set", "--tz", "Nowhere/Land", "--db", db)
    assert bad_tz.returncode == 1 and "unknown time zone" in bad_tz.stderr
    on = run("holiday-mode", "on", "--from", "2026-02-14", "--to", "2026-02-10", "--db", db)
    assert on.returncode == 1 and "ends before it starts" in on.stderr
    days = json.loads(run("holidays", "--year", "2025", "--json", "--db", db).stdout)
    kinds = {d["date"]: d["kind"] for d in days}
    assert kinds["2025-01-26"] == "workday" and kinds["2025-10-01"] == "holiday"


def test_the_owner_corrects_an_unknown_year(tmp_path):
    db = str(tmp_path / "y.sqlite")
    made = run("holidays", "--year", "2027", "--holiday", "2027-02-08=春节（自定）",
               "--workday", "2027-02-20", "--json", "--db", db)
    assert made.returncode == 0, made.stderr
    rows = {r["date"]: r for r in json.loads(made.stdout)}
    assert rows["2027-02-08"]["name"] == "春节（自定）" and rows["2027-02-20"]["kind"] == "workday"
    bad = run("holidays", "--holiday", "2027-02-08=x", "--db", db)
    assert bad.returncode == 1 and "need --year" in bad.stderr


def test_simulate_prints_actions_in_time_order(tmp_path):
    db = str(tmp_path / "s.sqlite")
    lines = [json.dumps({"channel": "tiktok", "conversation": "c-1",
                         "customer": {"id": "u-1", "name": "小雨", "language": "zh"},
                         "id": f"m-{i}", "direction": "in", "author": "customer",
                         "kind": "text", "text": "在吗", "sent_at": f"2026-11-2{i}T23:30:00+08:00"},
                        ensure_ascii=False) for i in (3, 4)]
    path = tmp_path / "night.jsonl"
    path.write_text("\n".join(lines) + "\n{broken\n", encoding="utf-8")
    result = run("simulate", str(path), "--json", "--db", db)
    assert result.returncode == 1 and ":3: invalid JSON" in result.stderr  # bad line reported
    done = json.loads(result.stdout)
    assert [(a["message"], a["action"], a["scenario"]) for a in done] == \
        [("m-3", "reply", "off_hours"), ("m-4", "reply", "off_hours")]
    assert all({"message", "at", "action", "scenario", "text"} <= set(a) for a in done)
    assert json.loads(run("info", "--json", "--db", db).stdout)["messages"] == 0


def test_kb_match_and_excel(tmp_path):
    db = str(tmp_path / "k.sqlite")
    assert run("demo", "--db", db, "--messages", "50", "--days", "1").returncode == 0
    found = json.loads(run("kb", "match", "付完款多久能寄出", "--json", "--db", db).stdout)
    assert found[0]["title"] == "发货时间" and 0 < found[0]["score"] <= 1
    assert set(found[0]) >= {"id", "title", "score"}
    out = tmp_path / "faq.xlsx"
    assert run("kb", "export", str(out), "--db", db).returncode == 0
    again = run("kb", "import", str(out), "--db", db, "--json")
    assert json.loads(again.stdout)["updated"] == 60


def test_metrics_json_keys(tmp_path):
    db = str(tmp_path / "m.sqlite")
    assert run("import", str(DATA / "sample.jsonl"), "--db", db).returncode == 0
    out = run("metrics", "--from", "2025-10-01", "--to", "2025-10-02", "--as-of",
              "2025-10-05T00:00:00+08:00", "--json", "--db", db)
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert {"inquiries", "buyer_messages", "response_rate_24h", "response_rate_12h",
            "frt_mean_s", "frt_median_s", "frt_p90_s", "three_min_rate", "bot_handled_share",
            "resolution_rate", "csat", "csat_mean", "by_channel", "by_hour",
            "agents"} <= set(figures)
    assert len(figures["by_hour"]) == 24
    bad = run("metrics", "--from", "2025-10-05", "--to", "2025-10-01", "--db", db)
    assert bad.returncode == 1 and "ends before it starts" in bad.stderr


def test_a_channels_problem_is_in_the_json_as_its_code(tmp_path):
    """The window words a channel's problem from its code; scripts get the code too, beside
    the channel's English sentence (which the plain output shows)."""
    import socket

    from desktop.services import actions, channels, outbox
    from desktop.services.session import open_shop

    db = str(tmp_path / "shop.sqlite")
    with socket.socket() as s:  # a port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = open_shop(Path(db))
    channels.add(store, "email", "店铺邮箱", {"imap": f"127.0.0.1:{port}",
                                              "smtp": f"127.0.0.1:{port}",
                                              "user": "shop@example.com", "security": "none"})
    store.close()
    polled = run("channel", "poll", "--json", "--db", db)
    assert polled.returncode == 1
    [report] = json.loads(polled.stdout)
    assert report["error"].startswith(f"IMAP 127.0.0.1:{port}")
    assert report["problem"] == {"code": "mail.imap_failed",
                                 "values": {"host": "127.0.0.1", "port": port}}
    [listed] = json.loads(run("channel", "list", "--json", "--db", db).stdout)
    assert listed["problem"] == report["problem"] and listed["last_error"] == report["error"]
    assert "IMAP 127.0.0.1" in run("channel", "list", "--db", db).stdout
    assert run("import", str(DATA / "sample.jsonl"), "--db", db).returncode == 0
    store = open_shop(Path(db))
    conversation = store.conn.execute("SELECT id FROM conversations").fetchone()[0]
    actions.reply(store, conversation, "在的", None)
    outbox.cancel(store, outbox.pending(store)[0]["id"])
    store.close()
    [cancelled] = json.loads(run("outbox", "--json", "--db", db).stdout)
    assert cancelled["problem"] == {"code": "outbox.cancelled", "values": {}}
    assert cancelled["last_error"] == "cancelled"
