"""A new committee enters six acts and places them with the keyboard alone, keys counted."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from gala_manager.core.gala.facts import GalaFacts, set_gala_facts
from gala_manager.core.models import ActStatus
from gala_manager.core.programme.checks import check_programme
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.storage.document import GalaDocument
from gala_manager.ui.programme.act_dialog import ActDialog
from gala_manager.ui.shell.main_window import MainWindow
from tests.ui.typing_helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
ACTS = [("开场舞《青春飞扬》", "5:00"), ("独唱《光年之外》", "4分30"),
        ("小品《宿舍那些事》", "12分钟"), ("相声《我要上晚会》", "10:00"),
        ("舞蹈《茉莉花》", "5分"), ("大合唱《明天会更好》", "6:00")]


class Keyboard:
    """Presses keys on whatever has the focus, as a user does, and counts them."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window
        self.commands = 0  # Ctrl+N, Tab, Enter …: the keys beyond the text itself
        self.characters = 0

    def focus(self):
        if QApplication.activeWindow() is None:
            # A desktop hands the keyboard back to the main window when a dialog closes;
            # the offscreen platform has no window manager to do it.
            self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return QApplication.focusWidget()

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.commands += 1
        self.qtbot.keyClick(self.focus(), key, modifiers)

    def type(self, text: str) -> None:
        self.characters += len(text)
        type_text(self.focus(), text)


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "创业协会迎五一晚会.gala"
    document = GalaDocument.create(path, data_dir=tmp_path / "data")
    document.run(set_gala_facts, facts=GalaFacts(name="创业协会迎五一晚会",
                                                 date=dt.date(2027, 4, 30)))
    document.close()
    window = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.open_path(path)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    yield window
    window.close_gala()


def in_dialog(keys: Keyboard, steps) -> list:
    """Run `steps()` once the modal act dialog is up and has the keyboard; it lands in the list."""
    seen = []

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # the key that opens it has not been pressed yet
            QTimer.singleShot(10, run)
            return
        seen.append(dialog)
        try:
            keys.qtbot.waitUntil(dialog.isActiveWindow)
            steps()
        except BaseException as exc:  # a failed step must not leave the dialog blocking
            seen.append(exc)
            dialog.reject()

    QTimer.singleShot(0, run)
    return seen


def enter_act(keys: Keyboard, title: str, duration: str) -> ActDialog:
    def steps():
        keys.type(title)        # the dialog opens on the title
        keys.press(Qt.Key.Key_Tab)
        keys.press(Qt.Key.Key_Tab)  # past the kind
        keys.focus().selectAll()
        keys.type(duration)
        keys.press(Qt.Key.Key_Return)

    seen = in_dialog(keys, steps)
    keys.press(Qt.Key.Key_N, CTRL)
    assert isinstance(seen[0], ActDialog) and len(seen) == 1, seen
    return seen[0]


def test_six_acts_entered_and_placed_from_the_keyboard(window, qtbot):
    keys = Keyboard(qtbot, window)
    keys.press(Qt.Key.Key_2, CTRL)
    page = window.current_page()
    assert page.key == "programme"

    first = enter_act(keys, *ACTS[0])
    assert not first.order_check.isChecked()  # nothing to add to yet
    keys.press(Qt.Key.Key_F6)                 # to the acts not in the order
    assert page.unordered_view.hasFocus()
    keys.press(Qt.Key.Key_Left, ALT)          # add the selected act to the order
    for title, duration in ACTS[1:]:
        dialog = enter_act(keys, title, duration)
        assert dialog.order_check.isChecked()  # an order exists: new acts join it

    order = window.controller.read(running_order)
    assert [a.title for a in order] == [title for title, _ in ACTS]
    assert [a.duration_seconds for a in order] == [300, 270, 720, 600, 300, 360]
    assert {a.status for a in order} == {ActStatus.SELECTED}
    assert not [p for p in window.controller.read(check_programme)
                if p.code == "act_not_selected"]
    # 57 actions when each act needed the mouse to be placed; now Ctrl+2, and per act
    # Ctrl+N, Tab, Tab, Enter, and F6 + Alt+← once for the first.
    assert keys.commands == 1 + 4 * len(ACTS) + 2


def test_enter_opens_a_placed_act_and_delete_removes_it_with_undo(window, qtbot):
    keys = Keyboard(qtbot, window)
    keys.press(Qt.Key.Key_2, CTRL)
    for title, duration in ACTS[:3]:
        enter_act(keys, title, duration)
    page = window.current_page()
    keys.press(Qt.Key.Key_F6)
    page.unordered_view.selectAll()
    keys.press(Qt.Key.Key_Left, ALT)  # all three in one step
    qtbot.waitUntil(lambda: page.order_model.rowCount() == 3)  # the grid reloads after the event
    keys.press(Qt.Key.Key_F6)
    assert page.table.hasFocus()
    keys.press(Qt.Key.Key_Home, CTRL)
    keys.press(Qt.Key.Key_Down)
    seen = in_dialog(keys, lambda: keys.press(Qt.Key.Key_Escape))
    keys.press(Qt.Key.Key_Return)
    assert isinstance(seen[0], ActDialog) and seen[0].title_edit.text() == ACTS[1][0]
    page.table.setFocus()
    keys.press(Qt.Key.Key_Delete)
    assert [a.title for a in window.controller.read(running_order)] == [ACTS[0][0], ACTS[2][0]]
    keys.press(Qt.Key.Key_Z, CTRL)
    assert [a.title for a in window.controller.read(running_order)] == [a for a, _ in ACTS[:3]]
    keys.press(Qt.Key.Key_Z, CTRL)  # the placing of three was one step
    assert window.controller.read(running_order) == []
    qtbot.waitUntil(lambda: page.order_model.rowCount() == 0)
    assert page.unordered_model.rowCount() == 3


def test_tab_leaves_a_multi_line_field_and_ctrl_enter_starts_a_line(qtbot):
    dialog = ActDialog(ActFields(title="相声《我要上晚会》"), [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.performers_edit.setFocus()
    type_text(dialog.performers_edit, "赵磊")
    qtbot.keyClick(dialog.performers_edit, Qt.Key.Key_Return, CTRL)
    type_text(dialog.performers_edit, "孙浩")
    qtbot.keyClick(dialog.performers_edit, Qt.Key.Key_Tab)
    assert dialog.head_count_spin.hasFocus()
    assert "\t" not in dialog.performers_edit.toPlainText()
    dialog.performers_edit.setFocus()
    qtbot.keyClick(dialog.performers_edit, Qt.Key.Key_Return)  # Enter: OK, as in any field
    assert dialog.result() == ActDialog.DialogCode.Accepted
    assert dialog.fields().performers == "赵磊\n孙浩"
