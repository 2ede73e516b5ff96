"""Settings › Translation: the shop's translation account, and when to use it."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services import translation
from desktop.services.translation_providers import translate
from desktop.ui.context import Context
from desktop.ui.layout import CardBox
from desktop.ui.translation_view import Runner, reason

TEST_LINE = "谢谢"


def _save(store: Any, settings: translation.Settings, secret: str | None) -> bool:
    translation.save(store, settings, secret)
    return translation.has_secret(settings)


def _test(store: Any) -> str:
    """One real request (never answered from the kept translations)."""
    acct = translation.account(translation.load(store))
    return translate(acct, TEST_LINE, "zh", "en")[0]


class TranslationCard(CardBox):
    error = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.provider = QComboBox()
        self.provider.setObjectName("translationProvider")
        for data in ("", "baidu", "deepl", "tencent"):
            self.provider.addItem("", data)
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.app_id = QLineEdit()
        self.app_id.setObjectName("translationAppId")
        self.secret = QLineEdit()
        self.secret.setObjectName("translationSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_base = QLineEdit()
        self.api_base.setObjectName("translationApiBase")
        self.mode = QComboBox()
        self.mode.setObjectName("translationMode")
        self.mode.addItem("", True)
        self.mode.addItem("", False)
        self.autoreply = QCheckBox()
        self.autoreply.setObjectName("translationAutoreply")
        self.save = QPushButton()
        self.save.setObjectName("primary")
        self.save.clicked.connect(self._save)
        self.test = QPushButton()
        self.test.setObjectName("translationTest")
        self.test.clicked.connect(self._test)
        self.state = QLabel()
        self.state.setObjectName("translationState")
        self.state.setWordWrap(True)
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.provider, self.app_id, self.secret,
                                              self.api_base, self.mode, self.autoreply)):
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.test)
        buttons.addWidget(self.state, 1)
        self.body.addLayout(form)
        self.body.addLayout(buttons)
        self.has_secret = False
        self.runner: Runner | None = None

    def retranslate(self) -> None:
        self.title.setText(self.tr("TRANSLATION"))
        for i, text in enumerate((self.tr("None"), self.tr("Baidu Translate (百度翻译)"),
                                  self.tr("DeepL"), self.tr("Tencent Cloud TMT (腾讯翻译君)"))):
            self.provider.setItemText(i, text)
        self.mode.setItemText(0, self.tr("Translate customer messages as they arrive"))
        self.mode.setItemText(1, self.tr("Translate when I click (saves money)"))
        self.autoreply.setText(self.tr("Translate auto-replies the shop has no template for"))
        for label, text in zip(self.labels, (
                self.tr("Provider"), self.tr("App ID"), self.tr("Secret key"),
                self.tr("Address (optional)"), self.tr("Customer messages"),
                self.tr("Auto-replies"))):
            label.setText(text)
        self.api_base.setPlaceholderText(self.tr("the provider's own address"))
        self.save.setText(self.tr("Save"))
        self.test.setText(self.tr("Test"))
        self._provider_changed()

    def load(self) -> None:
        s = translation.load(self.context.reader)
        self.provider.setCurrentIndex(max(0, self.provider.findData(s.provider)))
        self.app_id.setText(s.app_id)
        self.api_base.setText(s.api_base)
        self.mode.setCurrentIndex(0 if s.on_arrival else 1)
        self.autoreply.setChecked(s.autoreply)
        self.secret.clear()
        self.context.db.run(lambda _store: translation.has_secret(s), self._secret_known)

    def _secret_known(self, known: bool) -> None:
        self.has_secret = known
        self._provider_changed()

    def _provider_changed(self) -> None:
        provider = self.provider.currentData() or ""
        for w in (self.app_id, self.secret, self.api_base, self.mode, self.autoreply,
                  self.test):
            w.setEnabled(bool(provider))
        self.app_id.setEnabled(provider in ("baidu", "tencent"))
        self.labels[1].setText(self.tr("SecretId") if provider == "tencent"
                               else self.tr("App ID"))
        self.secret.setPlaceholderText(
            self.tr("saved in the system keychain; type to replace") if self.has_secret
            else self.tr("the key from the provider's console"))

    def _settings(self) -> translation.Settings:
        current = translation.load(self.context.reader)
        return replace(current, provider=self.provider.currentData() or "",
                       app_id=self.app_id.text().strip(), api_base=self.api_base.text().strip(),
                       on_arrival=bool(self.mode.currentData()),
                       autoreply=self.autoreply.isChecked())

    def _save(self) -> None:
        secret = self.secret.text() or None
        self.state.setText("")
        self.context.db.run(partial(_save, settings=self._settings(), secret=secret),
                            self._saved, self._failed)

    def _saved(self, known: bool) -> None:
        self.secret.clear()
        self.has_secret = known
        self._provider_changed()
        self.state.setText(self.tr("Saved."))

    def _failed(self, message: str) -> None:
        self.test.setEnabled(True)
        self.state.setText(message)

    def _test(self) -> None:
        """Save what is on the card, then one real request with it."""
        self.state.setText(self.tr("Asking the provider…"))
        self.test.setEnabled(False)
        secret = self.secret.text() or None
        self.context.db.run(partial(_save, settings=self._settings(), secret=secret),
                            self._ask, self._failed)

    def _ask(self, known: bool) -> None:
        self._saved(known)
        self.test.setEnabled(False)
        self.state.setText(self.tr("Asking the provider…"))
        if self.runner is None:
            self.runner = Runner(self.context.db.path, self)
        self.runner.run(_test, self._tested)

    def _tested(self, result: str | None, error: Exception | None) -> None:
        self.test.setEnabled(True)
        if result is not None:
            self.state.setText(self.tr("It works: “{0}” → “{1}”").format(TEST_LINE, result))
        else:
            self.state.setText(self.tr("It does not work: {0}").format(reason(error)))
