"""The console's keys: one table drives the key handling, the buttons and the legend."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

translate = QCoreApplication.translate
K = Qt.Key


@dataclass(frozen=True)
class ConsoleKey:
    """A console action's key(s), the key's printed name and what it does."""

    name: str
    keys: tuple[Qt.Key, ...]
    shown: str
    label: str
    control: bool = False

    def matches(self, event) -> bool:
        """Whether a key press is this key (Ctrl only where the key wants it)."""
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        return event.key() in self.keys and ctrl == self.control


KEYS = [
    ConsoleKey("start", (K.Key_F5,), "F5", QT_TRANSLATE_NOOP("ConsoleKeys", "Start the show")),
    ConsoleKey("next", (K.Key_Space, K.Key_N), "Space/N",
               QT_TRANSLATE_NOOP("ConsoleKeys", "Next act")),
    ConsoleKey("breakdown", (K.Key_B,), "B",
               QT_TRANSLATE_NOOP("ConsoleKeys", "Breakdown: restart, then withdraw")),
    ConsoleKey("not_ready", (K.Key_R,), "R",
               QT_TRANSLATE_NOOP("ConsoleKeys", "Next act not ready: swap")),
    ConsoleKey("skip", (K.Key_S,), "S", QT_TRANSLATE_NOOP("ConsoleKeys", "Skip the next act")),
    ConsoleKey("intermission", (K.Key_I,), "I",
               QT_TRANSLATE_NOOP("ConsoleKeys", "Intermission start/end")),
    ConsoleKey("end", (K.Key_E,), "E", QT_TRANSLATE_NOOP("ConsoleKeys", "End of the show")),
    ConsoleKey("power", (K.Key_P,), "P", QT_TRANSLATE_NOOP("ConsoleKeys", "Power failure")),
    ConsoleKey("injury", (K.Key_J,), "J", QT_TRANSLATE_NOOP("ConsoleKeys", "Injury")),
    ConsoleKey("disorder", (K.Key_D,), "D", QT_TRANSLATE_NOOP("ConsoleKeys", "Disorder")),
    ConsoleKey("other", (K.Key_O,), "O", QT_TRANSLATE_NOOP("ConsoleKeys", "Other incident")),
    ConsoleKey("escalate", (K.Key_X,), "X",
               QT_TRANSLATE_NOOP("ConsoleKeys", "Escalate (serious)")),
    ConsoleKey("resolve", (K.Key_V,), "V",
               QT_TRANSLATE_NOOP("ConsoleKeys", "Incident resolved")),
    ConsoleKey("note", (K.Key_T,), "T", QT_TRANSLATE_NOOP("ConsoleKeys", "Note")),
    ConsoleKey("undo", (K.Key_Z,), "Ctrl+Z",
               QT_TRANSLATE_NOOP("ConsoleKeys", "Undo last action"), control=True),
    ConsoleKey("fullscreen", (K.Key_F11,), "F11",
               QT_TRANSLATE_NOOP("ConsoleKeys", "Full screen")),
]


def key_legend(key: ConsoleKey) -> str:
    """"[B] Breakdown …": the key and its translated action, for the window's buttons."""
    return f"[{key.shown}] {translate('ConsoleKeys', key.label)}"
