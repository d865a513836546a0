"""The programme page offers the paper submission form beside the workbook."""

from gala_manager.ui.files import exporting
from tests.app.programme.test_paper_form import pages, text_of
from tests.ui.programme_helpers import open_page


def test_the_programme_page_writes_the_paper_form(qtbot, controller, tmp_path, monkeypatch):
    page = open_page(qtbot, controller)
    out = tmp_path / "form.pdf"
    monkeypatch.setattr(exporting, "ask_save_path", lambda *a, **k: out)
    page.actions.files.template_action.trigger()
    assert len(pages(out)) == 1 and "Act submission form" in text_of(out)
