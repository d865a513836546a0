"""Column widths of a grid: sized once from the header and a sample of rows, then the user's.

Resizing columns to their contents on every reload measures up to a thousand
rows per column each time; at 2,000 acts that is most of an edit. A grid with
`ColumnWidths` sizes each column once, when its first rows arrive, from the
header and the rows in view plus a sample; the user resizes from there, and
widths the user chose are kept in QSettings under `columns/<name>/<key>`.
A column the app cut short (a title, notes) takes a share of the width the view
has to spare, up to what its text asks, and gives it back when the view narrows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from gala_manager.ui.table_model import RowTableModel

# Rows measured beyond those in view when a column is first sized.
SAMPLE_ROWS = 60
# A first width never exceeds this: long notes must not push the rest off screen.
MAX_WIDTH = 360


class ColumnWidths(QObject):
    """Sizes the columns of `view` (over `model`, or a proxy of it) once, and remembers.

    `name` keys the widths in QSettings; `initial` gives first widths (in
    pixels) for columns that should not be sized from their contents, such
    as free-text titles.
    """

    def __init__(self, view: QTableView, model: RowTableModel, name: str,
                 initial: dict[str, int] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        self.name = name
        self.initial = dict(initial or {})
        self._fitted = False
        self._fitting = False
        self._changed: set[int] = set()
        # Columns the app cut short: their first width, and the width their text asks.
        self._short: dict[int, tuple[int, int]] = {}
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(300)
        self._save_timer.timeout.connect(self.save)
        header.sectionResized.connect(self._resized)
        source = view.model()
        source.modelReset.connect(self._rows_arrived)
        source.rowsInserted.connect(self._rows_arrived)
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.timeout.connect(self.fill)
        view.viewport().installEventFilter(self)

    def _key(self, column: int) -> str:
        return f"columns/{self.name}/{self.model.columns[column].key}"

    def _rows_arrived(self) -> None:
        # Sized once per gala: a reset to no rows (another gala) sizes again.
        if self.view.model().rowCount() == 0:
            self._fitted = False
        elif not self._fitted:
            self.fit()

    def fit(self) -> None:
        """Give every column its saved width, its initial one, or one from a sample."""
        self._fitted = True
        self._short = {}
        for column in range(self.model.columnCount()):
            self.fit_column(column)
        self.fill()

    def fit_column(self, column: int) -> None:
        """Give one column its saved width, its initial one, or one from a sample."""
        if self._stretched(column):
            return  # the header fills the rest of the view with it
        self._fitting = True
        try:
            saved = QSettings().value(self._key(column), None)
            key = self.model.columns[column].key
            self._short.pop(column, None)
            if saved is not None and int(saved) > 0:
                self.view.setColumnWidth(column, int(saved))
                return
            if key in self.initial:
                first = self.initial[key]
                asked = max(self.view.sizeHintForColumn(column),
                            self.view.horizontalHeader().sectionSizeHint(column))
            else:
                self.view.resizeColumnToContents(column)
                asked = self.view.columnWidth(column)
                first = min(asked, MAX_WIDTH)
            self.view.setColumnWidth(column, first)
            if asked > first:
                self._short[column] = (first, asked)
        finally:
            self._fitting = False

    def fill(self) -> None:
        """Share the width the view has to spare among the columns cut short, in
        proportion to what each lacks, never past what its text asks; none to spare
        gives them their first widths back."""
        header = self.view.horizontalHeader()
        shown = [c for c in range(header.count())
                 if not header.isSectionHidden(c) and not self._stretched(c)]
        short = [c for c in shown if c in self._short]
        if not short:
            return
        taken = sum(self.view.columnWidth(c) for c in shown if c not in self._short)
        first = sum(self._short[c][0] for c in short)
        spare = self.view.viewport().width() - taken - first
        lacking = {c: self._short[c][1] - self._short[c][0] for c in short}
        total = sum(lacking.values())
        self._fitting = True
        try:
            for column in short:
                extra = min(lacking[column], spare * lacking[column] // total) \
                    if spare > 0 else 0
                width = self._short[column][0] + extra
                if self.view.columnWidth(column) != width:
                    self.view.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and self._fitted:
            self.fill()  # now, before the scroll bars are worked out for the new width
        return False

    def reset(self) -> None:
        """Forget the widths the user set and size every column afresh."""
        self._save_timer.stop()
        self._changed = set()
        QSettings().remove(f"columns/{self.name}")
        self.fit()

    def _stretched(self, column: int) -> bool:
        header = self.view.horizontalHeader()
        last = max((n for n in range(header.count()) if not header.isSectionHidden(n)),
                   key=header.visualIndex, default=-1)
        return header.stretchLastSection() and column == last

    def _resized(self, column: int, old: int, new: int) -> None:
        # Hiding a column "resizes" it to 0; sizing by the app is not the user's choice,
        # nor is a stretched last column following the window's width.
        if self._fitting or not self._fitted:
            return
        if old == 0 or new == 0:
            self._fill_timer.start(0)  # a column shown or hidden: the spare width changed
        if new > 0 and old > 0 and not self._stretched(column):
            self._short.pop(column, None)  # the user's width now, kept as it is
            self._changed.add(column)
            self._save_timer.start()

    def save(self) -> None:
        """Keep the widths the user set."""
        settings = QSettings()
        for column in sorted(self._changed):
            if column < self.model.columnCount() and not self.view.isColumnHidden(column):
                settings.setValue(self._key(column), self.view.columnWidth(column))
        self._changed = set()
