"""One shortcut table: no key means two things, every key comes from it, Help lists it."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from gala_manager.ui.areas import PAGES
from gala_manager.ui.programme.act_dialog import ActDialog
from gala_manager.ui.shell.gala_dialog import GalaDialog
from gala_manager.ui.shell.shortcuts_dialog import ShortcutsDialog
from gala_manager.ui.shortcuts import SCOPES, SHORTCUTS, scope_chain


def _portable(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def test_no_key_means_two_things_where_both_could_fire():
    meanings: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entry in SHORTCUTS:
        assert entry.scope in SCOPES
        for key in entry.keys:
            assert QKeySequence(key).count() == 1, f"{entry.name}: {key!r} is not a key"
            meanings[(entry.scope, _portable(key))].append(entry.name)
    clashes = []
    for scope in SCOPES:
        seen: dict[str, str] = {}
        for outer in scope_chain(scope):
            for (where, key), names in meanings.items():
                if where != outer:
                    continue
                if len(names) > 1:
                    clashes.append((key, names))
                if key in seen and seen[key] != names[0]:
                    clashes.append((key, [seen[key], names[0]]))
                seen.setdefault(key, names[0])
    assert clashes == []
    assert len({e.name for e in SHORTCUTS}) == len(SHORTCUTS)


def _window_shortcuts(window) -> set[str]:
    keys = set()
    for action in window.findChildren(QAction):
        keys |= {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}
    return keys


def test_every_key_of_the_window_is_in_the_table_and_every_bound_entry_is_used(main_window):
    # Pages are built when first shown, and their actions with them: visit every one.
    for spec in PAGES:
        main_window.show_page(spec.key)
    in_window = _window_shortcuts(main_window)
    table = {_portable(k) for e in SHORTCUTS if e.scope != "console" for k in e.keys}
    bound = {_portable(k) for e in SHORTCUTS if e.scope != "console" and e.bound
             for k in e.keys}
    assert in_window <= table, f"keys bound outside the table: {in_window - table}"
    assert bound <= in_window, f"table entries bound nowhere: {bound - in_window}"


def test_ctrl_n_adds_an_act_on_the_programme_page_and_ctrl_shift_n_a_gala(main_window, qtbot):
    main_window.show_page("programme")
    opened = []

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog))
        dialog.reject()

    for count, modifiers in enumerate((Qt.KeyboardModifier.ControlModifier,
                                       Qt.KeyboardModifier.ControlModifier
                                       | Qt.KeyboardModifier.ShiftModifier), start=1):
        main_window.activateWindow()
        qtbot.waitUntil(main_window.isActiveWindow)
        QTimer.singleShot(0, close_dialog)
        qtbot.keyClick(main_window.page("programme").table, Qt.Key.Key_N, modifiers)
        qtbot.waitUntil(lambda n=count: len(opened) == n)
    assert opened == [ActDialog, GalaDialog]


def test_pages_are_reached_by_ctrl_number(main_window, qtbot):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page().key == "programme"
    qtbot.keyClick(main_window.nav, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page().key == main_window.pages[2].key


def test_help_lists_every_shortcut_in_chinese(qtbot, app_language):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    model = dialog.proxy
    rows = {(model.index(r, 0).data(), model.index(r, 2).data()) for r in range(model.rowCount())}
    assert model.rowCount() == len(SHORTCUTS)
    assert ("节目", "新建节目") in rows
    assert any(where == "演出控制台" for where, _ in rows)
    type_search = dialog.search
    type_search.setText("Del")
    assert 0 < dialog.proxy.rowCount() < len(SHORTCUTS)
