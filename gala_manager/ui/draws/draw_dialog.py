"""The dialog that defines a draw: its prize, how many win, and the pool with exclusions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.draws.names import read_pool_names
from gala_manager.app.draws.wording import describe_draw_error
from gala_manager.core.draws.drawing import prize_stock
from gala_manager.core.draws.rows import DrawData
from gala_manager.core.draws.setup import MAX_WINNERS, clean_draw
from gala_manager.core.models import PoolKind
from gala_manager.core.supplies.items import list_items
from gala_manager.ui.files.file_dialogs import ask_open_path, sheet_filters


class DrawDialog(QDialog):
    """Add or edit a draw; `data()` is what the user set. A drawn draw shows its pool and
    prize read-only: they are what decided its winners."""

    def __init__(self, controller, data: DrawData | None = None, *, drawn: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawDialog")
        self.controller = controller
        data = data or DrawData(name="", range_low=1, range_high=500)
        self.setWindowTitle(self.tr("Lucky draw"))
        self.name_edit = QLineEdit(data.name)
        self.name_edit.setObjectName("drawName")
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("e.g. Lucky seat draw"))
        self.prize_combo = QComboBox()
        self.prize_combo.setObjectName("drawPrize")
        self.prize_combo.addItem(self.tr("(no prize)"), None)
        items = sorted(controller.read(list_items), key=lambda i: i.category_key != "prizes")
        for item in items:
            left = controller.read(prize_stock, item_id=item.id).left
            self.prize_combo.addItem(self.tr("{item} (stock {left} {unit})").format(
                item=item.name, left=left, unit=item.unit), item.id)
        self.prize_combo.setCurrentIndex(max(0, self.prize_combo.findData(data.prize_item_id)))
        self.winners_spin = QSpinBox()
        self.winners_spin.setObjectName("drawWinners")
        self.winners_spin.setRange(1, MAX_WINNERS)
        self.winners_spin.setValue(data.winners)

        self.range_radio = QRadioButton(self.tr("Numbers (seats or tickets)"))
        self.range_radio.setObjectName("poolRange")
        self.names_radio = QRadioButton(self.tr("A list of names"))
        self.names_radio.setObjectName("poolNames")
        group = QButtonGroup(self)
        group.addButton(self.range_radio)
        group.addButton(self.names_radio)
        self.low_spin, self.high_spin = QSpinBox(), QSpinBox()
        self.low_spin.setObjectName("rangeLow")
        self.high_spin.setObjectName("rangeHigh")
        for spin, value in ((self.low_spin, data.range_low), (self.high_spin, data.range_high)):
            spin.setRange(0, 999_999)
            spin.setValue(value if value is not None else 1)
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(self.tr("from")))
        range_row.addWidget(self.low_spin)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.high_spin)
        range_row.addStretch(1)
        self.names_edit = QPlainTextEdit("\n".join(data.names))
        self.names_edit.setObjectName("drawNames")
        self.names_edit.setTabChangesFocus(True)
        self.names_edit.setPlaceholderText(self.tr("One name per line"))
        self.import_button = QPushButton(self.tr("Import names from a sheet…"))
        self.import_button.setObjectName("importNames")
        self.import_button.clicked.connect(lambda: self.import_names())
        self.names_count = QLabel()
        self.names_edit.textChanged.connect(self._count_names)
        names_row = QHBoxLayout()
        names_row.addWidget(self.import_button)
        names_row.addWidget(self.names_count, 1)
        self.excluded_edit = QLineEdit(data.excluded)
        self.excluded_edit.setObjectName("drawExcluded")
        self.earlier_check = QCheckBox(self.tr("Leave out the winners of the other draws"))
        self.earlier_check.setObjectName("excludeEarlier")
        self.earlier_check.setChecked(data.exclude_earlier_winners)
        self.committee_check = QCheckBox(self.tr("Leave out the gala's own people "
                                                 "(names of the committee)"))
        self.committee_check.setObjectName("excludeCommittee")
        self.committee_check.setChecked(data.exclude_committee)
        self.notes_edit = QPlainTextEdit(data.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.error_label = QLabel()
        self.error_label.setObjectName("drawError")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Prize:"), self.prize_combo)
        form.addRow(self.tr("Winners:"), self.winners_spin)
        form.addRow(self.tr("Pool:"), self.range_radio)
        form.addRow("", range_row)
        form.addRow("", self.names_radio)
        form.addRow("", self.names_edit)
        form.addRow("", names_row)
        form.addRow(self.tr("Leave out:"), self.excluded_edit)
        form.addRow("", self.earlier_check)
        form.addRow("", self.committee_check)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        (self.names_radio if data.pool_kind == PoolKind.NAMES else self.range_radio
         ).setChecked(True)
        self.range_radio.toggled.connect(self._pool_changed)
        self._pool_changed()
        self._count_names()
        for widget in (self.prize_combo, self.winners_spin, self.range_radio, self.names_radio,
                       self.low_spin, self.high_spin, self.names_edit, self.import_button,
                       self.excluded_edit, self.earlier_check, self.committee_check):
            widget.setEnabled(widget.isEnabled() and not drawn)
        if drawn:
            self.error_label.setText(self.tr("This draw has been drawn: only its name and "
                                             "notes can change."))
        self.name_edit.setFocus()

    def data(self) -> DrawData:
        """The draw as the user set it."""
        names = tuple(line.strip() for line in self.names_edit.toPlainText().splitlines()
                      if line.strip())
        return DrawData(
            name=self.name_edit.text(), prize_item_id=self.prize_combo.currentData(),
            winners=self.winners_spin.value(),
            pool_kind=PoolKind.RANGE if self.range_radio.isChecked() else PoolKind.NAMES,
            range_low=self.low_spin.value(), range_high=self.high_spin.value(), names=names,
            excluded=self.excluded_edit.text(),
            exclude_earlier_winners=self.earlier_check.isChecked(),
            exclude_committee=self.committee_check.isChecked(),
            notes=self.notes_edit.toPlainText())

    def accept(self) -> None:
        """Close only on a draw that can be saved; otherwise say why, keeping every entry."""
        try:
            self.controller.read(clean_draw, data=self.data())
        except Exception as exc:  # noqa: BLE001 - told in the dialog, nothing lost
            self.show_error(exc)
            return
        super().accept()

    def show_error(self, exc: BaseException) -> None:
        """Say why the draw could not be saved; the dialog keeps everything typed."""
        self.error_label.setText(describe_draw_error(exc))

    def ask_names_path(self) -> Path | None:
        """The sheet to read names from (tests replace this)."""
        return ask_open_path(self, self.tr("Import names"), sheet_filters())

    def import_names(self) -> None:
        """Read the names of a sheet's name column into the list (added after any there)."""
        path = self.ask_names_path()
        if path is None:
            return
        names, error = read_pool_names(path)
        if error:  # the sheet's problem is told, the list kept
            self.error_label.setText(error)
            return
        current = self.names_edit.toPlainText().rstrip("\n")
        self.names_edit.setPlainText("\n".join(([current] if current else []) + names))
        self.names_radio.setChecked(True)
        count = len(names)
        self.error_label.setText(self.tr("%n name(s) read from {file}.", "", count)
                                 .format(file=path.name))

    def _pool_changed(self, *_args) -> None:
        numbers = self.range_radio.isChecked()
        for widget in (self.low_spin, self.high_spin):
            widget.setEnabled(numbers)
        self.names_edit.setEnabled(not numbers)
        self.committee_check.setEnabled(not numbers)
        self.excluded_edit.setPlaceholderText(
            self.tr("Numbers or ranges, e.g. 1-24, 37, 100-105") if numbers
            else self.tr("Names, separated by commas"))

    def _count_names(self) -> None:
        count = sum(1 for line in self.names_edit.toPlainText().splitlines() if line.strip())
        self.names_count.setText(self.tr("%n name(s)", "", count))
