"""What the console's keys do: one log entry each, in the show's log or a rehearsal run's."""

from __future__ import annotations

from PySide6.QtCore import QObject

from gala_manager.app.contingency.wording import announcement_text
from gala_manager.app.show.wording import describe_entry
from gala_manager.core.contingency.plans import BUILTIN_KINDS
from gala_manager.core.contingency.rules import Decision, IncidentKind, act_not_ready
from gala_manager.core.errors import GalaError
from gala_manager.core.quiz import quiz_acts
from gala_manager.core.show.actions import (
    Action,
    begin_rehearsal_run,
    perform,
    perform_in_rehearsal,
    undo_in_rehearsal,
)
from gala_manager.core.show.log import undo_last_action
from gala_manager.ui.console.incident_panel import incident_advice
from gala_manager.ui.console.screens import toggle_full_screen
from gala_manager.ui.quiz.winner_entry import record_winner, winner_dialog

# `run` of a console whose rehearsal run has not started: no rehearsal exists yet.
NEW_REHEARSAL = 0


class ConsoleActions(QObject):
    """The `do_<key>` handlers of a `ShowConsoleWindow`: each writes one entry to the log
    of the window's run and says what it did on the window's status line."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller

    @property
    def show_data(self):
        return self.window.show_data

    def set_status(self, text: str) -> None:
        self.window.set_status(text)

    def _title(self, act_id: int | None) -> str:
        return self.window.title_of(act_id)

    def _perform(self, action: Action, **kwargs) -> bool:
        window = self.window
        at = window.clock.now()
        try:
            if window.run is None:
                entry = self.controller.run(perform, action=action, at=at, **kwargs)
            elif window.run == NEW_REHEARSAL:
                if action != Action.START:
                    self.set_status(self.tr("Press F5 to start the rehearsal run first."))
                    return False
                window.run = self.controller.run(begin_rehearsal_run,
                                                 kind=window.rehearsal_kind, at=at)
                window.reload()
                entry = self.show_data.log[-1]
            else:
                entry = self.controller.run(perform_in_rehearsal, rehearsal_id=window.run,
                                            action=action, at=at, **kwargs)
        except GalaError:
            self.set_status(self.tr("Not possible now."))
            return False
        self.set_status(f"{entry.at:%H:%M:%S}  {describe_entry(entry, self._title)}")
        return True

    def do_start(self) -> None:
        self._perform(Action.START)

    def do_next(self) -> None:
        self._perform(Action.NEXT)

    def do_breakdown(self) -> None:
        self._perform(Action.BREAKDOWN)

    def do_not_ready(self) -> None:
        queue = self.show_data.state.queue
        if self._perform(Action.NOT_READY):
            # The plan's rule: the next act goes on at once; the host says which.
            advice = act_not_ready(next_title=self._title(queue[1]) if len(queue) > 1 else None)
            text = announcement_text(advice)
            if text:
                self.set_status(self.window.status_label.full_text() + "  —  " + self.tr(
                    "Host: “{text}”").format(text=text))

    def do_skip(self) -> None:
        self._perform(Action.SKIP)

    def do_intermission(self) -> None:
        self._perform(Action.INTERMISSION)

    def do_end(self) -> None:
        question = (self.tr("End the show now?") if self.window.run is None
                    else self.tr("End the rehearsal run now?"))
        if self.show_data.state.ended is not None or not self.window.confirm(question):
            return
        self._perform(Action.END, kind=self._end_reason())

    def _end_reason(self) -> str:
        """Why the show ends: a power failure's rule decision, if one is due."""
        now = self.window.clock.now()
        for incident in self.show_data.state.open_incidents():
            if incident.kind == IncidentKind.POWER:
                decision = incident_advice(incident, now, self.window.scheduled_start,
                                           self.window.settings).decision
                if decision == Decision.POSTPONE:
                    return "postponed"
                if decision == Decision.END_SHOW:
                    return "ended_by_outage"
        return ""

    def do_power(self) -> None:
        self._perform(Action.INCIDENT, kind=IncidentKind.POWER)

    def do_injury(self) -> None:
        self._perform(Action.INCIDENT, kind=IncidentKind.INJURY)

    def do_disorder(self) -> None:
        self._perform(Action.INCIDENT, kind=IncidentKind.DISORDER)

    def do_other(self) -> None:
        # Kinds the committee added (e.g. bad weather) have plans of their own to show.
        own = [k for k in self.window.kinds if k not in BUILTIN_KINDS]
        kind = (self.window.ask_kind(own + [IncidentKind.OTHER.value]) if own
                else IncidentKind.OTHER)
        if kind:
            self._perform(Action.INCIDENT, kind=kind)

    def _latest_incident(self) -> int | None:
        running = self.show_data.state.open_incidents()
        return running[-1].number if running else None

    def do_escalate(self) -> None:
        self._perform(Action.ESCALATE, incident=self._latest_incident(), severity="serious")

    def do_resolve(self) -> None:
        self._perform(Action.RESOLVE, incident=self._latest_incident())

    def do_note(self) -> None:
        text = self.window.ask_note()
        if text and text.strip():
            self._perform(Action.NOTE, note=text, incident=self._latest_incident())

    def do_winner(self) -> None:
        """A quiz winner: the round on stage offers its next question not yet won."""
        if self.window.run is not None:
            self.set_status(self.tr("Prizes are handed out during the show only."))
            return
        on_stage = self.show_data.state.on_stage
        rounds = dict(self.controller.read(quiz_acts))
        act_id = on_stage.act_id if on_stage and on_stage.act_id in rounds else None
        dialog = winner_dialog(self.controller, act_id, self.window)
        if self.window.run_dialog(dialog) and record_winner(self.controller, dialog, act_id,
                                                            self.window):
            self.set_status(self.tr("Quiz winner: {name}, {prize}").format(
                name=dialog.winner().name.strip(), prize=dialog.prize_name()))

    def do_undo(self) -> None:
        if self.window.run is None:
            entry = self.controller.run(undo_last_action)
        elif self.window.run == NEW_REHEARSAL:
            entry = None
        else:
            entry = self.controller.run(undo_in_rehearsal, rehearsal_id=self.window.run)
        self.set_status(self.tr("Undone: {what}").format(
            what=describe_entry(entry, self._title)) if entry else self.tr("Nothing to undo."))

    def do_music(self) -> None:
        self.window.music.toggle()

    def do_fade(self) -> None:
        self.window.music.fade()

    def do_stage(self) -> None:
        self.window.companions.toggle_stage_display()

    def do_crew(self) -> None:
        self.window.companions.show_crew_dialog()

    def do_fullscreen(self) -> None:
        toggle_full_screen(self.window, "console")
