"""Date and time fields that take a whole typed value from any cursor position.

Qt's QDateEdit edits one section at a time, so `2027-05-01` typed with the
cursor in the wrong section silently becomes another date. These fields are a
line edit read by `core.typed_dates` instead: the first key typed after the
field gets focus starts a new value wherever the cursor is (editing keys such
as Backspace or the arrows switch to editing the text in place), the value is
read when focus leaves or the dialog asks, and a text nobody can read stays as
typed, marked, and raises `ValidationError` from `value()`.

`DateEdit` adds the weekday and a calendar (Alt+↓, F4 or the button);
↑/↓ change a date by a day, PgUp/PgDn by a month, a time by 5 minutes / an hour.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from gala_manager.core.errors import ValidationError
from gala_manager.core.typed_dates import format_date, format_time, parse_date, parse_time
from gala_manager.ui import theme
from gala_manager.ui.theme import Tone

_EDIT_KEYS = frozenset({Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Left,
                        Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End})


class _TypedEdit(QWidget):
    """A line edit holding one typed value; subclasses read, show and step it."""

    valueChanged = Signal(object)

    def __init__(self, value, field: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.field = field
        self._value = value
        self._fresh = False
        self.line = QLineEdit(self)
        self.line.installEventFilter(self)
        self.line.editingFinished.connect(self._commit)
        self.line.textEdited.connect(self._check)
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.row.addWidget(self.line)
        self.line.setText(self._format(value))

    # -- what a subclass defines --------------------------------------------------

    def _parse(self, text: str):
        raise NotImplementedError

    def _format(self, value) -> str:
        raise NotImplementedError

    def _step(self, value, key: Qt.Key):
        raise NotImplementedError

    def _shown(self, value) -> None:
        """Show what goes with a value read (the weekday); None while the text is bad."""

    # -- value --------------------------------------------------------------------

    def value(self):
        """The value typed; raises `ValidationError(field, ...)` for text nobody can read."""
        return self._parse(self.line.text())

    def setValue(self, value) -> None:
        """Show a value (no signal when it is the same)."""
        self.line.setText(self._format(value))
        self._check()
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def last_value(self):
        """The last value read (what a view keeps using while a text is being typed)."""
        return self._value

    def is_valid(self) -> bool:
        """Whether the text reads as a value."""
        try:
            self.value()
        except ValidationError:
            return False
        return True

    def _check(self, *_args) -> None:
        try:
            value = self.value()
        except ValidationError:
            self.line.setStyleSheet(
                f"QLineEdit {{ border: 1px solid {theme.css(Tone.ERROR)}; "
                f"background: {theme.css(Tone.TINT_ERROR)}; }}")
            self._shown(None)
            return
        self.line.setStyleSheet("")
        self._shown(value)

    def _commit(self) -> None:
        """Focus left or Enter: show a readable value in its canonical form."""
        try:
            value = self.value()
        except ValidationError:
            self._check()
            return
        self.setValue(value)

    # -- keys ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line:
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                self._fresh = True
            elif kind == QEvent.Type.KeyPress and self._key(event):
                return True
            elif kind == QEvent.Type.InputMethod and self._fresh and event.commitString():
                self._start_new_value()
        return super().eventFilter(watched, event)

    def _key(self, event) -> bool:
        """Handle a key before the line edit does; True when it is used up here."""
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            try:
                current = self.value()
            except ValidationError:
                current = self._value
            self.setValue(self._step(current, key))
            self.line.selectAll()
            return True
        if key in _EDIT_KEYS:
            self._fresh = False
        elif self._fresh and event.text() and event.text().isprintable() and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                     | Qt.KeyboardModifier.AltModifier)):
            self._start_new_value()
        return False

    def _start_new_value(self) -> None:
        self._fresh = False
        self.line.clear()


class DateEdit(_TypedEdit):
    """A date typed whole (2027-05-01, 2027/5/1, 5月1日), its weekday and a calendar."""

    def __init__(self, value: dt.date | None = None, field: str = "date",
                 parent: QWidget | None = None) -> None:
        super().__init__(value or dt.date.today(), field, parent)
        self.line.setPlaceholderText("2027-05-01")
        self.line.setFixedWidth(self.line.fontMetrics().horizontalAdvance("2027年12月31日") + 16)
        self.weekday_label = QLabel(self)
        self.weekday_label.setMinimumWidth(
            max(self.weekday_label.fontMetrics().horizontalAdvance(w)
                for w in ("星期三", "Wednesday")) + 4)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.row.addWidget(self.calendar_button)
        self.row.addWidget(self.weekday_label, 1)
        self.calendar: QCalendarWidget | None = None
        self.retranslate_ui()
        self._check()

    def _parse(self, text: str) -> dt.date:
        return parse_date(text, near=self._value, field=self.field)

    def _format(self, value: dt.date) -> str:
        return format_date(value)

    def _step(self, value: dt.date, key: Qt.Key) -> dt.date:
        qdate = QDate(value.year, value.month, value.day)
        qdate = {Qt.Key.Key_Up: qdate.addDays(1), Qt.Key.Key_Down: qdate.addDays(-1),
                 Qt.Key.Key_PageUp: qdate.addMonths(1)}.get(key, qdate.addMonths(-1))
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def _shown(self, value: dt.date | None) -> None:
        if value is None:
            self.weekday_label.setText("?")
            return
        self.weekday_label.setText(QLocale().dayName(value.isoweekday()))

    def _key(self, event) -> bool:
        key = event.key()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                    and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return True
        return super()._key(event)

    def show_calendar(self) -> None:
        """Open the calendar under the field on the date typed (or the last good one)."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setObjectName("calendarPopup")
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        self.calendar.setLocale(QLocale())
        self.calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        current = self.value() if self.is_valid() else self._value
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self.calendar.hide()
        self.setValue(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.line.setFocus()

    def retranslate_ui(self) -> None:
        """Tooltips and the weekday in the current language."""
        self.line.setToolTip(self.tr(
            "Type the whole date: 2027-05-01, 2027/5/1 or 5月1日. ↑/↓ change it by a day, "
            "Alt+↓ opens the calendar."))
        self.calendar_button.setToolTip(self.tr("Calendar (Alt+↓)"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class TimeEdit(_TypedEdit):
    """A time of day typed whole: 19:00, 1900, 19点30, 下午7点."""

    def __init__(self, value: dt.time | None = None, field: str = "time",
                 parent: QWidget | None = None) -> None:
        super().__init__(value or dt.time(19, 0), field, parent)
        self.line.setPlaceholderText("19:00")
        self.line.setFixedWidth(self.line.fontMetrics().horizontalAdvance("晚上12点30") + 16)
        self.row.addStretch(1)
        self.retranslate_ui()

    def _parse(self, text: str) -> dt.time:
        return parse_time(text, field=self.field)

    def _format(self, value: dt.time) -> str:
        return format_time(value)

    def _step(self, value: dt.time, key: Qt.Key) -> dt.time:
        minutes = {Qt.Key.Key_Up: 5, Qt.Key.Key_Down: -5, Qt.Key.Key_PageUp: 60}.get(key, -60)
        total = (value.hour * 60 + value.minute + minutes) % (24 * 60)
        return dt.time(total // 60, total % 60)

    def retranslate_ui(self) -> None:
        """The tooltip in the current language."""
        self.line.setToolTip(self.tr("Type the time: 19:00, 1900 or 19点30. ↑/↓ change it "
                                     "by 5 minutes."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
