"""The system libraries Qt needs to show a window on a Linux (X11) desktop, checked before Qt
is loaded. A bare desktop may lack some; Qt itself would only say "could not load the Qt
platform plugin xcb" and abort. This module imports no Qt (it runs before Qt is loaded)."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from pathlib import Path

# (library, the Debian/Ubuntu package that holds it): what PySide6's X11 platform plugin
# (plugins/platforms/libqxcb.so) and the Qt libraries it loads (QtGui, QtDBus, XcbQpa) link
# to, as `ldd` lists them, less the C and C++ runtimes every system has.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb.so.1", "libxcb1"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libX11.so.6", "libx11-6"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libfreetype.so.6", "libfreetype6"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)

Loader = Callable[[str], object]


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will show its windows through X11 (xcb): on Linux, unless another platform
    is asked for (offscreen, wayland, …) or the session is a Wayland one."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not (environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"))


def missing(libraries: Sequence[tuple[str, str]] | None = None,
            load: Loader = ctypes.CDLL) -> list[tuple[str, str]]:
    """The (library, package) pairs (by default :data:`XCB_LIBRARIES`) that the system's
    loader cannot find."""
    absent = []
    for library, package in XCB_LIBRARIES if libraries is None else libraries:
        try:
            load(library)
        except OSError:
            if not _bundled(library, load):
                absent.append((library, package))
    return absent


def _bundled(library: str, load: Loader) -> bool:
    """Whether an installed ShopDesk (a frozen bundle) carries the library itself."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or bundle is None:
        return False
    for path in Path(bundle).rglob(library):
        try:
            load(str(path))
            return True
        except OSError:
            continue
    return False


def explain(absent: Sequence[tuple[str, str]]) -> str:
    """What to tell the person: the libraries missing and the command that installs them."""
    packages = " ".join(dict.fromkeys(package for _, package in absent))
    libraries = ", ".join(library for library, _ in absent)
    return (
        "ShopDesk cannot open its window: Qt needs system libraries this computer lacks "
        f"({libraries}).\n"
        f"On Debian or Ubuntu, install them with:\n    sudo apt install {packages}\n"
        "then start ShopDesk again. (The command line, `shopdesk --help`, works without them.)\n"
        "ShopDesk 无法打开窗口：缺少 Qt 显示窗口所需的系统库。请用上面的命令安装后再启动。")


NO_DISPLAY = (
    "ShopDesk cannot open its window: there is no display here (DISPLAY is not set: a server, "
    "an SSH session or a CI job).\n"
    "Start it from a desktop session; the command line (`shopdesk --help`) and "
    "`shopdesk --screenshot OUT.png`, which renders offscreen, work without one.\n"
    "ShopDesk 无法打开窗口：这里没有显示器（未设置 DISPLAY）。请在桌面环境中启动；"
    "命令行和 --screenshot（离屏渲染）无需显示器。")


def check(environ: Mapping[str, str] | None = None, platform: str = sys.platform,
          libraries: Sequence[tuple[str, str]] | None = None,
          load: Loader = ctypes.CDLL) -> str | None:
    """None when a window can be shown; else the message naming what to install, or saying
    that there is no display to show it on."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ, platform):
        return None
    absent = missing(libraries, load)
    if absent:
        return explain(absent)
    return None if environ.get("DISPLAY") else NO_DISPLAY


def render_offscreen(environ: MutableMapping[str, str] | None = None) -> None:
    """Qt draws without a display (``--screenshot``): its offscreen platform, chosen before
    Qt is loaded, whatever the session has."""
    (os.environ if environ is None else environ)["QT_QPA_PLATFORM"] = "offscreen"
