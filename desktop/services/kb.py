"""The knowledge base: articles with versions, matching, and Excel import/export."""

from __future__ import annotations

import json
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.domain.ids import new_id
from desktop.domain.kb_match import Article, Lexicon
from desktop.services import sentence_model, sheets, shop
from desktop.services.errors import UserError
from desktop.services.kb_matcher import NOISE, Matcher
from desktop.services.resources import resource
from desktop.store import kb as kb_store
from desktop.store.db import Store

XLSX_COLUMNS = ("category", "title", "questions", "answer", "tags", "language", "valid from",
                "valid to")
_cache: dict[tuple[str, int, int], Matcher] = {}
_building = threading.Lock()  # one build at a time (the app warms it up beside the worker)


def lexicon(store: Store) -> Lexicon:
    groups = json.loads(resource("kb", "synonyms.json").read_text(encoding="utf-8"))["groups"]
    for canonical, variants in (shop.get(store, "kb.synonyms") or {}).items():
        groups.setdefault(canonical, []).extend(variants)
    return Lexicon(groups)


def _article(row: dict[str, Any]) -> Article:
    return Article(row["id"], row["title"], tuple(row["questions"]), row["answer"],
                   row["language"],
                   date.fromisoformat(row["valid_from"]) if row["valid_from"] else None,
                   date.fromisoformat(row["valid_to"]) if row["valid_to"] else None)


def index(store: Store) -> Matcher:
    rows = kb_store.articles(store.conn)
    key = (str(store.path), len(rows), sum(r["version"] for r in rows))
    cached = _cache.get(key)
    if cached is None:
        with _building:
            cached = _cache.get(key)
            if cached is None:
                known = next(iter(_cache.values())).vectors if _cache else None
                _cache.clear()
                cached = _cache[key] = Matcher([_article(r) for r in rows], lexicon(store),
                                               sentence_model.shared(), known)
    return cached


def meaning_unavailable() -> str | None:
    """Why matching is by words only (the sentence model could not be loaded), else None."""
    return sentence_model.unavailable_reason()


def today(store: Store) -> date:
    return datetime.fromtimestamp(store.clock() / 1000, shop.shop_zone(store)).date()


def match(store: Store, text: str, limit: int = 3,
          least: float = NOISE) -> list[dict[str, Any]]:
    """The best articles for a message: ``id``, ``title``, ``score`` (0–1), ``answer``;
    none scoring below ``least``."""
    idx = index(store)
    return [{"id": a, "title": idx.articles[a].title, "score": s,
             "answer": idx.articles[a].answer}
            for a, s in idx.match(text, today(store), limit, least)]


def suggestions(store: Store, message: str) -> list[dict[str, Any]]:
    """The three articles to offer in the composer for a customer's message; none for a
    message that asks nothing (好的谢谢, an emoji)."""
    from desktop.domain.kb_match import is_question

    return match(store, message, 3) if is_question(message) else []


def best_answer(store: Store, text: str, threshold: float) -> tuple[str, float] | None:
    found = match(store, text, 1)
    if found and found[0]["score"] >= threshold:
        return found[0]["answer"], found[0]["score"]
    return None


@dataclass
class ArticleInput:
    title: str
    questions: list[str]
    answer: str
    category: str = ""
    tags: list[str] = field(default_factory=list)
    language: str = "zh"
    valid_from: str | None = None
    valid_to: str | None = None
    products: list[str] = field(default_factory=list)  # linked product ids
    owner: str | None = None  # who keeps it up to date
    review_every_days: int = 30


def save(store: Store, a: ArticleInput, article_id: str | None = None) -> str:
    if not a.title.strip() or not a.answer.strip():
        raise UserError("an article needs a title and an answer")
    for d in (a.valid_from, a.valid_to):
        if d:
            try:
                date.fromisoformat(d)
            except ValueError:
                raise UserError(f"“{d}” is not a date like 2026-11-11") from None
    article_id = article_id or new_id(store.clock())
    with store.write() as w:
        kb_store.save(w, {"id": article_id, "title": a.title.strip(),
                          "questions": [q.strip() for q in a.questions if q.strip()],
                          "answer": a.answer, "category": a.category, "tags": a.tags,
                          "language": a.language, "valid_from": a.valid_from,
                          "valid_to": a.valid_to, "reviewed_at": store.clock(),
                          "products": [p.strip() for p in a.products if p.strip()],
                          "owner": a.owner or None,
                          "review_every_days": max(1, int(a.review_every_days))})
    return article_id


def restore(store: Store, article_id: str, version: int) -> int:
    """Make an earlier version current again (as a new version)."""
    old = next((v for v in kb_store.versions(store.conn, article_id) if v["version"] == version),
               None)
    if old is None:
        raise UserError(f"there is no version {version}")
    with store.write() as w:
        return kb_store.save(w, {k: v for k, v in old.items() if k in kb_store.COLUMNS})


def versions(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The article's earlier versions, newest first: ``version``, ``saved_at`` (when it was
    replaced) and the article's fields as they were."""
    return kb_store.versions(store.conn, article_id)


# --- Excel ------------------------------------------------------------------------------------

def export_xlsx(store: Store, path: Path | str) -> int:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "FAQ"
    sheet.append(list(XLSX_COLUMNS))
    rows = kb_store.articles(store.conn)
    for r in rows:
        sheet.append(sheets.cells(sheet, [
            r["category"], r["title"], "\n".join(r["questions"]), r["answer"],
            ", ".join(r["tags"]), r["language"], r["valid_from"], r["valid_to"]]))
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        book.save(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(rows)


@dataclass
class KbImportReport:
    added: int = 0
    updated: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)


def import_xlsx(store: Store, path: Path | str) -> KbImportReport:
    """All good rows in one transaction; a row without a title or an answer is skipped with
    its reason; a file that is not a workbook, or lacks columns, changes nothing."""
    with sheets.first_sheet(path) as rows:  # a damaged file is refused whole, named
        header = [str(h or "").strip().lower() for h in next(rows, ())]
        missing = [c for c in ("title", "answer") if c not in header]
        if missing:
            raise UserError("missing column(s): " + ", ".join(missing) + "; expected " +
                            ", ".join(XLSX_COLUMNS))
        return _import_rows(store, header, rows)


def _import_rows(store: Store, header: list[str], rows: Any) -> KbImportReport:
    existing = {(r["category"], r["title"]): r["id"] for r in kb_store.articles(store.conn)}
    report = KbImportReport()
    with store.write():
        for number, values in enumerate(rows, 2):
            cell = dict(zip(header, values))
            title, answer = str(cell.get("title") or "").strip(), str(cell.get("answer") or "")
            if not title and not answer.strip():
                continue
            if not title or not answer.strip():
                report.skipped.append((number, "needs a title and an answer"))
                continue
            category = str(cell.get("category") or "").strip()
            item = ArticleInput(
                title, str(cell.get("questions") or "").splitlines(), answer, category,
                [t.strip() for t in str(cell.get("tags") or "").split(",") if t.strip()],
                str(cell.get("language") or "zh"), _day(cell.get("valid from")),
                _day(cell.get("valid to")))
            try:
                save(store, item, existing.get((category, title)))
            except UserError as exc:
                report.skipped.append((number, str(exc)))
                continue
            if (category, title) in existing:
                report.updated += 1
            else:
                report.added += 1
    return report


def _day(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()[:10]


def load_starter(store: Store) -> int:
    """The starter FAQ the demo shop ships with."""
    items = json.loads(resource("kb", "starter.json").read_text(encoding="utf-8"))
    for item in items:
        save(store, ArticleInput(item["title"], item["questions"], item["answer"],
                                 item["category"]))
    return len(items)


def articles(store: Store) -> list[dict[str, Any]]:
    return kb_store.articles(store.conn)


def review_queue(store: Store) -> list[dict[str, Any]]:
    """Articles due for review (not reviewed within their period) or expired."""
    day = today(store)
    now = store.clock()
    out = []
    for a in kb_store.articles(store.conn):
        expired = bool(a["valid_to"]) and date.fromisoformat(a["valid_to"]) < day
        due = a["reviewed_at"] is None or \
            now - a["reviewed_at"] > a["review_every_days"] * 86_400_000
        if expired or due:
            out.append({**a, "expired": expired, "due": due})
    return out


def mark_reviewed(store: Store, article_id: str) -> None:
    with store.write() as w:
        w.update("kb_articles", article_id, {"reviewed_at": store.clock()})


def reorder(store: Store, ids: list[str]) -> None:
    with store.write() as w:
        for position, article_id in enumerate(ids):
            w.update("kb_articles", article_id, {"position": float(position)})


def delete(store: Store, article_id: str) -> None:
    """Remove an article with its versions and offered phrasings."""
    if kb_store.article(store.conn, article_id) is None:
        raise UserError("this article no longer exists")
    with store.write() as w:
        kb_store.delete(w, article_id)


GAP_THRESHOLD = 0.4  # below this, the base did not really answer the question


def gaps(store: Store, days: int = 7, top: int = 10) -> list[dict[str, Any]]:
    """Last week's questions with no confident match, grouped and ranked by how often they
    came; each with examples, the answer agents gave to those questions, and a draft
    article."""
    from desktop.domain.kb_match import cluster, is_question

    now = store.clock()
    idx = index(store)
    day = today(store)
    missed = [(text, answer) for text, answer in
              kb_store.questions_with_answers(store.conn, now - days * 86_400_000, now)
              if is_question(text) and
              (not (m := idx.match(text, day, 1)) or m[0][1] < GAP_THRESHOLD)]
    articles_said = {" ".join(a.answer.split()) for a in idx.articles.values()}
    out = []
    for group in cluster(missed, idx.lexicon)[:top]:
        distinct = list(dict.fromkeys(group.examples))
        answer = _reply_to(distinct, group.answers, articles_said, idx.lexicon)
        out.append({"asked": group.size, "examples": distinct[:5], "answer": answer,
                    "draft": {"title": min(distinct[:5], key=len), "questions": distinct[:8],
                              "answer": answer}})
    return out


def _reply_to(questions: list[str], replies: Counter[str], articles_said: set[str],
              lexicon: Lexicon) -> str:
    """The agents' reply that answers these questions: one that speaks of what they ask
    (shares words with them) before one that does not ("稍等", "收到"), the most given first —
    never the text of an article the base already has (an agent pasted an article the base
    offered for another question; that article is not this question's answer)."""
    from desktop.domain.kb_match import features

    def words(text: str) -> set[str]:  # two characters or a word: single ones say too little
        return {f for f in features(text, lexicon) if not f.startswith(("1", "3"))}

    asked = set().union(*(words(q) for q in questions))
    own = [(text, n) for text, n in replies.items()
           if " ".join(text.split()) not in articles_said]
    if not own:
        return ""
    return max(own, key=lambda kv: (bool(asked & words(kv[0])), kv[1]))[0]


def top_questions(store: Store, start: int, end: int, top: int = 10) -> list[dict[str, Any]]:
    """What customers asked most in [start, end): how many asked, an example, and the article
    that answers it (None when the knowledge base has none that fits)."""
    from desktop.domain.kb_match import top_questions as rank

    idx = index(store)
    day = today(store)
    out = []
    for asked, example in rank(kb_store.customer_texts(store.conn, start, end), idx.lexicon,
                               top):
        best = idx.match(example, day, 1)
        article = idx.articles[best[0][0]].title if best and best[0][1] >= GAP_THRESHOLD \
            else None
        out.append({"asked": asked, "example": example, "article": article})
    return out


def offer_phrasing(store: Store, article_id: str, customer_text: str) -> None:
    """An agent answered this message with the article: offer it as a new phrasing."""
    text = customer_text.strip()[:200]
    article = kb_store.article(store.conn, article_id)
    if not text or article is None or text in article["questions"]:
        return
    with store.write() as w:
        kb_store.offer(w, article_id, text)


def offers(store: Store, article_id: str) -> list[str]:
    return kb_store.offers(store.conn, article_id)


def accept_offer(store: Store, article_id: str, text: str, accept: bool = True) -> None:
    """Add an offered phrasing to the article (a new version), or dismiss it."""
    article = kb_store.article(store.conn, article_id)
    if article is None:
        raise UserError("this article no longer exists")
    with store.write() as w:
        if accept and text not in article["questions"]:
            kb_store.save(w, {**article, "questions": [*article["questions"], text]})
        kb_store.drop_offer(w, article_id, text)
