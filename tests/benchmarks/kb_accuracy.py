"""Knowledge-base matching quality and speed.

    python tests/benchmarks/kb_accuracy.py

Against the 60-article starter base the demo shop ships with (resources/kb/starter.json):
top-1 accuracy and top-3 recall on 300 labelled customer messages (tests/data/kb_eval.json),
how many of 50 off-topic messages stay below the auto-answer threshold, the share of the
labelled messages that share few characters with any stored phrasing, and match latency
with 5,000 articles.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.domain.kb_match import Article  # noqa: E402
from desktop.services import kb, sentence_model  # noqa: E402
from desktop.services.kb_matcher import Matcher  # noqa: E402
from desktop.services.session import open_shop  # noqa: E402

THRESHOLD = 0.4


def _overlap(message: str, phrasings: list[str]) -> float:
    chars = {c for c in message if not c.isspace()}
    return max((len(chars & set(p)) / max(len(chars), 1) for p in phrasings), default=0.0)


def main() -> int:
    data = json.loads((ROOT / "tests" / "data" / "kb_eval.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        shop = open_shop(Path(folder) / "kb.sqlite")
        kb.load_starter(shop)
        articles = kb.articles(shop)
        phrasings = [q for a in articles for q in [a["title"], *a["questions"]]]
        top1 = top3 = words1 = words3 = auto = 0
        misses = []
        low = 0
        words = kb.index(shop).words  # the same base matched by words alone, for comparison
        by_id = {a["id"]: a["title"] for a in articles}
        for message, title in data["messages"]:
            matches = kb.match(shop, message, 3)
            found = [f["title"] for f in matches]
            top1 += bool(found) and found[0] == title
            top3 += title in found
            auto += bool(found) and found[0] == title and matches[0]["score"] >= THRESHOLD
            alone = [by_id[a] for a, _ in words.match(message, limit=3)]
            words1 += bool(alone) and alone[0] == title
            words3 += title in alone
            if not found or found[0] != title:
                misses.append((message, title, found[:1]))
            low += _overlap(message, phrasings) < 0.5
        off = sum(1 for m in data["offtopic"]
                  if not (f := kb.match(shop, m, 1)) or f[0]["score"] < THRESHOLD)
        n = len(data["messages"])
        lexicon = kb.lexicon(shop)
    big = [Article(f"a{i}", f"{a['title']} {i}", tuple(f"{q} {i}" for q in a["questions"]),
                   a["answer"]) for i in range(84) for a in articles][:5000]
    start = time.perf_counter()
    index = Matcher(big, lexicon, sentence_model.shared())
    built = time.perf_counter() - start
    times = []
    for message, _ in data["messages"]:
        start = time.perf_counter()
        index.match(message)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    model = "on" if sentence_model.shared() else f"OFF ({sentence_model.unavailable_reason()})"
    print(f"Matching by meaning: {model}\n")
    print("| measure | figure |\n| --- | --- |")
    print(f"| top-1 accuracy ({n} labelled messages) | {top1 / n:.1%} |")
    print(f"| top-3 recall | {top3 / n:.1%} |")
    print(f"| by words alone (no sentence model): top-1, top-3 | {words1 / n:.1%}, "
          f"{words3 / n:.1%} |")
    print(f"| right article first and at or above the auto-answer threshold | {auto / n:.1%} |")
    print(f"| off-topic below the auto-answer threshold ({THRESHOLD}) | "
          f"{off}/{len(data['offtopic'])} |")
    print(f"| labelled messages sharing under half their characters with any phrasing | "
          f"{low / n:.0%} |")
    print(f"| match latency, 5,000 articles | median {statistics.median(times):.2f} ms, "
          f"p95 {times[int(len(times) * 0.95)]:.2f} ms |")
    print(f"| building the matcher for 5,000 articles ({len(index.vectors):,} phrasings "
          f"encoded) | {built:.1f} s |")
    if "-v" in sys.argv:
        for m in misses:
            print("miss:", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
