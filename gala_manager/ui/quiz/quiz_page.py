"""The Quiz page: the questions of each round, the prizes left in the supplies, the winners."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

import gala_manager.app.quiz.wording  # noqa: F401  (registers problem words)
from gala_manager.app.quiz.wording import describe_quiz_error
from gala_manager.core.operations import Area
from gala_manager.core.quiz import list_questions, quiz_acts
from gala_manager.core.supplies import list_handouts, prize_choices, prize_stock
from gala_manager.ui.page import Page
from gala_manager.ui.quiz.quiz_commands import (
    add_question_command,
    edit_question_command,
    move_question_command,
    remove_questions_command,
    take_back_command,
)
from gala_manager.ui.quiz.quiz_dialogs import QuestionDialog
from gala_manager.ui.quiz.quiz_models import PrizeTableModel, QuestionTableModel, WinnerTableModel
from gala_manager.ui.quiz.winner_entry import record_winner, winner_dialog
from gala_manager.ui.widgets.row_view import row_view


class QuizPage(Page):
    """Questions above; the prize stock and the winners below."""

    key = "quiz"
    # Rounds are acts; prizes are supply items.
    areas = frozenset({Area.QUIZ, Area.PROGRAMME, Area.SUPPLIES, Area.GALA})
    target_kinds = frozenset({"quiz_question"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.question_model = QuestionTableModel(self)
        self.question_view = row_view(self.question_model, "quizQuestions", several=True,
                                      alternating=True)
        self.question_view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.prize_model = PrizeTableModel(self)
        self.prize_view = row_view(self.prize_model, "quizPrizes", several=True,
                                   alternating=True)
        self.winner_model = WinnerTableModel(self)
        self.winner_view = row_view(self.winner_model, "quizWinners", several=True,
                                    alternating=True)
        self.add_button, self.edit_button, self.remove_button = (QPushButton(), QPushButton(),
                                                                 QPushButton())
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.winner_button, self.take_back_button = QPushButton(), QPushButton()
        for button, slot in ((self.add_button, self.add_question),
                             (self.edit_button, self.edit_selected),
                             (self.remove_button, self.remove_selected),
                             (self.up_button, lambda: self.move_selected(-1)),
                             (self.down_button, lambda: self.move_selected(1)),
                             (self.winner_button, self.record_winner),
                             (self.take_back_button, self.take_back_selected)):
            button.clicked.connect(lambda _c=False, s=slot: s())
        self.prizes_label, self.winners_label = QLabel(), QLabel()
        self.summary_label = QLabel()
        top = QWidget()
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button,
                       self.down_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.summary_label)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.question_view, 1)
        prizes = QWidget()
        column = QVBoxLayout(prizes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.prizes_label)
        column.addWidget(self.prize_view, 1)
        winners = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.winners_label)
        bar.addStretch(1)
        bar.addWidget(self.winner_button)
        bar.addWidget(self.take_back_button)
        column = QVBoxLayout(winners)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.winner_view, 1)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(prizes)
        bottom.addWidget(winners)
        # Half each: the four columns of the stock stay readable beside the winners.
        bottom.setSizes([1000, 1000])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([3000, 2000])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.cards_action = QAction(self)
        self.cards_action.triggered.connect(lambda: self.export_cards())
        self.question_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.winner_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Quiz")

    def retranslate_ui(self) -> None:
        for button, text in ((self.add_button, self.tr("Add question…")),
                             (self.edit_button, self.tr("Edit…")),
                             (self.remove_button, self.tr("Remove")),
                             (self.up_button, self.tr("Move up")),
                             (self.down_button, self.tr("Move down")),
                             (self.winner_button, self.tr("Record winner…")),
                             (self.take_back_button, self.tr("Take prize back"))):
            button.setText(text)
        self.prizes_label.setText(self.tr("Prizes (from the supplies)"))
        self.winners_label.setText(self.tr("Winners"))
        self.cards_action.setText(self.tr("Print quiz cards…"))
        for model in (self.question_model, self.prize_model, self.winner_model):
            model.retranslate()
        self._summary()

    def menu_actions(self) -> dict:
        return {"file": [self.cards_action]}

    def reload(self) -> None:
        read = self.controller.read
        self.question_model.update_rows(read(list_questions))
        self.prize_model.update_rows(sorted(read(prize_stock).values(), key=lambda s: s.name))
        self.winner_model.titles = dict(read(quiz_acts))
        self.winner_model.update_rows(read(list_handouts))
        for view in (self.question_view, self.prize_view, self.winner_view):
            view.resizeColumnsToContents()
        self._summary()
        self._update_actions()

    def _summary(self) -> None:
        rows = self.question_model.rows()
        rounds = len({r.data.act_id for r in rows if r.data.act_id is not None})
        self.summary_label.setText(self.tr("Questions: {questions} · rounds: {rounds}").format(
            questions=len(rows), rounds=rounds))

    def _update_actions(self, *_args) -> None:
        writable = not self.controller.read_only
        count = len(self.question_view.selectionModel().selectedRows())
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and count == 1)
        self.remove_button.setEnabled(writable and count > 0)
        self.up_button.setEnabled(writable and count == 1)
        self.down_button.setEnabled(writable and count == 1)
        self.winner_button.setEnabled(writable)
        self.take_back_button.setEnabled(
            writable and bool(self.winner_view.selectionModel().selectedRows()))

    def show_target(self, target: tuple) -> None:
        if len(target) > 1 and target[0] == "quiz_question":
            self.select_ids([target[1]])

    # -- selection --------------------------------------------------------------------

    def selected_rows(self) -> list:
        """The questions selected, in display order."""
        rows = sorted({i.row() for i in self.question_view.selectionModel().selectedRows()})
        return [self.question_model.row_at(r) for r in rows]

    def select_ids(self, ids: list[int]) -> None:
        """Select these questions."""
        self.refresh_if_stale()  # a question just added shows once the page has reloaded
        self.question_view.clearSelection()
        for question_id in ids:
            number = self.question_model.row_of(question_id)
            if number >= 0:
                self.question_view.selectRow(number)

    # -- edits (each one undoable; tests replace the dialogs) ----------------------------

    def question_dialog(self, data=None) -> QuestionDialog:
        read = self.controller.read
        return QuestionDialog(read(quiz_acts), read(prize_choices), data, self)

    def add_question(self) -> None:
        dialog = self.question_dialog()
        if dialog.exec():
            command = add_question_command(self.controller, dialog.data())
            if self.controller.push(command, self):
                self.select_ids([command.result])

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.controller.read_only:
            return
        dialog = self.question_dialog(rows[0].data)
        if dialog.exec():
            self.controller.push(edit_question_command(self.controller, rows[0].id,
                                                       dialog.data()), self)

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.controller.push(remove_questions_command(self.controller,
                                                          [r.id for r in rows]), self)

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and self.controller.push(
                move_question_command(self.controller, rows[0].id, step), self):
            self.select_ids([rows[0].id])

    def record_winner(self) -> bool:
        """Ask who won which question and hand out their prize."""
        rows = self.selected_rows()
        act_id = rows[0].data.act_id if rows else None
        dialog = winner_dialog(self.controller, act_id, self)
        return bool(self.run_dialog(dialog)) and record_winner(self.controller, dialog,
                                                               act_id, self)

    def run_dialog(self, dialog) -> bool:
        """Show a dialog (tests fill it instead)."""
        return bool(dialog.exec())

    def take_back_selected(self) -> None:
        rows = sorted({i.row() for i in self.winner_view.selectionModel().selectedRows()})
        ids = [self.winner_model.row_at(r).id for r in rows]
        if ids:
            self.controller.push(take_back_command(self.controller, ids), self)

    # -- print ---------------------------------------------------------------------------

    def ask_path(self) -> Path | None:
        """Where to write the quiz cards (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(self, self.cards_action.text().rstrip("…"),
                                              self.tr("quiz-cards.pdf"),
                                              self.tr("PDF document (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def export_cards(self) -> Path | None:
        """Write the host's quiz cards where the user says."""
        path = self.ask_path()
        if path is None or self.controller.document is None:
            return None
        from gala_manager.app.quiz.exports import export_quiz_cards  # loads reportlab

        try:
            return export_quiz_cards(self.controller, path)
        except Exception as exc:  # noqa: BLE001 - any failure is told, nothing is lost
            QMessageBox.warning(self, self.title(), describe_quiz_error(exc))
            return None
