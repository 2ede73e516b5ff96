"""A second start on the same shop file brings the first window forward and ends; when the
first is killed (kill -9), the next start opens the shop. Real app processes, offscreen."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services import team
from desktop.store.db import open_store

ROOT = Path(__file__).resolve().parents[2]
LISTENING = "the window on this shop listens for later starts"
FORWARD = "another start on this shop: the window comes forward"


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite"
    store = open_store(path)
    team.first_run(store, "王家小店", "Asia/Shanghai", "老板", "owner")
    store.close()
    return path


def _start(path: Path, home: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SHOPDESK_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen", "SHOPDESK_NO_KEYCHAIN": "1"}
    return subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(path), "--lang", "en"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _log(home: Path) -> str:
    log = home / "logs" / "shopdesk.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def _wait_for(home: Path, text: str, count: int = 1, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while _log(home).count(text) < count:
        assert time.monotonic() < deadline, f"never logged {text!r}:\n{_log(home)}"
        time.sleep(0.2)


def test_a_second_start_brings_the_first_forward_and_a_killed_first_frees_the_shop(
        shop, tmp_path):
    home_a, home_b, home_c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    first = _start(shop, home_a)
    started = []
    try:
        _wait_for(home_a, LISTENING)
        second = _start(shop, home_b)
        started.append(second)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already open" in err and "brought forward" in err
        _wait_for(home_a, FORWARD)
        assert LISTENING not in _log(home_b)  # it never opened a window of its own
        first.send_signal(signal.SIGKILL)  # a crash: no clean-up at all
        first.wait(timeout=10)
        third = _start(shop, home_c)
        started.append(third)
        _wait_for(home_c, LISTENING)  # the lock was freed with the process
        assert third.poll() is None
        fourth = _start(shop, home_b)
        started.append(fourth)
        _, err = fourth.communicate(timeout=60)
        assert fourth.returncode == 0 and "brought forward" in err
        _wait_for(home_c, FORWARD)
    finally:
        for p in (first, *started):
            if p.poll() is None:
                p.kill()
                p.wait(timeout=10)
