"""Settings: language, who works at this desktop, the shop's name and time zone, channels."""

from __future__ import annotations

from functools import partial
from zoneinfo import available_timezones

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import metrics, shop, team
from desktop.ui.agents_card import AgentsCard
from desktop.ui.channels_card import ChannelsCard
from desktop.ui.context import Context
from desktop.ui.jobs_card import BackupCard, JobsCard, RunNow
from desktop.ui.layout import ScrollPage
from desktop.ui.reminders_card import RemindersCard
from desktop.ui.team_card import TeamCard
from desktop.ui.translation_card import TranslationCard

TARGET_KEYS = ("response_rate_24h", "frt_mean_s", "three_min_rate", "resolution_rate", "csat")
COMMON_ZONES = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore",
                "Asia/Bangkok", "Asia/Jakarta", "Asia/Kuala_Lumpur", "Asia/Manila",
                "Asia/Ho_Chi_Minh", "Asia/Tokyo", "Europe/London", "America/Los_Angeles",
                "America/New_York", "UTC"]


class SettingsPage(ScrollPage):
    languageChosen = Signal(str)
    meChosen = Signal(str)
    teamChanged = Signal()  # agents added, edited or deactivated
    restored = Signal()

    def __init__(self, context: Context, language: str, run_job: RunNow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = self.page_layout
        layout.addWidget(self.title)
        layout.addWidget(self._shop_card(language))
        layout.addWidget(self._targets_card())
        self.reminders = RemindersCard(context)
        self.reminders.setMaximumWidth(960)
        self.reminders.error.connect(self.error)
        layout.addWidget(self.reminders)
        self._add_cards(context, run_job)
        layout.addStretch(1)
        self.retranslate()
        self.load()

    def _shop_card(self, language: str) -> QWidget:
        """Language, who is at this desk, the shop's name and zone, channels, sound."""
        self.language = QComboBox()
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda: self.languageChosen.emit(self.language.currentData()))
        self.me = QComboBox()
        self.me.activated.connect(lambda: self.meChosen.emit(self.me.currentData()))
        self.add_agent = QPushButton()
        self.add_agent.clicked.connect(self._add_agent)
        self.shop_name = QLineEdit()
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(COMMON_ZONES)
        self.save = QPushButton()
        self.save.setObjectName("primary")
        self.save.clicked.connect(self._save)
        self.saved = QLabel()
        self.saved.setObjectName("hint")
        self.sound = QCheckBox()
        self.sound.toggled.connect(lambda on: QSettings().setValue("sound", on))
        self.channels = QLabel()
        self.channels.setObjectName("hint")
        self.channels.setWordWrap(True)
        me_row = QHBoxLayout()
        me_row.addWidget(self.me, 1)
        me_row.addWidget(self.add_agent)
        form = QFormLayout()
        form.setSpacing(12)
        self.labels = [QLabel() for _ in range(6)]
        form.addRow(self.labels[0], self.language)
        form.addRow(self.labels[1], me_row)
        form.addRow(self.labels[2], self.shop_name)
        form.addRow(self.labels[3], self.zone)
        form.addRow(self.labels[4], self.channels)
        form.addRow(self.labels[5], self.sound)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.saved)
        buttons.addStretch(1)
        card = QWidget()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addLayout(form)
        inner.addLayout(buttons)
        card.setMaximumWidth(960)
        return card

    def _targets_card(self) -> QWidget:
        """The figures' targets: green and yellow bands."""
        self.targets: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        for key in TARGET_KEYS:
            pair = (QDoubleSpinBox(), QDoubleSpinBox())
            for box in pair:
                box.setDecimals(0)
                box.setRange(0, 3600 if key.endswith("_s") else 100)
                box.setFixedWidth(150)
            self.targets[key] = pair
        self.save_targets = QPushButton()
        self.save_targets.setObjectName("primary")
        self.save_targets.clicked.connect(self._save_targets)
        self.targets_msg = QLabel()
        targets_card = QWidget()
        targets_card.setObjectName("card")
        targets_card.setMaximumWidth(960)
        tform = QFormLayout(targets_card)
        tform.setContentsMargins(24, 20, 24, 20)
        self.targets_title = QLabel()
        self.targets_title.setObjectName("section")
        tform.addRow(self.targets_title)
        self.band_heads = (QLabel(), QLabel())  # what each column of figures is
        heads = QHBoxLayout()
        for head in self.band_heads:
            head.setFixedWidth(150)
            head.setObjectName("hint")
            heads.addWidget(head)
        heads.addStretch(1)
        tform.addRow(QLabel(), heads)
        self.target_labels: dict[str, QLabel] = {}
        for key, (green, yellow) in self.targets.items():
            row = QHBoxLayout()
            row.addWidget(green)
            row.addWidget(yellow)
            row.addStretch(1)
            self.target_labels[key] = QLabel()
            tform.addRow(self.target_labels[key], row)
        buttons_t = QHBoxLayout()
        buttons_t.addWidget(self.save_targets)
        buttons_t.addWidget(self.targets_msg, 1)
        tform.addRow(buttons_t)
        return targets_card

    def _add_cards(self, context: Context, run_job: RunNow | None) -> None:
        """Team, channels, translation, jobs and backups: each its own card."""
        layout = self.page_layout
        self.agents_card = AgentsCard(context)
        self.agents_card.setMaximumWidth(960)
        self.agents_card.changed.connect(self.teamChanged)
        self.team = TeamCard(context)
        self.team.setMaximumWidth(960)
        self.channels_card = ChannelsCard(context)
        self.channels_card.setMaximumWidth(960)
        self.jobs = JobsCard(context, run_job)
        self.jobs.setMaximumWidth(960)
        self.backups = BackupCard(context)
        self.backups.setMaximumWidth(960)
        self.translation = TranslationCard(context)
        self.translation.setMaximumWidth(960)
        for part in (self.agents_card, self.team, self.channels_card, self.translation, self.jobs,
                     self.backups):
            part.error.connect(self.error)
            layout.addWidget(part)
        self.backups.restored.connect(self.restored)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        for label, text in zip(self.labels, (self.tr("Language"),
                                             self.tr("Who works at this desktop"),
                                             self.tr("Shop name"), self.tr("Time zone"),
                                             self.tr("Channels"), self.tr("Notifications"))):
            label.setText(text)
        self.add_agent.setText(self.tr("Add agent…"))
        self.sound.setText(self.tr("Play a sound when a new message arrives"))
        self.targets_title.setText(self.tr("TARGETS — green from, yellow from (below: red)"))
        names = {"response_rate_24h": self.tr("24-hour response rate"),
                 "frt_mean_s": self.tr("First response, mean (at most)"),
                 "three_min_rate": self.tr("3-minute reply rate"),
                 "resolution_rate": self.tr("Resolution rate"),
                 "csat": self.tr("Satisfaction")}
        for key, label in self.target_labels.items():
            label.setText(names[key])
            for box in self.targets[key]:
                box.setSuffix(self.tr(" s") if key.endswith("_s") else " %")
        self.band_heads[0].setText(self.tr("Green (on target)"))
        self.band_heads[1].setText(self.tr("Yellow (close)"))
        self.save_targets.setText(self.tr("Save targets"))
        self.save.setText(self.tr("Save"))
        self.channels.setText(self.tr(
            "Channels are below. History from elsewhere comes in with File › Import."))
        self.agents_card.retranslate()
        self.team.retranslate()
        self.channels_card.retranslate()
        self.jobs.retranslate()
        self.backups.retranslate()
        self.translation.retranslate()
        self.reminders.retranslate()

    def load(self) -> None:
        self.me.clear()
        self.me.addItem(self.tr("(choose)"), None)
        for agent in self.context.agents:
            role = self.tr("owner") if agent.role == "owner" else self.tr("agent")
            self.me.addItem(f"{agent.name} · {role}", agent.id)
        self.me.setCurrentIndex(max(0, self.me.findData(self.context.me_id)))
        self.agents_card.refresh()
        self.sound.setChecked(QSettings().value("sound", True, bool))
        settings = shop.all_settings(self.context.reader)
        for key, (green, yellow) in self.targets.items():
            g, y = settings["targets"].get(key, (0, 0))
            scale = 1 if key.endswith("_s") else 100
            green.setValue(g * scale)
            yellow.setValue(y * scale)
        self.shop_name.setText(settings["shop.name"])
        self.zone.setCurrentText(settings["shop.timezone"])
        self.translation.load()
        self.reminders.load()

    def show_channels(self) -> None:
        """Scrolled to the channels, ready to add one (the welcome's "Add a channel"): once
        the cards above them have been filled, so they stay where they are shown."""
        self.context.db.wait_idle()
        self.widget().layout().activate()
        self.verticalScrollBar().setValue(self.channels_card.y() - 16)
        self.channels_card.add_mail.setFocus()

    def _save(self) -> None:
        zone = self.zone.currentText().strip()
        if zone not in available_timezones():
            self.saved.setText(self.tr("Unknown time zone: {0}").format(zone))
            return
        self.context.db.run(partial(shop.save_profile, name=self.shop_name.text().strip(),
                                    timezone=zone),
                            lambda _r: self.saved.setText(self.tr("Saved.")), self.error.emit)

    def _save_targets(self) -> None:
        values = {key: tuple(box.value() / (1 if key.endswith("_s") else 100) for box in pair)
                  for key, pair in self.targets.items()}
        self.context.db.run(partial(metrics.set_targets, values=values),
                            lambda _r: self.targets_msg.setText(self.tr("Saved.")),
                            self.targets_msg.setText)

    def _add_agent(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add agent"), self.tr("Name:"))
        if ok and name.strip():
            self.context.db.run(partial(team.add_agent, name=name.strip()),
                                lambda agent_id: self.meChosen.emit(agent_id), self.error.emit)
