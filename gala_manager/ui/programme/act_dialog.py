"""The act dialog: every field of an act, checked before anything is written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.formatting import with_note
from gala_manager.app.programme.wording import (
    describe_programme_error,
    kind_label,
    mic_kind_label,
    status_label,
)
from gala_manager.core.durations import format_duration, parse_duration
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import ActKind, ActStatus, MicKind
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.staff.people import DepartmentRow, PersonRow
from gala_manager.ui import theme
from gala_manager.ui.fonts import text_lines
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.date_time_edit import TimeEdit
from gala_manager.ui.widgets.multi_line_edit import MultiLineEdit


def _text_box(lines: float = 3) -> QPlainTextEdit:
    box = MultiLineEdit()
    box.setFixedHeight(text_lines(box, lines))
    return box


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class ActDialog(QDialog):
    """Edit an act's fields; `fields()` gives the result once accepted.

    Bad input (a duration nobody can read, no title) is shown in the dialog,
    which stays open with everything typed, so nothing is lost. It opens on
    the title; title, kind and duration come first, so a new act is those
    three fields and Enter. `offer_order` (new acts) adds "Add to the running
    order", ticked when `order_exists`: a ticked act is placed and selected.
    """

    def __init__(self, fields: ActFields, people: list[PersonRow],
                 departments: list[DepartmentRow], parent: QWidget | None = None, *,
                 offer_order: bool = False, order_exists: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Act"))
        self._departments = {d.name: d.id for d in departments}
        self._result = fields
        self.tabs = tabs = QTabWidget(self)
        tabs.addTab(self._build_main(people), self.tr("Act"))
        tabs.addTab(self._build_needs(), self.tr("Stage needs"))
        tabs.addTab(self._build_host(people), self.tr("Host and notes"))
        self.order_check = QCheckBox(self.tr("Add to the running order (status: selected)"),
                                     self)
        self._offer_order = offer_order
        self.order_check.setVisible(offer_order)
        self.order_check.toggled.connect(self._order_toggled)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        theme.paint_text(self.error_label, Tone.ERROR)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.order_check)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._load(fields)
        self.order_check.setChecked(offer_order and order_exists)
        self.resize(560, 520)
        self.title_edit.setFocus()

    # -- building ---------------------------------------------------------------------

    def _people_combo(self, people: list[PersonRow], none_text: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(none_text, None)
        for person in people:
            label = with_note(person.name, person.department_name)
            combo.addItem(label, person.id)
        return combo

    def _build_main(self, people: list[PersonRow]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.title_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in ActKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.status_combo = QComboBox()
        for status in ActStatus:
            self.status_combo.addItem(status_label(status), status)
        self.performers_edit = _text_box(2)
        self.head_count_spin = QSpinBox()
        self.head_count_spin.setRange(0, 10000)
        self.submitted_combo = QComboBox()
        self.submitted_combo.setEditable(True)
        self.submitted_combo.addItem("")
        self.submitted_combo.addItems(list(self._departments))
        self.contact_combo = self._people_combo(people, self.tr("(name and phone below)"))
        self.contact_name_edit = QLineEdit()
        self.contact_phone_edit = QLineEdit()
        self.duration_edit = QLineEdit()
        self.duration_edit.setPlaceholderText("3:30 / 3分30秒 / 210秒")
        self.changeover_edit = QLineEdit()
        self.changeover_edit.setPlaceholderText(self.tr("empty: the gala's default"))
        fixed = QWidget()
        fixed_row = QHBoxLayout(fixed)
        fixed_row.setContentsMargins(0, 0, 0, 0)
        self.fixed_check = QCheckBox(self.tr("Fixed start at"))
        self.fixed_time = TimeEdit(dt.time(21, 0), field="fixed_start")
        self.fixed_check.toggled.connect(self.fixed_time.setEnabled)
        fixed_row.addWidget(self.fixed_check)
        fixed_row.addWidget(self.fixed_time)
        fixed_row.addStretch(1)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Duration"), self.duration_edit)
        form.addRow(self.tr("Performers"), self.performers_edit)
        form.addRow(self.tr("Head count"), self.head_count_spin)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Submitted by"), self.submitted_combo)
        form.addRow(self.tr("Contact person"), self.contact_combo)
        form.addRow(self.tr("Contact name"), self.contact_name_edit)
        form.addRow(self.tr("Contact phone"), self.contact_phone_edit)
        form.addRow(self.tr("Changeover after it"), self.changeover_edit)
        form.addRow("", fixed)
        return page

    def _build_needs(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        mics = QWidget()
        mic_row = QHBoxLayout(mics)
        mic_row.setContentsMargins(0, 0, 0, 0)
        self.mic_spin = QSpinBox()
        self.mic_spin.setRange(0, 100)
        self.mic_kind_combo = QComboBox()
        for kind in MicKind:
            self.mic_kind_combo.addItem(mic_kind_label(kind), kind)
        mic_row.addWidget(self.mic_spin)
        mic_row.addWidget(self.mic_kind_combo, 1)
        self.props_edit = _text_box()
        self.music_edit = QLineEdit()
        self.lighting_edit = _text_box()
        self.sound_edit = _text_box()
        form.addRow(self.tr("Microphones"), mics)
        form.addRow(self.tr("Props"), self.props_edit)
        form.addRow(self.tr("Music file"), self.music_edit)
        form.addRow(self.tr("Lighting notes"), self.lighting_edit)
        form.addRow(self.tr("Sound notes"), self.sound_edit)
        return page

    def _build_host(self, people: list[PersonRow]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.host_combo = self._people_combo(people, self.tr("(no host)"))
        self.host_link_edit = _text_box(5)
        self.notes_edit = _text_box(4)
        form.addRow(self.tr("Host"), self.host_combo)
        form.addRow(self.tr("Host link before it"), self.host_link_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        return page

    # -- values -----------------------------------------------------------------------

    def _load(self, f: ActFields) -> None:
        self.title_edit.setText(f.title)
        _select(self.kind_combo, f.kind)
        _select(self.status_combo, f.status)
        self.performers_edit.setPlainText(f.performers)
        self.head_count_spin.setValue(f.head_count)
        names = {v: k for k, v in self._departments.items()}
        self.submitted_combo.setCurrentText(names.get(f.submitted_by_department_id,
                                                      f.submitted_by_text))
        _select(self.contact_combo, f.contact_person_id)
        self.contact_name_edit.setText(f.contact_name)
        self.contact_phone_edit.setText(f.contact_phone)
        self.duration_edit.setText(format_duration(f.duration_seconds))
        self.changeover_edit.setText(format_duration(f.changeover_seconds))
        self.fixed_check.setChecked(f.fixed_start is not None)
        self.fixed_time.setEnabled(f.fixed_start is not None)
        self.fixed_time.setValue(f.fixed_start or dt.time(21, 0))
        self.mic_spin.setValue(f.mic_count)
        _select(self.mic_kind_combo, f.mic_kind)
        self.props_edit.setPlainText(f.props)
        self.music_edit.setText(f.music_file)
        self.lighting_edit.setPlainText(f.lighting_notes)
        self.sound_edit.setPlainText(f.sound_notes)
        _select(self.host_combo, f.host_person_id)
        self.host_link_edit.setPlainText(f.host_link)
        self.notes_edit.setPlainText(f.notes)

    def _read(self) -> ActFields:
        title = self.title_edit.text().strip()
        if not title:
            raise ValidationError("title", "required", title)
        duration = parse_duration(self.duration_edit.text())
        changeover_text = self.changeover_edit.text().strip()
        changeover = parse_duration(changeover_text, allow_zero=True, field="changeover") \
            if changeover_text else None
        submitted = self.submitted_combo.currentText().strip()
        department = self._departments.get(submitted)
        fixed = None
        if self.fixed_check.isChecked():
            fixed = self.fixed_time.value()
        return ActFields(
            title=title, kind=self.kind_combo.currentData(),
            performers=self.performers_edit.toPlainText().strip(),
            head_count=self.head_count_spin.value(),
            submitted_by_department_id=department,
            submitted_by_text="" if department else submitted,
            contact_person_id=self.contact_combo.currentData(),
            contact_name=self.contact_name_edit.text().strip(),
            contact_phone=self.contact_phone_edit.text().strip(),
            duration_seconds=duration, changeover_seconds=changeover,
            mic_count=self.mic_spin.value(), mic_kind=self.mic_kind_combo.currentData(),
            props=self.props_edit.toPlainText().strip(), music_file=self.music_edit.text().strip(),
            lighting_notes=self.lighting_edit.toPlainText().strip(),
            sound_notes=self.sound_edit.toPlainText().strip(),
            host_link=self.host_link_edit.toPlainText().strip(),
            host_person_id=self.host_combo.currentData(), fixed_start=fixed,
            status=self.status_combo.currentData(), notes=self.notes_edit.toPlainText().strip(),
        )

    def _order_toggled(self, placed: bool) -> None:
        # An act in the running order has been selected; one taken back out was only submitted.
        status = self.status_combo.currentData()
        if placed and status == ActStatus.SUBMITTED:
            _select(self.status_combo, ActStatus.SELECTED)
        elif not placed and status == ActStatus.SELECTED:
            _select(self.status_combo, ActStatus.SUBMITTED)

    def add_to_order(self) -> bool:
        """Whether a new act goes straight into the running order."""
        return self._offer_order and self.order_check.isChecked()

    def accept(self) -> None:
        try:
            self._result = self._read()
        except ValidationError as exc:
            self.error_label.setText(describe_programme_error(exc))
            return
        super().accept()

    def fields(self) -> ActFields:
        """The fields as entered (valid once the dialog was accepted)."""
        return self._result
