"""Qt's own dialogs and widgets speak Chinese; save dialogs start where the work is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QFileDialog,
    QFontDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTreeView,
)

from gala_manager.ui.files import exporting, file_dialogs
from gala_manager.ui.widgets.date_time_edit import DateEdit


@pytest.fixture
def chinese_on_an_english_system(app_language, monkeypatch):
    """The app in Chinese where the system (and its native dialogs) speak English."""
    monkeypatch.setattr(file_dialogs, "system_language", lambda: "en")
    return app_language


def _labels(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def test_file_dialog_labels_types_and_dates_are_chinese(qtbot, chinese_on_an_english_system,
                                                       tmp_path):
    (tmp_path / "节目资料").mkdir()
    (tmp_path / "迎五一晚会.gala").write_bytes(b"x")
    dialog = file_dialogs.file_dialog(None, "打开晚会", tmp_path, "晚会文件 (*.gala)", save=False)
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    assert {"查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："} <= _labels(dialog)
    assert {"打开(&O)", "取消"} <= {b.text() for b in dialog.findChildren(QAbstractButton)}
    view = next(v for v in dialog.findChildren(QTreeView) if v.isVisible())
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2)
    headers = [model.headerData(c, view.header().orientation()) for c in range(4)]
    assert headers == ["名称", "体积", "类型", "修改日期"]
    rows = {model.index(r, 0, view.rootIndex()).data(): r
            for r in range(model.rowCount(view.rootIndex()))}
    folder = rows["节目资料"]
    assert model.index(folder, 2, view.rootIndex()).data() == "文件夹"
    modified = dt.datetime.fromtimestamp((tmp_path / "节目资料").stat().st_mtime)
    expected = QLocale().toString(QDateTime(modified), QLocale.FormatType.ShortFormat)
    assert model.index(folder, 3, view.rootIndex()).data() == expected
    assert str(modified.year) in expected and expected != QLocale.c().toString(
        QDateTime(modified), QLocale.FormatType.ShortFormat)


def test_message_box_colour_and_font_pickers_menus_and_calendar_are_chinese(
        qtbot, chinese_on_an_english_system):
    box = QMessageBox(QMessageBox.Icon.Question, "晚会", "保存？",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"是(&Y)", "否(&N)", "取消"}
    colours = QColorDialog()
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    qtbot.addWidget(colours)
    assert {"基本颜色(&B)", "自定义颜色(&C)"} <= _labels(colours)
    fonts = QFontDialog()
    fonts.setOption(QFontDialog.FontDialogOption.DontUseNativeDialog)
    qtbot.addWidget(fonts)
    assert {"字体(&F)", "大小(&S)"} <= _labels(fonts)
    for field in (QLineEdit(), QPlainTextEdit()):
        menu = [a.text().split("\t")[0] for a in field.createStandardContextMenu().actions()]
        assert {"撤消(&U)", "复制(&C)", "粘贴(&P)", "全选"} <= set(menu)
    date = DateEdit(dt.date(2027, 4, 30))
    qtbot.addWidget(date)
    date.show()
    date.show_calendar()
    calendar = date.calendar
    assert calendar.locale().language() == QLocale.Language.Chinese
    assert calendar.locale().monthName(4) == "四月"
    assert date.weekday_label.text() == "星期五"
    calendar.hide()


def _answer_dialog(seen: list, choose: Path | None) -> None:
    """Once the modal file dialog is up: note where it starts and what it offers, then answer."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):
        QTimer.singleShot(20, lambda: _answer_dialog(seen, choose))
        return
    seen.append((Path(dialog.directory().absolutePath()), Path(dialog.selectedFiles()[0]).name))
    if choose is None:
        dialog.reject()
    else:
        dialog.selectFile(str(choose))
        dialog.accept()


def test_save_dialogs_offer_the_gala_folder_and_name_then_the_last_folder(
        qtbot, controller, chinese_on_an_english_system, tmp_path):
    elsewhere = tmp_path / "导出"
    elsewhere.mkdir()
    seen: list = []
    QTimer.singleShot(0, lambda: _answer_dialog(seen, elsewhere / "流程单.pdf"))
    path = exporting.ask_export_path(None, controller, "导出流程单", "流程单", ".pdf",
                                     "PDF 文件 (*.pdf)")
    gala_folder = controller.document.path.parent
    assert seen == [(gala_folder, "创业协会“迎五一”文艺晚会-流程单.pdf")]
    assert path == elsewhere / "流程单.pdf"
    QTimer.singleShot(0, lambda: _answer_dialog(seen, None))
    assert exporting.ask_export_path(None, controller, "导出", "物品清单", ".pdf", "PDF (*.pdf)") \
        is None
    assert seen[1] == (elsewhere, "创业协会“迎五一”文艺晚会-物品清单.pdf")


def test_the_sheet_filter_names_translate_and_qt_still_reads_the_patterns(
        qtbot, chinese_on_an_english_system, tmp_path):
    dialog = file_dialogs.file_dialog(None, "导入", tmp_path, file_dialogs.sheet_filters(),
                                      save=False)
    qtbot.addWidget(dialog)
    assert dialog.nameFilters() == ["电子表格 (*.xlsx *.xlsm *.xls *.ods *.csv)", "所有文件 (*)"]
    (tmp_path / "节目.ods").write_bytes(b"x")
    (tmp_path / "说明.txt").write_bytes(b"x")
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    assert dialog.selectedNameFilter().startswith("电子表格")
    view = next(v for v in dialog.findChildren(QTreeView) if v.isVisible())
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) >= 1)
    rows = range(model.rowCount(view.rootIndex()))
    shown = {model.index(r, 0, view.rootIndex()).data() for r in rows
             if not view.isRowHidden(r, view.rootIndex())}
    assert "节目.ods" in shown and "说明.txt" not in shown
