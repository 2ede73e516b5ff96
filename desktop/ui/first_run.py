"""Running the welcome dialog and acting on its answers."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QDialog

from desktop.services import shop, starter, team
from desktop.services import sync as team_sync
from desktop.sync.client import sync
from desktop.ui.main_window import MainWindow
from desktop.ui.welcome import WelcomeDialog


def run_welcome(window: MainWindow) -> str:
    context = window.context
    settings = shop.all_settings(context.reader)
    dialog = WelcomeDialog(context.agents, window.language, settings["shop.name"],
                           settings["shop.timezone"], window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        window.set_language(window.language)  # as it was, whatever the welcome showed
        return "start"
    if dialog.choice == "demo":
        return "demo"
    answers = dialog.answers()
    window.set_language(answers["language"])
    if dialog.choice == "join":
        context.db.run(partial(_join_team, code=answers["code"], me_name=answers["me_name"],
                               role=answers["role"]),
                       lambda _id: window._me_changed(), window.show_error)
        context.db.wait_idle()
        return "join"
    context.db.run(partial(team.first_run, shop_name=answers["shop"], timezone=answers["zone"],
                           me_name=answers["me_name"], role=answers["role"],
                           me_id=answers["me_id"] or None),
                   lambda _id: window._me_changed(), window.show_error)
    if answers["starter"]:
        context.db.run(starter.install,
                       lambda _added: (window.kb_page.load(), window.automation_page.load()),
                       window.show_error)
    context.db.wait_idle()
    if dialog.choice == "import":
        window.import_history()
    elif dialog.choice == "channel":
        window.show_page("settings")
        window.settings_page.show_channels()
    return dialog.choice


def _join_team(store: Any, code: str, me_name: str, role: str) -> str:
    """Join the team, receive the shop, then say who works here (an agent the team has
    already is the same person: one row)."""
    team_sync.join(store, code)
    sync(store)
    return team.join_as(store, me_name, role)
