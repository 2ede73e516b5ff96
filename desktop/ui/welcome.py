"""First run: the shop's name, the language, who works here, the time zone — then what next."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.team import Agent
from desktop.ui import i18n
from desktop.ui.settings_page import COMMON_ZONES


class WelcomeDialog(QDialog):
    """``choice`` after ``exec``: "join", "channel", "import", "demo" or "start". Joining a
    team comes first: a desktop that joins takes the team's shop name, time zone and hours,
    so only who works here is asked."""

    def __init__(self, agents: list[Agent], language: str, shop_name: str, zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = "start"
        self.setMinimumWidth(520)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        self.join_hint = QLabel()
        self.join_hint.setWordWrap(True)
        self.code = QLineEdit()
        self.join = QPushButton()
        self.join.setObjectName("primary")
        self.join.clicked.connect(lambda: self._choose("join"))
        self.new_shop = QLabel()
        self.new_shop.setWordWrap(True)
        self.shop = QLineEdit(shop_name)
        self.language = QComboBox()
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.me = QComboBox()
        self.me.setEditable(True)
        for agent in agents:
            self.me.addItem(agent.name, agent.id)
        self.role = QComboBox()
        self.role.addItem("", "owner")
        self.role.addItem("", "agent")
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(COMMON_ZONES)
        self.zone.setCurrentText(zone)
        self.starter = QCheckBox()
        self.starter.setChecked(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.shop, self.language, self.me, self.role,
                                              self.zone)):
            self.form.addRow(label, field)
        self.buttons = {key: QPushButton() for key in ("channel", "import", "demo", "start")}
        self.buttons["start"].setObjectName("primary")
        row = QHBoxLayout()
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.join_hint)
        joining = QHBoxLayout()
        joining.addWidget(self.code, 1)
        joining.addWidget(self.join)
        layout.addLayout(joining)
        layout.addWidget(self.new_shop)
        layout.addLayout(self.form)
        layout.addWidget(self.starter)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to ShopDesk"))
        self.title.setText(self.tr("Welcome to ShopDesk"))
        self.intro.setText(self.tr("A few questions and your desk is ready. Everything can be "
                                   "changed later in Settings."))
        self.join_hint.setText(self.tr("Joining your team? Paste the join code the owner gave "
                                       "you and say who you are below: the shop's name, time "
                                       "zone and hours come from the team."))
        self.code.setPlaceholderText(self.tr("Join code"))
        self.join.setText(self.tr("Join the team"))
        self.new_shop.setText(self.tr("Or set up a new shop:"))
        for label, text in zip(self.labels, (self.tr("Shop name"), self.tr("Language"),
                                             self.tr("Your name"), self.tr("Your role"),
                                             self.tr("Time zone"))):
            label.setText(text)
        self.me.lineEdit().setPlaceholderText(self.tr("e.g. 小王"))
        self.role.setItemText(0, self.tr("Owner"))
        self.role.setItemText(1, self.tr("Agent"))
        self.starter.setText(self.tr("Start with the starter knowledge base (60 common "
                                     "questions and answers) and reply templates"))
        texts = {"channel": self.tr("Add a channel"), "import": self.tr("Import history…"),
                 "demo": self.tr("Open the demo shop"), "start": self.tr("Start")}
        for key, button in self.buttons.items():
            button.setText(texts[key])

    def _language_chosen(self) -> None:
        """The welcome speaks the language chosen at once (the window follows when done)."""
        i18n.install(self.language.currentData())
        self.retranslate()

    def _choose(self, key: str) -> None:
        if key != "demo" and not self.me.currentText().strip():
            self.me.setFocus()
            return
        if key == "join" and not self.code.text().strip():
            self.code.setFocus()
            return
        self.choice = key
        self.accept()

    def answers(self) -> dict[str, str]:
        name = self.me.currentText().strip()
        existing = self.me.currentData() if self.me.currentText() == self.me.itemText(
            self.me.currentIndex()) else None
        return {"shop": self.shop.text().strip(), "language": self.language.currentData(),
                "me_name": name, "me_id": existing or "", "role": self.role.currentData(),
                "zone": self.zone.currentText().strip(),
                "starter": "yes" if self.starter.isChecked() else "",
                "code": self.code.text().strip()}
