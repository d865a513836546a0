"""The music pack for the sound desk: every track in running order, a playlist, a list.

`write_music_pack(tracks, folder, ...)` copies each act's track into `folder`
renamed `01 开场舞《青春飞扬》.mp3` (the act's number in the running order, then
its title), writes an `.m3u8` playlist of them (UTF-8, relative names, each with
its length) and a printed list (PDF) that names every track, missing ones too.
The pack is built in a hidden folder beside `folder` and renamed into place, so an
interrupted copy leaves no half pack; an existing `folder` must be empty.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gala_manager.core import errors
from gala_manager.core.programme.music import Track, TrackState, minutes_text
from gala_manager.export.kit.files import os_error_to_core
from gala_manager.export.kit.pdf import (
    Column,
    Markup,
    PageHeader,
    PageLabels,
    PdfDocument,
    Row,
    escape_text,
)
from gala_manager.export.kit.pdf_fonts import FontChoice

# Characters Windows, macOS or a sound desk's USB stick refuse in a file name.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass(frozen=True)
class MusicPackLabels:
    """The pack's words in the user's language."""

    playlist: str  # the playlist's file name, without .m3u8
    list_file: str  # the printed list's file name, without .pdf
    title: str
    columns: dict[str, str]  # number, title, file, track, act, note
    missing: str
    unreadable: str
    longer: str  # "{over}" (m:ss) longer than the act


@dataclass(frozen=True)
class PackedTrack:
    """A track as the pack holds it: its new name, or None when it could not come."""

    track: Track
    name: str | None


def pack_name(track: Track, width: int = 2) -> str:
    """`01 开场舞《青春飞扬》.mp3`: number, title (made safe for any disk), extension."""
    title = _UNSAFE.sub("_", track.title).strip().rstrip(".") or "_"
    return f"{track.number:0{width}d} {title}{track.path.suffix.lower()}"


def _playlist(packed: Sequence[PackedTrack]) -> str:
    lines = ["#EXTM3U"]
    for item in packed:
        if item.name is not None:
            lines += [f"#EXTINF:{round(item.track.seconds or 0)},{item.track.title}", item.name]
    return "\n".join(lines) + "\n"


def _note(track: Track, labels: MusicPackLabels) -> str:
    if track.state is TrackState.MISSING:
        return labels.missing
    if track.state is TrackState.UNREADABLE:
        return labels.unreadable
    if track.longer_than_act:
        return labels.longer.format(over=minutes_text(track.seconds - track.act_seconds))
    return ""


def _printed_list(packed: Sequence[PackedTrack], path: Path, header: PageHeader,
                  page_labels: PageLabels, labels: MusicPackLabels,
                  font: FontChoice | None) -> None:
    doc = PdfDocument(header, page_labels, font=font, title_meta=labels.title)
    doc.title(labels.title)
    c = labels.columns
    columns = [Column(c["number"], 0.5, "right"), Column(c["title"], 2.4),
               Column(c["file"], 2.8), Column(c["track"], 0.9, "right"),
               Column(c["act"], 0.9, "right"), Column(c["note"], 1.9)]
    rows = []
    for item in packed:
        track = item.track
        # What the sound desk must act on stands out; the label is escaped like user text.
        note = Markup(f"<b>{escape_text(_note(track, labels))}</b>")
        rows.append(Row([track.number, track.title, item.name or track.music_file,
                         minutes_text(track.seconds) if track.seconds else "—",
                         minutes_text(track.act_seconds), note],
                        "muted" if item.name is None else "normal"))
    doc.table(columns, rows)
    doc.build(path)


def write_music_pack(tracks: Sequence[Track], folder: Path, *, header: PageHeader,
                     page_labels: PageLabels, labels: MusicPackLabels,
                     font: FontChoice | None = None) -> list[PackedTrack]:
    """Write the pack (see module doc); returns each track with its name in the pack."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise errors.FileExistsAlreadyError(folder)
    width = max(2, len(str(max((t.number for t in tracks), default=0))))
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    except OSError as exc:
        raise os_error_to_core(exc, folder) from exc
    try:
        packed = []
        for track in tracks:
            name = pack_name(track, width) if track.state is TrackState.OK else None
            if name is not None:
                shutil.copyfile(track.path, building / name)
            packed.append(PackedTrack(track, name))
        (building / f"{labels.playlist}.m3u8").write_text(_playlist(packed), encoding="utf-8")
        _printed_list(packed, building / f"{labels.list_file}.pdf", header, page_labels,
                      labels, font)
        os.chmod(building, 0o755)  # mkdtemp makes it private; a pack is for sharing
        if folder.exists():
            folder.rmdir()
        building.rename(folder)
    except OSError as exc:
        raise os_error_to_core(exc, folder) from exc
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)
    return packed
