"""The welcome offers joining a team first: the newcomer pastes the join code and says who
they are; the team's shop name and time zone stay the team's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import shop, team
from desktop.services.session import open_shop
from desktop.ui.welcome import WelcomeDialog
from tests.sync.desks import Desk
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def test_the_welcome_joins_a_team_and_keeps_the_teams_profile(qtbot, tmp_path, monkeypatch,
                                                               running):  # noqa: F811
    from desktop.app import build_window
    from desktop.sync import hub
    from desktop.ui import first_run

    hub_store, url = running
    owner = Desk(tmp_path, "owner")
    team.first_run(owner.store, "王家小店", "America/Los_Angeles", "老板", "owner")
    owner.join(hub_store, url)
    owner.sync()
    code = hub.invite(hub_store, "小李", url)
    monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / "home-new"))
    path = tmp_path / "new.sqlite"
    window, welcome = build_window(path, "en")
    qtbot.addWidget(window)
    assert welcome
    window.start()

    def answer(dialog: WelcomeDialog) -> int:
        dialog.show()
        assert dialog.layout().indexOf(dialog.join_hint) < dialog.layout().indexOf(
            dialog.new_shop)  # joining is offered first
        qtbot.keyClicks(dialog.code, code)
        dialog.me.setEditText("小李")  # typed through an input method (keyClicks is ASCII)
        dialog.role.setCurrentIndex(1)
        qtbot.mouseClick(dialog.join, Qt.MouseButton.LeftButton)
        assert dialog.choice == "join"
        return WelcomeDialog.DialogCode.Accepted

    monkeypatch.setattr(WelcomeDialog, "exec", answer)
    assert first_run.run_welcome(window) == "join"
    window.context.db.wait_idle()
    store = open_shop(path, readonly=True)
    assert (shop.get(store, "shop.name"), shop.get(store, "shop.timezone")) == (
        "王家小店", "America/Los_Angeles")
    me = team.me(store)
    assert me is not None and (me.name, me.role) == ("小李", "agent")
    assert {a.name for a in team.agents(store)} == {"老板", "小李"}
    window.context.db.shutdown()
