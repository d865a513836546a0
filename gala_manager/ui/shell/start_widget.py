"""What the main window shows when no gala is open: New, Open, the demo, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.ui.fonts import line_height, sized


class StartWidget(QWidget):
    """The start screen; emits what the user chose."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        sized(self.heading, 2.0, bold=True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newGala")
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("openDemo")
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(line_height(button, 2.5))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_label = QLabel()
        self.recent_list = QListWidget()
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole))))

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addWidget(self.hint)
        column.addSpacing(16)
        for widget in (self.new_button, self.open_button, self.demo_button):
            column.addWidget(widget)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list, 2)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate_ui()

    def set_recent(self, paths: list[Path]) -> None:
        """Show the recent galas; missing files are listed greyed out."""
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            if not path.exists():
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(self.tr("This file no longer exists."))
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent_list.setVisible(bool(paths))

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.heading.setText(self.tr("Gala Manager"))
        self.hint.setText(self.tr("Plan the programme, the people, the supplies and the "
                                  "contingency plans of your gala in one file."))
        self.new_button.setText(self.tr("New gala…"))
        self.open_button.setText(self.tr("Open a gala…"))
        self.demo_button.setText(self.tr("Open the demo gala"))
        self.recent_label.setText(self.tr("Recent galas"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
