"""Reset the show after a backup: a trial of the console never stays in the night's log."""

from __future__ import annotations

from pathlib import Path

from gala_manager.core.show.runs import reset_show
from gala_manager.core.storage.backup import migration_backup_path


def reset_show_with_backup(document, run=None) -> tuple[Path, int]:
    """Back the gala up (to its rolling backups, else beside the file), then clear the
    show log through `run` (the controller's, so every window hears of it; default the
    document's). Returns the backup's path and how many actions were removed; nothing
    is cleared when the backup fails (its error is raised)."""
    backup = document.backup_now()
    if backup is None:
        backup = migration_backup_path(document.path)
        document.save_copy(backup)
    return Path(backup), (run or document.run)(reset_show)
