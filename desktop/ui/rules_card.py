"""Templates & auto-reply › rules: the ordered rules (drag to reorder, tick to enable), each
edited by name; test one on a message or simulate a period, the outcome said in words."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.domain.autoreply import Rule
from desktop.domain.ids import new_id
from desktop.services import autoreply, queues, simulation
from desktop.ui import formatting
from desktop.ui.choice_button import ChoiceButton
from desktop.ui.context import Context
from desktop.ui.layout import CardBox, labelled_form
from desktop.ui.rule_outcomes import describe_actions


class RulesCard(CardBox):
    error = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title.setWordWrap(True)  # a long title never widens the page
        self.rule_list = QListWidget()
        self.rule_list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.rule_list.setMaximumHeight(160)
        self.rule_list.model().rowsMoved.connect(self._reordered)
        self.rule_list.itemChanged.connect(self._rule_toggled)
        self.rule_list.currentItemChanged.connect(self._pick_rule)
        self.r_name, self.r_keywords, self.r_pattern = QLineEdit(), QLineEdit(), QLineEdit()
        # picked from names, kept as codes (nobody should have to type order_card)
        self.r_kinds, self.r_channels = ChoiceButton(), ChoiceButton()
        self.r_languages, self.r_states = ChoiceButton(), ChoiceButton()
        self.r_customer = QComboBox()
        self.r_agent = QComboBox()
        self.r_tier = QSpinBox()
        self.r_tier.setRange(0, 3)
        self.r_kb = QCheckBox()
        self.r_kb_threshold = QSpinBox()
        self.r_kb_threshold.setRange(10, 100)
        self.r_kb_threshold.setSuffix(" %")
        self.r_kb_threshold.setValue(50)
        self.r_reply, self.r_tag = QLineEdit(), QLineEdit()
        self.r_priority = QComboBox()
        self.r_escalate = QCheckBox()
        self.r_save, self.r_new, self.r_delete = QPushButton(), QPushButton(), QPushButton()
        self.r_save.setObjectName("primary")
        self.r_save.clicked.connect(self._save_rule)
        self.r_new.clicked.connect(self._new_rule)
        self.r_delete.clicked.connect(self._delete_rule)
        self.r_msg = QLabel()
        self.r_msg.setWordWrap(True)
        r_form, self.r_labels = labelled_form([
            self.r_name, self.r_keywords, self.r_pattern, self.r_kinds, self.r_channels,
            self.r_customer, self.r_languages, self.r_states, self.r_reply, self.r_kb,
            self.r_kb_threshold, self.r_tag, self.r_priority, self.r_agent, self.r_tier,
            self.r_escalate])
        r_buttons = QHBoxLayout()
        for b in (self.r_save, self.r_new, self.r_delete):
            r_buttons.addWidget(b)
        r_buttons.addWidget(self.r_msg, 1)
        self.try_text = QLineEdit()
        self.try_button = QPushButton()
        self.try_button.clicked.connect(self._try)
        self.sim_from, self.sim_to = QDateTimeEdit(), QDateTimeEdit()
        for edit in (self.sim_from, self.sim_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.sim_from.setDateTime(QDateTime.currentDateTime().addDays(-7))
        self.sim_to.setDateTime(QDateTime.currentDateTime().addDays(1))
        self.sim_button = QPushButton()
        self.sim_button.clicked.connect(self._simulate)
        try_row, sim_row = QHBoxLayout(), QHBoxLayout()
        try_row.addWidget(self.try_text, 1)
        try_row.addWidget(self.try_button)
        sim_row.addWidget(self.sim_from)
        sim_row.addWidget(self.sim_to)
        sim_row.addWidget(self.sim_button)
        self.results = QLabel()
        self.results.setWordWrap(True)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        r_layout = self.body
        r_layout.addWidget(self.rule_list)
        r_layout.addLayout(r_form)
        r_layout.addLayout(r_buttons)
        r_layout.addLayout(try_row)
        r_layout.addLayout(sim_row)
        r_layout.addWidget(self.results)
        self._rule_id: str | None = None
        self._loading = False

    def _rule_choices(self, channels: list[str]) -> None:
        """The names a rule's kinds, channels (the usual ones and the shop's own), languages
        and schedule states are picked by."""
        kinds = {"text": self.tr("Text", "a message kind"), "image": self.tr("Image"),
                 "emoji": self.tr("Emoji"), "link": self.tr("Link"),
                 "product_card": self.tr("Product card"),
                 "order_card": self.tr("Order card"), "system": self.tr("System message")}
        states = {"open": self.tr("Open"), "off_hours": self.tr("Outside working hours"),
                  "public_holiday": self.tr("Public holiday"),
                  "closed_day": self.tr("Closed day"), "holiday_mode": self.tr("Holiday mode")}
        languages = {"zh": self.tr("Chinese"), "en": self.tr("English")}
        known = dict.fromkeys(["douyin", "tiktok", "email", *channels])
        for button, options, none in (
                (self.r_kinds, kinds, self.tr("any kind")),
                (self.r_channels, {c: formatting.channel_name(c) for c in known},
                 self.tr("any channel")),
                (self.r_languages, languages, self.tr("any language")),
                (self.r_states, states, self.tr("at any time"))):
            button.set_options(list(options.items()), none)

    def retranslate(self) -> None:
        self.title.setText(self.tr("RULES — the first that matches a message acts; drag "
                                         "to reorder, tick to switch on"))
        for label, text in zip(self.r_labels, (
                self.tr("Name"), self.tr("Keywords"), self.tr("Regular expression"),
                self.tr("Message kinds"), self.tr("Channels"), self.tr("Customer"),
                self.tr("Languages"), self.tr("Schedule states"), self.tr("Reply"),
                self.tr("Knowledge base"), self.tr("Answer when the match is at least"),
                self.tr("Tag"), self.tr("Priority"), self.tr("Assign to"),
                self.tr("Or to a tier"), self.tr("Complaint"))):
            label.setText(text)
        self.r_customer.clear()
        for value, text in (("", self.tr("any customer")), ("vip", self.tr("VIP customers")),
                            ("new", self.tr("new customers"))):
            self.r_customer.addItem(text, value)
        self.r_tier.setSpecialValueText(self.tr("(none)"))
        self.r_kb.setText(self.tr("Answer from the knowledge base"))
        self.r_keywords.setPlaceholderText(self.tr("comma separated, e.g. 退款, 退货, refund"))
        self.r_escalate.setText(self.tr("Escalate to a senior agent"))
        self.r_priority.clear()
        for value, text in (("", self.tr("(unchanged)")), ("high", self.tr("High")),
                            ("urgent", self.tr("Urgent"))):
            self.r_priority.addItem(text, value)
        self.r_save.setText(self.tr("Save rule"))
        self.r_new.setText(self.tr("New"))
        self.r_delete.setText(self.tr("Delete"))
        self.try_text.setPlaceholderText(self.tr("Test on a message, e.g. 什么时候发货"))
        self.try_button.setText(self.tr("Test"))
        self.sim_button.setText(self.tr("Simulate a file for this period…"))

    def load(self) -> None:
        reader = self.context.reader
        self._loading = True
        self._rule_choices([name for _, name, _ in queues.filter_choices(reader)["channels"]])
        self.r_agent.clear()
        self.r_agent.addItem(self.tr("(routing decides)"), None)
        for agent in self.context.agents:
            self.r_agent.addItem(agent.name, agent.id)
        self.rule_list.clear()
        for rule in autoreply.rules(reader):
            item = QListWidgetItem(rule.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable |
                          Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, rule)
            self.rule_list.addItem(item)
        self._loading = False

    # -- rules --------------------------------------------------------------------------------
    def _pick_rule(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        rule: Rule = item.data(Qt.ItemDataRole.UserRole)
        self._rule_id = rule.id
        self.r_name.setText(rule.name)
        self.r_keywords.setText(", ".join(rule.keywords))
        self.r_pattern.setText(rule.pattern or "")
        self.r_reply.setText(rule.reply or "")
        self.r_tag.setText(rule.tag or "")
        self.r_priority.setCurrentIndex(max(0, self.r_priority.findData(rule.priority or "")))
        self.r_escalate.setChecked(rule.escalate)
        self.r_kinds.set_values(rule.kinds)
        self.r_channels.set_values(rule.channels)
        self.r_languages.set_values(rule.languages)
        self.r_states.set_values(rule.states)
        self.r_customer.setCurrentIndex(max(0, self.r_customer.findData(rule.customer or "")))
        self.r_agent.setCurrentIndex(max(0, self.r_agent.findData(rule.assign_agent)))
        self.r_tier.setValue(rule.assign_tier or 0)
        self.r_kb.setChecked(rule.kb_answer)
        self.r_kb_threshold.setValue(round(rule.kb_threshold * 100))

    def _new_rule(self) -> None:
        self._rule_id = None
        for w in (self.r_name, self.r_keywords, self.r_pattern, self.r_reply, self.r_tag,
                  self.r_kinds, self.r_channels, self.r_languages, self.r_states):
            w.clear()
        self.r_escalate.setChecked(False)
        self.r_customer.setCurrentIndex(0)
        self.r_agent.setCurrentIndex(0)
        self.r_tier.setValue(0)

    def _save_rule(self) -> None:
        rule = Rule(id=self._rule_id or new_id(self.context.reader.clock()),
                    name=self.r_name.text().strip() or self.tr("Rule"),
                    keywords=_items(self.r_keywords),
                    kinds=self.r_kinds.values(), channels=self.r_channels.values(),
                    languages=self.r_languages.values(), states=self.r_states.values(),
                    customer=self.r_customer.currentData() or None,
                    assign_agent=self.r_agent.currentData() or None,
                    assign_tier=self.r_tier.value() or None,
                    kb_answer=self.r_kb.isChecked(),
                    kb_threshold=self.r_kb_threshold.value() / 100,
                    pattern=self.r_pattern.text().strip() or None,
                    reply=self.r_reply.text().strip() or None,
                    tag=self.r_tag.text().strip() or None,
                    priority=self.r_priority.currentData() or None,
                    escalate=self.r_escalate.isChecked())
        self.context.db.run(partial(autoreply.save_rule, rule=rule),
                            lambda _r: (self.r_msg.setText(self.tr("Saved.")), self.load()),
                            self.r_msg.setText)

    def _delete_rule(self) -> None:
        if self._rule_id:
            self.context.db.run(partial(autoreply.delete_rule, rule_id=self._rule_id),
                                lambda _r: (self._new_rule(), self.load()), self.r_msg.setText)

    def _rule_order(self) -> list[str]:
        return [self.rule_list.item(i).data(Qt.ItemDataRole.UserRole).id
                for i in range(self.rule_list.count())]

    def _reordered(self, *_args: object) -> None:
        self.context.db.run(partial(autoreply.reorder_rules, ids=self._rule_order()),
                            lambda _r: None, self.r_msg.setText)

    def _rule_toggled(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        rule: Rule = item.data(Qt.ItemDataRole.UserRole)
        updated = replace(rule, enabled=item.checkState() == Qt.CheckState.Checked)
        self.context.db.run(partial(autoreply.save_rule, rule=updated), lambda _r: None,
                            self.r_msg.setText)

    # -- trying -------------------------------------------------------------------------------
    def _show_actions(self, done: list[dict]) -> None:
        if not done:
            self.results.setText(self.tr("Nothing would be done."))
            return
        self.results.setText(describe_actions(done, self._rule_names()))

    def _rule_names(self) -> dict[str, str]:
        return {self.rule_list.item(i).data(Qt.ItemDataRole.UserRole).id:
                self.rule_list.item(i).text() for i in range(self.rule_list.count())}

    def _try(self) -> None:
        text = self.try_text.text().strip()
        if text:
            self.context.db.run(partial(simulation.try_message, text=text), self._show_actions,
                                self.results.setText)

    def _simulate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Simulate"), "",
                                              self.tr("ShopDesk interchange (*.jsonl *.csv "
                                                      "*.xlsx)"))
        if not path:
            return
        start = self.sim_from.dateTime().toMSecsSinceEpoch()
        end = self.sim_to.dateTime().toMSecsSinceEpoch()
        self.results.setText(self.tr("Simulating…"))
        self.context.db.run(partial(simulation.simulate, path=path, start=start, end=end),
                            lambda result: self._show_actions(result[0]), self.results.setText)


def _items(edit: QLineEdit) -> tuple[str, ...]:
    """A comma-separated field (full-width commas too) as a tuple of values."""
    return tuple(x.strip() for x in edit.text().replace("，", ",").split(",") if x.strip())
