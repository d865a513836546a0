"""The Tasks page: a real drag between phases and statuses, undo, filters, dialog edits."""

import dataclasses

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gala_manager.core.demo.tasks_data import DEMO_NOW, OVERDUE
from gala_manager.core.models import Phase, TaskStatus
from gala_manager.core.tasks.rows import get_task, list_tasks
from gala_manager.ui.tasks.task_dialog import TaskDialog
from gala_manager.ui.tasks.tasks_page import TasksPage
from tests.ui.events import settle


@pytest.fixture
def page(qtbot, controller):
    TasksPage.now = staticmethod(lambda: DEMO_NOW)
    widget = TasksPage(controller)
    qtbot.addWidget(widget)
    widget.resize(1500, 1100)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def task_id(page, title):
    return next(r.id for r in page.rows if r.title == title)


def drag(qtbot, board, start: QPoint, end: QPoint):
    qtbot.mousePress(board, Qt.MouseButton.LeftButton, pos=start)
    middle = (start + end) / 2
    qtbot.mouseMove(board, middle)
    qtbot.mouseMove(board, end)
    qtbot.mouseRelease(board, Qt.MouseButton.LeftButton, pos=end)


def test_drag_a_task_to_another_phase_and_undo(qtbot, page, controller):
    ident = task_id(page, "准备邀请函")
    before = [r.title for r in controller.read(list_tasks, phase=Phase.BEFORE)]
    countdown = page.board.column_rect(3)
    assert page.board.columns[3].key == Phase.COUNTDOWN
    drag(qtbot, page.board, page.board.card_rect(ident).center(),
         QPoint(countdown.center().x(), countdown.bottom() - 10))
    assert controller.read(get_task, task_id=ident).phase == Phase.COUNTDOWN
    settle()
    assert [r.title for r in page.board.columns[3].rows][-1] == "准备邀请函"
    assert page.board.card_rect(ident) is not None  # the board shows it at its new place
    controller.undo_stack.undo()
    settle()
    assert [r.title for r in controller.read(list_tasks, phase=Phase.BEFORE)] == before
    assert page.board.columns[0].rows[before.index("准备邀请函")].id == ident


def test_drag_within_a_phase_reorders(qtbot, page, controller):
    rows = page.board.columns[1].rows
    first, last = rows[0], rows[-1]
    drag(qtbot, page.board, page.board.card_rect(last.id).center(),
         page.board.card_rect(first.id).topLeft() + QPoint(20, 3))
    assert [r.id for r in controller.read(list_tasks, phase=Phase.PLANNING)][0] == last.id
    controller.undo_stack.undo()
    settle()
    assert [r.id for r in controller.read(list_tasks, phase=Phase.PLANNING)][-1] == last.id


def test_a_click_is_not_a_drag(qtbot, page, controller):
    ident = task_id(page, "会场布局规划")
    qtbot.mouseClick(page.board, Qt.MouseButton.LeftButton,
                     pos=page.board.card_rect(ident).center())
    assert page.board.selected_id == ident
    assert controller.undo_stack.count() == 0
    assert page.edit_button.isEnabled()


def test_drag_to_another_status(qtbot, page, controller):
    page.group_combo.setCurrentIndex(1)
    ident = task_id(page, "会场布局规划")
    done = page.board.column_rect(2)
    assert page.board.columns[2].key == TaskStatus.DONE
    drag(qtbot, page.board, page.board.card_rect(ident).center(), done.center())
    assert controller.read(get_task, task_id=ident).status == TaskStatus.DONE
    settle()
    assert ident not in page.board.overdue_ids
    controller.undo_stack.undo()
    settle()
    assert controller.read(get_task, task_id=ident).status == TaskStatus.TODO
    assert ident in page.board.overdue_ids


def test_overdue_tasks_stand_out(page):
    late = {r.title for r in page.rows if r.id in page.board.overdue_ids}
    assert late == set(OVERDUE)
    assert "2 overdue" in page.summary_label.text()
    row = next(r for r in page.rows if r.title == "准备邀请函")
    assert page.board.describe_due(row).startswith("Overdue:")


def test_filter_by_department_and_person(qtbot, page):
    page.department_filter.setCurrentIndex(page.department_filter.findText("宣传部"))
    shown = [r for c in page.board.columns for r in c.rows]
    assert shown and {r.department_name for r in shown} == {"宣传部"}
    page.department_filter.setCurrentIndex(0)
    page.person_filter.setCurrentIndex(page.person_filter.findText("唐昊天"))
    assert {r.person_name for c in page.board.columns for r in c.rows} == {"唐昊天"}


def in_dialog(qtbot, steps):
    """Run `steps(dialog)` on the task dialog once it is open (it is modal)."""
    def act():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TaskDialog)
        steps(dialog)
    QTimer.singleShot(0, act)


def test_add_a_task_through_the_dialog_refusing_an_empty_title(qtbot, page, controller):
    count = len(page.rows)

    def fill(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        settle()
        assert dialog.isVisible() and dialog.error_label.text()  # refused, still open
        # QTest cannot type CJK keys; an input method commits such text in one go.
        qtbot.keyClicks(dialog.title_edit, "2 ")
        dialog.title_edit.insert("借用话筒")
        dialog.phase_combo.setCurrentIndex(3)
        dialog.person_combo.setCurrentIndex(dialog.person_combo.findText("许静雯 (宣传部)"))
        assert dialog.department_combo.currentText() == "宣传部"  # filled in from the person
        dialog.relative_due.setChecked(True)
        dialog.offset_spin.setValue(-2)
        qtbot.mouseClick(dialog.add_step_button, Qt.MouseButton.LeftButton)
        dialog.link_combos["act_id"].setCurrentIndex(1)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    in_dialog(qtbot, fill)
    page.add_task()
    settle()
    added = next(r for r in page.rows if r.title == "2 借用话筒")
    assert len(page.rows) == count + 1
    assert (added.phase, added.due.offset_days, len(added.fields.steps)) == (
        Phase.COUNTDOWN, -2, 1)
    assert [link.kind for link in added.links] == ["act"] and added.links[0].label
    controller.undo_stack.undo()
    settle()
    assert len(page.rows) == count


def test_edit_and_remove_with_undo(qtbot, page, controller):
    ident = task_id(page, "清理会场")
    page.board.select(ident)

    def rename(dialog):
        dialog.title_edit.setText("清理会场并归还物品")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    in_dialog(qtbot, rename)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    settle()
    assert controller.read(get_task, task_id=ident).title == "清理会场并归还物品"
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.board.card_rect(ident) is None
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    settle()
    assert controller.read(get_task, task_id=ident).title == "清理会场"


def test_show_target_selects_the_card(page):
    ident = task_id(page, "会场布局规划")
    page.department_filter.setCurrentIndex(page.department_filter.findText("宣传部"))
    page.show_target(("task", ident))
    assert page.board.selected_id == ident
    assert page.tabs.currentIndex() == 0


def test_export_from_the_file_menu(page, tmp_path):
    _new_gala, tasks_action, review_action = page.menu_actions()["file"]
    assert (tasks_action.text(), review_action.text()) == ("Export tasks…",
                                                           "Export review (PDF)…")
    target = tmp_path / "导出"
    page.file_actions.ask_export_path = lambda: target
    tasks_action.trigger()
    settle()
    assert target.with_suffix(".xlsx").stat().st_size > 0
    assert page.file_actions.write_review(tmp_path / "review").stat().st_size > 0


def test_new_gala_from_this_one(qtbot, page, controller, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gala_manager.core.storage.document import GalaDocument
    from gala_manager.ui.tasks.new_gala_dialog import NewGalaDialog

    target = tmp_path / "next.gala"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)

    def fill(dialog):
        assert isinstance(dialog, NewGalaDialog)
        dialog.name_edit.clear()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        settle()
        assert dialog.isVisible() and dialog.error_label.text()  # a name is required
        dialog.name_edit.setText("明年晚会")
        dialog.path_edit.setText(str(target.with_suffix("")))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    new_gala = page.menu_actions()["file"][0]
    assert new_gala.text() == "New gala from this one…"
    new_gala.trigger()
    with GalaDocument.open(target, read_only=True) as doc:
        rows = doc.read(list_tasks)
    assert len(rows) == len(page.rows)
    assert {r.status for r in rows} == {TaskStatus.TODO}


def test_alt_arrows_move_a_task_like_a_drag(qtbot, page, controller):
    ident = task_id(page, "前期宣传")  # last of the planning phase
    page.board.select(ident)
    qtbot.keyClick(page.board, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle()
    assert [r.title for r in controller.read(list_tasks, phase=Phase.PLANNING)][1] == "前期宣传"
    qtbot.keyClick(page.board, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle()
    assert controller.read(get_task, task_id=ident).phase == Phase.COORDINATION
    assert page.board.selected_id == ident
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    settle()
    assert [r.title for r in controller.read(list_tasks, phase=Phase.PLANNING)][-1] == "前期宣传"


def test_context_menu_moves_and_shows_what_a_task_is_about(qtbot, page, controller):
    from gala_manager.core.tasks.edits import update_task
    from gala_manager.core.tasks.rows import link_choices
    from gala_manager.ui.tasks.task_menu import task_menu

    ident = task_id(page, "末期宣传")
    act_id, act_title = controller.read(link_choices)["act"][0]
    fields = controller.read(get_task, task_id=ident).fields
    controller.run(update_task, task_id=ident, fields=dataclasses.replace(fields, act_id=act_id))
    settle()
    row = next(r for r in page.rows if r.id == ident)
    menu = task_menu(page, row)
    texts = [a.text() for a in menu.actions()]
    assert f"Show \u201c{act_title}\u201d" in texts
    status_menu = next(a.menu() for a in menu.actions() if a.text() == "Set status")
    next(a for a in status_menu.actions() if a.text() == "Done").trigger()
    settle()
    assert controller.read(get_task, task_id=ident).status == TaskStatus.DONE
    with qtbot.waitSignal(controller.navigate_requested) as signal:
        next(a for a in menu.actions() if a.text().startswith("Show")).trigger()
        settle()
    assert signal.args == [("act", act_id)]


def test_adding_the_plans_tasks_twice_says_so_and_leaves_no_empty_undo_step(
        qtbot, page, controller, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gala_manager.core.tasks.edits import remove_task
    from tests.ui.undo_helpers import outside_the_stack

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    stack = controller.undo_stack
    outside_the_stack(controller, remove_task, task_id=task_id(page, "清理会场"))
    settle()
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    settle()
    assert said == ["1 task of the plan added."]
    assert "清理会场" in [r.title for r in page.rows]
    steps = stack.count()
    assert stack.undoText() == "Add the plan's tasks"
    # The demo now holds every task of the plan: a second click adds nothing.
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    settle()
    assert said[1] == "Every task of the plan is in this gala already: nothing was added."
    assert stack.count() == steps
    stack.undo()  # Ctrl+Z takes out the task the first click added
    settle()
    assert "清理会场" not in [r.title for r in page.rows]
