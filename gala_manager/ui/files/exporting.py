"""The one way the GUI exports a file: ask where, write in the background, say what was written.

`ask_export_path` offers the gala's folder (or the last export folder) and a
name made of the gala and the document; `write_export` writes through
`background.write_with_progress` (progress and Cancel after half a second) and
announces the file in the status bar, with links to open it or its folder.
Errors are raised as they are: each page words its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.ui.files.background import write_with_progress
from gala_manager.ui.files.file_dialogs import ask_save_path, document_file_name

translate = QCoreApplication.translate


def export_file_name(controller, document: str, suffix: str) -> str:
    """`创业协会迎五一晚会-流程单.pdf` for the open gala (the document alone without one)."""
    gala = controller.read(get_gala_facts).name if controller.document is not None else ""
    return document_file_name(gala, document, suffix)


def ask_export_path(parent: QWidget | None, controller, title: str, document: str,
                    suffix: str, filters: str) -> Path | None:
    """Where to export, with the default name and folder; None when cancelled."""
    gala_path = controller.document.path if controller.document is not None else None
    path = ask_save_path(parent, title.rstrip("…"), export_file_name(controller, document, suffix),
                         filters, kind="export", gala_path=gala_path)
    if path is not None and not path.suffix:
        path = path.with_suffix(suffix)
    return path


def write_export(parent: QWidget | None, controller, path: Path,
                 write: Callable[[Path], Path]) -> Path | None:
    """Write `path` with `write(temporary_path)`; the file, or None if the user cancelled."""
    text = translate("Exporting", "Writing {name}…").format(name=Path(path).name)
    written = write_with_progress(parent, text, Path(path), write)
    if written is not None:
        controller.announce_written(written)
    return written
