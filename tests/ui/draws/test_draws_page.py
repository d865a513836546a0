"""The Lucky draw page driven like a user: define a draw, draw it, mark, redraw, export."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gala_manager.core.draws.setup import list_draws
from gala_manager.core.models import PoolKind, WinnerStatus
from gala_manager.ui.draws.draws_page import DrawsPage
from tests.ui.typing_helpers import type_text


@pytest.fixture
def page(qtbot, controller):
    widget = DrawsPage(controller)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def select_winner(qtbot, page, entry: str) -> None:
    number = next(i for i, w in enumerate(page.winner_model.rows()) if w.entry == entry)
    rect = page.winner_table.visualRect(page.winner_proxy.index(number, 1))
    qtbot.mouseClick(page.winner_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())


def draw_on_screen(qtbot, page):
    screen = page.open_big_screen()
    qtbot.addWidget(screen)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    return screen


def test_define_a_names_draw_draw_it_and_redraw_an_absent_winner(qtbot, page, controller):
    assert [r.data.name for r in page.model.rows()] == ["幸运观众抽奖", "志愿者感谢抽奖"]

    def fill(dialog):
        try:
            enter(dialog)
        except BaseException:  # a failed check must not leave the modal dialog blocking
            dialog.reject()
            raise

    def enter(dialog):
        click_ok(qtbot, dialog)
        assert dialog.isVisible() and dialog.error_label.text() == "A draw needs a name."
        type_text(dialog.name_edit, "礼仪队抽奖")
        radio = dialog.names_radio  # clicked on its round button, as a user does
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
        click_ok(qtbot, dialog)
        assert dialog.error_label.text() == "The list of names is empty."
        type_text(dialog.names_edit, "高雅琳\n梁晓雪\n王小丫\n李一桐")
        assert dialog.names_count.text() == "4 names"
        dialog.winners_spin.setValue(2)
        combo = dialog.prize_combo
        combo.setCurrentIndex(combo.findText("笔记本", Qt.MatchFlag.MatchStartsWith))
        check = dialog.committee_check
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
        click_ok(qtbot, dialog)

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = controller.read(list_draws)[-1]
    assert (added.data.name, added.data.pool_kind, added.data.names) == (
        "礼仪队抽奖", PoolKind.NAMES, ("高雅琳", "梁晓雪", "王小丫", "李一桐"))
    assert page.selected_draw().id == added.id

    screen = draw_on_screen(qtbot, page)
    shown = [label.full_text() for label in screen.winner_labels]
    # 高雅琳 and 梁晓雪 are the gala's own ushers: left out.
    assert sorted(shown) == ["李一桐", "王小丫"]
    page.refresh_if_stale()
    assert [w.entry for w in page.winner_model.rows()] == shown
    assert page.stock_label.text().startswith("笔记本（有奖问答）: 30 of 30")

    select_winner(qtbot, page, shown[0])
    qtbot.mouseClick(page.collected_button, Qt.MouseButton.LeftButton)
    page.refresh_if_stale()
    assert page.stock_label.text().startswith("笔记本（有奖问答）: 29 of 30")
    select_winner(qtbot, page, shown[1])
    assert not page.redraw_button.isEnabled()
    qtbot.mouseClick(page.absent_button, Qt.MouseButton.LeftButton)
    page.refresh_if_stale()
    select_winner(qtbot, page, shown[1])
    # Nobody is left in the pool: the redraw says so on the big screen, nothing changes.
    qtbot.mouseClick(page.redraw_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(page.big_screen)
    qtbot.keyClick(page.big_screen, Qt.Key.Key_Space)
    assert "Only 0 can still win" in page.big_screen.message.text()
    statuses = [w.status for w in controller.read(list_draws)[-1].winners]
    assert statuses == [WinnerStatus.COLLECTED, WinnerStatus.ABSENT]

    controller.undo_stack.undo()  # the absent mark
    assert [w.status for w in controller.read(list_draws)[-1].winners] == [
        WinnerStatus.COLLECTED, WinnerStatus.DRAWN]


def test_a_redraw_on_the_big_screen_stays_on_the_record(qtbot, page, controller):
    page.select_draw(page.model.rows()[1].id)  # the volunteers
    first = [label.full_text() for label in draw_on_screen(qtbot, page).winner_labels]
    page.refresh_if_stale()
    select_winner(qtbot, page, first[2])
    qtbot.mouseClick(page.absent_button, Qt.MouseButton.LeftButton)
    page.refresh_if_stale()
    select_winner(qtbot, page, first[2])
    qtbot.mouseClick(page.redraw_button, Qt.MouseButton.LeftButton)
    screen = page.big_screen
    qtbot.addWidget(screen)
    assert screen.title_label.full_text() == f"志愿者感谢抽奖: redraw for {first[2]}"
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    [again] = [label.full_text() for label in screen.winner_labels]
    assert again not in first
    page.refresh_if_stale()
    rows = page.winner_model.rows()
    assert [(w.entry, w.status, w.redraw_of) for w in (rows[2], rows[-1])] == [
        (first[2], WinnerStatus.ABSENT, ""), (again, WinnerStatus.DRAWN, first[2])]
    assert len(rows) == 6
    assert not page.redraw_button.isEnabled()


def test_export_the_winners_for_the_handout_table(qtbot, page, controller, tmp_path,
                                                  monkeypatch):
    page.select_draw(page.model.rows()[1].id)
    winners = [label.full_text() for label in draw_on_screen(qtbot, page).winner_labels]
    target = tmp_path / "中奖名单.xlsx"
    monkeypatch.setattr(page, "ask_export_path", lambda suggested: target)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(target).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert rows[0] == ["Draw", "No.", "Winner", "Prize", "Status", "Drawn at", "Note",
                       "Signature"]
    assert [r[2] for r in rows[1:]] == winners
    assert {r[3] for r in rows[1:]} == {"奶茶券（有奖问答）"}


def test_a_drawn_draw_cannot_be_removed_and_keeps_its_pool(qtbot, page, controller):
    draw_on_screen(qtbot, page)
    page.refresh_if_stale()
    assert not page.remove_button.isEnabled()
    assert page.model.rows()[0].has_run
