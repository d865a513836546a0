"""Print / Export PDF from the Programme page and `export runsheet` on the command line."""

import pytest

from gala_manager.cli import main
from gala_manager.ui.files import exporting, written_files
from gala_manager.ui.programme.runsheet_dialog import RunsheetDialog
from tests.export.pdf_helpers import page_texts
from tests.ui.programme_helpers import open_page


def test_print_export_writes_the_pdf_and_opens_it(qtbot, controller, app_language, tmp_path,
                                                 monkeypatch):
    page = open_page(qtbot, controller)
    out = tmp_path / "节目单.pdf"
    opened = []

    def choose(dialog):
        dialog.variant_combo.setCurrentIndex(dialog.variant_combo.findData("audience"))
        dialog.open_check.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RunsheetDialog, "exec", choose)
    offered = []
    monkeypatch.setattr(exporting, "ask_save_path",
                        lambda parent, title, name, *a, **k: offered.append(name) or out)
    monkeypatch.setattr(written_files.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    written = []
    controller.file_written.connect(written.append)
    assert page.actions.files.runsheet_action in page.menu_actions()["file"]
    page.actions.files.runsheet_action.trigger()
    assert offered == ["创业协会“迎五一”文艺晚会-节目单.pdf"]  # the gala's name and the document
    assert opened == [str(out)] and written == [out]
    text = "\n".join(page_texts(out.read_bytes()))
    assert "节目单" in text and "上半场" in text and "话剧《雷雨》选段" in text
    assert "第 1 页 / 共" in text


def test_the_dialog_offers_every_variant_in_chinese(qtbot, app_language):
    dialog = RunsheetDialog()
    qtbot.addWidget(dialog)
    names = [dialog.variant_combo.itemText(i) for i in range(dialog.variant_combo.count())]
    assert names == ["流程单", "节目单", "主持稿", "后台候场表", "技术单"]


@pytest.fixture
def english_after(qapp):
    yield
    from gala_manager.app.i18n import install_language

    install_language("en")


@pytest.mark.parametrize(("variant", "expected"), [
    ("full", "流程单"), ("audience", "节目单"), ("host", "主持稿"), ("backstage", "后台候场表"),
    ("tech", "技术单")])
def test_cli_export_runsheet(demo_path, tmp_path, english_after, variant, expected):
    out = tmp_path / f"{variant}.pdf"
    assert main(["--lang", "zh_CN", "export", "runsheet", str(demo_path), "-o", str(out),
                 "--variant", variant]) == 0
    assert expected in page_texts(out.read_bytes())[0]
