"""Loading the interface language (Qt Linguist .qm files) and switching it live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.services.resources import resource

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


def install(language: str) -> str:
    """Use ``language`` for every ``tr()`` from now on; returns the language in force."""
    app = QCoreApplication.instance()
    assert app is not None
    language = language if language in LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"shopdesk_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)  # Qt's own dialogs (OK/Cancel, file dialogs)
        if qt.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    app.setProperty("shopdesk_language", language)
    return language
