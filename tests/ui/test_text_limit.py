"""No text box takes more than a gala keeps: a long paste is undone at once, and said why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolTip

from gala_manager.core import errors
from gala_manager.core.programme.acts import add_act
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.text_limit import MAX_TEXT
from gala_manager.ui.programme.act_dialog import ActDialog
from gala_manager.ui.text_limit import install_text_limit

LONG = "灯光：暖黄色追光，节目结束前渐暗。" * 400  # 6,800 characters


@pytest.fixture
def dialog(qtbot, qapp):
    install_text_limit(qapp)
    box = ActDialog(ActFields(title="舞蹈《茉莉花》"), [], [])
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def _paste(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)


def test_a_paste_beyond_the_limit_is_undone_and_explained(dialog, qtbot, type_text):
    notes = dialog.notes_edit
    type_text(notes, "提前到场")
    _paste(qtbot, notes, LONG)
    assert notes.toPlainText() == "提前到场"  # what was typed stays
    assert "at most 5000 characters" in QToolTip.text()
    _paste(qtbot, notes, LONG[:200])  # a sensible paste goes in
    assert notes.toPlainText() == "提前到场" + LONG[:200]


def test_a_line_refuses_it_too(dialog, qtbot):
    _paste(qtbot, dialog.music_edit, "x" * (MAX_TEXT + 1))
    assert dialog.music_edit.text() == ""
    assert "this would have been 5001" in QToolTip.text()


def test_a_text_too_long_already_can_still_be_shortened(dialog, qtbot):
    notes = dialog.notes_edit
    notes.setPlainText(LONG)  # from an older file
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClick(notes, Qt.Key.Key_Backspace)
    qtbot.wait(20)
    assert notes.toPlainText() == LONG[:-1]


def test_the_core_refuses_what_gets_past_the_boxes(empty_doc_for_ui):
    with pytest.raises(errors.TextTooLongError) as info:
        empty_doc_for_ui.run(add_act, fields=ActFields(title="小品", notes="长" * (MAX_TEXT + 1),
                                                       duration_seconds=300))
    assert (info.value.field, info.value.value, info.value.limit) == ("notes", 5001, 5000)


@pytest.fixture
def empty_doc_for_ui(tmp_path):
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.create(tmp_path / "x.gala") as doc:
        yield doc
