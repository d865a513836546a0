"""The main window as a user meets it: new gala, properties with undo, language, recent files."""

from __future__ import annotations

import datetime as dt
import shutil

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.storage.document import GalaDocument
from gala_manager.ui.shell import gala_dialog, opener
from gala_manager.ui.shell.main_window import MainWindow
from tests.ui.events import settle


def _menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def test_new_gala_through_the_dialog(qtbot, tmp_path, monkeypatch, type_text):
    window = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "五四晚会.gala"
    monkeypatch.setattr(opener, "ask_save_path", lambda *a: target)

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, gala_dialog.GalaDialog)
        type_text(dialog.name, "五四青年晚会")
        type_text(dialog.venue, "大礼堂")
        dialog.planned.setValue(140)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    facts = window.controller.read(get_gala_facts)
    assert (facts.name, facts.venue, facts.planned_minutes) == ("五四青年晚会", "大礼堂", 140)
    assert facts.start_time == dt.time(19, 0)
    assert window.central.currentWidget() is window.gala_view
    assert str(target) in window.path_label.text()
    window.close_gala()


def test_dialog_refuses_an_empty_name(qtbot):
    from gala_manager.core.gala.facts import GalaFacts

    dialog = gala_dialog.GalaDialog(GalaFacts(name=""), new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text()


def test_edit_property_then_undo_and_redo(main_window, qtbot):
    window = main_window
    before = window.controller.read(get_gala_facts)
    assert window.files.apply_properties(before.replace(venue="体育馆"))
    overview = window.page("gala")
    settle()
    assert "体育馆" in overview._value_labels["venue"].text()
    window.menus.undo_action.trigger()
    assert window.controller.read(get_gala_facts).venue == before.venue
    settle()
    assert before.venue in overview._value_labels["venue"].text()
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.read(get_gala_facts).venue == "体育馆"
    # Committed at once: another reader sees it without any save.
    with GalaDocument.open(window.controller.document.path, read_only=True) as reader:
        assert reader.read(get_gala_facts).venue == "体育馆"


def test_invalid_edit_is_refused_with_a_message_and_not_put_on_the_stack(main_window,
                                                                         monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    facts = main_window.controller.read(get_gala_facts)
    assert not main_window.files.apply_properties(facts.replace(planned_minutes=500))
    assert shown and "planned length" in shown[0].lower()
    assert main_window.controller.undo_stack.count() == 0


def test_switching_language_changes_the_menus_at_once(main_window, qapp):
    main_window.menus.switch_language("zh_CN")
    qapp.processEvents()  # LanguageChange reaches widgets through the event loop
    try:
        assert "文件(&F)" in _menu_titles(main_window)
        assert main_window.nav.item(0).text() == "总览"
        assert "天" in main_window.page("gala").countdown_label.text()
        main_window.menus.switch_language("en")
        qapp.processEvents()
        assert "&File" in _menu_titles(main_window)
        assert main_window.nav.item(0).text() == "Overview"
    finally:
        main_window.menus.switch_language("en")


def test_open_recent_and_missing_files(qtbot, tmp_path, demo_path):
    window = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    gone = tmp_path / "gone.gala"
    shutil.copyfile(demo_path, gone)
    assert window.open_path(gone)
    window.close_gala()
    gone.unlink()
    assert window.open_path(demo_path)
    window.close_gala()
    actions = [a for a in window.menus.recent_menu.actions() if not a.isSeparator()]
    assert actions[0].text().startswith(demo_path.name) and actions[0].isEnabled()
    assert actions[1].text().startswith("gone.gala") and not actions[1].isEnabled()
    actions[0].trigger()
    assert window.controller.document.path == demo_path
    remove = next(a for a in window.menus.recent_menu.actions()
                  if a.text() == "Remove missing files")
    remove.trigger()
    assert [p.name for p in window.recent.paths()] == [demo_path.name]
    window.close_gala()


def test_locked_gala_opens_read_only_on_request(qtbot, tmp_path, demo_path, monkeypatch):
    holder = GalaDocument.open(demo_path)
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    try:
        assert window.open_path(demo_path)
        assert "open on" in asked[0]
        assert window.controller.read_only
        assert "Read-only" in window.saved_label.text()
        assert not window.menus.properties_action.isEnabled()
        window.close_gala()
    finally:
        holder.close()


def test_bad_file_is_reported_and_nothing_opens(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    bad = tmp_path / "节目单.gala"
    bad.write_text("not a gala", encoding="utf-8")
    window = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    assert not window.open_path(bad)
    assert "not a gala file" in shown[0]
    assert window.controller.document is None
    assert bad.read_text(encoding="utf-8") == "not a gala"


def test_overview_countdown_and_missing_facts(main_window, monkeypatch):
    page = main_window.page("gala")
    monkeypatch.setattr(type(page), "today", staticmethod(lambda: dt.date(2027, 4, 20)))
    facts = main_window.controller.read(get_gala_facts)
    main_window.files.apply_properties(facts.replace(venue=""))
    settle()
    assert page.countdown_label.text() == "10 days to the gala"
    texts = [page.checks_model.index(r, 0).data() for r in range(page.checks_model.rowCount())]
    assert "The gala's Venue is not set." in texts
    opened = []

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    # Activating the problem takes the user to where it is fixed: the properties.
    page.checks_view.activated.emit(page.checks_model.index(texts.index(
        "The gala's Venue is not set."), 0))
    assert opened == ["GalaDialog"]


def test_save_copy_writes_a_gala(main_window, tmp_path, monkeypatch):
    target = tmp_path / "副本.gala"
    monkeypatch.setattr(opener, "ask_save_path", lambda *a: target)
    main_window.menus.copy_action.trigger()
    with GalaDocument.open(target, read_only=True) as copy:
        assert copy.read(get_gala_facts).name == "创业协会“迎五一”文艺晚会"


def test_restore_from_backup_opens_a_copy(main_window, tmp_path, monkeypatch):
    from gala_manager.ui.shell.backup_dialog import BackupDialog

    original = main_window.controller.read(get_gala_facts)
    main_window.files.apply_properties(original.replace(venue="误改"))
    target = tmp_path / "恢复.gala"
    monkeypatch.setattr(opener, "ask_save_path", lambda *a: target)
    seen = []

    def choose_newest():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BackupDialog)
        seen.append(dialog.model.rowCount())
        dialog.accept()

    QTimer.singleShot(0, choose_newest)
    main_window.menus.restore_action.trigger()
    assert seen == [1]
    assert main_window.controller.document.path == target
    assert main_window.controller.read(get_gala_facts).venue == original.venue


def test_check_file_dialog_counts(main_window):
    from gala_manager.ui.shell.check_dialog import CheckDialog

    dialog = CheckDialog(main_window.controller.document.path, main_window)
    assert "Database integrity: ok" in dialog.summary.text()
    assert dialog.model.rowCount() == len(dialog.model.rows())


def test_preferences_choose_the_pdf_font(main_window, tmp_path, monkeypatch):
    from gala_manager.export.kit import pdf_fonts
    from gala_manager.ui.shell.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog("en", main_window)
    not_a_font = tmp_path / "fake.ttf"
    not_a_font.write_bytes(b"not a font at all")
    assert not dialog.choose_font_file(not_a_font)
    assert "fake.ttf" in dialog.message.text()
    candidates = pdf_fonts.available_fonts()
    if not candidates:
        return  # no Chinese TrueType font installed here: only the refusal is testable
    assert dialog.choose_font_file(candidates[0].path)
    dialog.accept()
    try:
        choice = pdf_fonts.resolve_font()
        assert choice.path == candidates[0].path and choice.embedded
    finally:
        pdf_fonts.set_default_font(None)


def test_every_problem_of_the_demo_leads_to_a_page(main_window):
    """Each check in Overview names a place that some page shows."""
    from gala_manager.core.checks import run_checks

    for problem in main_window.controller.read(run_checks):
        assert any(page.handles(problem.target) for page in main_window.pages), problem
