"""The demo's backing tracks: silent MP3 files of the acts' track lengths, in 音乐/.

Each is a run of the smallest valid MPEG-2.5 Layer III frame (8 kbit/s, 8 kHz,
mono, all-zero side information, which decodes to silence), so every player and
the app read its true length while the demo stays small (1 kB a second).
"""

from __future__ import annotations

from pathlib import Path

from gala_manager.core.demo.programme_data import ACTS

# Frame header: sync, MPEG 2.5, Layer III, no CRC | 8 kbit/s, 8000 Hz | mono.
_FRAME = bytes([0xFF, 0xE3, 0x18, 0xC0]) + bytes(68)
_FRAME_SECONDS = 576 / 8000


def silent_mp3(seconds: float) -> bytes:
    """A silent MP3 lasting `seconds` (to the nearest 72 ms frame)."""
    return _FRAME * max(1, round(seconds / _FRAME_SECONDS))


def write_demo_tracks(folder: Path, *, force: bool = False) -> list[Path]:
    """Write the demo acts' tracks under `folder` (the gala's folder) as their
    `music_file`s name them; existing files are kept unless `force`."""
    written = []
    for act in ACTS:
        if not act.get("track"):
            continue
        path = folder / act["music_file"]
        if path.exists() and not force:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(silent_mp3(act["track"]))
        written.append(path)
    return written
