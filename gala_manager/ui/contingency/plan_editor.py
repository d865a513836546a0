"""The editor of one contingency plan: its kind, people, contacts, equipment and steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.contingency.wording import kind_label
from gala_manager.core.contingency.plans import BUILTIN_KINDS, Contact, PlanData
from gala_manager.ui.contingency.plan_models import (
    ContactsTableModel,
    EquipmentTableModel,
    RecordsTableModel,
)
from gala_manager.ui.contingency.plan_roles import ActorsEdit, DeciderEdit
from gala_manager.ui.widgets.column_chooser import ColumnChooser
from gala_manager.ui.widgets.multi_line_edit import MultiLineEdit

translate = QCoreApplication.translate


class RowsEditor(QWidget):
    """A small table with Add and Remove buttons for a plan's contacts or equipment."""

    def __init__(self, model: RecordsTableModel, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView()
        self.view.setObjectName(name)
        self.view.setModel(self.model)
        ColumnChooser(self.view)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setMaximumHeight(150)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.buttons = QVBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)

    def retranslate_ui(self) -> None:
        self.add_button.setText(translate("Contingency", "Add"))
        self.remove_button.setText(translate("Contingency", "Remove"))
        self.model.retranslate()

    def _add(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())


class PlanEditor(QWidget):
    """Edits a `PlanData`; `modified` fires on every change, `plan_data()` reads it back."""

    modified = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)
        self.title_edit = QLineEdit()
        self.trigger_edit = MultiLineEdit(enter_accepts=False)
        self.trigger_edit.setMaximumHeight(60)
        self.decides_edit = DeciderEdit()
        self.acts_edit = ActorsEdit()
        self.contacts = RowsEditor(ContactsTableModel(self), "planContacts")
        self.equipment = RowsEditor(EquipmentTableModel(self), "planEquipment")
        # The committee's people, so a contact can be taken from them (set by the page).
        self.people_source = None
        self.from_people_button = QPushButton()
        self.from_people_button.clicked.connect(self.add_contact_from_people)
        self.contacts.buttons.insertWidget(2, self.from_people_button)
        self.steps_edit = MultiLineEdit(enter_accepts=False)
        self.notes_edit = MultiLineEdit(enter_accepts=False)
        self.notes_edit.setMaximumHeight(60)
        self.form = QFormLayout(self)
        self._labels = [QLabel() for _ in range(9)]
        for label, field in zip(self._labels, (
                self.kind_combo, self.title_edit, self.trigger_edit, self.decides_edit,
                self.acts_edit, self.contacts, self.equipment, self.steps_edit,
                self.notes_edit), strict=True):
            self.form.addRow(label, field)
        self.title_edit.textEdited.connect(self._changed)
        self.decides_edit.changed.connect(self._changed)
        self.acts_edit.changed.connect(self._changed)
        for edit in (self.trigger_edit, self.steps_edit, self.notes_edit):
            edit.textChanged.connect(self._changed)
        self.kind_combo.currentTextChanged.connect(self._changed)
        self.contacts.model.edited.connect(self._changed)
        self.equipment.model.edited.connect(self._changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = [self.tr("Kind"), self.tr("Title"), self.tr("Trigger"), self.tr("Who decides"),
                 self.tr("Who acts"), self.tr("Contacts"), self.tr("Equipment"),
                 self.tr("Steps (one per line)"), self.tr("Notes")]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.from_people_button.setText(self.tr("From people…"))
        self.contacts.retranslate_ui()
        self.equipment.retranslate_ui()
        self.decides_edit.retranslate_ui()
        self.acts_edit.retranslate_ui()
        # One width for every button column, so the tables line up: the widest text's,
        # in this language and font.
        buttons = (self.contacts.add_button, self.contacts.remove_button,
                   self.from_people_button, self.equipment.add_button,
                   self.equipment.remove_button)
        width = max(button.sizeHint().width() for button in buttons)
        for button in buttons:
            button.setFixedWidth(width)
        self.kind_combo.lineEdit().setPlaceholderText(
            translate("Contingency", "a kind of your own, e.g. bad weather"))
        self.set_kinds(self._kinds())

    def _kinds(self) -> list[str]:
        return [self.kind_combo.itemData(i) for i in range(self.kind_combo.count())] \
            or list(BUILTIN_KINDS)

    def set_kinds(self, kinds: list[str]) -> None:
        """Offer the built-in kinds and the committee's own in the kind box."""
        current = self.kind()
        self._loading = True
        self.kind_combo.clear()
        for kind in kinds:
            self.kind_combo.addItem(kind_label(kind), kind)
        self._set_kind(current)
        self._loading = False

    def _set_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)
        else:
            self.kind_combo.setEditText(kind)

    def kind(self) -> str:
        """The chosen kind's code, or the text typed for a new kind."""
        text = self.kind_combo.currentText().strip()
        index = self.kind_combo.findText(text)
        return self.kind_combo.itemData(index) if index >= 0 else text

    def set_people_and_posts(self, people: list, posts: list) -> None:
        """The gala's people and posts, to choose who decides and who acts from."""
        self.decides_edit.set_people(people)
        self.acts_edit.set_posts(posts)

    def add_contact_from_people(self) -> None:
        """Add one of the gala's people as a contact: linked, so their phone stays theirs."""
        people = self.people_source() if self.people_source else []
        person = self.choose_person(people) if people else None
        if person is not None:
            role = person.notes or person.department_name
            self.contacts.model.append(Contact(person.name, role, person.phone, person.id))

    def choose_person(self, people: list) -> object | None:
        """Ask which person to add (tests replace this)."""
        labels = [f"{p.name} · {p.department_name or '—'} · {p.phone or '—'}" for p in people]
        text, ok = QInputDialog.getItem(self, self.tr("Add a contact"), self.tr("Person:"),
                                        labels, 0, False)
        return people[labels.index(text)] if ok and text in labels else None

    def set_plan(self, data: PlanData) -> None:
        """Show a plan (without marking it modified)."""
        self._loading = True
        self._set_kind(data.kind)
        self.title_edit.setText(data.title)
        self.trigger_edit.setPlainText(data.trigger)
        self.decides_edit.set_value(data.decides_person_id, data.decides)
        self.acts_edit.set_value(data.acts_post_ids, data.acts)
        self.contacts.model.set_rows(data.contacts)
        self.equipment.model.set_rows(data.equipment)
        self.steps_edit.setPlainText("\n".join(data.steps))
        self.notes_edit.setPlainText(data.notes)
        self._loading = False

    def plan_data(self) -> PlanData:
        """The plan as edited."""
        return PlanData(
            kind=self.kind(), title=self.title_edit.text(),
            trigger=self.trigger_edit.toPlainText(), decides=self.decides_edit.capacity(),
            acts=self.acts_edit.others(), decides_person_id=self.decides_edit.person_id(),
            acts_post_ids=self.acts_edit.post_ids(),
            contacts=tuple(self.contacts.model.records()),
            equipment=tuple(self.equipment.model.records()),
            steps=tuple(self.steps_edit.toPlainText().splitlines()),
            notes=self.notes_edit.toPlainText())

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.modified.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
