"""The Knowledge base page on the demo shop."""

from __future__ import annotations

from desktop.services import kb
from desktop.services.session import open_shop


def test_articles_are_listed_edited_and_versioned(window, demo_path):
    window.show_page("kb")
    page = window.kb_page
    assert page.tree.topLevelItemCount() > 0
    page.select_first()
    assert page.e_title.text()
    page.e_answer.setPlainText(page.e_answer.toPlainText() + "（已更新）")
    assert "已更新" in page.preview.toPlainText()
    page._save()
    window.context.db.wait_idle()
    assert "Saved" in page.msg.text()
    from desktop.store import kb as kb_store
    reader = open_shop(demo_path, readonly=True)
    assert kb_store.versions(reader.conn, page._id)


def test_search_by_a_customer_message_filters_the_tree(window):
    window.show_page("kb")
    page = window.kb_page
    page.search.setText("什么时候能发货呀")
    window.context.db.wait_idle()
    shown = [page.tree.topLevelItem(i).child(j).text(0)
             for i in range(page.tree.topLevelItemCount())
             for j in range(page.tree.topLevelItem(i).childCount())
             if not page.tree.topLevelItem(i).child(j).isHidden()]
    assert "发货时间" in shown


def test_a_bad_date_is_refused_in_the_editor(window, demo_path):
    window.show_page("kb")
    page = window.kb_page
    page._new()
    page.e_title.setText("活动")
    page.e_answer.setPlainText("双十一满减")
    page.e_to.setText("明天")
    before = len(kb.articles(open_shop(demo_path, readonly=True)))
    page._save()
    window.context.db.wait_idle()
    assert "not a date" in page.msg.text()
    assert len(kb.articles(open_shop(demo_path, readonly=True))) == before
