"""Typed errors of the core; the UI and the CLI turn each into words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class GalaError(Exception):
    """Base of every error the core raises on purpose."""


@dataclass
class GalaFileError(GalaError):
    """A gala file that cannot be opened; `path` names it."""

    path: Path

    def __str__(self) -> str:  # readable in logs and --debug output
        return f"{type(self).__name__}: {self.path}"


class FileMissingError(GalaFileError):
    """There is no file at the path."""


class IsDirectoryError(GalaFileError):
    """The path is a folder, not a file."""


class EmptyFileError(GalaFileError):
    """The file has zero bytes."""


class NotSQLiteError(GalaFileError):
    """The file is not an SQLite database at all (e.g. a text file renamed .gala)."""


class ForeignDatabaseError(GalaFileError):
    """An SQLite database, but another program's."""


class TruncatedFileError(GalaFileError):
    """The file is shorter than its own header says: cut off while copying."""


class CorruptFileError(GalaFileError):
    """SQLite reports the database as malformed."""


@dataclass
class NewerVersionError(GalaFileError):
    """The file was written by a newer Gala Manager; it is left untouched."""

    revision: str = ""


class PermissionDeniedError(GalaFileError):
    """The operating system does not let us read or write the file."""


@dataclass
class MigrationFailedError(GalaFileError):
    """Upgrading an older file failed; the file was left exactly as it was."""

    reason: str = ""


@dataclass
class FileLockedError(GalaFileError):
    """Another window or program has the gala open."""

    host: str = ""
    user: str = ""
    since: str = ""
    pid: int = 0


@dataclass
class WriteProtectedError(GalaFileError):
    """The gala can be read but not saved where it is: `reason` is "file" (the file is
    read-only), "folder" (the folder or disk is) or "name" (no room for the name of
    the journal SQLite writes beside it). It can be opened read-only."""

    reason: str = "file"


@dataclass
class RecoveryNeededError(GalaFileError):
    """A save was cut off (a hot `-journal` lies beside the gala), and undoing it needs
    a write that `reason` ("file", "folder", "name") forbids; recover into a copy."""

    reason: str = "folder"


@dataclass
class NameTooLongError(GalaFileError):
    """A new gala's name leaves no room for its journal's; `excess` characters too many."""

    excess: int = 0


class FileExistsAlreadyError(GalaFileError):
    """Refusing to overwrite an existing file."""


@dataclass
class DiskFullError(GalaFileError):
    """The disk is full; the edit in flight was rolled back."""


class ConflictError(GalaError):
    """A write broke a constraint: it refers to a row that is gone, or duplicates one."""


class ReadOnlyError(GalaError):
    """A write was attempted on a gala opened read-only."""


@dataclass
class ValidationError(GalaError):
    """A value a user entered breaks a rule; `field` and `code` say which and why."""

    field: str
    code: str
    value: object = None

    def __str__(self) -> str:
        return f"{self.field}: {self.code} ({self.value!r})"


@dataclass
class TextTooLongError(ValidationError):
    """A text longer than a gala keeps: `value` is its length, `limit` the most allowed."""

    limit: int = 0


@dataclass
class NotFoundError(GalaError):
    """A row the caller named no longer exists (deleted elsewhere or by undo)."""

    kind: str
    key: object

    def __str__(self) -> str:
        return f"{self.kind} {self.key!r} not found"


@dataclass
class InUseError(GalaError):
    """A row cannot be deleted because others refer to it; `references` lists them."""

    kind: str
    key: object
    references: list[str]

    def __str__(self) -> str:
        return f"{self.kind} {self.key!r} is used by: {', '.join(self.references)}"


@dataclass
class WorkbookError(GalaFileError):
    """A workbook that cannot be read; `reason` says why, `detail` adds specifics.

    Reasons: ``empty`` (0 bytes or no data rows), ``not_xlsx`` (another kind of
    file, e.g. text renamed .xlsx), ``old_xls`` (Excel 97-2003 .xls: save as .xlsx),
    ``encrypted`` (password-protected), ``truncated`` (cut off while copying),
    ``corrupt`` (damaged inside), ``too_large`` (file, unpacked size or row count
    over the cap; `detail` names the limit), ``xml_attack`` (forbidden XML entities,
    e.g. a "billion laughs" bomb), ``no_header`` (no row holds the expected column
    names; `detail` lists the missing required ones).
    """

    reason: str = "corrupt"
    detail: str = ""

    def __str__(self) -> str:
        extra = f" ({self.detail})" if self.detail else ""
        return f"WorkbookError: {self.path}: {self.reason}{extra}"
