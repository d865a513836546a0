"""Long work off the GUI thread, with a progress window and Cancel after half a second.

`run_with_progress(parent, text, work)` runs a Qt-free callable in a plain
Python thread while the window stays responsive; if it takes longer than
`SHOW_AFTER_MS` a progress window with Cancel appears. It returns the work's
result, raises its exception, or returns `CANCELLED`.

`write_with_progress(parent, text, path, write)` does it for a file: `write`
gets a temporary name beside `path` and the finished file is moved onto `path`
only if nobody cancelled, so Cancel leaves no file and no old one replaced.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from gala_manager.core.errors import PermissionDeniedError

SHOW_AFTER_MS = 500
CANCELLED = object()
# Relays whose worker has not reported yet: a cancelled run returns before it does.
_pending: set[QObject] = set()


class _Relay(QObject):
    """Carries the worker's outcome to the GUI thread (queued: the relay lives there)."""

    finished = Signal(object, object)  # result, exception


class ProgressWindow(QProgressDialog):
    """A busy indicator with Cancel (tests find it by its class)."""


def run_with_progress(parent: QWidget | None, text: str, work: Callable[[], Any],
                      on_late_result: Callable[[Any], None] | None = None) -> Any:
    """Run `work()` in a thread; its result, its exception, or `CANCELLED`.

    After a cancel the work still runs to its end (nothing can stop a PDF
    half-way); `on_late_result(result)` then tidies up after it.
    """
    relay = _Relay()
    _pending.add(relay)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finished(result, error) -> None:
        _pending.discard(relay)
        if outcome.get("cancelled"):
            if error is None and on_late_result is not None:
                on_late_result(result)
            return
        outcome.update(result=result, error=error)
        loop.quit()

    relay.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    progress = ProgressWindow(text, progress_cancel_text(), 0, 0, parent)
    progress.setWindowTitle(text)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.hide()
    progress.canceled.connect(lambda: (outcome.update(cancelled=True), loop.quit()))
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(progress.show)
    timer.start(SHOW_AFTER_MS)

    def worker() -> None:
        try:
            value = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            relay.finished.emit(None, exc)
            return
        relay.finished.emit(value, None)

    threading.Thread(target=worker, daemon=True).start()
    loop.exec()
    timer.stop()
    progress.hide()
    progress.deleteLater()
    if outcome.get("cancelled"):
        return CANCELLED
    if outcome["error"] is not None:
        raise outcome["error"]
    return outcome["result"]


def progress_cancel_text() -> str:
    """The Cancel button's text, in Qt's own words (so in the app's language)."""
    return QCoreApplication.translate("QPlatformTheme", "Cancel")


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.stem}.partial{path.suffix}")


def _discard(written: Any) -> None:
    if isinstance(written, Path):
        with contextlib.suppress(OSError):
            written.unlink()


def write_with_progress(parent: QWidget | None, text: str, path: Path,
                        write: Callable[[Path], Path]) -> Path | None:
    """Write a file through a temporary name; the path written, or None if cancelled."""
    path = Path(path)
    partial = _partial(path)
    result = run_with_progress(parent, text, lambda: write(partial), _discard)
    if result is CANCELLED:
        return None
    written = Path(result)
    final = path.with_suffix(written.suffix) if written.suffix != path.suffix else path
    try:
        os.replace(written, final)
    except OSError as exc:
        _discard(written)
        raise PermissionDeniedError(final) from exc
    return final
