"""The show console (演出控制台): big type, keyboard-driven, every action logged at once.

Laid out for 1280×720 and scaled with the window (see `fit_label`): nothing is
cut at any size from 1280×720 to 4K, in either language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.contingency.wording import kind_label
from gala_manager.app.show.wording import describe_entry
from gala_manager.core.contingency.plans import (
    PlanRow,
    list_kinds,
    plan_for_kind,
)
from gala_manager.core.contingency.thresholds import get_rule_settings
from gala_manager.core.errors import GalaError
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.models import RehearsalKind
from gala_manager.core.operations import Area
from gala_manager.core.show.actions import Show, read_show
from gala_manager.core.show.board import Board, make_board
from gala_manager.ui.console.clock import SystemClock
from gala_manager.ui.console.companions import Companions
from gala_manager.ui.console.console_actions import ConsoleActions
from gala_manager.ui.console.console_keys import KEYS, key_hint, key_legend
from gala_manager.ui.console.console_menu import ConsoleMenu
from gala_manager.ui.console.console_panels import QueuePanel, StagePanel, TopBar, fit
from gala_manager.ui.console.fit_label import Scaler, window_scale
from gala_manager.ui.console.incident_panel import IncidentPanel, incident_advice, plan_kind
from gala_manager.ui.console.music_control import MusicControl
from gala_manager.ui.theme import STAGE

# The console reloads when one of these changes (the log, the order, the plans).
_SHOWN = frozenset({Area.SHOW, Area.PROGRAMME, Area.CONTINGENCY})


class ShowConsoleWindow(QWidget):
    """The stage manager's window. `clock` is injectable: tests move it by hand.

    `run` says which log the keys write to: None the show's, a rehearsal's id its
    run's, `NEW_REHEARSAL` a rehearsal run that F5 starts (as `rehearsal_kind`).
    """

    board_changed = Signal(object)  # the Board after each refresh

    def __init__(self, controller, clock=None, parent: QWidget | None = None, *,
                 run: int | None = None,
                 rehearsal_kind: RehearsalKind = RehearsalKind.FIRST) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.clock = clock or SystemClock()
        self.run = run
        self.rehearsal_kind = rehearsal_kind
        self.actions = ConsoleActions(self)
        self.companions = Companions(self)
        self.music = MusicControl(self)
        self.show_data: Show | None = None
        self.board: Board | None = None
        self.setObjectName("showConsole")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(f"#showConsole {{ background: {STAGE['background']}; }} "
                           f"QLabel {{ color: {STAGE['text']}; }}")
        self.setMinimumSize(640, 400)
        self.scaler = Scaler()
        self.top = TopBar(self.scaler)
        self.menu = ConsoleMenu(self)
        self.top.menu_button.setMenu(self.menu)
        self.incident_panel = IncidentPanel(self.scaler)
        self.stage = StagePanel(self.scaler)
        self.queue = QueuePanel(self.scaler)
        self.status_label = fit(self.scaler, "statusLabel", 15,
                                style=f"color: {STAGE['highlight']};", min_ratio=0.6)
        self.buttons: dict[str, QPushButton] = {}
        self.keypad = QGridLayout()
        columns: dict[int, int] = {}
        for key in KEYS:
            button = QPushButton()
            button.setObjectName(f"key_{key.name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self.trigger(k.name))
            self.scaler.add(button, 14)
            self.buttons[key.name] = button
            column = columns.get(key.row, 0)
            self.keypad.addWidget(button, key.row, column)
            columns[key.row] = column + 1

        middle = QHBoxLayout()
        middle.addWidget(self.stage, 3)
        middle.addWidget(self.queue, 2)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.top)
        self.body.addWidget(self.incident_panel, 3)
        self.body.addLayout(middle, 4)
        self.body.addWidget(self.status_label)
        self.body.addLayout(self.keypad)
        self._apply_scale(force=True)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        controller.changed.connect(self._on_changed)
        self.retranslate_ui()
        self.reload()

    # -- size -------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self, force: bool = False) -> None:
        if not self.scaler.set_scale(window_scale(self.size())) and not force:
            return
        px = self.scaler.px
        self.body.setContentsMargins(px(12), px(8), px(12), px(10))
        self.body.setSpacing(px(6))
        self.keypad.setSpacing(px(5))
        self.top.row.setSpacing(px(10))
        for button in self.buttons.values():
            button.setStyleSheet(f"padding: {px(4)}px {px(6)}px;")

    # -- showing ------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Show console") if self.run is None
                            else self.tr("Show console: rehearsal run"))
        self.top.menu_button.setText(self.tr("Menu"))
        self.stage.retranslate_ui()
        self.queue.retranslate_ui()
        for key in KEYS:
            self.buttons[key.name].setText(key_legend(key))
            self.buttons[key.name].setToolTip(key_hint(key))
        if self.show_data is not None:
            self._show_log()
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.timer.start()
        self.setFocus()

    def closeEvent(self, event) -> None:
        self.companions.close_all()
        self.music.stop()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_changed(self, areas) -> None:
        if self.controller.document is not None and _SHOWN & set(areas):
            self.reload()

    def reload(self) -> None:
        """Read the order, the log and the rules again, then refresh."""
        if self.controller.document is None:
            self.close()
            return
        self.show_data = self.controller.read(read_show, run=self.run)
        self.settings = self.controller.read(get_rule_settings)
        facts = self.controller.read(get_gala_facts)
        acts = self.show_data.acts
        if self.run is None:
            self.scheduled_start = facts.start_datetime() or (
                acts[0].planned_start if acts else self.clock.now())
        else:
            # A rehearsal starts when it starts; the rules count from today's start time.
            self.scheduled_start = dt.datetime.combine(self.clock.now().date(), facts.start_time)
        self.kinds = self.controller.read(list_kinds)
        self._plans: dict[str, PlanRow | None] = {}
        self._show_log()
        self.refresh()

    def _show_log(self) -> None:
        self.queue.set_log([f"{entry.at:%H:%M:%S}  {describe_entry(entry, self.title_of)}"
                            for entry in reversed(self.show_data.log)])

    def refresh(self) -> None:
        """Redraw everything that depends on the time (called every second)."""
        if self.show_data is None:
            return
        now = self.clock.now()
        self.board = make_board(self.show_data, self.settings.standby_count, now)
        self.top.show_board(self.board)
        self.stage.show_board(self.board, self.scheduled_start)
        self.queue.show_board(self.board)
        self._show_incident(now)
        self.board_changed.emit(self.board)

    def plan_for(self, kind: str) -> PlanRow | None:
        """The plan whose steps and contacts an incident of `kind` shows (read once)."""
        if not kind:
            return None
        if kind not in self._plans:
            self._plans[kind] = self.controller.read(plan_for_kind, kind=kind)
        return self._plans[kind]

    def _show_incident(self, now) -> None:
        running = self.show_data.state.open_incidents()
        incident = running[-1] if running else None
        advice = plan = None
        if incident is not None:
            advice = incident_advice(incident, now, self.scheduled_start, self.settings)
            plan = self.plan_for(plan_kind(incident.kind))
        self.incident_panel.show_incident(incident, advice, plan, now, len(running) - 1)

    def set_status(self, text: str) -> None:
        """The line under the stage: what the last action did."""
        self.status_label.set_full_text(text)

    # -- acting ---------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        for key in KEYS:
            if key.matches(event):
                self.trigger(key.name)
                return
        super().keyPressEvent(event)

    def trigger(self, name: str) -> None:
        """Do what a key or button names."""
        getattr(self.actions, f"do_{name}")()

    def switch_run(self, run: int | None, kind: RehearsalKind = RehearsalKind.FIRST) -> bool:
        """Write to another log from now on (the show's, or a new rehearsal run's); refused
        while the current run is going (started and not ended)."""
        state = self.show_data.state
        if state.started is not None and state.ended is None:
            self.set_status(self.tr("End the current run first (E)."))
            return False
        self.run, self.rehearsal_kind = run, kind
        self.retranslate_ui()
        self.reload()
        self.set_status("")
        return True

    def reset_show(self) -> None:
        """Clear the show log after a backup (asked first): the night starts afresh."""
        from gala_manager.app.show.show_reset import reset_show_with_backup

        if not self.confirm(self.tr("Clear everything the show log holds? The gala file is "
                                    "backed up first; rehearsal runs are kept.")):
            return
        try:
            backup, count = reset_show_with_backup(self.controller.document,
                                                   self.controller.run)
        except GalaError as exc:
            self.controller.show_error(exc, self)
            return
        self.set_status(self.tr("Show reset: {n} action(s) cleared; backup: {path}", "",
                                count).format(n=count, path=backup))

    def title_of(self, act_id: int | None) -> str:
        """An act's title by id ("" for none)."""
        act = self.show_data.act(act_id) if self.show_data else None
        return act.title if act else ""

    # -- questions (tests replace these) ---------------------------------------------

    def ask_note(self) -> str:
        """The text of a note, typed by the user."""
        text, ok = QInputDialog.getText(self, self.tr("Note"), self.tr("Note for the show log:"))
        return text if ok else ""

    def ask_kind(self, kinds: list[str]) -> str:
        """Which kind of incident "other" is, from the plans' kinds ("" if cancelled)."""
        labels = [kind_label(k) for k in kinds]
        text, ok = QInputDialog.getItem(self, self.tr("Other incident"),
                                        self.tr("Which plan applies?"), labels, 0, False)
        return kinds[labels.index(text)] if ok and text in labels else ""

    def run_dialog(self, dialog) -> bool:
        """Show a dialog over the console (tests fill it instead)."""
        return bool(dialog.exec())

    def confirm(self, question: str) -> bool:
        """Ask before an action that cannot simply go on (ending the show, a reset)."""
        return QMessageBox.question(self, self.tr("Show console"), question) == \
            QMessageBox.StandardButton.Yes
