"""Play an act's backing track on a chosen output device: play, stop, fade out.

miniaudio (a kept binding of the miniaudio C library: 0.6 MB, decodes MP3, FLAC,
WAV and Ogg Vorbis, lists and opens devices on Windows, macOS and Linux) rather than
QtMultimedia, which needs PySide6-Addons (175 MB to download, 438 MB installed).
It is imported on the first use, so the app starts without it. The samples pass
through a generator here that counts them (the position) and scales them during a
fade; miniaudio calls it from its own audio thread.
"""

from __future__ import annotations

import array
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44100
CHANNELS = 2
DEFAULT_FADE_SECONDS = 3.0


class PlaybackError(Exception):
    """A track that cannot be played: `reason` says why (for the console's status)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


@dataclass(frozen=True)
class Output:
    """A playback device as the system names it."""

    name: str
    handle: object  # miniaudio's device id, valid while the process runs


def _miniaudio():
    try:
        import miniaudio
    except ImportError as exc:  # a broken install: say so rather than crash the console
        raise PlaybackError(Path(), str(exc)) from exc
    return miniaudio


def list_outputs(backends: list | None = None) -> list[Output]:
    """The system's playback devices (empty where none can be listed)."""
    miniaudio = _miniaudio()
    try:
        devices = miniaudio.Devices(backends=backends).get_playbacks()
    except miniaudio.MiniaudioError:
        return []
    return [Output(device["name"], device["id"]) for device in devices]


class TrackPlayer:
    """One track at a time; `output` is a device name (None: the system's default)."""

    def __init__(self, backends: list | None = None) -> None:
        self.backends = backends
        self.path: Path | None = None
        self.length = 0.0
        self._device = None
        self._frames = 0
        self._fade_from: int | None = None  # the frame the fade started at
        self._fade_frames = 0
        self._finished = False

    @property
    def playing(self) -> bool:
        """Whether a track is sounding (a fade counts until it ends)."""
        return self._device is not None and not self._finished

    @property
    def fading(self) -> bool:
        """Whether the track is fading out."""
        return self.playing and self._fade_from is not None

    @property
    def position(self) -> float:
        """Seconds played of the current track."""
        return self._frames / SAMPLE_RATE

    def play(self, path: Path, output: str | None = None) -> None:
        """Stop what plays, then play `path` from its start on the device named `output`."""
        miniaudio = _miniaudio()
        self.stop()
        path = Path(path)
        try:
            self.length = miniaudio.get_file_info(str(path)).duration
            stream = miniaudio.stream_file(str(path), nchannels=CHANNELS,
                                           sample_rate=SAMPLE_RATE)
            device_id = next((o.handle for o in list_outputs(self.backends)
                              if o.name == output), None) if output else None
            device = miniaudio.PlaybackDevice(nchannels=CHANNELS, sample_rate=SAMPLE_RATE,
                                              device_id=device_id, backends=self.backends)
        except (miniaudio.MiniaudioError, OSError) as exc:
            raise PlaybackError(path, str(exc) or type(exc).__name__) from exc
        self.path, self._frames, self._fade_from, self._finished = path, 0, None, False
        feed = self._feed(stream)
        next(feed)
        try:
            device.start(feed)
        except miniaudio.MiniaudioError as exc:
            device.close()
            raise PlaybackError(path, str(exc)) from exc
        self._device = device

    def fade(self, seconds: float = DEFAULT_FADE_SECONDS) -> None:
        """Fade the track out over `seconds`; it stops at silence."""
        if self.playing and self._fade_from is None:
            self._fade_frames = max(1, int(seconds * SAMPLE_RATE))
            self._fade_from = self._frames

    def stop(self) -> None:
        """Stop at once."""
        device, self._device = self._device, None
        if device is not None:
            device.close()
        self._finished = True

    def poll(self) -> bool:
        """Close the device of a track that ended; returns whether one still plays."""
        if self._device is not None and self._finished:
            self.stop()
        return self.playing

    def _gain(self) -> float:
        if self._fade_from is None:
            return 1.0
        return max(0.0, 1.0 - (self._frames - self._fade_from) / self._fade_frames)

    def _feed(self, stream):
        """The samples miniaudio asks for, counted, and scaled while fading."""
        wanted = yield b""
        while True:
            gain = self._gain()
            if gain <= 0.0:
                self._finished = True
                return
            try:
                chunk = stream.send(wanted)
            except StopIteration:
                chunk = None
            if not chunk:  # the end of the file
                self._finished = True
                return
            if gain < 1.0:
                chunk = array.array("h", (int(sample * gain) for sample in chunk))
            self._frames += len(chunk) // CHANNELS
            wanted = yield chunk
