"""The list of recently opened galas, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "files/recent"
LIMIT = 10


class RecentFiles:
    """The last ten galas opened, newest first, as absolute paths."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def paths(self) -> list[Path]:
        """The remembered paths, newest first (missing files included)."""
        value = self._settings.value(KEY, [])
        if isinstance(value, str):  # QSettings returns a lone entry as a string
            value = [value]
        return [Path(p) for p in (value or [])]

    def add(self, path: Path) -> None:
        """Put `path` first, dropping older duplicates and entries past the limit."""
        path = Path(path).absolute()
        paths = [path] + [p for p in self.paths() if p != path]
        self._store(paths[:LIMIT])

    def remove(self, path: Path) -> None:
        """Forget one path."""
        self._store([p for p in self.paths() if p != Path(path)])

    def remove_missing(self) -> None:
        """Forget every path whose file no longer exists."""
        self._store([p for p in self.paths() if p.exists()])

    def last(self) -> Path | None:
        """The gala opened last, if it still exists."""
        for path in self.paths()[:1]:
            if path.exists():
                return path
        return None

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(KEY, [str(p) for p in paths])
        self._settings.sync()
