"""The Review tab: typing, saving with undo, switching departments, and the review PDF."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from gala_manager.cli import main
from gala_manager.core.demo.tasks_data import DEMO_NOW
from gala_manager.core.show.actions import Action, perform
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.tasks.review import (
    DepartmentNotes,
    ReviewOverall,
    get_review_overall,
    list_department_reviews,
    set_department_notes,
    set_review_overall,
)
from gala_manager.ui.tasks.tasks_page import TasksPage
from tests.export.pdf_helpers import page_texts
from tests.ui.events import settle


@pytest.fixture
def review(qtbot, controller):
    TasksPage.now = staticmethod(lambda: DEMO_NOW)
    page = TasksPage(controller)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.tabs.setCurrentIndex(2)
    return page.review


def test_overall_saved_and_undone(qtbot, review, controller):
    review.audience_spin.setValue(900)
    review.summary_edit.setPlainText("晚会顺利举行")
    qtbot.mouseClick(review.save_overall_button, Qt.MouseButton.LeftButton)
    settle()
    assert controller.read(get_review_overall) == ReviewOverall(900, "晚会顺利举行", "")
    assert "900" in review.figures_form.itemAt(0, review.figures_form.ItemRole.FieldRole)\
        .widget().text()
    controller.undo_stack.undo()
    settle()
    assert controller.read(get_review_overall) == ReviewOverall()
    assert review.summary_edit.toPlainText() == ""
    assert review.audience_spin.value() == -1


def test_switching_department_saves_the_one_being_edited(qtbot, review, controller):
    assert review.department_list.currentRow() == 0
    review.dept_well.setPlainText("节目质量高")
    review.department_list.setCurrentRow(2)
    rows = controller.read(list_department_reviews)
    assert rows[0].notes == DepartmentNotes("", "节目质量高", "")
    assert review.dept_well.toPlainText() == ""
    assert review.department_list.currentRow() == 2
    review.department_list.setCurrentRow(0)
    assert review.dept_well.toPlainText() == "节目质量高"
    controller.undo_stack.undo()
    settle()
    assert controller.read(list_department_reviews)[0].notes.empty


def test_unsaved_text_survives_a_reload(review, controller):
    review.summary_edit.setPlainText("还没保存")
    controller.run(set_review_overall, overall=ReviewOverall(10))  # e.g. another edit
    assert review.summary_edit.toPlainText() == "还没保存"


def test_review_pdf_from_the_command_line(demo_path, tmp_path, qapp):
    with GalaDocument.open(demo_path) as doc:
        start = dt.datetime(2027, 4, 30, 19, 0)
        doc.run(perform, action=Action.START, at=start)
        doc.run(perform, action=Action.END, at=start + dt.timedelta(minutes=170))
        doc.run(set_review_overall, overall=ReviewOverall(1100, "总结<b>", "效果很好"))
        dept = doc.read(list_department_reviews)[0].department_id
        doc.run(set_department_notes, department_id=dept,
                notes=DepartmentNotes("文艺部总结", "彩排充分", "候场拥挤"))
    out = tmp_path / "review.pdf"
    try:
        assert main(["--lang", "zh_CN", "export", "review", str(demo_path), "-o", str(out)]) == 0
    finally:
        from gala_manager.app.i18n import install_language

        install_language("en")
    text = "\n".join(page_texts(out.read_bytes()))
    for expected in ("活动总结", "1100", "总结<b>", "效果很好", "文艺部总结", "彩排充分",
                     "候场拥挤", "超出 20 分钟", "外联部", "尚未填写"):
        assert expected in text, expected


def test_a_change_made_elsewhere_shows_when_nothing_is_typed(review, controller):
    assert review.audience_spin.value() == -1  # "not recorded", not 0
    controller.run(set_review_overall, overall=ReviewOverall(5, "别处修改", ""))
    settle()
    assert (review.audience_spin.value(), review.summary_edit.toPlainText()) == (5, "别处修改")


@pytest.fixture
def empty_controller(qtbot, tmp_path):
    from gala_manager.core.gala.facts import GalaFacts, set_gala_facts
    from gala_manager.ui.controller import GalaController

    doc = GalaDocument.create(tmp_path / "new.gala")
    doc.run(set_gala_facts, facts=GalaFacts(name="新晚会"))
    ctrl = GalaController()
    ctrl.set_document(doc)
    yield ctrl
    ctrl.close_document()


def test_no_department_no_typing(qtbot, empty_controller):
    page = TasksPage(empty_controller)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(2)
    assert page.review.department_list.count() == 0
    assert not page.review.dept_summary.isEnabled()
    assert not page.review.save_department_button.isEnabled()


def test_read_only_gala_takes_no_typing(qtbot, demo_path):
    from gala_manager.ui.controller import GalaController

    ctrl = GalaController()
    ctrl.set_document(GalaDocument.open(demo_path, read_only=True))
    page = TasksPage(ctrl)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(2)
    assert page.review.summary_edit.isReadOnly() and page.review.dept_well.isReadOnly()
    assert not page.review.save_overall_button.isEnabled()
    assert not page.add_button.isEnabled()
    ctrl.close_document()
