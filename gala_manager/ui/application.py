"""Start the GUI: the application object, the language, the main window."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gala_manager import __version__


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings and QStandardPaths use."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("GalaManager")
    app.setApplicationName("Gala Manager")
    app.setApplicationVersion(__version__)
    from gala_manager.ui.text_limit import install_text_limit

    install_text_limit(app)  # no text box takes more than a gala keeps
    return app


def run_gui(path: Path | None = None, *, lang: str | None = None, demo: bool = False) -> int:
    """Show the main window on `path`, the demo, the last gala, or the start screen."""
    app = create_application()
    from gala_manager.app.i18n import install_language, preferred_language
    from gala_manager.app.pdf_font import apply_stored_font
    from gala_manager.ui.shell.main_window import MainWindow
    from gala_manager.ui.shell.opener import data_dir
    from gala_manager.ui.theme import stored_appearance, watcher

    watcher().apply(stored_appearance())
    language = install_language(preferred_language(lang))
    apply_stored_font()
    window = MainWindow(data_dir=data_dir())
    window.menus.set_current_language(language)
    window.show()
    if path is not None:
        window.open_path(Path(path))
    elif demo:
        window.files.open_demo()
    elif window.recent.last() is not None:
        window.open_path(window.recent.last())
    quit_on_interrupt(app)
    return app.exec()


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
