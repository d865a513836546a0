"""Every export says what it wrote, opening it says when it cannot, long work can be cancelled."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from gala_manager.ui.files import background, exporting, written_files
from gala_manager.ui.files.background import ProgressWindow, run_with_progress, write_with_progress


def test_an_export_is_announced_in_the_status_bar_with_links(main_window, tmp_path,
                                                             monkeypatch):
    target = tmp_path / "报名表.xlsx"
    monkeypatch.setattr(exporting, "ask_save_path", lambda *a, **k: target)
    opened = []
    monkeypatch.setattr(written_files.QDesktopServices, "openUrl",
                        lambda url: opened.append(Path(url.toLocalFile())) or True)
    main_window.show_page("programme")
    main_window.page("programme").actions.files.template_action.trigger()
    notice = main_window.written_notice
    assert target.exists() and notice.isVisible()
    assert "报名表.xlsx" in notice.text() and 'href="folder"' in notice.text()
    assert not list(tmp_path.glob(".*partial*"))  # written through a temporary name
    notice.linkActivated.emit("folder")
    notice.linkActivated.emit("open")
    assert opened == [tmp_path, target]


def test_no_pdf_viewer_is_said_with_the_path(qtbot, tmp_path, monkeypatch):
    pdf = tmp_path / "流程单.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(written_files.QDesktopServices, "openUrl", lambda url: False)
    shown = []

    def read_box():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_box)
            return
        shown.append((box.objectName(), box.text(), box.informativeText()))
        box.accept()

    QTimer.singleShot(0, read_box)
    assert written_files.open_with_system(None, pdf) is False
    name, text, path = shown[0]
    assert name == "noViewer" and "PDF" in text and path == str(pdf)


def _cancel_when_shown(seen: list) -> None:
    """Once the progress window is up (after half a second), press its Cancel button."""
    window = next((w for w in QApplication.topLevelWidgets()
                   if isinstance(w, ProgressWindow) and w.isVisible()), None)
    if window is None:
        QTimer.singleShot(20, lambda: _cancel_when_shown(seen))
        return
    seen.append(window.labelText())
    window.findChild(QPushButton).click()


def test_long_work_shows_progress_and_cancel_leaves_no_file(qtbot, tmp_path):
    target = tmp_path / "物品清单.pdf"
    target.write_bytes(b"old")
    release = threading.Event()

    def write(partial: Path) -> Path:
        release.wait(10)  # a big export
        partial.write_bytes(b"%PDF-1.4 new")
        return partial

    seen: list = []
    QTimer.singleShot(0, lambda: _cancel_when_shown(seen))
    assert write_with_progress(None, "正在写入 物品清单.pdf…", target, write) is None
    assert seen == ["正在写入 物品清单.pdf…"]
    release.set()
    qtbot.waitUntil(lambda: not background._pending)  # the late result has been tidied up
    assert sorted(p.name for p in tmp_path.iterdir()) == ["物品清单.pdf"]
    assert target.read_bytes() == b"old"  # cancelled: the old file stays as it was


def test_quick_work_shows_nothing_and_errors_come_through(qtbot):
    assert run_with_progress(None, "x", lambda: 42) == 42
    assert not any(isinstance(w, ProgressWindow) and w.isVisible()
                   for w in QApplication.topLevelWidgets())

    def fail():
        raise ValueError("bad sheet")

    try:
        run_with_progress(None, "x", fail)
    except ValueError as exc:
        assert str(exc) == "bad sheet"
    else:
        raise AssertionError("the error was lost")
