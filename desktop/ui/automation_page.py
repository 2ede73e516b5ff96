"""Templates & auto-reply: reply templates with a live preview, the scenario replies, the
ordered rules (drag to reorder, tick to enable), test on a message, simulate a period."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.autoreply import Rule
from desktop.domain.templates import TemplateError, render, validate
from desktop.services import autoreply, guard, queues, shop
from desktop.ui import formatting
from desktop.ui.choice_button import ChoiceButton
from desktop.ui.context import Context
from desktop.ui.layout import ScrollPage, card, labelled_form, two_columns
from desktop.ui.translation_view import language_name

SCENARIOS = ("welcome", "off_hours", "public_holiday", "holiday_mode", "busy", "media_only",
             "order_card", "nudge")
ACTIONS = ("block", "mask", "warn", "allow")
SAMPLE = {"customer_name": "小雨", "order_id": "5790012345", "agent_name": "小李",
          "shop_name": "", "next_open": "09:00", "tracking_no": "SF1234567890"}


class AutomationPage(ScrollPage):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # templates
        self.template_list = QListWidget()
        self.template_list.setMaximumHeight(150)
        self.template_list.currentItemChanged.connect(self._pick_template)
        self.t_name, self.t_shortcut = QLineEdit(), QLineEdit()
        self.t_language = QComboBox()
        self.t_language.addItem("中文", "zh")
        self.t_language.addItem("English", "en")
        self.t_body = QPlainTextEdit()
        self.t_body.setMaximumHeight(90)
        self.t_body.textChanged.connect(self._preview)
        self.t_preview = QLabel()
        self.t_preview.setWordWrap(True)
        self.t_preview.setObjectName("facts")
        self.t_save, self.t_new = QPushButton(), QPushButton()
        self.t_save.setObjectName("primary")
        self.t_save.clicked.connect(self._save_template)
        self.t_new.clicked.connect(self._new_template)
        self.t_msg = QLabel()
        form, self.t_labels = labelled_form([self.t_name, self.t_shortcut, self.t_language,
                                             self.t_body, self.t_preview])
        t_buttons = QHBoxLayout()
        t_buttons.addWidget(self.t_save)
        t_buttons.addWidget(self.t_new)
        t_buttons.addWidget(self.t_msg, 1)
        t_box = QWidget()
        t_layout = QVBoxLayout(t_box)
        t_layout.setContentsMargins(0, 0, 0, 0)
        t_layout.addWidget(self.template_list)
        t_layout.addLayout(form)
        t_layout.addLayout(t_buttons)
        self.templates_title = QLabel()
        templates_card = card(self.templates_title, t_box)
        # scenario replies
        self.scenarios = QTableWidget(len(SCENARIOS), 3)
        self.scenarios.verticalHeader().setVisible(True)
        self.scenarios.setMinimumHeight(260)
        # the two replies share the width the switch leaves, each cut with "…"
        header = self.scenarios.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.scenarios.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cooldown = QSpinBox()
        self.cooldown.setRange(0, 24 * 60)
        self.s_save = QPushButton()
        self.s_save.clicked.connect(self._save_scenarios)
        self.s_msg = QLabel()
        self.routing = QComboBox()
        self.closing_hours = QSpinBox()
        self.closing_hours.setRange(0, 24 * 14)
        self.nudge_minutes = QSpinBox()
        self.nudge_minutes.setRange(0, 24 * 60)
        s_form, self.s_labels = labelled_form([self.cooldown, self.routing, self.closing_hours,
                                               self.nudge_minutes])
        self.cooldown_label = self.s_labels[0]
        s_row = QHBoxLayout()
        s_row.addWidget(self.s_save)
        s_row.addWidget(self.s_msg, 1)
        s_box = QWidget()
        s_v = QVBoxLayout(s_box)
        s_v.setContentsMargins(0, 0, 0, 0)
        s_v.addLayout(s_form)
        s_v.addLayout(s_row)
        self.scenarios_title = QLabel()
        scenarios_card = card(self.scenarios_title, self.scenarios, s_box)
        # rules
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
        r_box = QWidget()
        r_layout = QVBoxLayout(r_box)
        r_layout.setContentsMargins(0, 0, 0, 0)
        r_layout.addWidget(self.rule_list)
        r_layout.addLayout(r_form)
        r_layout.addLayout(r_buttons)
        r_layout.addLayout(try_row)
        r_layout.addLayout(sim_row)
        r_layout.addWidget(self.results)
        self.rules_title = QLabel()
        rules_card = card(self.rules_title, r_box)
        # the shop's own sensitive words
        self.words = QTableWidget(0, 3)
        self.words.verticalHeader().hide()
        self.words.setMinimumHeight(160)
        self.w_add, self.w_save = QPushButton(), QPushButton()
        self.w_add.clicked.connect(lambda: self._add_word("", "block", ""))
        self.w_save.clicked.connect(self._save_words)
        self.w_msg = QLabel()
        w_row = QHBoxLayout()
        w_row.addWidget(self.w_add)
        w_row.addWidget(self.w_save)
        w_row.addWidget(self.w_msg, 1)
        w_box = QWidget()
        w_box.setLayout(w_row)
        self.words_title = QLabel()
        words_card = card(self.words_title, self.words, w_box)
        layout = self.page_layout
        layout.addWidget(self.title)
        layout.addLayout(two_columns([templates_card, scenarios_card], [rules_card, words_card]))
        self._template_id: str | None = None
        self.values: dict[str, str] = dict(SAMPLE)
        self.preview_of = ""
        self._rule_id: str | None = None
        self._loading = False
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------
    def scenario_names(self) -> dict[str, str]:
        return {"welcome": self.tr("Welcome (a new customer's first message)"),
                "off_hours": self.tr("Outside working hours"),
                "public_holiday": self.tr("Public holiday"),
                "holiday_mode": self.tr("Holiday mode"),
                "busy": self.tr("Busy (every agent at their maximum)"),
                "media_only": self.tr("Only an image or emoji"),
                "order_card": self.tr("Order card received"),
                "nudge": self.tr("Nudge (a customer kept waiting)")}

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
        self.title.setText(self.tr("Templates & auto-reply"))
        self.templates_title.setText(self.tr("REPLY TEMPLATES — type “/” and a shortcut or "
                                             "pinyin initials in the composer"))
        for label, text in zip(self.t_labels, (self.tr("Name"), self.tr("Shortcut"),
                                               self.tr("Language"), self.tr("Text"),
                                               self.tr("Preview"))):
            label.setText(text)
        self.t_body.setPlaceholderText(self.tr("Variables: {customer_name} {order_id} "
                                               "{agent_name} {shop_name} {next_open} "
                                               "{tracking_no}"))
        self.t_save.setText(self.tr("Save template"))
        self.t_new.setText(self.tr("New"))
        self.scenarios_title.setText(self.tr("AUTOMATIC REPLIES — when the shop answers by "
                                             "itself"))
        self.scenarios.setHorizontalHeaderLabels([self.tr("On"), self.tr("Chinese"),
                                                  self.tr("English")])
        self.cooldown_label.setText(self.tr("Never the same reply twice within (minutes)"))
        self.s_labels[1].setText(self.tr("Share new conversations"))
        self.s_labels[2].setText(self.tr("Close quiet conversations after (hours, 0 = never)"))
        self.s_labels[3].setText(self.tr("Nudge a waiting customer after (minutes, 0 = never)"))
        self.routing.clear()
        self.routing.addItem(self.tr("to the least busy agent"), "least_busy")
        self.routing.addItem(self.tr("in turn (round-robin)"), "round_robin")
        self.words_title.setText(self.tr("SENSITIVE WORDS — your own, besides the starter list "
                                         "(block, mask with *, warn, or allow)"))
        self.words.setHorizontalHeaderLabels([self.tr("Word"), self.tr("Action"),
                                              self.tr("Reason")])
        self.w_add.setText(self.tr("Add word"))
        self.w_save.setText(self.tr("Save words"))
        self.s_save.setText(self.tr("Save replies"))
        self.rules_title.setText(self.tr("RULES — the first that matches a message acts; drag "
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
        self.load()

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        reader = self.context.reader
        self._loading = True
        self._rule_choices([name for _, name, _ in queues.filter_choices(reader)["channels"]])
        self.r_agent.clear()
        self.r_agent.addItem(self.tr("(routing decides)"), None)
        for agent in self.context.agents:
            self.r_agent.addItem(agent.name, agent.id)
        self.template_list.clear()
        for t in autoreply.templates(reader):
            language = self.t_language.itemText(max(0, self.t_language.findData(t.language)))
            item = QListWidgetItem(f"{t.name}  /{t.shortcut}  · {language}")
            item.setData(Qt.ItemDataRole.UserRole, t)
            self.template_list.addItem(item)
        names = self.scenario_names()
        specs = shop.get(reader, "autoreply.scenarios") or {}
        self.scenarios.setVerticalHeaderLabels([names[s] for s in SCENARIOS])
        for row, key in enumerate(SCENARIOS):
            spec = specs.get(key, {})
            on = QTableWidgetItem()
            on.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            on.setCheckState(Qt.CheckState.Checked if spec.get("on") else Qt.CheckState.Unchecked)
            self.scenarios.setItem(row, 0, on)
            self.scenarios.setItem(row, 1, QTableWidgetItem(spec.get("zh", "")))
            self.scenarios.setItem(row, 2, QTableWidgetItem(spec.get("en", "")))
        self.cooldown.setValue(int(shop.get(reader, "autoreply.cooldown_minutes") or 30))
        self.routing.setCurrentIndex(max(0, self.routing.findData(
            shop.get(reader, "autoreply.routing"))))
        self.closing_hours.setValue(int(shop.get(reader, "autoreply.closing_after_hours") or 0))
        self.nudge_minutes.setValue(int(shop.get(reader, "autoreply.nudge_after_minutes") or 0))
        self.words.setRowCount(0)
        for word, action, reason in guard.own_words(reader):
            self._add_word(word, action, reason)
        self.rule_list.clear()
        for rule in autoreply.rules(reader):
            item = QListWidgetItem(rule.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable |
                          Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, rule)
            self.rule_list.addItem(item)
        self._loading = False
        self.preview_on()

    # -- templates ----------------------------------------------------------------------------
    def preview_on(self, conversation_id: str | None = None) -> None:
        """Preview templates with a real conversation's values (the open one, else the newest)."""
        self.context.db.run(partial(autoreply.preview_values, conversation_id=conversation_id),
                            self._got_values)

    def _got_values(self, result: tuple[str, dict[str, str]]) -> None:
        self.preview_of, self.values = result
        self._preview()

    def _pick_template(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        t = item.data(Qt.ItemDataRole.UserRole)
        self._template_id = t.id
        self.t_name.setText(t.name)
        self.t_shortcut.setText(t.shortcut)
        self.t_language.setCurrentIndex(max(0, self.t_language.findData(t.language)))
        self.t_body.setPlainText(t.body)

    def _new_template(self) -> None:
        self._template_id = None
        for w in (self.t_name, self.t_shortcut):
            w.clear()
        self.t_body.clear()

    def _preview(self) -> None:
        body = self.t_body.toPlainText()
        if not body.strip():
            self.t_preview.setText("")
            return
        try:
            validate(body)
            text = render(body, self.values)
            if self.preview_of:
                text = self.tr("To {0}: {1}").format(self.preview_of, text)
            self.t_preview.setText(text)
        except TemplateError as exc:
            self.t_preview.setText(f'<span style="color:#f53f3f">{exc}</span>')

    def _save_template(self) -> None:
        self.context.db.run(partial(autoreply.save_template, name=self.t_name.text(),
                                    body=self.t_body.toPlainText(),
                                    shortcut=self.t_shortcut.text(),
                                    language=self.t_language.currentData(),
                                    template_id=self._template_id),
                            lambda _id: (self.t_msg.setText(self.tr("Saved.")), self.load()),
                            self.t_msg.setText)

    # -- scenarios ----------------------------------------------------------------------------
    def _save_scenarios(self) -> None:
        specs = {}
        for row, key in enumerate(SCENARIOS):
            specs[key] = {"on": self.scenarios.item(row, 0).checkState() == Qt.CheckState.Checked,
                          "zh": self.scenarios.item(row, 1).text(),
                          "en": self.scenarios.item(row, 2).text()}
        self.context.db.run(partial(autoreply.set_scenarios, scenarios=specs,
                                    cooldown_minutes=self.cooldown.value(),
                                    routing=self.routing.currentData(),
                                    closing_after_hours=self.closing_hours.value(),
                                    nudge_after_minutes=self.nudge_minutes.value()),
                            lambda _r: self.s_msg.setText(self.tr("Saved.")), self.s_msg.setText)

    # -- sensitive words ----------------------------------------------------------------------
    def _add_word(self, word: str, action: str, reason: str) -> None:
        row = self.words.rowCount()
        self.words.insertRow(row)
        self.words.setItem(row, 0, QTableWidgetItem(word))
        combo = QComboBox()
        names = {"block": self.tr("block"), "mask": self.tr("mask"), "warn": self.tr("warn"),
                 "allow": self.tr("allow")}
        for value in ACTIONS:
            combo.addItem(names[value], value)
        combo.setCurrentIndex(max(0, combo.findData(action)))
        self.words.setCellWidget(row, 1, combo)
        self.words.setItem(row, 2, QTableWidgetItem(reason))

    def _save_words(self) -> None:
        rows = []
        for r in range(self.words.rowCount()):
            word = (self.words.item(r, 0).text() if self.words.item(r, 0) else "").strip()
            if not word:
                continue
            combo = self.words.cellWidget(r, 1)
            reason = self.words.item(r, 2).text() if self.words.item(r, 2) else ""
            rows.append((word, combo.currentData(), reason))
        self.context.db.run(partial(guard.replace_words, rows=rows),
                            lambda _r: self.w_msg.setText(self.tr("Saved.")), self.w_msg.setText)

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
        from desktop.domain.ids import new_id
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
        from dataclasses import replace
        updated = replace(rule, enabled=item.checkState() == Qt.CheckState.Checked)
        self.context.db.run(partial(autoreply.save_rule, rule=updated), lambda _r: None,
                            self.r_msg.setText)

    # -- trying -------------------------------------------------------------------------------
    def _show_actions(self, done: list[dict]) -> None:
        if not done:
            self.results.setText(self.tr("Nothing would be done."))
            return
        lines = []
        for a in done[:200]:
            what = a.get("text") or a.get("agent") or a.get("tag") or a.get("priority") or \
                a.get("reason") or ""
            scenario = f" [{a['scenario']}]" if a.get("scenario") else ""
            lines.append(f"{a['at'][5:16].replace('T', ' ')}  {a['action']}{scenario}  {what}"
                         + self._translated(a))
        more = len(done) - 200
        if more > 0:
            lines.append(self.tr("… and {0} more").format(more))
        self.results.setText("\n".join(lines))

    def _translated(self, a: dict) -> str:
        """Whether an auto-reply goes out translated into the customer's language."""
        if not a.get("translate_to"):
            return ""
        lang = language_name(a["translate_to"])
        if a.get("simulated"):
            return "  " + self.tr("(would be translated into {0})").format(lang)
        if a.get("translation_error"):
            return "  " + self.tr("(not translated into {0}: {1})").format(
                lang, a["translation_error"])
        return "  " + self.tr("(translated into {0})").format(lang)

    def _try(self) -> None:
        text = self.try_text.text().strip()
        if text:
            self.context.db.run(partial(autoreply.try_message, text=text), self._show_actions,
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
        self.context.db.run(partial(autoreply.simulate, path=path, start=start, end=end),
                            lambda result: self._show_actions(result[0]), self.results.setText)


def _items(edit: QLineEdit) -> tuple[str, ...]:
    """A comma-separated field (full-width commas too) as a tuple of values."""
    return tuple(x.strip() for x in edit.text().replace("，", ",").split(",") if x.strip())
