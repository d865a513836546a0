"""Write the music pack of the open gala with the interface's words (GUI and CLI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.app.programme.runsheet_export import chosen_font_path
from gala_manager.core.programme.music import music_tracks
from gala_manager.export.kit.pdf_fonts import resolve_font
from gala_manager.export.programme.music_pack import (
    MusicPackLabels,
    PackedTrack,
    write_music_pack,
)

translate = QCoreApplication.translate


def music_pack_labels() -> MusicPackLabels:
    """The pack's words in the current language."""
    return MusicPackLabels(
        playlist=translate("MusicPack", "Playlist"),
        list_file=translate("MusicPack", "Track list"),
        title=translate("MusicPack", "Music for the sound desk"),
        columns={"number": translate("MusicPack", "No."),
                 "title": translate("MusicPack", "Act"),
                 "file": translate("MusicPack", "File in the pack"),
                 "track": translate("MusicPack", "Track"),
                 "act": translate("MusicPack", "Act length"),
                 "note": translate("MusicPack", "Note")},
        missing=translate("MusicPack", "MISSING: not in the pack"),
        unreadable=translate("MusicPack", "UNREADABLE: not in the pack"),
        longer=translate("MusicPack", "{over} longer than the act: fade out"),
    )


def default_pack_name(read) -> str:
    """A folder name for the pack: the gala's name and 音乐包 / music pack."""
    from gala_manager.core.gala.facts import get_gala_facts

    return translate("MusicPack", "{gala} music pack").format(gala=read(get_gala_facts).name)


def export_music_pack(source, folder: Path, font_path: str | None = None) -> list[PackedTrack]:
    """Write the pack for the gala `source` (a controller or a document) reads."""
    read = source.read
    font = resolve_font((font_path if font_path is not None else chosen_font_path()) or None)
    return write_music_pack(read(music_tracks), Path(folder), header=page_header(read),
                            page_labels=page_labels(), labels=music_pack_labels(), font=font)


def packed_line(item: PackedTrack) -> str:
    """One line of what the pack holds, for a terminal or a message."""
    if item.name is not None:
        return item.name
    return translate("MusicPack", "{number:02d} {title}: {file} could not be packed").format(
        number=item.track.number, title=item.track.title, file=item.track.music_file)
