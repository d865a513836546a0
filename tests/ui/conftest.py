"""Fixtures of GUI tests: the demo gala open in a controller or a main window."""

from __future__ import annotations

import pytest

from gala_manager.core.storage.document import GalaDocument


@pytest.fixture(autouse=True)
def fresh_settings(qapp):
    """Each test starts with empty QSettings (recent files, language)."""
    from PySide6.QtCore import QSettings

    from gala_manager.app.i18n import install_language

    qapp.setOrganizationName("GalaManagerTests")
    qapp.setApplicationName("Gala Manager")
    QSettings().clear()
    # English as the app installs it (plural forms come from the en catalogue).
    install_language("en")
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_keys_held(qapp):
    """Each test starts with no modifier key held.

    QTest marks its events spontaneous, so the application keeps the modifiers of the
    last one as the keys held: after a test's Ctrl+Z, the next test's `selectRow`
    toggled the row (Ctrl) instead of selecting it, depending on which tests shared a
    worker process. A key release without modifiers lets go of them.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    if QApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        anywhere = QWidget()
        QTest.keyRelease(anywhere, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        anywhere.deleteLater()
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    yield


@pytest.fixture
def app_language(qapp):
    """The app in Chinese with its catalogues, as a fresh install on a Chinese system."""
    from gala_manager.app.i18n import install_language

    install_language("zh_CN")
    yield "zh_CN"
    install_language("en")


@pytest.fixture
def controller(qtbot, demo_path, tmp_path):
    """A controller with the demo gala open (English UI)."""
    from gala_manager.ui.controller import GalaController

    ctrl = GalaController()
    ctrl.set_document(GalaDocument.open(demo_path, data_dir=tmp_path / "data"))
    yield ctrl
    ctrl.close_document()


@pytest.fixture
def main_window(qtbot, demo_path, tmp_path):
    """The main window, shown, with the demo gala open."""
    from gala_manager.ui.shell.main_window import MainWindow

    window = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.open_path(demo_path)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close_gala()



@pytest.fixture(name="type_text")
def type_text_fixture():
    """The `type_text(widget, text)` helper of typing_helpers, as a fixture."""
    from tests.ui.typing_helpers import type_text

    return type_text


@pytest.fixture
def warnings_shown(monkeypatch):
    """The texts of the warning boxes the app shows; none really opens (or blocks)."""
    from PySide6.QtWidgets import QMessageBox

    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: texts.append(args[2]))
    return texts
