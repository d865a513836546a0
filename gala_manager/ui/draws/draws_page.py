"""The Lucky draw page: the evening's draws, their winners, and the big screen to draw on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

import gala_manager.app.draws.wording  # noqa: F401  (registers problem words)
from gala_manager.app.draws.wording import describe_draw_error
from gala_manager.core.draws.drawing import prize_stock
from gala_manager.core.draws.setup import get_draw, list_draws
from gala_manager.core.models import WinnerStatus
from gala_manager.core.operations import Area
from gala_manager.ui.draws.big_screen import BigScreenWindow
from gala_manager.ui.draws.draw_commands import (
    add_draw_command,
    edit_draw_command,
    remove_draw_command,
    winner_status_command,
)
from gala_manager.ui.draws.draw_dialog import DrawDialog
from gala_manager.ui.draws.draw_models import DrawTableModel, WinnerTableModel
from gala_manager.ui.files.exporting import ask_export_path, write_export
from gala_manager.ui.page import Page
from gala_manager.ui.table_model import RowRole
from gala_manager.ui.widgets.row_view import sorted_row_view


class DrawsPage(Page):
    """Draws above; the selected draw's winners below, marked collected or absent."""

    key = "draws"
    # Prizes are supply items (their names and stock); the draws write to the show log.
    areas = frozenset({Area.DRAWS, Area.SUPPLIES, Area.SHOW, Area.PEOPLE})
    target_kinds = frozenset({"draw"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.model = DrawTableModel(self)
        self.table, self.proxy = sorted_row_view(self.model, "drawsTable")
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._draw_selected)
        self.winner_model = WinnerTableModel(self)
        self.winner_table, self.winner_proxy = sorted_row_view(self.winner_model,
                                                               "winnersTable")
        self.winner_table.selectionModel().selectionChanged.connect(self._update_actions)

        self.add_button, self.edit_button, self.remove_button = (QPushButton(), QPushButton(),
                                                                 QPushButton())
        self.draw_button = QPushButton()
        self.draw_button.setObjectName("drawOnBigScreen")
        self.add_button.clicked.connect(lambda: self.add_draw())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.draw_button.clicked.connect(lambda: self.open_big_screen())
        bar = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.draw_button)

        self.collected_button, self.absent_button, self.redraw_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.collected_button.setObjectName("markCollected")
        self.absent_button.setObjectName("markAbsent")
        self.redraw_button.setObjectName("redrawAbsent")
        self.collected_button.clicked.connect(
            lambda: self.mark_selected(WinnerStatus.COLLECTED))
        self.absent_button.clicked.connect(lambda: self.mark_selected(WinnerStatus.ABSENT))
        self.redraw_button.clicked.connect(lambda: self.redraw_selected())
        self.stock_label = QLabel()
        self.stock_label.setObjectName("prizeStock")
        self.export_action = QAction(self)
        self.export_action.triggered.connect(lambda: self.export_winners())
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_action.trigger)
        winner_bar = QHBoxLayout()
        for widget in (self.collected_button, self.absent_button, self.redraw_button):
            winner_bar.addWidget(widget)
        winner_bar.addSpacing(16)
        winner_bar.addWidget(self.stock_label, 1)
        winner_bar.addWidget(self.export_button)
        self.winners_box = QGroupBox()
        box_layout = QVBoxLayout(self.winners_box)
        box_layout.addLayout(winner_bar)
        box_layout.addWidget(self.winner_table)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.winners_box)
        splitter.setSizes([260, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.big_screen: BigScreenWindow | None = None
        self.retranslate_ui()
        self._update_actions()

    # -- Page -----------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add draw…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.draw_button.setText(self.tr("Draw on the big screen…"))
        self.collected_button.setText(self.tr("Prize collected"))
        self.absent_button.setText(self.tr("Absent"))
        self.redraw_button.setText(self.tr("Redraw for the absent…"))
        self.export_action.setText(self.tr("Export winners…"))
        self.export_button.setText(self.export_action.text())
        self.model.retranslate()
        self.winner_model.retranslate()
        self._show_winners()

    def menu_actions(self) -> dict:
        return {"file": [self.export_action]}

    def reload(self) -> None:
        selected = self.selected_draw()
        self.model.update_rows(self.controller.read(list_draws))
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select_draw(selected.id)
        elif self.model.rows():
            self.table.selectRow(0)
        self._show_winners()

    def show_target(self, target: tuple) -> None:
        if len(target) > 1 and target[0] == "draw":
            self.refresh_if_stale()
            self.select_draw(target[1])

    # -- selection ----------------------------------------------------------------

    def selected_draw(self):
        """The draw selected, as a row (None when none is)."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def select_draw(self, draw_id: int) -> None:
        """Select a draw."""
        number = self.model.row_of(draw_id)
        if number >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(number, 0)).row())

    def selected_winner(self):
        """The winner selected, as a row (None when none is)."""
        rows = self.winner_table.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def _draw_selected(self, *_args) -> None:
        self._show_winners()

    def _show_winners(self) -> None:
        draw = self.selected_draw()
        if draw is not None:
            draw = next((r for r in self.model.rows() if r.id == draw.id), draw)
        self.winner_model.update_rows(draw.winners if draw else [])
        self.winner_table.resizeColumnsToContents()
        self.winners_box.setTitle(self.tr("Winners of “{draw}”").format(draw=draw.data.name)
                                  if draw else self.tr("Winners"))
        text = ""
        if draw is not None and draw.data.prize_item_id is not None:
            stock = self.controller.read(prize_stock, item_id=draw.data.prize_item_id)
            text = self.tr("{prize}: {left} of {quantity} {unit} left").format(
                prize=stock.name, left=stock.left, quantity=stock.quantity, unit=stock.unit)
        self.stock_label.setText(text)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        writable = self.controller.document is not None and not self.controller.read_only
        draw, winner = self.selected_draw(), self.selected_winner()
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and draw is not None)
        self.remove_button.setEnabled(writable and draw is not None and not draw.has_run)
        self.draw_button.setEnabled(draw is not None)
        redrawn = {w.redraw_of for w in self.winner_model.rows()}
        self.collected_button.setEnabled(writable and winner is not None)
        self.absent_button.setEnabled(writable and winner is not None
                                      and winner.status != WinnerStatus.ABSENT)
        self.redraw_button.setEnabled(writable and winner is not None
                                      and winner.status == WinnerStatus.ABSENT
                                      and winner.entry not in redrawn)
        self.export_button.setEnabled(draw is not None)

    # -- edits (undoable) -------------------------------------------------------------

    def _ask(self, dialog: DrawDialog, make_command) -> bool:
        """Run the dialog until its draw is saved or it is cancelled (nothing typed lost)."""
        while dialog.exec():
            command = make_command(dialog.data())
            self.controller.undo_stack.push(command)
            if command.error is None:
                return True
            dialog.show_error(command.error)
        return False

    def add_draw(self) -> None:
        """Ask for a new draw and add it."""
        dialog = DrawDialog(self.controller, parent=self)
        holder = {}

        def make(data):
            holder["command"] = add_draw_command(self.controller, data)
            return holder["command"]

        if self._ask(dialog, make):
            self.refresh_if_stale()
            self.select_draw(holder["command"].result)

    def edit_selected(self) -> None:
        """Edit the selected draw (only its name and notes once drawn)."""
        draw = self.selected_draw()
        if draw is None or self.controller.read_only:
            return
        row = self.controller.read(get_draw, draw_id=draw.id)
        dialog = DrawDialog(self.controller, row.data, drawn=row.has_run, parent=self)
        self._ask(dialog, lambda data: edit_draw_command(self.controller, row.id, data))

    def remove_selected(self) -> None:
        """Remove the selected draw (undo brings it back)."""
        draw = self.selected_draw()
        if draw is not None:
            self.controller.push(remove_draw_command(self.controller, draw.id, draw.data.name),
                                 self)

    def mark_selected(self, status: WinnerStatus) -> None:
        """Mark the selected winner's prize collected, or the winner absent."""
        winner = self.selected_winner()
        if winner is not None:
            self.controller.push(winner_status_command(self.controller, winner.id,
                                                       winner.entry, status), self)

    # -- the big screen ----------------------------------------------------------------

    def open_big_screen(self, redraw_of: int | None = None) -> BigScreenWindow | None:
        """Open the selected draw on the big screen (Space starts and stops it)."""
        draw = self.selected_draw()
        if draw is None:
            return None
        if self.big_screen is not None:
            self.big_screen.close()
        screen = BigScreenWindow(self.controller, draw.id, redraw_of=redraw_of)
        screen.destroyed.connect(lambda *_: self._screen_closed(screen))
        self.big_screen = screen
        screen.show()
        screen.activateWindow()
        return screen

    def _screen_closed(self, screen: BigScreenWindow) -> None:
        if self.big_screen is screen:
            self.big_screen = None

    def redraw_selected(self) -> BigScreenWindow | None:
        """Redraw the selected absent winner on the big screen."""
        winner = self.selected_winner()
        if winner is None or winner.status != WinnerStatus.ABSENT:
            return None
        return self.open_big_screen(redraw_of=winner.id)

    # -- export -----------------------------------------------------------------------

    def ask_export_path(self, suggested: str) -> Path | None:
        """Where to write the winners' workbook (tests replace this)."""
        path = ask_export_path(self, self.controller, self.tr("Export winners"), suggested,
                               ".xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return None
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def export_winners(self) -> Path | None:
        """Write every draw's winners with their prize, for the handout table."""
        if self.controller.document is None:
            return None
        path = self.ask_export_path(self.tr("winners"))
        if path is None:
            return None
        from gala_manager.app.draws.exports import export_winners  # loads the xlsx writer

        try:
            return write_export(self, self.controller, path,
                                lambda partial: export_winners(self.controller, partial))
        except Exception as exc:  # noqa: BLE001 - any failure is told, nothing is lost
            QMessageBox.warning(self, self.title(), describe_draw_error(exc))
            return None


