"""The readiness panel: bars match the core figures; clicking a late task navigates to it."""

from PySide6.QtCore import Qt

from gala_manager.core.demo.tasks_data import DEMO_NOW, OVERDUE
from gala_manager.core.readiness import readiness
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
    titles = {widget.overdue_model.rows[i].title for i in range(widget.overdue_model.rowCount())}
    assert titles == set(OVERDUE)
    assert widget.soon_model.rowCount() == len(state.due_soon) > 0

    view = widget.overdue_view
    rect = view.visualRect(widget.overdue_model.index(0))
    with qtbot.waitSignal(controller.navigate_requested) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [("task", widget.overdue_model.rows[0].id)]
