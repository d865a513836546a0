"""Every keyboard shortcut of the app in one table: where it works, its keys, what it does.

Actions and buttons take their keys from here (`bind`, `bind_button`), the
Help ▸ Keyboard shortcuts dialog lists this table, and a test checks that no
key means two things where both could fire: in one scope, or in a scope and
the scopes around it (the window around a page, a page around its tab). The
show console is its own window; its keys are `console_keys.KEYS`, listed here
as the scope "console".

A page's shortcuts work while the page shows (`focused=False`), or only while
the keyboard is inside it (`focused=True`: keys such as Del or Alt+↑ that
must never act on a list the user is not looking at).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

from gala_manager.ui.console.console_keys import KEYS as CONSOLE_KEYS

translate = QCoreApplication.translate

# Scope → (the scope around it, its name). "window" is the main window everywhere.
SCOPES: dict[str, tuple[str | None, str]] = {
    "window": (None, QT_TRANSLATE_NOOP("Shortcuts", "Everywhere in the main window")),
    "programme": ("window", QT_TRANSLATE_NOOP("Shortcuts", "Programme")),
    "staff.people": ("window", QT_TRANSLATE_NOOP("Shortcuts", "Staff ▸ People")),
    "staff.departments": ("window", QT_TRANSLATE_NOOP("Shortcuts", "Staff ▸ Departments")),
    "supplies": ("window", QT_TRANSLATE_NOOP("Shortcuts", "Supplies")),
    "sponsors": ("window", QT_TRANSLATE_NOOP("Shortcuts", "Sponsors")),
    "contingency": ("window", QT_TRANSLATE_NOOP("Shortcuts", "Contingency")),
    "guests": ("window", QT_TRANSLATE_NOOP("Shortcuts", "Guests")),
    "tasks": ("window", QT_TRANSLATE_NOOP("Shortcuts", "Tasks")),
    "console": (None, QT_TRANSLATE_NOOP("Shortcuts", "Show console")),
}


@dataclass(frozen=True)
class Shortcut:
    """One command's keys (portable text: Ctrl is ⌘ on macOS) in one scope."""

    name: str
    scope: str
    keys: tuple[str, ...]
    text: str
    focused: bool = False
    # False: a widget reads the key itself (Enter in a list, the console's keys).
    bound: bool = True


def _s(name: str, scope: str, keys: str, text: str, focused: bool = False,
       bound: bool = True) -> Shortcut:
    return Shortcut(name, scope, tuple(keys.split(" | ")), text, focused, bound)


SHORTCUTS: tuple[Shortcut, ...] = (
    _s("new_gala", "window", "Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "New gala")),
    _s("open", "window", "Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Open a gala")),
    _s("save_copy", "window", "Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Save a copy as")),
    _s("properties", "window", "Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "Gala properties")),
    _s("close", "window", "Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Close the gala")),
    _s("quit", "window", "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    _s("undo", "window", "Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo")),
    _s("redo", "window", "Ctrl+Y | Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    _s("preferences", "window", "Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Preferences")),
    _s("next_page", "window", "Ctrl+PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Next page")),
    _s("previous_page", "window", "Ctrl+PgUp",
       QT_TRANSLATE_NOOP("Shortcuts", "Previous page")),
    _s("go_to_page", "window", " | ".join(f"Ctrl+{n}" for n in range(1, 10)),
       QT_TRANSLATE_NOOP("Shortcuts", "Go to page 1 … 9 of the page list")),
    _s("shortcuts", "window", "F1", QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts")),
    _s("open_console", "window", "F11", QT_TRANSLATE_NOOP("Shortcuts", "Open the show console")),
    _s("new_act", "programme", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New act")),
    _s("edit_act", "programme", "Ctrl+E",
       QT_TRANSLATE_NOOP("Shortcuts", "Open the selected act"), focused=True),
    _s("open_act", "programme", "Return",
       QT_TRANSLATE_NOOP("Shortcuts", "Open the act under the cursor in either list"),
       bound=False),
    _s("duplicate_act", "programme", "Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts", "Duplicate act"),
       focused=True),
    _s("delete_act", "programme", "Del",
       QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected act (Ctrl+Z brings it back)"),
       focused=True),
    _s("move_up", "programme", "Alt+Up", QT_TRANSLATE_NOOP("Shortcuts", "Move up"),
       focused=True),
    _s("move_down", "programme", "Alt+Down", QT_TRANSLATE_NOOP("Shortcuts", "Move down"),
       focused=True),
    _s("insert_act", "programme", "Alt+Left",
       QT_TRANSLATE_NOOP("Shortcuts", "Add the selected acts to the running order"),
       focused=True),
    _s("take_out", "programme", "Alt+Right",
       QT_TRANSLATE_NOOP("Shortcuts", "Take out of the running order"), focused=True),
    _s("switch_list", "programme", "F6",
       QT_TRANSLATE_NOOP("Shortcuts", "Switch between the running order and the acts not "
                         "in it")),
    _s("print_runsheet", "programme", "Ctrl+P",
       QT_TRANSLATE_NOOP("Shortcuts", "Print / export the run-sheet")),
    _s("new_person", "staff.people", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Add a person")),
    _s("remove_person", "staff.people", "Del",
       QT_TRANSLATE_NOOP("Shortcuts", "Remove the selected person"), focused=True),
    _s("new_department", "staff.departments", "Ctrl+N",
       QT_TRANSLATE_NOOP("Shortcuts", "Add a department")),
    _s("new_item", "supplies", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Add an item")),
    _s("remove_item", "supplies", "Del",
       QT_TRANSLATE_NOOP("Shortcuts", "Remove the selected items"), focused=True),
    _s("new_sponsor", "sponsors", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Add a sponsor")),
    _s("new_guest", "guests", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Add a guest")),
    _s("remove_guest", "guests", "Del",
       QT_TRANSLATE_NOOP("Shortcuts", "Remove the selected guests"), focused=True),
    _s("new_plan", "contingency", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New plan")),
    _s("new_task", "tasks", "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Add a task")),
    _s("remove_task", "tasks", "Del",
       QT_TRANSLATE_NOOP("Shortcuts", "Remove the selected task"), focused=True),
) + tuple(
    Shortcut(f"console_{key.name}", "console",
             tuple(("Ctrl+" if key.control else "") + QKeySequence(k).toString()
                   for k in key.keys), key.hint, bound=False)
    for key in CONSOLE_KEYS)

_BY_NAME = {s.name: s for s in SHORTCUTS}


def shortcut(name: str) -> Shortcut:
    """The table's entry for a command."""
    return _BY_NAME[name]


def sequences(name: str) -> list[QKeySequence]:
    """The key sequences of a command."""
    return [QKeySequence(k) for k in _BY_NAME[name].keys]


def keys_text(name: str) -> str:
    """The keys as the user reads them on this system (Ctrl+N, ⌘N)."""
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                     for k in _BY_NAME[name].keys)


def scope_chain(scope: str) -> list[str]:
    """A scope and the scopes around it, innermost first."""
    chain = []
    while scope is not None:
        chain.append(scope)
        scope = SCOPES[scope][0]
    return chain


def scope_label(scope: str) -> str:
    """The translated name of a scope."""
    return translate("Shortcuts", SCOPES[scope][1])


def bind(action: QAction, name: str, scope_widget: QWidget | None = None) -> QAction:
    """Give an action its keys; a page's shortcut lives on `scope_widget` (the page or tab)."""
    entry = _BY_NAME[name]
    action.setShortcuts(sequences(name))
    if scope_widget is not None:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut if entry.focused
                                  else Qt.ShortcutContext.WindowShortcut)
        scope_widget.addAction(action)
    return action


def bind_button(button: QAbstractButton, name: str, scope_widget: QWidget) -> QAction:
    """A shortcut that clicks a button of a page (only when the button is enabled)."""
    action = QAction(scope_widget)
    action.triggered.connect(lambda: button.isEnabled() and button.click())
    button.setToolTip(keys_text(name))
    return bind(action, name, scope_widget)
