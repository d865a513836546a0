"""The main window: navigation between area pages, menus, status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gala_manager.ui.areas import PAGES, page_classes
from gala_manager.ui.console.launcher import console_launcher
from gala_manager.ui.controller import GalaController
from gala_manager.ui.files.written_files import WrittenNotice
from gala_manager.ui.fonts import sized
from gala_manager.ui.page import Page
from gala_manager.ui.shell.file_commands import FileCommands
from gala_manager.ui.shell.menus import MainMenus
from gala_manager.ui.shell.page_stack import PageStack
from gala_manager.ui.shell.read_only_banner import ReadOnlyBanner
from gala_manager.ui.shell.recent_files import RecentFiles
from gala_manager.ui.shell.start_widget import StartWidget
from gala_manager.ui.shortcuts import bind, sequences

if TYPE_CHECKING:
    from gala_manager.core.storage.document import GalaDocument

AUTOSAVE_CHECK_MS = 60_000
# The page a gala was last left on: the next start reopens there.
PAGE_KEY = "window/page"


class MainWindow(QMainWindow):
    """One window, one open gala at most."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.controller = GalaController(self)
        self.recent = RecentFiles()
        self.files = FileCommands(self)
        self.resize(1200, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A font and spacing, not a style sheet: a style sheet would pin the list's colours
        # and keep it light when the rest of the app turns dark.
        sized(self.nav, 1.3)
        self.nav.setSpacing(5)
        # Pages are built when first shown: start-up pays for the first one only.
        self.page_stack = PageStack(self.controller, PAGES)
        self.page_stack.page_built.connect(self._page_built)
        for spec in PAGES:
            self.nav.addItem(spec.translated_title())
        self.nav.currentRowChanged.connect(self._show_page)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.page_stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.fit_nav()

        self.banner = ReadOnlyBanner()
        self.banner.save_copy_requested.connect(self.files.save_copy)
        self.gala_view = QWidget()
        gala_layout = QVBoxLayout(self.gala_view)
        gala_layout.setContentsMargins(0, 0, 0, 0)
        gala_layout.setSpacing(0)
        gala_layout.addWidget(self.banner)
        gala_layout.addWidget(self.splitter, 1)

        self.start = StartWidget()
        self.start.new_requested.connect(self.files.new_gala)
        self.start.open_requested.connect(self.files.open_dialog)
        self.start.demo_requested.connect(self.files.open_demo)
        self.start.recent_requested.connect(self.open_path)
        self.central = QStackedWidget()
        self.central.addWidget(self.start)
        self.central.addWidget(self.gala_view)
        self.setCentralWidget(self.central)

        self.path_label = QLabel()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedMark")
        self.written_notice = WrittenNotice()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addWidget(self.written_notice)
        self.statusBar().addPermanentWidget(self.saved_label)

        self.menus = MainMenus(self)
        self.controller.document_changed.connect(self._on_document_changed)
        self.controller.saved.connect(self._show_saved)
        self.controller.file_written.connect(self.written_notice.show_written)
        self.controller.navigate_requested.connect(self.navigate)
        # A gala opened while its show was running offers to resume it, whichever page shows.
        console_launcher(self.controller)

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(AUTOSAVE_CHECK_MS)
        self.backup_timer.timeout.connect(self.files.backup_if_due)
        self.backup_timer.start()
        self._page_keys()
        self.nav.setCurrentRow(self._remembered_row())
        self._on_document_changed()

    # -- opening and closing ----------------------------------------------------

    def open_path(self, path: Path) -> bool:
        """Open a gala file (closing the current one); False when it could not be opened."""
        return self.files.open_path(Path(path))

    def set_document(self, document: GalaDocument | None) -> None:
        """Show a gala that has been opened (or none)."""
        if self.controller.document is not None and 0 <= self.nav.currentRow() < len(PAGES):
            # Written as a gala is left, not at each page switch: a QSettings write
            # costs a page switch some 6–12 ms.
            QSettings().setValue(PAGE_KEY, PAGES[self.nav.currentRow()].key)
        self.controller.set_document(document)
        if document is not None:
            self.recent.add(document.path)
        self.menus.update_recent()

    def close_gala(self) -> None:
        """Close the open gala and show the start screen."""
        self.set_document(None)

    # -- pages --------------------------------------------------------------------

    def current_page(self) -> Page | None:
        """The page shown."""
        widget = self.page_stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    @property
    def pages(self) -> list[Page]:
        """Every area page, in navigation order (building those not shown yet)."""
        return [self.page_stack.page(spec.key) for spec in PAGES]

    def page(self, key: str) -> Page | None:
        """The page of an area (built if it was not yet)."""
        return self.page_stack.page(key)

    def show_page(self, key: str) -> None:
        """Switch to the page of an area."""
        for row, spec in enumerate(PAGES):
            if spec.key == key:
                self.nav.setCurrentRow(row)

    def navigate(self, target: tuple) -> None:
        """Show the place a problem points at: its area's page, then the thing."""
        if not target:
            return
        cls = next((cls for cls in page_classes() if cls.handles(target)), None)
        if cls is None:
            return
        self.show_page(cls.key)
        self.page(cls.key).show_target(target)

    def _page_keys(self) -> None:
        """Ctrl+PgDown / Ctrl+PgUp step through the pages, as in tabbed apps; Ctrl+1… go to one."""
        for name, step in (("next_page", 1), ("previous_page", -1)):
            action = bind(QAction(self), name)
            action.triggered.connect(lambda _c=False, s=step: self.nav.setCurrentRow(
                (self.nav.currentRow() + s) % len(PAGES)))
            self.addAction(action)
        for row, sequence in enumerate(sequences("go_to_page")):
            # One action per key: an action cannot tell which of its keys fired.
            action = QAction(self)
            action.setShortcut(sequence)
            action.triggered.connect(lambda _c=False, r=row: self._go_to_row(r))
            self.addAction(action)

    def _go_to_row(self, row: int) -> None:
        if row < len(PAGES) and self.controller.document is not None:
            self.nav.setCurrentRow(row)

    @staticmethod
    def _remembered_row() -> int:
        # Reopening where one left off also spares a start the pages not looked at: a
        # committee at work on the running order never waits for the Overview's checks.
        key = QSettings().value(PAGE_KEY, "")
        return next((row for row, spec in enumerate(PAGES) if spec.key == key), 0)

    def _show_page(self, row: int) -> None:
        if self.controller.document is None:
            # No gala yet (the window shows before the storage layer loads): a page
            # is built, and loads its area's modules, once there is a gala to show.
            self.page_stack.setCurrentIndex(row)
            return
        page = self.page_stack.show_row(row)
        if page is not None:
            self.menus.set_page_actions(page.menu_actions())

    def _page_built(self, page: Page) -> None:
        if hasattr(page, "edit_requested"):
            page.edit_requested.connect(self.files.edit_properties)

    # -- status ---------------------------------------------------------------------

    def show_opening(self, path: Path) -> None:
        """The window of a gala about to open, drawn before the storage layer loads: its
        page list and the page's frame, the file named as being opened (see `run_gui`)."""
        self.central.setCurrentWidget(self.gala_view)
        self.setWindowTitle(f"{Path(path).stem} — {self.tr('Gala Manager')}")
        self.path_label.setText(self.tr("Opening {path}…").format(path=path))

    def _on_document_changed(self) -> None:
        document = self.controller.document
        self.central.setCurrentWidget(self.gala_view if document else self.start)
        if document is not None:
            self._show_page(self.nav.currentRow())
        self.banner.show_for(document)
        self.start.set_recent(self.recent.paths())
        self.menus.update_enabled()
        self._update_title()
        self._show_saved()

    def _update_title(self) -> None:
        document = self.controller.document
        app = self.tr("Gala Manager")
        if document is None:
            self.setWindowTitle(app)
            self.path_label.setText("")
            return
        suffix = self.tr(" [read-only]") if document.read_only else ""
        self.setWindowTitle(f"{document.path.stem}{suffix} — {app}")
        self.path_label.setText(str(document.path))

    def _show_saved(self) -> None:
        document = self.controller.document
        if document is None:
            self.saved_label.setText("")
        elif document.read_only:
            self.saved_label.setText(self.tr("Read-only"))
        else:
            # Every edit is committed at once: the file is always saved.
            self.saved_label.setText(self.tr("✓ Saved"))

    def fit_nav(self) -> None:
        """The page list as wide as its longest name in this language: never cut, no scrollbar."""
        widest = max((self.nav.fontMetrics().horizontalAdvance(self.nav.item(r).text())
                      for r in range(self.nav.count())), default=0)
        frame = 2 * (self.nav.frameWidth() + self.nav.spacing()) + 16
        self.nav.setFixedWidth(widest + frame)
        self.splitter.setSizes([widest + frame, max(1, self.splitter.width() - widest - frame)])

    def retranslate_ui(self) -> None:
        """Set every text of the window again (the language changed)."""
        for row, spec in enumerate(PAGES):
            self.nav.item(row).setText(spec.translated_title())
        self.fit_nav()
        self.menus.retranslate_ui()
        self._update_title()
        self._show_saved()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_gala()
        event.accept()
