"""Small dialogs of the Awards page: one award, and the committee's order of tied acts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.awards.wording import basis_label
from gala_manager.core.awards.rows import ActResult, CategoryData
from gala_manager.core.awards.settings import MAX_PLACES
from gala_manager.core.models import AwardBasis


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class CategoryDialog(QDialog):
    """An award: its name, how many places, and whether judges or the audience decide."""

    def __init__(self, data: CategoryData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Award"))
        self.name_edit = QLineEdit(data.name if data else "")
        self.name_edit.setPlaceholderText(self.tr("e.g. 一等奖"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, MAX_PLACES)
        self.count_spin.setValue(data.count if data else 1)
        self.basis_combo = QComboBox()
        for basis in AwardBasis:
            self.basis_combo.addItem(basis_label(basis), basis)
        if data is not None:
            self.basis_combo.setCurrentIndex(self.basis_combo.findData(data.basis))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Places"), self.count_spin)
        form.addRow(self.tr("Decided by"), self.basis_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def data(self) -> CategoryData:
        """The award as entered (the core checks the name)."""
        return CategoryData(self.name_edit.text(), self.count_spin.value(),
                            self.basis_combo.currentData())


class TieDialog(QDialog):
    """Put tied acts in the order the committee decided: the first is ahead."""

    def __init__(self, award: str, acts: list[ActResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decide the tie for {award}").format(award=award))
        self.setMinimumWidth(420)
        self._acts = {act.title: act.act_id for act in acts}
        intro = QLabel(self.tr("These acts have the same result. Put them in the order the "
                               "judges or the committee decided; the first is ahead. The "
                               "results will say that the committee decided."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("tiedActs")
        self.list.addItems([act.title for act in acts])
        self.list.setCurrentRow(0)
        self.up_button, self.down_button = QPushButton(self.tr("Up")), QPushButton(self.tr("Down"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        side = QVBoxLayout()
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body)
        layout.addWidget(_buttons(self))

    def move(self, step: int) -> None:
        """Move the selected act up (-1) or down (+1)."""
        row = self.list.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(other, item)
        self.list.setCurrentRow(other)

    def order(self) -> list[int]:
        """The act ids, first ahead."""
        return [self._acts[self.list.item(i).text()] for i in range(self.list.count())]
