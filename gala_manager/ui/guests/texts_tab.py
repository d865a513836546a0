"""The invitation texts tab: the greeting and body each kind of guest gets, with a preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.formatting import format_date
from gala_manager.app.guests.invitation_text import (
    PLACEHOLDERS,
    default_body,
    default_greeting,
    invitation_words,
)
from gala_manager.app.guests.wording import guest_kind_label, seat_label
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.guests.invitations import invitation_texts
from gala_manager.core.guests.records import list_guests
from gala_manager.core.models import GuestKind
from gala_manager.ui import theme
from gala_manager.ui.guests.guest_commands import invitation_text_command
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.multi_line_edit import MultiLineEdit


class InvitationTextsTab(QWidget):
    """Pick a kind of guest, write its words (or keep the defaults), see them filled in."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._custom: dict[GuestKind, tuple[str, str]] = {}
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("textKind")
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._show_kind())
        self.greeting_edit = QLineEdit()
        self.body_edit = MultiLineEdit(enter_accepts=False)
        self.greeting_edit.textChanged.connect(self._preview)
        self.body_edit.textChanged.connect(self._preview)
        self.placeholders_label = QLabel()
        self.placeholders_label.setWordWrap(True)
        theme.paint_text(self.placeholders_label, Tone.MUTED)
        self.state_label = QLabel()
        self.save_button, self.default_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(lambda: self.save())
        self.default_button.clicked.connect(lambda: self.use_default())
        self.preview_box = QGroupBox()
        self.preview_label = QLabel()
        self.preview_label.setObjectName("invitationPreview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)  # typed text, never markup
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body_edit.setMaximumHeight(self.body_edit.fontMetrics().lineSpacing() * 9)
        QVBoxLayout(self.preview_box).addWidget(self.preview_label)
        self.kind_label, self.greeting_label, self.body_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.greeting_label, self.greeting_edit)
        form.addRow(self.body_label, self.body_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.placeholders_label)
        layout.addLayout(buttons)
        layout.addWidget(self.preview_box, 1)

    def retranslate_ui(self) -> None:
        self.kind_label.setText(self.tr("For"))
        self.greeting_label.setText(self.tr("Greeting"))
        self.body_label.setText(self.tr("Text"))
        self.save_button.setText(self.tr("Save the text"))
        self.default_button.setText(self.tr("Use the default words"))
        self.preview_box.setTitle(self.tr("Preview"))
        self.placeholders_label.setText(self.tr("These words are filled in: {names}").format(
            names="  ".join("{" + name + "}" for name in PLACEHOLDERS)))
        current = self.kind_combo.currentIndex()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in GuestKind:
            self.kind_combo.addItem(guest_kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, current))
        self.kind_combo.blockSignals(False)
        if self.controller.document is not None:
            self._show_kind()

    def reload(self) -> None:
        self._custom = self.controller.read(invitation_texts)
        self._show_kind()

    def kind(self) -> GuestKind:
        """The kind of guest whose words are shown."""
        return GuestKind(self.kind_combo.currentData() or GuestKind.LEADER)

    def _show_kind(self) -> None:
        kind = self.kind()
        greeting, body = self._custom.get(kind, (default_greeting(kind), default_body(kind)))
        for widget, text in ((self.greeting_edit, greeting), (self.body_edit, body)):
            widget.blockSignals(True)
            (widget.setText if widget is self.greeting_edit else widget.setPlainText)(text)
            widget.blockSignals(False)
        self.state_label.setText(self.tr("The committee’s own words") if kind in self._custom
                                 else self.tr("The default words"))
        self._preview()

    def _preview(self) -> None:
        if self.controller.document is None:
            return
        kind = self.kind()
        facts = self.controller.read(get_gala_facts)
        sample = next((g for g in self.controller.read(list_guests) if g.data.kind == kind),
                      None)
        values = {"gala": facts.name, "theme": facts.theme, "organiser": facts.organiser,
                  "venue": facts.venue, "date": format_date(facts.date) if facts.date else "",
                  "time": facts.start_time.strftime("%H:%M"),
                  "name": sample.name if sample else self.tr("Zhang San"),
                  "title": sample.data.title if sample else "",
                  "seat": seat_label(sample.seat) if sample else ""}
        greeting, body = invitation_words(kind, {kind: (self.greeting_edit.text(),
                                                        self.body_edit.toPlainText())}, values)
        self.preview_label.setText(f"{greeting}\n\n{body}")

    def save(self) -> None:
        """Keep the words as written for this kind of guest (undoable)."""
        text = (self.greeting_edit.text(), self.body_edit.toPlainText())
        self.controller.push(invitation_text_command(self.controller, self.kind(), text), self)

    def use_default(self) -> None:
        """Drop the committee's words for this kind: the defaults apply again."""
        if self.kind() in self._custom:
            self.controller.push(invitation_text_command(self.controller, self.kind(), None),
                                 self)
        else:
            self._show_kind()
