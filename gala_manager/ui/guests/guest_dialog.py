"""The dialog that adds or edits a guest: who, invited by whom, answer, arrival, who meets them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.guests.wording import (
    describe_guest_error,
    guest_kind_label,
    guest_status_label,
)
from gala_manager.core.errors import GalaError
from gala_manager.core.guests.records import clean_guest
from gala_manager.core.guests.rows import GuestData
from gala_manager.core.models import GuestKind, GuestStatus
from gala_manager.core.sponsors.records import list_sponsors
from gala_manager.core.staff.people import list_people
from gala_manager.core.staff.posts import list_posts
from gala_manager.ui import theme
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.date_time_edit import TimeEdit
from gala_manager.ui.widgets.multi_line_edit import MultiLineEdit


class GuestDialog(QDialog):
    """Edit a guest; `data()` is the checked result after `accept`."""

    def __init__(self, controller, data: GuestData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("New guest") if data is None else
                            self.tr("Guest {name}").format(name=data.name))
        self.setMinimumWidth(480)
        self._result: GuestData | None = None
        self.name_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("as printed on the invitation, e.g. "
                                                   "院团委书记"))
        self.kind_combo = QComboBox()
        for kind in GuestKind:
            self.kind_combo.addItem(guest_kind_label(kind), kind)
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("phone or WeChat"))
        people = controller.read(list_people)
        self.inviter_combo = QComboBox()
        self.receiver_combo = QComboBox()
        self.inviter_combo.addItem(self.tr("(nobody)"), None)
        self.receiver_combo.addItem(self.tr("(nobody)"), None)
        for person in people:
            label = f"{person.name}（{person.department_name}）" if person.department_name \
                else person.name
            self.inviter_combo.addItem(label, person.id)
            self.receiver_combo.addItem(label, f"person:{person.id}")
        for post in controller.read(list_posts):
            self.receiver_combo.addItem(self.tr("Post: {name}").format(name=post.name),
                                        f"post:{post.id}")
        self.status_combo = QComboBox()
        for status in GuestStatus:
            self.status_combo.addItem(guest_status_label(status), status)
        self.arrival_check = QCheckBox(self.tr("Arrives at"))
        # Typed whole (18:30, 1830, 晚上6点半), as every time of the app.
        self.arrival_edit = TimeEdit(dt.time(18, 30), field="arrival_time")
        self.arrival_edit.setEnabled(False)
        self.arrival_check.toggled.connect(self.arrival_edit.setEnabled)
        self.sponsor_combo = QComboBox()
        self.sponsor_combo.addItem(self.tr("(none)"), None)
        for sponsor in controller.read(list_sponsors):
            self.sponsor_combo.addItem(sponsor.company, sponsor.id)
        self.notes_edit = MultiLineEdit()
        self.notes_edit.setFixedHeight(54)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        theme.paint_text(self.error_label, Tone.ERROR)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Title / organisation"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        self.sponsor_label = QLabel(self.tr("Represents"))
        form.addRow(self.sponsor_label, self.sponsor_combo)
        form.addRow(self.tr("Contact"), self.contact_edit)
        form.addRow(self.tr("Invited by"), self.inviter_combo)
        form.addRow(self.tr("Invitation"), self.status_combo)
        form.addRow(self.arrival_check, self.arrival_edit)
        form.addRow(self.tr("Met by"), self.receiver_combo)
        form.addRow(self.tr("Notes"), self.notes_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        if data is not None:
            self._show(data)
        self._kind_changed()

    def _show(self, data: GuestData) -> None:
        self.name_edit.setText(data.name)
        self.title_edit.setText(data.title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(data.kind))
        self.contact_edit.setText(data.contact)
        self.inviter_combo.setCurrentIndex(max(0, self.inviter_combo.findData(
            data.inviter_person_id)))
        receiver = (f"person:{data.receiver_person_id}" if data.receiver_person_id is not None
                    else f"post:{data.receiver_post_id}" if data.receiver_post_id is not None
                    else None)
        self.receiver_combo.setCurrentIndex(max(0, self.receiver_combo.findData(receiver)))
        self.status_combo.setCurrentIndex(self.status_combo.findData(data.status))
        self.arrival_check.setChecked(data.arrival_time is not None)
        if data.arrival_time is not None:
            self.arrival_edit.setValue(data.arrival_time)
        self.sponsor_combo.setCurrentIndex(max(0, self.sponsor_combo.findData(data.sponsor_id)))
        self.notes_edit.setPlainText(data.notes)

    def _kind_changed(self) -> None:
        # Only a sponsor's representative names the sponsor.
        sponsor = self.kind_combo.currentData() == GuestKind.SPONSOR
        self.sponsor_label.setVisible(sponsor)
        self.sponsor_combo.setVisible(sponsor)

    def data(self) -> GuestData | None:
        """The checked values (after a successful accept)."""
        return self._result

    def accept(self) -> None:
        # "person:12" or "post:3" (None: nobody).
        receiver, _, key = (self.receiver_combo.currentData() or "").partition(":")
        kind = self.kind_combo.currentData()
        try:
            arrival = self.arrival_edit.value() if self.arrival_check.isChecked() else None
        except GalaError as exc:
            self.error_label.setText(describe_guest_error(exc))
            self.error_label.show()
            return
        data = GuestData(
            name=self.name_edit.text(), title=self.title_edit.text(), kind=kind,
            contact=self.contact_edit.text(), inviter_person_id=self.inviter_combo.currentData(),
            status=self.status_combo.currentData(),
            arrival_time=arrival,
            receiver_person_id=int(key) if receiver == "person" else None,
            receiver_post_id=int(key) if receiver == "post" else None,
            sponsor_id=self.sponsor_combo.currentData() if kind == GuestKind.SPONSOR else None,
            notes=self.notes_edit.toPlainText())
        try:
            self._result = self.controller.read(clean_guest, data=data)
        except GalaError as exc:
            self.error_label.setText(describe_guest_error(exc))
            self.error_label.show()
            return
        super().accept()
