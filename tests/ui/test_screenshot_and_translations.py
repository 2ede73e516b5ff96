"""The screenshot command, and translations that are complete in both languages."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"


@pytest.mark.parametrize("lang,page", [("zh_CN", "inbox"), ("en", "inbox"),
                                       ("zh_CN", "settings")])
def test_screenshot_renders_the_window_with_real_data(demo_path, tmp_path, lang, page):
    out = tmp_path / f"{lang}-{page}.png"
    config = tmp_path / "config"  # where the user's window layout and language are kept
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(config)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(demo_path), "--screenshot", str(out),
         "--page", page, "--size", "1280x800", "--lang", lang],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 41)}
    assert len(colours) > 10  # a real window, not a blank
    assert not any(config.rglob("*")), "a screenshot must leave the user's settings alone"


def _messages(path: Path):
    for message in ET.parse(path).getroot().iter("message"):
        yield message.find("source").text, message.find("translation")


@pytest.mark.parametrize("name", ["shopdesk_zh_CN.ts", "shopdesk_en.ts"])
def test_every_string_is_translated(name):
    def text(tr: ET.Element) -> str:  # plural messages keep their words in numerus forms
        forms = tr.findall("numerusform")
        return "".join(f.text or "" for f in forms) if forms else (tr.text or "")

    missing = [src for src, tr in _messages(TS / name)
               if not text(tr).strip() or tr.get("type") in ("unfinished", "vanished",
                                                             "obsolete")]
    assert missing == []


def test_the_ts_files_hold_every_string_in_the_code(tmp_path):
    """lupdate over the code finds nothing the translation files lack."""
    lupdate: Path | str = Path(sys.executable).parent / "pyside6-lupdate"
    if not Path(lupdate).exists():
        lupdate = "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-extensions", "py", str(ROOT / "desktop"), "-ts",
                    str(fresh)], check=True, capture_output=True)
    in_code = {src for src, _ in _messages(fresh)}
    in_files = {src for src, _ in _messages(TS / "shopdesk_zh_CN.ts")}
    assert in_code - in_files == set()


def test_compiled_translations_match_their_sources(tmp_path):
    """The committed .qm files are what lrelease makes of the .ts files now."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in ("zh_CN", "en"):
        built = tmp_path / f"{lang}.qm"
        subprocess.run([str(lrelease if lrelease.exists() else "pyside6-lrelease"),
                        str(TS / f"shopdesk_{lang}.ts"), "-qm", str(built)],
                       check=True, capture_output=True)
        assert built.read_bytes() == (TS / f"shopdesk_{lang}.qm").read_bytes()
