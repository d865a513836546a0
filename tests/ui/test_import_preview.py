"""The one import preview: colours by result, cut cells, and a language switch while open."""

from PySide6.QtCore import Qt

from gala_manager.ui import theme
from gala_manager.ui.staff.staff_page import StaffPage
from gala_manager.ui.theme import Tone
from tests.ui.staff.test_import import _sheet


def open_preview(qtbot, controller, tmp_path, rows):
    page = StaffPage(controller)
    qtbot.addWidget(page)
    return page.import_people(_sheet(tmp_path / "名单.xlsx", rows))


def test_rows_are_coloured_by_what_importing_them_does(qtbot, controller, tmp_path):
    dialog = open_preview(qtbot, controller, tmp_path, [
        ("新人甲", 13900000001, "女"), ("陈思远", "13812345601", "男"),
        ("新人乙", "1390000000", "男"), ("", "139", "男")])
    model = dialog.model

    def colour(row):
        return model.index(row, model.column_of("name")).data(Qt.ItemDataRole.BackgroundRole)

    assert [colour(r) for r in range(4)] == [
        theme.colour(Tone.TINT_SUCCESS), theme.colour(Tone.TINT_NEUTRAL),
        theme.colour(Tone.TINT_WARNING), theme.colour(Tone.TINT_ERROR)]
    assert [model.index(r, model.column_of("row")).data() for r in range(4)] == \
        ["3", "4", "5", "6"]
    # the verdict in red
    assert f"color: {theme.css(Tone.ERROR)}" in dialog.summary_label.text()


def test_a_huge_cell_is_shown_cut(qtbot, controller, tmp_path):
    dialog = open_preview(qtbot, controller, tmp_path, [("长" * 100_000, "13900000001", "女")])
    cell = dialog.model.index(0, dialog.model.column_of("name")).data()
    assert len(cell) == 200 and cell.endswith("…")
    assert len(dialog.model.index(0, dialog.model.column_of("result")).data()) < 200


def test_the_open_preview_follows_a_language_switch(qtbot, controller, tmp_path):
    from gala_manager.app.i18n import install_language

    dialog = open_preview(qtbot, controller, tmp_path, [("新人甲", 13900000001, "女")])
    model = dialog.model
    try:
        install_language("zh_CN")
        qtbot.waitUntil(lambda: dialog.windowTitle() == "从 名单.xlsx 导入人员")
        assert dialog.import_button.text() == "导入 1 人"
        assert model.headerData(model.column_of("name"), Qt.Orientation.Horizontal) == "姓名"
        assert model.index(0, model.column_of("result")).data() == "将添加"
        assert dialog.summary_label.text().startswith("工作表“Sheet”：新增 1 人")
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: dialog.import_button.text() == "Import 1 person")
