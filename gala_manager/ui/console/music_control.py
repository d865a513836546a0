"""The console's music: M plays or stops the act on stage's track, F fades it out.

The track is the one the act names (beside the gala file, see
`core/programme/music.py`), played on the output the user picked in the
console's menu (remembered; none: the system's default). While it plays, the
music key's button shows the track's time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from gala_manager.app.show.track_player import PlaybackError, TrackPlayer, list_outputs
from gala_manager.app.show.wording import clock_text
from gala_manager.core.programme.music import TrackState, read_length, track_path
from gala_manager.ui.console.console_keys import KEYS, key_legend

OUTPUT_KEY = "console/audio_output"


class MusicControl(QObject):
    """Plays the act on stage's track for a `ShowConsoleWindow`."""

    # The audio backends to use (None: the system's); tests pick miniaudio's null device.
    backends: list | None = None

    def __init__(self, console) -> None:
        super().__init__(console)
        self.console = console
        self.player: TrackPlayer | None = None
        self.title = ""
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self._tick)

    @property
    def output(self) -> str:
        """The name of the chosen output device ("" for the system's default)."""
        return str(QSettings().value(OUTPUT_KEY, "") or "")

    def choose_output(self, name: str) -> None:
        """Play on `name` from the next track on ("": the system's default)."""
        QSettings().setValue(OUTPUT_KEY, name)

    def toggle(self) -> None:
        """Stop the track that plays, else play the act on stage's track."""
        if self.player is not None and self.player.playing:
            self.stop()
            return
        board = self.console.board
        act = board.on_stage if board is not None else None
        if act is None and board is not None:
            act = board.next_act  # music before the act comes on (an opening, a walk-on)
        if act is None or not act.music_file.strip():
            self.console.set_status(self.tr("No track to play: the act names no music file."))
            return
        document = self.console.controller.document
        path = track_path(document.path.parent, act.music_file.strip())
        state, _length = read_length(path)
        if state is not TrackState.OK:
            text = (self.tr("The track of “{title}” is missing: {file}")
                    if state is TrackState.MISSING
                    else self.tr("The track of “{title}” cannot be read as audio: {file}"))
            self.console.set_status(text.format(title=act.title, file=act.music_file))
            return
        self.play(path, act.title)

    def play(self, path, title: str) -> bool:
        """Play `path` on the chosen output; False (with the reason shown) if it cannot."""
        if self.player is None:
            self.player = TrackPlayer(self.backends)
        try:
            self.player.play(path, self.output or None)
        except PlaybackError as exc:
            self.console.set_status(self.tr("Cannot play “{title}”: {reason}").format(
                title=title, reason=exc.reason))
            return False
        self.title = title
        self.console.set_status(self.tr("Playing the track of “{title}”.").format(title=title))
        self.ticker.start()
        self._tick()
        return True

    def fade(self) -> None:
        """Fade the playing track out (three seconds)."""
        if self.player is None or not self.player.playing:
            self.console.set_status(self.tr("No music is playing."))
            return
        self.player.fade()
        self.console.set_status(self.tr("Fading out the track of “{title}”.").format(
            title=self.title))

    def stop(self) -> None:
        """Stop at once (also when the console closes)."""
        if self.player is not None and self.player.playing:
            self.player.stop()
            self.console.set_status(self.tr("Music stopped."))
        self._tick()

    def _tick(self) -> None:
        playing = self.player is not None and self.player.poll()
        button = self.console.buttons["music"]
        legend = key_legend(next(key for key in KEYS if key.name == "music"))
        if not playing:
            self.ticker.stop()
            button.setText(legend)
            return
        button.setText(f"{legend} ♪ {clock_text(int(self.player.position))}"
                       f"/{clock_text(round(self.player.length))}")

    def outputs_menu(self, parent: QMenu) -> QMenu:
        """The "Sound output" submenu; it lists the devices when it opens."""
        menu = QMenu(self.tr("Sound output"), parent)
        menu.setObjectName("soundOutputs")
        menu.aboutToShow.connect(lambda: self._fill_outputs(menu))
        return menu

    def _fill_outputs(self, menu: QMenu) -> None:
        menu.clear()
        group = QActionGroup(menu)
        try:
            names = [o.name for o in list_outputs(self.backends)]
        except PlaybackError:
            names = []
        chosen = self.output
        for name in ["", *names]:
            action = QAction(name or self.tr("The system's default"), menu)
            action.setCheckable(True)
            action.setChecked(name == chosen)
            action.triggered.connect(lambda _=False, n=name: self.choose_output(n))
            group.addAction(action)
            menu.addAction(action)
