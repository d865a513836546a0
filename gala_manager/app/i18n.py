"""Load the app's translation catalogues and Qt's own for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from gala_manager.paths import translations_dir

LANGUAGES = ("zh_CN", "en")
SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []
_current = ["en"]

translate = QCoreApplication.translate


def system_language() -> str:
    """zh_CN for any Chinese system locale, English otherwise."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def qt_gaps() -> list[str]:
    """Qt's own strings that its zh_CN catalogue lacks, in the current language.

    Qt 6 gave these labels accelerators or moved them to another context, so Qt's
    file dialog showed "Look in:" and "Folder" in English. Making the same calls here
    puts them in our shell catalogue, whose translator Qt asks like any other.
    """
    return [translate("QFileDialog", "&Look in:"), translate("QFileDialog", "Files of &type:"),
            translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
            translate("QAbstractFileIconProvider", "Drive")]


def current_language() -> str:
    """The language installed last (the interface's)."""
    return _current[0]


def preferred_language(explicit: str | None = None) -> str:
    """The language to use: given on the command line, else remembered, else the system's."""
    if explicit in LANGUAGES:
        return explicit
    stored = QSettings().value(SETTINGS_KEY, "", type=str)
    return stored if stored in LANGUAGES else system_language()


def remember_language(lang: str) -> None:
    """Store the user's choice for the next start."""
    QSettings().setValue(SETTINGS_KEY, lang)


def install_language(lang: str) -> str:
    """Replace the installed translators with those of `lang`; returns it.

    Installing sends QEvent.LanguageChange to every widget, whose
    `retranslate_ui` then sets its texts again: the switch is immediate.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if lang == "zh_CN"
                               else QLocale.Language.English,
                               QLocale.Country.China if lang == "zh_CN"
                               else QLocale.Country.UnitedKingdom))
    ours = translations_dir()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(f"qtbase_{lang}", qt_dir)] if lang != "en" else []
    catalogues += [(qm.stem, str(ours)) for qm in sorted(ours.glob(f"*_{lang}.qm"))]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    _current[0] = lang
    return lang
