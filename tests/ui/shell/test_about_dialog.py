"""Help ▸ About and the app's icon: in the window, in the dialog, with versions and licence."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from gala_manager import __version__
from gala_manager.core.storage.schema import SCHEMA_HEAD
from gala_manager.ui.application import app_icon, create_application
from gala_manager.ui.shell.about_dialog import ICON_SIZE, AboutDialog


def test_the_app_and_its_windows_carry_the_icon_in_every_size(main_window):
    app = create_application()
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert not main_window.windowIcon().isNull()
    assert app.desktopFileName() == "gala-manager"


def test_help_about_opens_from_the_menu_on_the_open_gala(main_window, qtbot):
    seen = {}

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = type(dialog).__name__
        seen["text"] = dialog.heading.text() + dialog.details.text()
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    main_window.menus.about_action.trigger()
    assert seen["dialog"] == "AboutDialog"
    assert __version__ in seen["text"] and SCHEMA_HEAD in seen["text"]
    assert str(main_window.data_dir) in seen["text"]


def test_the_about_dialog_shows_the_icon(qtbot, tmp_path):
    QGuiApplication.setWindowIcon(app_icon())
    dialog = AboutDialog("0009", tmp_path, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shot = dialog.grab().toImage()
    icon = app_icon().pixmap(ICON_SIZE, ICON_SIZE).toImage()
    origin = dialog.icon.mapTo(dialog, QPoint(0, 0))
    # The star in the middle of the icon, and the red curtain on its left, are on screen.
    for x, y in ((ICON_SIZE // 2, ICON_SIZE // 2), (ICON_SIZE // 8, ICON_SIZE // 2)):
        expected = icon.pixelColor(x, y)
        actual = shot.pixelColor(origin.x() + x * shot.width() // dialog.width(),
                                 origin.y() + y * shot.height() // dialog.height())
        assert abs(actual.red() - expected.red()) < 40, (x, y)
        assert abs(actual.green() - expected.green()) < 40, (x, y)


def test_about_names_version_licence_schema_folder_and_libraries(qtbot, tmp_path):
    dialog = AboutDialog("0009", tmp_path / "数据", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert f"Gala Manager {__version__}" in dialog.heading.text()
    details = dialog.details.text()
    assert "MIT" in details and "0009" in details and "数据" in details
    table = dialog.library_list.toPlainText()
    for name in ("Python", "Qt", "PySide6", "SQLAlchemy", "Alembic", "ReportLab", "openpyxl"):
        assert name in table
    assert "?" not in table


def _about_with_font(qtbot, tmp_path, factor: float) -> AboutDialog:
    normal = QFont(QApplication.font())
    scaled = QFont(normal)
    scaled.setPointSizeF(normal.pointSizeF() * factor)
    QApplication.setFont(scaled)
    try:
        dialog = AboutDialog("0009", tmp_path / "很长的文件夹名" / "数据", None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    finally:
        QApplication.setFont(normal)
    return dialog


def test_every_library_is_in_view_without_scrolling(qtbot, tmp_path):
    # A large system font (text at 125 %) still shows the whole list.
    dialog = _about_with_font(qtbot, tmp_path, 1.25)
    assert dialog.library_list.verticalScrollBar().maximum() == 0
    assert dialog.library_list.toPlainText().count("\n") >= len(dialog.libraries)


def test_on_a_screen_too_small_for_the_list_it_scrolls(qtbot, tmp_path):
    dialog = _about_with_font(qtbot, tmp_path, 2.5)
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    assert dialog.library_list.verticalScrollBar().maximum() > 0


def test_the_licence_text_and_the_details_for_a_bug_report(qtbot, tmp_path):
    dialog = AboutDialog("—", tmp_path, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.licence.isVisible()
    qtbot.mouseClick(dialog.licence_button, Qt.MouseButton.LeftButton)
    assert dialog.licence.isVisible() and not dialog.library_list.isVisible()
    assert "Permission is hereby granted" in dialog.licence.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"Gala Manager {__version__}")
    assert "PySide6" in copied
