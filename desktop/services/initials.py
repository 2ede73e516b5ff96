"""Pinyin initials of template names, for "/" in the composer: 发货时间 → fhsj.

Only pypinyin's dictionary of single characters is loaded (~13 MB, ~0.1 s), on first use,
never its phrase dictionary (57 MB, ~0.5 s, the largest part of the app's memory for a few
dozen template names). Without phrases a character with several readings cannot be told by
its neighbours, so each reading counts: 重新发货 is both ``cxfh`` and ``zxfh``. A name's
initials are worked out once (templates change rarely; the composer asks on every "/").
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from itertools import islice, product

MAX_VARIANTS = 8  # a name of many many-reading characters keeps its likeliest spellings
_QUIET = {"PYPINYIN_NO_PHRASES": "1", "PYPINYIN_NO_DICT_COPY": "1"}  # pypinyin's own switches


def _first_letters(char: str) -> list[str]:
    if "pypinyin" not in sys.modules:
        saved = {k: os.environ.get(k) for k in _QUIET}
        os.environ.update(_QUIET)
        try:
            import pypinyin  # noqa: F401 - read the switches once, at import
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    from pypinyin import Style, pinyin

    letters = pinyin(char, style=Style.FIRST_LETTER, heteronym=True)[0]
    return list(dict.fromkeys(letter.lower() for letter in letters if letter))


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


@lru_cache(maxsize=4096)
def initials(name: str) -> str:
    """The initials of ``name``, every reading's, space-separated (the most common reading's
    first); letters and digits stand for themselves: ``7天退货`` → ``7tth``."""
    choices = [_first_letters(c) if _is_han(c) else [c.lower()]
               for c in name if _is_han(c) or c.isalnum()]
    return " ".join("".join(v) for v in islice(product(*choices), MAX_VARIANTS))
