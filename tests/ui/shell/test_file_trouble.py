"""The window after a crash and on files it cannot save: recovered, read-only with a reason."""

from __future__ import annotations

import socket
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gala_manager.app.wording import recovered_text
from gala_manager.core.staff.people import list_departments
from gala_manager.core.storage import lock as lock_module
from gala_manager.core.storage.document import GalaDocument
from gala_manager.ui.shell import opener
from gala_manager.ui.shell.main_window import MainWindow
from tests.core.storage.interrupted import leave_interrupted_save

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close_gala()


@pytest.fixture
def questions(monkeypatch):
    """Every question box answered Yes; their texts kept."""
    asked: list[str] = []

    def answer(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_an_interrupted_save_is_recovered_and_said_in_the_status_bar(window, demo_path,
                                                                     warnings_shown):
    leave_interrupted_save(demo_path)
    assert window.open_path(demo_path)
    assert warnings_shown == []
    assert window.statusBar().currentMessage() == recovered_text()
    assert not window.controller.read_only and not window.banner.isVisible()
    assert not any("未保存" in d.name for d in window.controller.read(list_departments))


@posix_only
def test_a_read_only_file_opens_read_only_and_a_copy_can_be_edited(window, demo_path,
                                                                   tmp_path, monkeypatch,
                                                                   qtbot, warnings_shown):
    demo_path.chmod(0o444)
    assert window.open_path(demo_path)
    assert window.controller.read_only and warnings_shown == []
    assert window.banner.isVisible()
    assert "the file is read-only" in window.banner.label.text()
    window.grab().save("/tmp/read_only_banner.png")
    copy = tmp_path / "可编辑副本.gala"
    monkeypatch.setattr(opener, "ask_save_path", lambda *args: copy)
    qtbot.mouseClick(window.banner.copy_button, Qt.MouseButton.LeftButton)
    assert window.controller.document.path == copy
    assert not window.controller.read_only and not window.banner.isVisible()
    demo_path.chmod(0o644)


def test_a_gala_open_elsewhere_opens_read_only_naming_the_holder(window, demo_path,
                                                                 questions):
    with GalaDocument.open(demo_path):
        assert window.open_path(demo_path)
    assert "Open it read-only?" in questions[0]
    assert window.controller.read_only
    text = window.banner.label.text()
    assert f"open on {socket.gethostname()}" in text and "save a copy" in text


@posix_only
def test_an_interrupted_save_in_a_read_only_folder_is_recovered_into_a_copy(
        window, demo_path, tmp_path, monkeypatch, questions):
    leave_interrupted_save(demo_path)
    target = tmp_path.parent / f"{tmp_path.name}-recovered" / "恢复.gala"
    target.parent.mkdir()
    monkeypatch.setattr(opener, "ask_save_path", lambda *args: target)
    demo_path.parent.chmod(0o555)
    try:
        assert window.open_path(demo_path)
    finally:
        demo_path.parent.chmod(0o755)
    assert "do not delete the journal file" in questions[0]
    assert window.controller.document.path == target
    assert window.statusBar().currentMessage() == recovered_text()
    assert not window.controller.read_only


def test_a_full_disk_offers_to_read_it(window, demo_path, monkeypatch, questions):
    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(lock_module.os, "fsync", full)
    assert window.open_path(demo_path)
    assert questions[0].startswith("The disk is full")
    assert window.controller.read_only
    assert "the disk is full" in window.banner.label.text()
    assert not (demo_path.parent / (demo_path.name + ".lock")).exists()
