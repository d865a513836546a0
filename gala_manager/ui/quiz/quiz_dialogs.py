"""Dialogs of the quiz: a question with its answer, round and prize; a winner and their prize."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gala_manager.core.quiz.questions import QuestionData, QuestionRow
from gala_manager.core.supplies import Winner


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _combo(choices: list[tuple[int, str]], none: str, current: int | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none, None)
    for key, text in choices:
        combo.addItem(text, key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class QuestionDialog(QDialog):
    """A question: its text, its answer, its round and the prize it wins."""

    def __init__(self, rounds: list[tuple[int, str]], prizes: list[tuple[int, str]],
                 data: QuestionData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quiz question"))
        self.question_edit = QPlainTextEdit(data.question if data else "")
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.answer_edit = QLineEdit(data.answer if data else "")
        default_round = data.act_id if data else (rounds[0][0] if rounds else None)
        self.round_combo = _combo(rounds, self.tr("(no round)"), default_round)
        self.prize_combo = _combo(prizes, self.tr("(no prize)"),
                                  data.prize_item_id if data else None)
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question_edit)
        form.addRow(self.tr("Answer"), self.answer_edit)
        form.addRow(self.tr("Round"), self.round_combo)
        form.addRow(self.tr("Prize"), self.prize_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 60),
                    self.sizeHint().height())

    def data(self) -> QuestionData:
        """The question as entered (the core checks it)."""
        return QuestionData(self.question_edit.toPlainText(), self.answer_edit.text(),
                            self.round_combo.currentData(), self.prize_combo.currentData())


class WinnerDialog(QDialog):
    """Who won which question, and the prize they take (the question's, unless changed)."""

    def __init__(self, questions: list[QuestionRow], prizes: list[tuple[int, str]],
                 first: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quiz winner"))
        # Over the console, whose dark stage colours its labels light: the dialog's own.
        self.setStyleSheet("QLabel { color: palette(window-text); }")
        self.questions = {q.id: q for q in questions}
        self.question_combo = _combo([(q.id, f"{q.position}. {q.data.question}")
                                      for q in questions], self.tr("(no question)"), first)
        self.answer_label = QLabel()
        self.answer_label.setWordWrap(True)
        self.prize_combo = _combo(prizes, self.tr("(choose a prize)"), None)
        self.name_edit = QLineEdit()
        self.class_edit = QLineEdit()
        self.class_edit.setPlaceholderText(self.tr("e.g. 电子信息 2301 班"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("optional"))
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.question_combo.currentIndexChanged.connect(lambda _i: self._question_changed())
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question_combo)
        form.addRow(self.tr("Answer"), self.answer_label)
        form.addRow(self.tr("Prize"), self.prize_combo)
        form.addRow(self.tr("Winner"), self.name_edit)
        form.addRow(self.tr("Class"), self.class_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self))
        self._question_changed()
        self.name_edit.setFocus()

    def _question_changed(self) -> None:
        question = self.questions.get(self.question_combo.currentData())
        self.answer_label.setText(question.data.answer if question else "")
        if question is not None and question.data.prize_item_id is not None:
            self.prize_combo.setCurrentIndex(
                max(0, self.prize_combo.findData(question.data.prize_item_id)))

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.error_label.setText(self.tr("A winner needs a name."))
            return
        if self.prize_combo.currentData() is None:
            self.error_label.setText(self.tr("Choose the prize they take."))
            return
        super().accept()

    def question_id(self) -> int | None:
        return self.question_combo.currentData()

    def item_id(self) -> int | None:
        return self.prize_combo.currentData()

    def prize_name(self) -> str:
        return self.prize_combo.currentText()

    def winner(self) -> Winner:
        return Winner(self.name_edit.text(), self.class_edit.text(), self.phone_edit.text())
