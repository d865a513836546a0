"""The Quiz page driven like a user: a question added, a winner recorded, a prize taken back,
the host's cards printed; and the console's winner key during the show."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gala_manager.core.quiz.questions import list_questions, quiz_acts
from gala_manager.core.supplies import list_handouts, prize_stock
from gala_manager.ui.quiz.quiz_page import QuizPage
from tests.export.pdf_helpers import page_texts
from tests.ui.events import settle
from tests.ui.typing_helpers import type_text


@pytest.fixture
def page(qtbot, controller):
    widget = QuizPage(controller)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def stock(controller, name: str):
    return next(s for s in controller.read(prize_stock).values() if s.name == name)


def test_add_a_question_to_the_second_round_then_undo(qtbot, page, controller):
    assert page.question_model.rowCount() == 8
    second = controller.read(quiz_acts)[1]

    def fill(dialog):
        type_text(dialog.question_edit, "晚会的主办单位是？")
        type_text(dialog.answer_edit, "创业协会")
        dialog.round_combo.setCurrentIndex(dialog.round_combo.findData(second[0]))
        dialog.prize_combo.setCurrentIndex(dialog.prize_combo.findText("奶茶券（有奖问答）"))
        click_ok(qtbot, dialog)

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = next(q for q in controller.read(list_questions) if q.data.question ==
                 "晚会的主办单位是？")
    assert (added.round_title, added.position, added.prize_name) == (second[1], 5,
                                                                      "奶茶券（有奖问答）")
    assert [r.id for r in page.selected_rows()] == [added.id]
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert next(q for q in controller.read(list_questions) if q.id == added.id).position == 4
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert len(controller.read(list_questions)) == 8


def test_record_a_winner_and_take_the_prize_back(qtbot, page, controller, monkeypatch):
    first_round = controller.read(list_questions)[:4]
    page.select_ids([first_round[0].id])

    def fill(dialog):
        assert dialog.question_id() == first_round[0].id  # nobody has won it yet
        assert dialog.prize_name() == "笔记本（有奖问答）"
        assert dialog.answer_label.text() == first_round[0].data.answer
        dialog.accept()
        assert dialog.error_label.text() == "A winner needs a name."
        type_text(dialog.name_edit, "林晓")
        type_text(dialog.class_edit, "会计 2302 班")
        return True

    monkeypatch.setattr(page, "run_dialog", fill)
    assert page.record_winner()
    settle()
    assert stock(controller, "笔记本（有奖问答）").left == 29
    assert page.winner_model.rowCount() == 1
    won = controller.read(list_handouts)[0]
    assert (won.winner.name, won.winner.winner_class, won.question_id) == (
        "林晓", "会计 2302 班", first_round[0].id)
    assert page.winner_model.data(page.winner_model.index(
        0, page.winner_model.column_of("round"))) == first_round[0].round_title
    # The next winner of the round is offered the next question.
    monkeypatch.setattr(page, "run_dialog", lambda dialog: (
        dialog.question_id() == first_round[1].id) and False)
    assert not page.record_winner()
    page.winner_view.selectRow(0)
    qtbot.mouseClick(page.take_back_button, Qt.MouseButton.LeftButton)
    assert stock(controller, "笔记本（有奖问答）").left == 30
    controller.undo_stack.undo()
    assert stock(controller, "笔记本（有奖问答）").left == 29


def test_print_the_quiz_cards(page, tmp_path, monkeypatch):
    out = tmp_path / "有奖问答主持卡.pdf"
    monkeypatch.setattr(page, "ask_path", lambda: out)
    page.menu_actions()["file"][0].trigger()
    pages = page_texts(out.read_bytes())
    assert len(pages) == 2 and "今晚第一个节目的名字是什么？" in pages[1]


def test_a_quiz_problem_leads_to_the_question(main_window):
    controller = main_window.controller
    question = controller.read(list_questions)[2]
    main_window.navigate(("quiz_question", question.id))
    page = main_window.page("quiz")
    assert main_window.current_page() is page
    assert [r.id for r in page.selected_rows()] == [question.id]


@pytest.fixture
def console(qtbot, controller, monkeypatch):
    from gala_manager.ui.console.clock import ManualClock
    from gala_manager.ui.console.launcher import ConsoleLauncher
    from gala_manager.ui.contingency.contingency_page import ContingencyPage

    clock = ManualClock(dt.datetime(2027, 4, 30, 19, 0))
    monkeypatch.setattr(ConsoleLauncher, "clock", clock)
    monkeypatch.setattr(ConsoleLauncher, "ask_run", lambda self, parent, default: "show")
    page = ContingencyPage(controller)
    qtbot.addWidget(page)
    window = page.open_console()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_the_console_records_a_winner_of_the_round_on_stage(qtbot, console, controller,
                                                            monkeypatch):
    second = controller.read(quiz_acts)[1][0]
    qtbot.keyClick(console, Qt.Key.Key_F5)
    for _ in range(30):
        if console.show_data.state.on_stage.act_id == second:
            break
        qtbot.keyClick(console, Qt.Key.Key_Space)
    assert console.show_data.state.on_stage.act_id == second
    round_questions = [q for q in controller.read(list_questions) if q.data.act_id == second]

    def fill(dialog):
        assert [dialog.question_combo.itemData(i) for i in range(1, dialog.question_combo.count())
                ] == [q.id for q in round_questions]  # only the round on stage
        type_text(dialog.name_edit, "周同学")
        return True

    monkeypatch.setattr(console, "run_dialog", fill)
    qtbot.keyClick(console, Qt.Key.Key_W)
    won = controller.read(list_handouts)
    assert [(h.winner.name, h.act_id, h.question_id, h.item_name) for h in won] == [
        ("周同学", second, round_questions[0].id, "奶茶券（有奖问答）")]
    assert "Quiz winner: 周同学, 奶茶券（有奖问答）" in console.status_label.full_text()
    assert stock(controller, "奶茶券（有奖问答）").left == 49
