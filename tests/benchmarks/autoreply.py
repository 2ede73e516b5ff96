"""The auto-reply decision for one message, with 200 rules: p50 / p99.

    python tests/benchmarks/autoreply.py

Measures the pure decision (desktop.domain.autoreply.decide) over 5,000 varied messages
against 200 rules (keywords, regular expressions, kinds, channels, states), and the whole
live path (store the message, decide, apply) on a real shop file.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.domain.autoreply import AgentLoad, Config, Facts, Incoming, Rule, decide
from desktop.domain.hours import State

WORDS = ["发货", "退款", "尺码", "优惠券", "快递", "质量", "颜色", "地址", "投诉", "换货",
         "ship", "refund", "size", "coupon", "tracking"]


def rules(n: int) -> list[Rule]:
    rng = random.Random(1)
    out = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            out.append(Rule(f"r{i}", f"kw{i}", keywords=(*rng.sample(WORDS, 3), f"x{i}"),
                            tag=f"t{i}"))
        elif kind == 1:
            out.append(Rule(f"r{i}", f"re{i}", pattern=rf"订单号?\s*{i:03d}\d+", tag=f"t{i}"))
        elif kind == 2:
            out.append(Rule(f"r{i}", f"ch{i}", channels=("email",), keywords=(f"y{i}",),
                            reply="好的{customer_name}"))
        else:
            out.append(Rule(f"r{i}", f"st{i}", states=("holiday_mode",), customer="vip",
                            keywords=(f"z{i}",)))
    return out


def main() -> int:
    from desktop.domain.kb_match import Article, Lexicon
    from desktop.services import kb as kb_service
    from desktop.services import sentence_model
    from desktop.services.kb_matcher import Matcher
    starter = json.loads((Path(__file__).resolve().parents[2] / "resources" / "kb" /
                          "starter.json").read_text(encoding="utf-8"))
    articles = [Article(f"a{i}-{n}", f"{a['title']} {i}", tuple(a["questions"]), a["answer"])
                for i in range(84) for n, a in enumerate(starter)][:5000]
    index = Matcher(articles, Lexicon(json.loads(kb_service.resource(
        "kb", "synonyms.json").read_text(encoding="utf-8"))["groups"]), sentence_model.shared())

    def kb(text: str) -> tuple[str, float] | None:
        found = index.match(text, limit=1)
        return (index.articles[found[0][0]].answer, found[0][1]) if found else None

    config = Config(replies={("welcome", "zh"): "您好{customer_name}",
                             ("off_hours", "zh"): "非工作时间，{next_open}回复"})
    agents = [AgentLoad(f"a{i}", f"agent{i}", True, i, 10, tier=1 + i % 3) for i in range(3)]
    # the knowledge-base rule first, so every message is matched against the 5,000 articles
    all_rules = [Rule("kb", "faq", kb_answer=True, kb_threshold=0.4), *rules(199)]
    rng = random.Random(2)
    times = []
    for i in range(5000):
        text = f"请问{rng.choice(WORDS)}的问题 订单号{rng.randint(10**9, 10**10)}"
        m = Incoming(f"m{i}", text, "text", rng.choice(["tiktok", "douyin", "email"]),
                     1_760_000_000_000 + i * 1000, "小雨", "zh", rng.random() < 0.1,
                     rng.random() < 0.3)
        start = time.perf_counter()
        decide(m, Facts(auto_replies=((m.at - 60_000, "welcome"),)),
               rng.choice([State.OPEN, State.OFF_HOURS]), all_rules, agents, config, kb=kb)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p99 = times[int(len(times) * 0.99)]
    print("| measure | figure |\n| --- | --- |")
    print(f"| decision, 200 rules and 5,000 KB articles | median "
          f"{statistics.median(times):.3f} ms, "
          f"p99 {p99:.3f} ms |")

    from zoneinfo import ZoneInfo

    from desktop.domain.interchange import parse_record
    from desktop.services import autoreply, team
    from desktop.services.session import open_shop
    with tempfile.TemporaryDirectory() as folder:
        shop = open_shop(Path(folder) / "bench.sqlite")
        for name in ("小王", "小李"):
            team.set_status(shop, team.add_agent(shop, name), team.AgentStatus.ONLINE)
        for rule in all_rules:
            autoreply.save_rule(shop, rule)
        live = []
        for i in range(500):
            record = parse_record({
                "channel": "tiktok", "conversation": f"c{i % 50}",
                "customer": {"id": f"u{i % 50}", "name": "小雨"}, "id": f"m{i}",
                "direction": "in", "author": "customer", "kind": "text",
                "text": f"请问{rng.choice(WORDS)}", "sent_at": "2026-11-23T10:00:00+08:00"},
                ZoneInfo("Asia/Shanghai"))
            start = time.perf_counter()
            autoreply.receive_live(shop, [record])
            live.append((time.perf_counter() - start) * 1000)
        live.sort()
        print(f"| store + decide + apply one message (live path, 200 rules) | median "
              f"{statistics.median(live):.1f} ms, p99 {live[int(len(live) * 0.99)]:.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
