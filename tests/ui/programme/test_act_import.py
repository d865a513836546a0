"""The act submission form and act import, from the GUI and the command line."""

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from gala_manager.app.programme.act_template import export_act_template
from gala_manager.cli import main
from gala_manager.core.programme.acts import list_acts
from gala_manager.export.programme.act_template import EXAMPLE_ROW, FIELDS, HEADER_ROW
from gala_manager.imports.acts import read_act_sheet
from tests.ui.events import settle
from tests.ui.programme_helpers import open_page


def fill(path, rows):
    wb = load_workbook(path)
    ws = wb.active
    for offset, values in enumerate(rows, start=1):
        for field, value in values.items():
            ws.cell(EXAMPLE_ROW + offset, FIELDS.index(field) + 1).value = value
    wb.save(path)


def test_chinese_form_has_headers_kinds_and_an_example_that_is_not_imported(app_language,
                                                                            tmp_path):
    path = export_act_template(tmp_path / "报名表.xlsx")
    ws = load_workbook(path).active
    headers = [c.value for c in ws[HEADER_ROW]]
    assert headers[:3] == ["节目名称", "类型", "表演者"]
    assert "时长" in headers
    kinds = ws.data_validations.dataValidation[0].formula1
    assert "舞蹈" in kinds and "相声" in kinds and "中场休息" not in kinds
    assert ws.cell(EXAMPLE_ROW, 1).value.startswith("（示例）")
    fill(path, [{"title": "街舞《燃》", "kind": "舞蹈", "duration": "3:30",
                 "contact_name": "韩冬"}])
    sheet = read_act_sheet(path)
    assert [(r.fields.title, r.fields.duration_seconds) for r in sheet.rows] == [
        ("街舞《燃》", 210)]


def test_english_form_round_trip(qapp, tmp_path):
    path = export_act_template(tmp_path / "form.xlsx")
    fill(path, [{"title": "Rock & Roll", "kind": "Song", "duration": "4分钟",
                 "contact_phone": 13600000001}])
    sheet = read_act_sheet(path)
    assert [(r.fields.title, r.fields.kind.value, r.fields.contact_phone) for r in sheet.rows] \
        == [("Rock & Roll", "song", "13600000001")]


def test_gui_import_previews_then_imports_in_one_undo_step(qtbot, controller, tmp_path):
    page = open_page(qtbot, controller)
    path = export_act_template(tmp_path / "form.xlsx")
    fill(path, [{"title": "魔术《硬币》", "duration": "3分", "contact_name": "杨帆"},
                {"title": "独唱《后来》", "duration": "5:00", "contact_name": "苏琳",
                 "submitted_by": "外语系"}])
    dialog = page.actions.files.import_file(path)
    assert dialog.windowTitle() == "Import acts from form.xlsx"
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 2 acts"
    model = dialog.model
    results = [model.index(r, model.column_of("result")).data() for r in range(2)]
    assert results == ["Will be added", "Will be added"]
    assert model.index(1, model.column_of("submitted_by")).data() == "外语系"
    before = len(controller.read(list_acts))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(controller.read(list_acts)) == before + 2
    settle()
    assert page.unordered_model.rowCount() == 5
    assert controller.undo_stack.undoText() == "Import acts from form.xlsx"
    # The same workbook again adds nothing: the dialog has nothing to import.
    again = page.actions.files.import_file(path)
    assert not again.import_button.isEnabled()
    assert "already in the gala" in again.summary_label.text()
    again.reject()
    controller.undo_stack.undo()
    assert len(controller.read(list_acts)) == before


def test_gui_import_of_a_blocked_sheet_writes_nothing(qtbot, controller, tmp_path):
    page = open_page(qtbot, controller)
    path = export_act_template(tmp_path / "form.xlsx")
    fill(path, [{"title": "A", "duration": "3分"}, {"title": "B", "duration": "很快"}])
    dialog = page.actions.files.import_file(path)
    assert not dialog.import_button.isEnabled()
    assert "Fix the 1 row marked red" in dialog.summary_label.text()
    result = dialog.model.index(1, dialog.model.column_of("result")).data()
    assert result.startswith("Error; H6: duration “很快” not understood")
    assert dialog.model.index(1, dialog.model.column_of("duration")).data() == ""
    before = len(controller.read(list_acts))
    dialog.reject()
    assert len(controller.read(list_acts)) == before and controller.undo_stack.count() == 0


@pytest.fixture
def english_after(qapp):
    """The CLI installs the language it is given; later tests expect English."""
    yield
    from gala_manager.app.i18n import install_language

    install_language("en")


def test_cli_template_and_import(tmp_path, demo_path, capsys, english_after):
    form = tmp_path / "form.xlsx"
    assert main(["--lang", "zh_CN", "export", "act-template", "-o", str(form)]) == 0
    fill(form, [{"title": "魔术《硬币》", "duration": "3分", "contact_name": "杨帆"},
                {"title": "独唱", "duration": "很久"}])
    assert main(["--lang", "zh_CN", "import", "acts", str(demo_path), str(form)]) == 1
    out = capsys.readouterr()
    assert "很久" in out.out and "Traceback" not in out.err
    fill(form, [{"title": "魔术《硬币》", "duration": "3分", "contact_name": "杨帆"},
                {"title": "独唱", "duration": "4分钟", "contact_name": "苏琳"}])
    assert main(["import", "acts", str(demo_path), str(form)]) == 0
    assert "2 acts added" in capsys.readouterr().out
    assert main(["import", "acts", str(demo_path), str(form)]) == 0
    out = capsys.readouterr().out
    assert "0 new, 0 to update, 2 unchanged" in out and "already in the gala" in out
    text = tmp_path / "notes.xlsx"  # text: read as a CSV, which has no act title column
    text.write_text("not a workbook", encoding="utf-8")
    assert main(["import", "acts", str(demo_path), str(text)]) == 2
    assert capsys.readouterr().err == (
        "No sheet of notes.xlsx has a header row with an act title column (节目名称 or "
        "Title).\n")
