"""The readiness panel: bars match the core figures; clicking a late task navigates to it."""

from PySide6.QtCore import Qt

from gala_manager.core.demo.tasks_data import DEMO_NOW, OVERDUE
from gala_manager.core.tasks.readiness import readiness
from gala_manager.ui.tasks.readiness_widget import ReadinessWidget


def test_bars_lists_and_navigation(qtbot, controller):
    ReadinessWidget.now = staticmethod(lambda: DEMO_NOW)
    widget = ReadinessWidget(controller)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.reload()
    state = controller.read(readiness, now=DEMO_NOW)
    assert (widget.bars["acts"].value(), widget.bars["acts"].maximum()) == (
        state.acts.done, state.acts.total)
    assert widget.figures["supplies"].text() == (
        f"{state.supplies.done} of {state.supplies.total}")
    assert widget.figures["planning"].text() == "3 of 3"
    assert 0 < widget.bars["budget"].value() < 100
    titles = {row.title for row in widget.overdue_model.rows()}
    assert titles == set(OVERDUE)
    assert widget.soon_model.rowCount() == len(state.next_up) >= len(state.due_soon) > 0

    view = widget.overdue_view
    rect = view.visualRect(widget.overdue_model.index(0, 0))
    with qtbot.waitSignal(controller.navigate_requested) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [("task", widget.overdue_model.row_at(0).id)]


def test_months_before_the_gala_the_next_deadlines_fill_the_panel(qtbot, controller,
                                                                  monkeypatch):
    import datetime as dt

    from gala_manager.core.tasks.readiness import NEXT_COUNT

    months_before = dt.datetime(2026, 12, 2, 9, 0)
    monkeypatch.setattr(ReadinessWidget, "now", staticmethod(lambda: months_before))
    widget = ReadinessWidget(controller)
    qtbot.addWidget(widget)
    widget.show()
    widget.reload()
    state = controller.read(readiness, now=months_before)
    assert state.overdue == () and state.due_soon == ()
    assert not widget.overdue_box.isVisible()
    assert widget.soon_model.rowCount() == NEXT_COUNT
    due = [row.due_on for row in widget.soon_model.rows()]
    assert due == sorted(due) and due[0] > months_before.date()


def test_overview_late_task_leads_to_its_card(qtbot, monkeypatch, demo_path, tmp_path):
    from gala_manager.ui.shell.main_window import MainWindow
    from gala_manager.ui.tasks.tasks_page import TasksPage

    monkeypatch.setattr(ReadinessWidget, "now", staticmethod(lambda: DEMO_NOW))
    monkeypatch.setattr(TasksPage, "now", staticmethod(lambda: DEMO_NOW))
    window = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.open_path(demo_path)
    window.show()
    overview = window.page("gala")
    panel = overview.readiness
    assert panel.isVisible() and panel.overdue_model.rowCount() == 2
    late = panel.overdue_model.row_at(1)
    rect = panel.overdue_view.visualRect(panel.overdue_model.index(1, 0))
    qtbot.mouseClick(panel.overdue_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page().key == "tasks"
    assert window.current_page().board.selected_id == late.id
    window.close_gala()
