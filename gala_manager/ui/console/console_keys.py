"""The console's keys: one table drives the key handling, the buttons and their tool tips."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

translate = QCoreApplication.translate
K = Qt.Key


@dataclass(frozen=True)
class ConsoleKey:
    """A console action: its key(s), the key's printed name, a short label for its button
    and what it does in a sentence (the button's tool tip). `row` places the button."""

    name: str
    keys: tuple[Qt.Key, ...]
    shown: str
    label: str
    hint: str
    row: int
    control: bool = False

    def matches(self, event) -> bool:
        """Whether a key press is this key (Ctrl only where the key wants it)."""
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        return event.key() in self.keys and ctrl == self.control


def _key(name, keys, shown, label, hint, row, control=False) -> ConsoleKey:
    return ConsoleKey(name, keys, shown, label, hint, row, control)


# Row 0 runs the show, row 1 handles incidents, row 2 the rest.
KEYS = [
    _key("start", (K.Key_F5,), "F5", QT_TRANSLATE_NOOP("ConsoleKeys", "Start"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Start the show"), 0),
    _key("next", (K.Key_Space, K.Key_N), "Space", QT_TRANSLATE_NOOP("ConsoleKeys", "Next act"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Next act"), 0),
    _key("breakdown", (K.Key_B,), "B", QT_TRANSLATE_NOOP("ConsoleKeys", "Breakdown"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Breakdown: restart, then withdraw"), 0),
    _key("not_ready", (K.Key_R,), "R", QT_TRANSLATE_NOOP("ConsoleKeys", "Not ready"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Next act not ready: swap"), 0),
    _key("skip", (K.Key_S,), "S", QT_TRANSLATE_NOOP("ConsoleKeys", "Skip next"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Skip the next act"), 0),
    _key("intermission", (K.Key_I,), "I", QT_TRANSLATE_NOOP("ConsoleKeys", "Intermission"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Intermission start/end"), 0),
    _key("end", (K.Key_E,), "E", QT_TRANSLATE_NOOP("ConsoleKeys", "End show"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "End of the show"), 0),
    _key("power", (K.Key_P,), "P", QT_TRANSLATE_NOOP("ConsoleKeys", "Power failure"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Power failure"), 1),
    _key("injury", (K.Key_J,), "J", QT_TRANSLATE_NOOP("ConsoleKeys", "Injury"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Injury"), 1),
    _key("disorder", (K.Key_D,), "D", QT_TRANSLATE_NOOP("ConsoleKeys", "Disorder"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Disorder"), 1),
    _key("other", (K.Key_O,), "O", QT_TRANSLATE_NOOP("ConsoleKeys", "Other"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Other incident"), 1),
    _key("escalate", (K.Key_X,), "X", QT_TRANSLATE_NOOP("ConsoleKeys", "Escalate"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Escalate (serious)"), 1),
    _key("resolve", (K.Key_V,), "V", QT_TRANSLATE_NOOP("ConsoleKeys", "Resolved"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Incident resolved"), 1),
    _key("note", (K.Key_T,), "T", QT_TRANSLATE_NOOP("ConsoleKeys", "Note"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Note"), 1),
    _key("music", (K.Key_M,), "M", QT_TRANSLATE_NOOP("ConsoleKeys", "Music"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Play or stop the act's track"), 2),
    _key("fade", (K.Key_F,), "F", QT_TRANSLATE_NOOP("ConsoleKeys", "Fade out"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Fade the track out"), 2),
    _key("stage", (K.Key_F10,), "F10", QT_TRANSLATE_NOOP("ConsoleKeys", "Stage display"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Open or close the stage display"), 2),
    _key("crew", (K.Key_F9,), "F9", QT_TRANSLATE_NOOP("ConsoleKeys", "Phones"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Share a live view with the crew's phones, or the "
                                          "programme with the audience's"), 2),
    _key("winner", (K.Key_W,), "W", QT_TRANSLATE_NOOP("ConsoleKeys", "Quiz winner"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Record a quiz winner and hand out the prize"), 2),
    _key("undo", (K.Key_Z,), "Ctrl+Z", QT_TRANSLATE_NOOP("ConsoleKeys", "Undo"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Undo last action"), 2, control=True),
    _key("fullscreen", (K.Key_F11,), "F11", QT_TRANSLATE_NOOP("ConsoleKeys", "Full screen"),
         QT_TRANSLATE_NOOP("ConsoleKeys", "Full screen"), 2),
]


def key_legend(key: ConsoleKey) -> str:
    """"[B] Breakdown": the key and its short translated label, for the window's buttons."""
    return f"[{key.shown}] {translate('ConsoleKeys', key.label)}"


def key_hint(key: ConsoleKey) -> str:
    """What the key does, in a sentence (its button's tool tip)."""
    return f"{key.shown}: {translate('ConsoleKeys', key.hint)}"
