"""Start the GUI: the application object and its icon, the first instance, the main window."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from gala_manager.app.pyside_hook import skip_source_scan

skip_source_scan()  # first, before the app's other modules load: see pyside_hook

from gala_manager import __version__  # noqa: E402
from gala_manager.paths import icon_files  # noqa: E402

#: The name of the .desktop entry (Linux task bars match windows to it) and the
#: Windows AppUserModelID (the task bar groups and labels the windows by it).
DESKTOP_NAME = "gala-manager"
WINDOWS_APP_ID = "GalaManager.GalaManager"
_MODAL_RETRY_MS = 500


def app_icon() -> QIcon:
    """The app's icon in every rendered size."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with its icon and the names QSettings and QStandardPaths use."""
    if sys.platform == "win32":
        import ctypes

        # Without it, a source install shows Python's icon in the task bar.
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("GalaManager")
    app.setApplicationName("Gala Manager")
    app.setApplicationVersion(__version__)
    from gala_manager.ui.text_limit import install_text_limit

    install_text_limit(app)  # no text box takes more than a gala keeps
    app.setDesktopFileName(DESKTOP_NAME)
    app.setWindowIcon(app_icon())
    return app


def run_gui(path: Path | None = None, *, lang: str | None = None, demo: bool = False) -> int:
    """Show the main window on `path`, the demo, the last gala, or the start screen.

    When the app already runs for this user, hand it `path` (or the demo) and quit.
    """
    app = create_application()
    from gala_manager.ui.shell.opener import data_dir
    from gala_manager.ui.shell.single_instance import InstanceServer, encode_request, hand_over

    folder = data_dir()
    server = InstanceServer(folder)
    if not server.claim() and hand_over(folder, encode_request(path, demo)):
        return 0
    # Either the first app, or one that did not answer in time: open here all the
    # same; the gala file's own lock then offers a read-only copy.
    from gala_manager.app.i18n import install_language, preferred_language
    from gala_manager.app.pdf_font import apply_stored_font
    from gala_manager.ui.shell.main_window import MainWindow
    from gala_manager.ui.theme import stored_appearance, watcher

    watcher().apply(stored_appearance())
    language = install_language(preferred_language(lang))
    apply_stored_font()
    window = MainWindow(data_dir=folder)
    window.menus.set_current_language(language)
    server.requested.connect(lambda request: follow_request(window, request))
    file_opener = FileOpenFilter(window)
    app.installEventFilter(file_opener)
    window.show()
    first = Path(path) if path is not None else (
        window.files.demo_path() if demo else window.recent.last())
    if first is not None:
        # The window first: its page list and frame are drawn before the storage layer
        # loads (half a second), then the gala opens into it.
        window.show_opening(first)
        app.processEvents()
        if demo and path is None:
            window.files.open_demo()
        else:
            window.open_path(first)
        if window.controller.document is None:
            window.close_gala()  # it could not open (the reason was shown): the start screen
    quit_on_interrupt(app)
    try:
        return app.exec()
    finally:
        server.close()


def follow_request(window, request: dict) -> None:
    """Do what a second launch asked: come to the front, then open its file or the demo."""
    bring_to_front(window)
    _open_when_free(window, request)


def _open_when_free(window, request: dict) -> None:
    # While a dialog is open the file waits, so that it never replaces the gala the
    # dialog is editing.
    if not request.get("open") and not request.get("demo"):
        return
    if QApplication.activeModalWidget() is not None:
        QTimer.singleShot(_MODAL_RETRY_MS, lambda: _open_when_free(window, request))
        return
    if request.get("open"):
        window.open_path(Path(request["open"]))
    else:
        window.files.open_demo()


def bring_to_front(window) -> None:
    """Show the window, restored if minimised, above the others."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class FileOpenFilter(QObject):
    """macOS asks a running app to open a file with an event, not a second launch."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            follow_request(self.window, {"open": event.file()})
            return True
        return super().eventFilter(watched, event)


def quit_on_interrupt(app: QApplication) -> QTimer:
    """Ctrl+C in the terminal (`make run`) closes the window as File ▸ Quit does.

    Python sees a signal only while its own code runs, so a timer lets it in
    a few times a second; closing the windows closes the gala cleanly.
    """
    signal.signal(signal.SIGINT, lambda *_: app.closeAllWindows())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer
