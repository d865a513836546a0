"""Words for the core's typed errors and problems, in the user's language."""

from __future__ import annotations

import errno
import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.core import errors
from gala_manager.core.checks import Problem

# lupdate finds calls of this alias, so every literal below is extracted.
translate = QCoreApplication.translate


# Most specific first: the first class the error is an instance of wins.
_ERRORS: list[tuple[type[BaseException], str]] = [
    (errors.FileMissingError, QT_TRANSLATE_NOOP("Errors", "There is no file at {path}.")),
    (errors.IsDirectoryError, QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a gala file.")),
    (
        errors.EmptyFileError,
        QT_TRANSLATE_NOOP("Errors", "{path} is empty (0 bytes): it is not a gala file."),
    ),
    (
        errors.NotSQLiteError,
        QT_TRANSLATE_NOOP("Errors", "{path} is not a gala file (it is not a database at all)."),
    ),
    (
        errors.ForeignDatabaseError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is a database of another program, not a gala file; it was not changed.",
        ),
    ),
    (
        errors.TruncatedFileError,
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is incomplete (cut off while copying?). Restore it from a backup."
        ),
    ),
    (
        errors.CorruptFileError,
        QT_TRANSLATE_NOOP("Errors", "{path} is damaged. Restore it from a backup."),
    ),
    (
        errors.NewerVersionError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} was saved by a newer version of Gala Manager; update the app to "
            "open it. The file was not changed.",
        ),
    ),
    (
        errors.MigrationFailedError,
        QT_TRANSLATE_NOOP(
            "Errors", "{path} could not be upgraded to this version; it was left exactly as it was."
        ),
    ),
    (
        errors.PermissionDeniedError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "You may not read or write {path}; check the file's permissions or "
            "whether another program holds it.",
        ),
    ),
    (
        errors.DiskFullError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk is full: nothing was saved, the gala is as it was. Free some space "
            "and try again.",
        ),
    ),
    (
        errors.WriteProtectedError,
        QT_TRANSLATE_NOOP(
            "Errors", "{path} cannot be saved where it is ({why}); nothing was changed."),
    ),
    (
        errors.FileExistsAlreadyError,
        QT_TRANSLATE_NOOP("Errors", "{path} exists already; choose another name (or --force)."),
    ),
    (
        errors.ConflictError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The change conflicts with other data (something it refers to was removed, or a "
            "name is used twice); nothing was changed.",
        ),
    ),
    (
        errors.ReadOnlyError,
        QT_TRANSLATE_NOOP("Errors", "This gala is open read-only; nothing can be changed."),
    ),
    (
        errors.NotFoundError,
        QT_TRANSLATE_NOOP("Errors", "That item no longer exists; the view has been refreshed."),
    ),
]


_WHY_READ_ONLY = {
    "file": QT_TRANSLATE_NOOP("Errors", "the file is read-only"),
    "folder": QT_TRANSLATE_NOOP("Errors", "its folder or disk is read-only"),
    "name": QT_TRANSLATE_NOOP(
        "Errors", "its name is too long for the journal file that every save writes beside "
        "it"),
}


def why_read_only(reason: str) -> str:
    """Why a gala cannot be saved where it is, as a clause: "the file is read-only"."""
    return translate("Errors", _WHY_READ_ONLY.get(reason, _WHY_READ_ONLY["folder"]))


def recovered_text() -> str:
    """What the status bar and the command line say after an interrupted save was undone."""
    return translate("Errors", "Recovered from an interrupted save: the gala is as after "
                               "its last complete save.")


def describe_error(exc: BaseException) -> str:
    """One line that tells a user what went wrong and what to do."""
    path = str(getattr(exc, "path", ""))
    if isinstance(exc, errors.RecoveryNeededError):
        return translate(
            "Errors", "{path} was being saved when the app or the computer stopped. The "
            "unfinished save waits in “{journal}” to be undone, which needs a write, but "
            "{why}. Open it in Gala Manager to recover it into a copy; do not delete the "
            "journal file, the gala needs it.").format(
            path=path, journal=exc.path.name + "-journal", why=why_read_only(exc.reason))
    if isinstance(exc, errors.NameTooLongError):
        excess = exc.excess
        return translate(
            "Errors", "The name {name} is too long: every save writes a journal file "
            "beside the gala, named like it plus “-journal”, and that name would be too long "
            "for the disk. Shorten the name by at least %n character(s).", "",
            excess).format(name=exc.path.name)
    if isinstance(exc, errors.FileLockedError):
        if exc.host:
            return translate(
                "Errors", "This gala is open on {host} by {user} since {since}."
            ).format(host=exc.host, user=exc.user, since=exc.since.replace("T", " "))
        return translate("Errors", "{path} is in use by another program.").format(path=path)
    if isinstance(exc, errors.MigrationFailedError) and exc.reason == "read-only":
        return translate(
            "Errors",
            "{path} is from an older version and must be upgraded "
            "before it can be opened read-only; open it normally once.",
        ).format(path=path)
    if isinstance(exc, errors.InUseError):
        return translate("Errors", "Cannot delete: still used by {refs}.").format(
            refs=translate("Errors", ", ").join(exc.references)
        )
    if isinstance(exc, errors.ValidationError):
        return describe_validation(exc)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        # A full disk met outside SQLite (a backup, a journal file) is still a full disk.
        exc = errors.DiskFullError(path)
    for cls, text in _ERRORS:
        if isinstance(exc, cls):
            why = why_read_only(getattr(exc, "reason", ""))
            return translate("Errors", text).format(path=path, why=why)
    return translate("Errors", "Unexpected error: {error}").format(
        error=str(exc) or type(exc).__name__
    )


_VALIDATION = {
    "required": QT_TRANSLATE_NOOP("Validation", "This field is required."),
    "duplicate": QT_TRANSLATE_NOOP("Validation", "This name is already used."),
    "out_of_range": QT_TRANSLATE_NOOP("Validation", "The value is out of range."),
    "above_max": QT_TRANSLATE_NOOP(
        "Validation", "The shortest length must not exceed the longest."
    ),
    "outside_range": QT_TRANSLATE_NOOP(
        "Validation", "The planned length must lie between the shortest and the longest."
    ),
    "date_format": QT_TRANSLATE_NOOP(
        "Validation", "“{value}” is not a date: type it as 2027-05-01, 2027/5/1 or 5月1日."
    ),
    "time_format": QT_TRANSLATE_NOOP(
        "Validation", "“{value}” is not a time of day: type it as 19:00, 1900 or 19点30."
    ),
}


def describe_validation(exc: errors.ValidationError) -> str:
    """The message of a `ValidationError`, by its code."""
    if isinstance(exc, errors.TextTooLongError):
        return too_long_text(exc)
    text = _VALIDATION.get(exc.code)
    if text:
        return translate("Validation", text).format(value=exc.value)
    return translate("Errors", "Invalid value: {value}").format(value=exc.value)


def too_long_text(exc: errors.TextTooLongError, field: str = "") -> str:
    """"A text is too long: 6200 characters, at most 5000." (naming the field if given)."""
    if field:
        return translate("Validation", "{field} is too long: {length} characters, at most "
                         "{limit}. Shorten it and try again.").format(
            field=field, length=exc.value, limit=exc.limit)
    return translate("Validation", "A text is too long: {length} characters, at most "
                     "{limit}. Shorten it and try again.").format(length=exc.value,
                                                                  limit=exc.limit)


def fact_label(name: str) -> str:
    """The label of a gala fact, as the properties dialog shows it."""
    labels = {
        "theme": translate("Facts", "Theme"),
        "organiser": translate("Facts", "Organiser"),
        "venue": translate("Facts", "Venue"),
        "date": translate("Facts", "Date"),
        "audience": translate("Facts", "Audience"),
    }
    return labels.get(name, name)


def describe_problem(problem: Problem) -> str:
    """The sentence a checks panel shows for a core `Problem`."""
    if problem.code == "missing_fact":
        return translate("Checks", "The gala's {fact} is not set.").format(
            fact=fact_label(problem.params["fact"])
        )
    _load_wordings()
    for describe in _PROBLEM_WORDINGS:
        text = describe(problem)
        if text:
            return text
    return f"{problem.area}: {problem.code} {problem.params}"


# Each area appends a function Problem -> str | None for its own codes.
_PROBLEM_WORDINGS: list = []


@functools.cache
def _load_wordings() -> None:
    # The areas register their wordings when imported. A page may have imported its own
    # area's only (or none, in the CLI): load them all on first use.
    from gala_manager.app.wordings import load_all

    load_all()


def register_problem_wording(describe) -> None:
    """Let an area word its own problem codes."""
    if describe not in _PROBLEM_WORDINGS:
        _PROBLEM_WORDINGS.append(describe)
