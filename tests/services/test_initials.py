"""Pinyin initials for "/" in the composer, without pypinyin's phrase dictionary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.domain.templates import Template, search
from desktop.services import autoreply
from desktop.services.initials import initials

ROOT = Path(__file__).resolve().parents[2]


def test_initials_of_a_name() -> None:
    assert initials("发货时间") == "fhsj"
    assert initials("7天无理由退货").split()[0] == "7twlyth"


def test_a_character_of_several_readings_is_found_by_each() -> None:
    spellings = initials("重新发货").split()
    assert "cxfh" in spellings and "zxfh" in spellings
    templates = [Template("1", "重新发货", "亲，已为您重新发货", initials=initials("重新发货")),
                 Template("2", "尺码推荐", "亲，身高体重告诉我", initials=initials("尺码推荐"))]
    found = search(templates, "cx")
    assert [t.name for t in found] == ["重新发货"]


def test_the_services_templates_carry_initials(store) -> None:
    autoreply.save_template(store, "银行卡退款", "亲，退款原路返回")
    [template] = [t for t in autoreply.templates(store) if t.name == "银行卡退款"]
    assert "yhktk" in template.initials.split()


CHILD = """
import sys
from desktop.services import autoreply  # the service the composer asks
from desktop.services.initials import initials
initials("发货时间")
print("pypinyin.phrases_dict" in sys.modules, "pypinyin.seg.mmseg" in sys.modules and
      bool(sys.modules["pypinyin.constants"].PHRASES_DICT))
"""


def test_the_phrase_dictionary_is_never_loaded() -> None:
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert out.stdout.split() == ["False", "False"]
