"""On a bare Linux desktop ShopDesk names the system libraries Qt lacks, and the packages that
bring them, instead of Qt's "could not load the Qt platform plugin xcb" abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.ui import system_libraries

ROOT = Path(__file__).resolve().parents[2]
NOWHERE = ("libshopdesk-no-such-library.so.9", "libshopdesk-no-such9")


def test_a_library_the_system_lacks_is_named_with_its_package():
    found = system_libraries.missing([("libc.so.6", "libc6"), NOWHERE])
    assert found == [NOWHERE]
    message = system_libraries.explain(found)
    assert "libshopdesk-no-such-library.so.9" in message
    assert "sudo apt install libshopdesk-no-such9" in message


def test_the_check_runs_only_where_qt_uses_x11():
    linux = "linux"
    assert system_libraries.uses_xcb({}, linux)
    assert system_libraries.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, linux)
    assert not system_libraries.uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, linux)
    assert not system_libraries.uses_xcb({"XDG_SESSION_TYPE": "wayland",
                                          "WAYLAND_DISPLAY": "wayland-0"}, linux)
    assert not system_libraries.uses_xcb({}, "win32")
    assert not system_libraries.uses_xcb({}, "darwin")
    assert system_libraries.check({"QT_QPA_PLATFORM": "offscreen"}, linux, [NOWHERE]) is None


def test_every_library_the_xcb_plugin_links_to_is_checked():
    """The list is what `ldd` says the PySide6 plugin needs (less the C and C++ runtimes)."""
    import PySide6
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return  # not a Linux wheel
    linked = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    names = {line.split()[0] for line in linked.splitlines() if "=>" in line}
    runtime = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}
    direct = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0",
              "libEGL.so.1", "libfontconfig.so.1", "libdbus-1.so.3"}
    checked = {library for library, _ in system_libraries.XCB_LIBRARIES}
    assert direct <= checked <= names - runtime


def test_shopdesk_demo_says_which_libraries_are_missing_and_stops(tmp_path):
    """The real entry point, with a library that cannot exist added to the list."""
    code = ("import sys; from desktop.ui import system_libraries as s; "
            f"s.XCB_LIBRARIES = s.XCB_LIBRARIES + ({NOWHERE!r},); "
            "from desktop.app import main; sys.exit(main(['--demo']))")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "xcb",
           "SHOPDESK_HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            encoding="utf-8", env=env, timeout=120)
    if not sys.platform.startswith("linux"):
        return
    assert result.returncode == 1
    assert "sudo apt install libshopdesk-no-such9" in result.stderr
    assert "libshopdesk-no-such-library.so.9" in result.stderr
    assert "could not load the Qt platform plugin" not in result.stderr
    assert "Traceback" not in result.stderr
    assert not any(tmp_path.rglob("*.sqlite"))  # no demo shop built for a window never shown
