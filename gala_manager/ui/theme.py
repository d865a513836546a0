"""Every colour the app paints, chosen for the light or dark scheme in force, in one place."""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

APPEARANCE_KEY = "ui/appearance"
APPEARANCES = ("system", "light", "dark")
# The property naming the tone a widget's text is painted in, so a scheme change repaints it.
_TONE_PROPERTY = "galaTone"


class Tone(enum.Enum):
    """What a colour means; each has a light and a dark variant."""

    # Text, on the window or a view's base (WCAG AA, 4.5:1, on both and on the tints).
    ERROR = "error"          # late, over budget, refused
    WARNING = "warning"      # under plan, worth a look
    SUCCESS = "success"      # within plan, confirmed, money left
    ACCENT = "accent"        # the gala itself: the countdown, gala day on the timeline
    INFO = "info"            # today on the timeline
    MUTED = "muted"          # not playable, built in, secondary
    # Backgrounds under the palette's own text.
    TINT_ERROR = "tint_error"
    TINT_WARNING = "tint_warning"
    TINT_SUCCESS = "tint_success"
    TINT_SUCCESS_STRONG = "tint_success_strong"
    TINT_NEUTRAL = "tint_neutral"
    TINT_INFO = "tint_info"
    TINT_SECTION = "tint_section"
    TINT_DONE = "tint_done"


# (light, dark), measured against white/#efefef and #1e1e1e/#2b2b2b windows and bases.
_COLOURS: dict[Tone, tuple[str, str]] = {
    Tone.ERROR: ("#b02525", "#ffa8a8"),
    Tone.WARNING: ("#8f4700", "#ffc078"),
    Tone.SUCCESS: ("#1e6b2e", "#69db7c"),
    Tone.ACCENT: ("#a81e50", "#f783ac"),
    Tone.INFO: ("#1864ab", "#74c0fc"),
    Tone.MUTED: ("#595959", "#b0b0b0"),
    Tone.TINT_ERROR: ("#ffe3e3", "#4a1f1f"),
    Tone.TINT_WARNING: ("#fff3bf", "#3f3210"),
    Tone.TINT_SUCCESS: ("#d3f9d8", "#1c3a25"),
    Tone.TINT_SUCCESS_STRONG: ("#b2f2bb", "#1d4027"),
    Tone.TINT_NEUTRAL: ("#f1f3f5", "#303336"),
    Tone.TINT_INFO: ("#e7f5ff", "#1a3149"),
    Tone.TINT_SECTION: ("#f3f6fb", "#252b35"),
    Tone.TINT_DONE: ("#e9ecef", "#36393c"),
}

# The show console and the stage display are dark in both schemes: backstage and on a
# stage monitor a bright window dazzles. Text on them meets 4.5:1 as well.
STAGE = {
    "background": "#111418", "panel": "#1c2128", "text": "#e9ecef", "muted": "#adb5bd",
    "highlight": "#ffd43b", "good": "#69db7c", "bad": "#ff6b6b", "info": "#74c0fc",
    "incident": "#5c1a1a", "incident_text": "#ffe3e3", "incident_strong": "#ffffff",
    "incident_soft": "#ffa8a8", "button": "#2b3038", "soft": "#ced4da", "alarm": "#ff8787",
}
# Series of charts, distinct in both schemes.
CHART = ("#4c6ef5", "#f59f00", "#37b24d", "#f03e3e", "#ae3ec9", "#1098ad", "#868e96")
# A department's colour when the user has not chosen one (also the dialog's example).
DEFAULT_DEPARTMENT_COLOUR = "#1c7ed6"
# The dark palette the app uses when asked for dark where the style has none of its own.
_DARK_PALETTE = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#2f6ea3", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#333333", QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a", QPalette.ColorRole.Link: "#74c0fc",
    QPalette.ColorRole.Light: "#4a4a4a", QPalette.ColorRole.Midlight: "#3c3c3c",
    QPalette.ColorRole.Mid: "#2f2f2f", QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#000000",
}


def is_dark() -> bool:
    """Whether the palette in force is dark (text lighter than the window)."""
    palette = QGuiApplication.palette()
    return (palette.color(QPalette.ColorRole.WindowText).lightness()
            > palette.color(QPalette.ColorRole.Window).lightness())


def colour(tone: Tone) -> QColor:
    """The colour of a tone in the scheme in force."""
    light, dark = _COLOURS[tone]
    return QColor(dark if is_dark() else light)


def css(tone: Tone) -> str:
    """A tone as a style-sheet colour."""
    return colour(tone).name()


def stage(name: str) -> QColor:
    """A colour of the console's and stage display's dark palette."""
    return QColor(STAGE[name])


def chart(index: int) -> QColor:
    """The colour of the n-th series of a chart."""
    return QColor(CHART[index % len(CHART)])


def department_colour(text: str | None) -> QColor:
    """A department's colour as the user typed it, or the default one."""
    chosen = QColor(text or DEFAULT_DEPARTMENT_COLOUR)
    return chosen if chosen.isValid() else QColor(DEFAULT_DEPARTMENT_COLOUR)


def paint_text(widget: QWidget, tone: Tone | None) -> None:
    """Draw a widget's text in a tone (None: the palette's own), and again after a change."""
    widget.setProperty(_TONE_PROPERTY, tone.value if tone else "")
    _apply_tone(widget)


def _apply_tone(widget: QWidget) -> None:
    value = widget.property(_TONE_PROPERTY)
    palette = QGuiApplication.palette()
    if value:
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):
            palette.setColor(role, colour(Tone(value)))
    widget.setPalette(palette)


def dark_palette() -> QPalette:
    """The app's own dark palette, for a style that has none."""
    palette = QPalette()
    for role, value in _DARK_PALETTE.items():
        palette.setColor(role, QColor(value))
    for group in (QPalette.ColorGroup.Disabled,):
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):
            palette.setColor(group, role, QColor("#7a7a7a"))
    return palette


class ThemeWatcher(QObject):
    """Follows the scheme: applies the user's choice and repaints toned widgets on a change."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._system_style = app.style().name()
        self._choice = "system"
        app.installEventFilter(self)
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _scheme: self._follow())

    def choice(self) -> str:
        """The appearance in force: system, light or dark."""
        return self._choice

    def apply(self, choice: str) -> None:
        """Use the system's scheme, or light, or dark; every open window repaints at once."""
        self._choice = choice if choice in APPEARANCES else "system"
        self._follow()

    def _follow(self) -> None:
        hints = self._app.styleHints()
        scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
            self._choice, Qt.ColorScheme.Unknown)
        if hasattr(hints, "setColorScheme"):
            hints.setColorScheme(scheme)  # the platform's own light or dark, where it has one
        wants_dark = (self._choice == "dark" or (
            self._choice == "system" and hints.colorScheme() == Qt.ColorScheme.Dark))
        if wants_dark and not is_dark():
            # The style has no dark palette of its own (e.g. Windows' classic style).
            self._app.setStyle(QStyleFactory.create("Fusion"))
            self._app.setPalette(dark_palette())
        elif not wants_dark and is_dark():
            style = QStyleFactory.create(self._system_style) or QStyleFactory.create("Fusion")
            self._app.setStyle(style)
            self._app.setPalette(style.standardPalette())
        self.refresh()

    def refresh(self) -> None:
        """Repaint every toned widget with the scheme's colours."""
        for widget in QApplication.allWidgets():
            if widget.property(_TONE_PROPERTY):
                _apply_tone(widget)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._app and event.type() in (QEvent.Type.ApplicationPaletteChange,
                                                    QEvent.Type.ThemeChange):
            self.refresh()
        return False


_watcher: ThemeWatcher | None = None


def watcher() -> ThemeWatcher:
    """The one watcher of the application (made on first use)."""
    global _watcher
    app = QApplication.instance()
    if _watcher is None or _watcher.parent() is not app:
        _watcher = ThemeWatcher(app)
    return _watcher


def stored_appearance() -> str:
    """The appearance the user chose last time (system by default)."""
    value = QSettings().value(APPEARANCE_KEY, "system", type=str)
    return value if value in APPEARANCES else "system"


def set_appearance(choice: str) -> None:
    """Apply and remember the user's appearance."""
    QSettings().setValue(APPEARANCE_KEY, choice)
    watcher().apply(choice)
