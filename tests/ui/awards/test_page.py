"""The Awards page driven like a user: scores typed from the keyboard, entries ticked,
awards edited, a tie decided, prints written."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from gala_manager.core.awards.entries import list_entries, list_judges
from gala_manager.core.awards.results import award_results
from gala_manager.core.awards.rows import CategoryData
from gala_manager.core.awards.scores import read_scores, set_scores
from gala_manager.core.awards.settings import list_categories
from gala_manager.core.models import AwardBasis
from gala_manager.ui.awards.awards_page import AwardsPage
from tests.export.pdf_helpers import page_texts
from tests.ui.events import settle


@pytest.fixture
def page(qtbot, controller):
    widget = AwardsPage(controller)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def acts(controller) -> dict[str, int]:
    return {e.title: e.act_id for e in controller.read(list_entries)}


def test_type_scores_into_the_grid_and_move_down(qtbot, page, controller, warnings_shown):
    page.tabs.setCurrentWidget(page.scores_tab)
    tab = page.scores_tab
    view, model = tab.view, tab.model
    judge = controller.read(list_judges)[0]
    column = model.column_of(f"judge_{judge.id}")
    first = model.row_at(0)
    assert first.title == "开场舞《青春飞扬》"
    view.setFocus()
    view.setCurrentIndex(model.index(0, column))
    qtbot.keyClick(view, "8")  # typing on a cell opens its editor with the key typed
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "8"
    qtbot.keyClicks(editor, "8.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert warnings_shown == []
    qtbot.waitUntil(lambda: view.currentIndex().row() == 1)
    assert controller.read(read_scores)[(first.act_id, judge.id)] == Decimal("88.50")
    # 88.5 is now the highest, 82 the lowest: (85 + 83 + 86) / 3.
    assert model.row_at(0).final == Decimal("84.67")
    assert controller.undo_stack.undoText() == (
        f"Score 88.50 from {judge.name} for 开场舞《青春飞扬》")
    controller.undo_stack.undo()
    assert controller.read(read_scores)[(first.act_id, judge.id)] == Decimal("84.00")


def test_a_bad_score_is_refused_in_words(qtbot, page, controller, warnings_shown):
    tab = page.scores_tab
    judge = controller.read(list_judges)[0]
    index = tab.model.index(0, tab.model.column_of(f"judge_{judge.id}"))
    assert not tab.model.setData(index, "101")
    assert warnings_shown == ["A score must be between 0 and the highest score."]
    assert not tab.model.setData(index, "九十")
    assert warnings_shown[-1] == "A score is a number, e.g. 92.5."


def test_deleting_a_score_leaves_it_missing(qtbot, page, controller):
    page.tabs.setCurrentWidget(page.scores_tab)
    tab = page.scores_tab
    judge = controller.read(list_judges)[4]
    number = tab.model.row_of(acts(controller)["小品《宿舍那些事》"])
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(number, tab.model.column_of(f"judge_{judge.id}")))
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    settle()
    row = tab.model.row_at(number)
    assert row.missing == (judge.name,) and row.final == Decimal("93.50")
    assert tab.model.data(tab.model.index(number, tab.model.column_of("missing"))) == judge.name


def test_tick_an_act_out_of_the_competition(qtbot, page, controller):
    tab = page.setup_tab
    model = tab.entry_model
    number = model.row_of(acts(controller)["开场舞《青春飞扬》"])
    index = model.index(number, model.column_of("competes"))
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "开场舞《青春飞扬》" not in {a.title for a in controller.read(award_results).acts}
    controller.undo_stack.undo()
    assert len(controller.read(award_results).acts) == 10


def test_add_an_award_and_undo(qtbot, page, controller, monkeypatch):
    tab = page.setup_tab
    monkeypatch.setattr(tab, "ask_category", lambda current=None: CategoryData(
        "最佳创意奖", 1, AwardBasis.SCORE))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert [c.data.name for c in controller.read(list_categories)][-1] == "最佳创意奖"
    assert tab.selected_category().data.name == "最佳创意奖"
    qtbot.mouseClick(tab.up_button, Qt.MouseButton.LeftButton)
    assert [c.data.name for c in controller.read(list_categories)][-2] == "最佳创意奖"
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert len(controller.read(list_categories)) == 4


def test_decide_a_tie_on_the_results_tab(qtbot, page, controller, monkeypatch):
    ids = acts(controller)
    judges = [j.id for j in controller.read(list_judges)]
    controller.run(set_scores, scores={(ids["相声《我要上晚会》"], j): Decimal(v)
                                       for j, v in zip(judges, (90, 90, 91, 88, 90),
                                                       strict=True)})
    tab = page.results_tab
    page.tabs.setCurrentWidget(tab)
    settle()
    assert tab.tie_label.isVisible() and tab.decide_button.isEnabled()
    assert "相声《我要上晚会》" in tab.tie_label.text()
    monkeypatch.setattr(tab, "ask_order", lambda award: [ids["合唱《我和我的祖国》"],
                                                         ids["相声《我要上晚会》"]])
    qtbot.mouseClick(tab.decide_button, Qt.MouseButton.LeftButton)
    settle()
    assert not tab.tie_label.isVisible()
    assert "(a tie decided by the committee)" in tab.awards_label.text()
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    settle()
    assert tab.tie_label.isVisible()


def test_certificates_from_the_file_menu(page, tmp_path, monkeypatch):
    out = tmp_path / "奖状.pdf"
    monkeypatch.setattr(page, "ask_path", lambda what: out)
    page.menu_actions()["file"][-1].trigger()
    pages = page_texts(out.read_bytes())
    assert len(pages) == 7 and "小品《宿舍那些事》" in pages[0]
