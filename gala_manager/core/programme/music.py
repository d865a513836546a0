"""The acts' backing tracks on disk: where each is, whether it reads, how long it plays.

An act names its track in `music_file`: a path, absolute or relative to the
folder holding the gala file (so a gala and its `音乐/` folder travel together on
a USB stick). `music_tracks(session)` lists the running order's tracks with what
the disk says; `check_music(session)` reports, with target ("act", id):
- `music_missing` (title, file): no such file (error: the sound desk has nothing);
- `music_unreadable` (title, file): a file that cannot be opened or is not audio
  the reader knows (error);
- `music_longer` (title, file, track "m:ss", act "m:ss"): the track plays longer
  than the act's planned duration (warning).
Lengths are read with tinytag (a kept, pure-Python, MIT-licensed reader of MP3, M4A,
WMA, WAV, FLAC, Ogg and AIFF durations; mutagen, GPL, could not ship in the MIT app),
once per file version: a length is kept while the file's size and modification
time stay the same, so checks after every edit cost one `stat` per track.
"""

from __future__ import annotations

import enum
import functools
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from sqlalchemy import text
from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.memo import kept_parts
from gala_manager.core.operations import Area
from gala_manager.core.programme.schedule import running_order

# A track this much longer than its act is still the act's (a fade covers it).
LONGER_TOLERANCE_SECONDS = 5


class TrackState(enum.StrEnum):
    """What the disk says about an act's named track."""

    OK = "ok"
    MISSING = "missing"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Track:
    """One act's backing track: the act, the file it names, and what was found."""

    act_id: int
    number: int
    title: str
    music_file: str
    path: Path
    state: TrackState
    seconds: float | None
    act_seconds: int

    @property
    def longer_than_act(self) -> bool:
        """Whether the track plays past the act's planned duration."""
        return (self.seconds is not None
                and self.seconds > self.act_seconds + LONGER_TOLERANCE_SECONDS)


def gala_folder(session: Session) -> Path | None:
    """The folder of the gala file `session` reads (None for a database in memory)."""
    for _seq, name, file in session.execute(text("PRAGMA database_list")):
        if name == "main" and file:
            return _folder_of(file)
    return None


@functools.lru_cache(maxsize=64)
def _folder_of(file: str) -> Path:
    # One Path object per gala file: `track_path`'s cache then finds its keys by
    # identity instead of comparing paths part by part, thousands of times a check.
    return Path(file).parent


@functools.lru_cache(maxsize=8192)
def track_path(folder: Path | None, music_file: str) -> Path:
    """Where `music_file` is: absolute as typed, else beside the gala file. A name typed
    on Windows (音乐\\01.mp3) works on every system."""
    named = Path(*PureWindowsPath(music_file).parts) if "\\" in music_file else Path(
        music_file)
    named = named.expanduser()
    if named.is_absolute() or folder is None:
        return named
    return folder / named


# (path, size, modification time) → what `_read_audio` found; a new version is read again.
_LENGTHS: dict[tuple[Path, int, int], tuple[TrackState, float | None]] = {}
_KEEP_AT_MOST = 8192


def read_length(path: Path) -> tuple[TrackState, float | None]:
    """The state and length in seconds of the audio file at `path`."""
    try:
        # A missing track answers without an exception raised (a big gala may name
        # thousands of tracks not copied yet, checked after every edit).
        if not os.access(path, os.F_OK):
            return TrackState.MISSING, None
        found = os.stat(path)
    except (OSError, ValueError):
        return TrackState.MISSING, None
    if not stat.S_ISREG(found.st_mode):
        return TrackState.MISSING, None
    key = (path, found.st_size, found.st_mtime_ns)
    result = _LENGTHS.get(key)
    if result is None:
        if len(_LENGTHS) >= _KEEP_AT_MOST:
            _LENGTHS.clear()
        result = _LENGTHS[key] = _read_audio(path)
    return result


def _read_audio(path: Path) -> tuple[TrackState, float | None]:
    from tinytag import TinyTag, TinyTagException  # loaded when a track is there to read

    try:
        length = TinyTag.get(path, tags=False).duration
    except (OSError, TinyTagException, ValueError, struct.error):
        return TrackState.UNREADABLE, None
    if not length:
        return TrackState.UNREADABLE, None
    return TrackState.OK, float(length)


def music_tracks(session: Session) -> list[Track]:
    """The running order's named tracks, in order, with what the disk says of each."""
    folder = gala_folder(session)
    tracks = []
    for act in running_order(session):
        if not act.music_file.strip():
            continue
        path = track_path(folder, act.music_file.strip())
        state, seconds = read_length(path)
        tracks.append(Track(act.act_id, act.number, act.title, act.music_file.strip(), path,
                            state, seconds, act.duration_seconds))
    return tracks


def minutes_text(seconds: float) -> str:
    """m:ss, as sound desks write a track's length."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _track_problem(act, music_file: str, state: TrackState,
                   seconds: float | None) -> Problem | None:
    params = {"title": act.title, "file": music_file}
    target = ("act", act.act_id)
    if state is TrackState.MISSING:
        return Problem(Area.PROGRAMME, "music_missing", Severity.ERROR, params, target)
    if state is TrackState.UNREADABLE:
        return Problem(Area.PROGRAMME, "music_unreadable", Severity.ERROR, params, target)
    if seconds is not None and seconds > act.duration_seconds + LONGER_TOLERANCE_SECONDS:
        return Problem(Area.PROGRAMME, "music_longer", Severity.WARNING,
                       {**params, "track": minutes_text(seconds),
                        "act": minutes_text(act.duration_seconds)}, target)
    return None


def check_music(session: Session) -> list[Problem]:
    """Tracks that are missing, unreadable, or longer than their act (see module doc).

    The disk is asked on every check (one `stat` per track); an act whose
    running-order row (kept by the running order while its inputs stay) and
    whose track's state are those of the last check keeps its problem.
    """
    folder = gala_folder(session)
    kept = kept_parts(session, "music_checks")
    fresh = {}
    problems = []
    for act in running_order(session):
        music_file = act.music_file.strip()
        if not music_file:
            continue
        found = read_length(track_path(folder, music_file))
        entry = kept.get(act.act_id)
        if entry is not None and entry[0] is act and entry[1] == found and entry[2] is folder:
            problem = entry[3]
        else:
            problem = _track_problem(act, music_file, *found)
        fresh[act.act_id] = (act, found, folder, problem)
        if problem is not None:
            problems.append(problem)
    kept.clear()
    kept.update(fresh)
    return problems
