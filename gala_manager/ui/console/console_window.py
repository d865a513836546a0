"""The show console (演出控制台): big type, keyboard-driven, every action logged at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.contingency.wording import announcement_text, kind_label
from gala_manager.app.show.wording import clock_text, describe_entry, phase_label
from gala_manager.core.contingency.plans import (
    BUILTIN_KINDS,
    PlanRow,
    get_rule_settings,
    list_kinds,
    plan_for_kind,
)
from gala_manager.core.contingency.rules import Decision, IncidentKind, Phase, act_not_ready
from gala_manager.core.errors import GalaError
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.operations import Area
from gala_manager.core.show.actions import Action, Show, perform, read_show
from gala_manager.core.show.log import undo_last_action
from gala_manager.core.show.timing import current_start, project
from gala_manager.ui.console.clock import SystemClock
from gala_manager.ui.console.console_keys import KEYS, key_legend
from gala_manager.ui.console.incident_panel import IncidentPanel, incident_advice, plan_kind

BIG = "font-size: 40pt; font-weight: 700;"
MID = "font-size: 22pt;"
SMALL = "font-size: 15pt;"
# The console reloads when one of these changes (the log, the order, the plans).
_SHOWN = frozenset({Area.SHOW, Area.PROGRAMME, Area.CONTINGENCY})


class ShowConsoleWindow(QWidget):
    """The stage manager's window. `clock` is injectable: tests move it by hand."""

    def __init__(self, controller, clock=None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.clock = clock or SystemClock()
        self.show_data: Show | None = None
        self.setObjectName("showConsole")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("#showConsole, QWidget#consoleBody { background: #111418; }"
                           "QLabel { color: #e9ecef; }")
        self.clock_label = self._label("clockLabel", "font-size: 44pt; font-weight: 700;")
        self.schedule_label = self._label("scheduleLabel", MID)
        self.delta_label = self._label("deltaLabel", "font-size: 26pt; font-weight: 700;")
        self.phase_label = self._label("phaseLabel", MID)
        self.stage_caption = self._label("stageCaption", SMALL + "color: #adb5bd;")
        self.stage_title = self._label("stageTitle", "font-size: 46pt; font-weight: 800;")
        self.stage_time = self._label("stageTime", BIG)
        self.stage_info = self._label("stageInfo", MID)
        self.standby_caption = self._label("standbyCaption", SMALL + "color: #adb5bd;")
        self.standby_label = self._label("standbyLabel", "font-size: 24pt;")
        self.call_caption = self._label("callCaption", SMALL + "color: #adb5bd;")
        self.call_label = self._label("callLabel", "font-size: 20pt;")
        self.incident_panel = IncidentPanel()
        self.status_label = self._label("statusLabel", SMALL + "color: #ffd43b;")
        self.log_list = QListWidget()
        self.log_list.setObjectName("logList")
        self.log_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log_list.setStyleSheet("font-size: 13pt; background: #1c2128; color: #ced4da;")
        self.buttons: dict[str, QPushButton] = {}
        keys = QGridLayout()
        for index, key in enumerate(KEYS):
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet("font-size: 13pt; padding: 6px;")
            button.clicked.connect(lambda _=False, k=key: self.trigger(k.name))
            self.buttons[key.name] = button
            keys.addWidget(button, index // 7, index % 7)

        top = QHBoxLayout()
        top.addWidget(self.clock_label)
        top.addStretch(1)
        top_right = QVBoxLayout()
        top_right.addWidget(self.schedule_label, 0, Qt.AlignmentFlag.AlignRight)
        top_right.addWidget(self.delta_label, 0, Qt.AlignmentFlag.AlignRight)
        top_right.addWidget(self.phase_label, 0, Qt.AlignmentFlag.AlignRight)
        top.addLayout(top_right)
        stage = QVBoxLayout()
        for widget in (self.stage_caption, self.stage_title, self.stage_time, self.stage_info):
            stage.addWidget(widget)
        stage.addStretch(1)
        side = QVBoxLayout()
        for widget in (self.standby_caption, self.standby_label, self.call_caption,
                       self.call_label):
            side.addWidget(widget)
        side.addWidget(self.log_list, 1)
        middle = QHBoxLayout()
        middle.addLayout(stage, 3)
        middle.addLayout(side, 2)
        body = QVBoxLayout(self)
        body.addLayout(top)
        body.addWidget(self.incident_panel)
        body.addLayout(middle, 1)
        body.addWidget(self.status_label)
        body.addLayout(keys)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        controller.changed.connect(self._on_changed)
        self.retranslate_ui()
        self.reload()

    def _label(self, name: str, style: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(style)
        label.setWordWrap(True)
        return label

    # -- showing ------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Show console"))
        self.stage_caption.setText(self.tr("ON STAGE"))
        self.standby_caption.setText(self.tr("STANDING BY (backstage, ready)"))
        self.call_caption.setText(self.tr("TO CALL"))
        for key in KEYS:
            self.buttons[key.name].setText(key_legend(key))
        if self.show_data is not None:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.timer.start()
        self.setFocus()

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
        self.show_data = self.controller.read(read_show)
        self.settings = self.controller.read(get_rule_settings)
        facts = self.controller.read(get_gala_facts)
        acts = self.show_data.acts
        self.scheduled_start = facts.start_datetime() or (
            acts[0].planned_start if acts else self.clock.now())
        self.kinds = self.controller.read(list_kinds)
        self._plans: dict[str, PlanRow | None] = {}
        self.log_list.clear()
        for entry in reversed(self.show_data.log):
            self.log_list.addItem(f"{entry.at:%H:%M:%S}  {describe_entry(entry, self._title)}")
        self.refresh()

    def _title(self, act_id: int | None) -> str:
        act = self.show_data.act(act_id) if self.show_data else None
        return act.title if act else ""

    def _act_line(self, act_id: int) -> str:
        act = self.show_data.act(act_id)
        contact = f"  ☎ {act.contact_name} {act.contact_phone}" if act.contact_name else ""
        return f"{act.title}{contact}"

    def refresh(self) -> None:
        """Redraw everything that depends on the time (called every second)."""
        if self.show_data is None:
            return
        now = self.clock.now()
        state, acts = self.show_data.state, self.show_data.acts
        projection = project(acts, state, now)
        self.clock_label.setText(now.strftime("%H:%M:%S"))
        planned_end = projection.planned_end
        text = self.tr("Planned {start}–{end} · now ending {projected}")
        self.schedule_label.setText(text.format(
            start=self.scheduled_start.strftime("%H:%M"),
            end=planned_end.strftime("%H:%M") if planned_end else "—",
            projected=projection.projected_end.strftime("%H:%M")
            if projection.projected_end else "—"))
        behind = projection.behind_seconds
        if abs(behind) < 60:
            self.delta_label.setText(self.tr("On schedule"))
            colour = "#69db7c"
        elif behind > 0:
            self.delta_label.setText(self.tr("Behind by {t}").format(t=clock_text(behind)))
            colour = "#ff6b6b"
        else:
            self.delta_label.setText(self.tr("Ahead by {t}").format(t=clock_text(-behind)))
            colour = "#74c0fc"
        self.delta_label.setStyleSheet(f"font-size: 26pt; font-weight: 700; color: {colour};")
        self.phase_label.setText(phase_label(state.phase))
        self._show_stage(state, now, projection)
        self._show_standby(state)
        self._show_incident(state, now)

    def _show_stage(self, state, now, projection) -> None:
        if state.on_stage is not None:
            act = self.show_data.act(state.on_stage.act_id)
            self.stage_title.setText(act.title)
            self.stage_time.setText(f"{clock_text(projection.on_stage_elapsed)} / "
                                    f"{clock_text(act.duration_seconds)}")
            over = projection.on_stage_over
            self.stage_time.setStyleSheet(BIG + ("color: #ff6b6b;" if over else ""))
            info = [self.tr("started {time}").format(time=f"{current_start(state):%H:%M:%S}")]
            if over:
                info.append(self.tr("over by {t}").format(t=clock_text(over)))
            restarts = state.breakdowns()
            if restarts:
                info.append(self.tr("restarted {n} time(s)", "", restarts).format(n=restarts))
            self.stage_info.setText(" · ".join(info))
            return
        self.stage_time.setText("")
        self.stage_time.setStyleSheet(BIG)
        if state.phase == Phase.BEFORE_START:
            wait = int((self.scheduled_start - now).total_seconds())
            self.stage_title.setText(self.tr("Not started"))
            self.stage_info.setText(self.tr("Starts in {t}").format(t=clock_text(wait))
                                    if wait > 0 else self.tr("Start time reached: press F5"))
        elif state.phase == Phase.ENDED:
            self.stage_title.setText(self.tr("The show has ended"))
            self.stage_info.setText(self.tr("Run time {t}").format(
                t=clock_text(int((state.ended - state.started).total_seconds()))
                if state.started else "—"))
        elif state.phase == Phase.INTERMISSION:
            self.stage_title.setText(phase_label(Phase.INTERMISSION))
            self.stage_time.setText(clock_text(int((now - state.intermission_start)
                                                   .total_seconds())))
            self.stage_info.setText(self.tr("Press Space when the second half begins"))
        else:
            self.stage_title.setText(self.tr("Stage empty"))
            self.stage_info.setText(self.tr("Press Space to bring on the next act")
                                    if state.queue else self.tr("No act left: press E to end"))

    def _show_standby(self, state) -> None:
        count = self.settings.standby_count
        waiting = state.queue[:count]
        self.standby_label.setText("\n".join(self._act_line(a) for a in waiting) or "—")
        call = state.queue[count] if len(state.queue) > count else None
        self.call_label.setText(self._act_line(call) if call else "—")

    def plan_for(self, kind: str) -> PlanRow | None:
        """The plan whose steps and contacts an incident of `kind` shows (read once)."""
        if not kind:
            return None
        if kind not in self._plans:
            self._plans[kind] = self.controller.read(plan_for_kind, kind=kind)
        return self._plans[kind]

    def _show_incident(self, state, now) -> None:
        running = state.open_incidents()
        incident = running[-1] if running else None
        advice = plan = None
        if incident is not None:
            advice = incident_advice(incident, now, self.scheduled_start, self.settings)
            plan = self.plan_for(plan_kind(incident.kind))
        self.incident_panel.show_incident(incident, advice, plan, now, len(running) - 1)

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
        handler = getattr(self, f"_do_{name}")
        handler()

    def _perform(self, action: Action, **kwargs) -> bool:
        try:
            entry = self.controller.run(perform, action=action, at=self.clock.now(), **kwargs)
        except GalaError:
            self.status_label.setText(self.tr("Not possible now."))
            return False
        self.status_label.setText(f"{entry.at:%H:%M:%S}  {describe_entry(entry, self._title)}")
        return True

    def _do_start(self) -> None:
        self._perform(Action.START)

    def _do_next(self) -> None:
        self._perform(Action.NEXT)

    def _do_breakdown(self) -> None:
        self._perform(Action.BREAKDOWN)

    def _do_not_ready(self) -> None:
        queue = self.show_data.state.queue
        if self._perform(Action.NOT_READY):
            # The plan's rule: the next act goes on at once; the host says which.
            advice = act_not_ready(next_title=self._title(queue[1]) if len(queue) > 1 else None)
            text = announcement_text(advice)
            if text:
                self.status_label.setText(self.status_label.text() + "  —  " + self.tr(
                    "Host: “{text}”").format(text=text))

    def _do_skip(self) -> None:
        self._perform(Action.SKIP)

    def _do_intermission(self) -> None:
        self._perform(Action.INTERMISSION)

    def _do_end(self) -> None:
        if self.show_data.state.ended is not None or not self.confirm(
                self.tr("End the show now?")):
            return
        self._perform(Action.END, kind=self._end_reason())

    def _end_reason(self) -> str:
        """Why the show ends: a power failure's rule decision, if one is due."""
        now = self.clock.now()
        for incident in self.show_data.state.open_incidents():
            if incident.kind == IncidentKind.POWER:
                decision = incident_advice(incident, now, self.scheduled_start,
                                           self.settings).decision
                if decision == Decision.POSTPONE:
                    return "postponed"
                if decision == Decision.END_SHOW:
                    return "ended_by_outage"
        return ""

    def _do_power(self) -> None:
        self._perform(Action.INCIDENT, kind=IncidentKind.POWER)

    def _do_injury(self) -> None:
        self._perform(Action.INCIDENT, kind=IncidentKind.INJURY)

    def _do_disorder(self) -> None:
        self._perform(Action.INCIDENT, kind=IncidentKind.DISORDER)

    def _do_other(self) -> None:
        # Kinds the committee added (e.g. bad weather) have plans of their own to show.
        own = [k for k in self.kinds if k not in BUILTIN_KINDS]
        kind = self.ask_kind(own + [IncidentKind.OTHER.value]) if own else IncidentKind.OTHER
        if kind:
            self._perform(Action.INCIDENT, kind=kind)

    def _latest_incident(self) -> int | None:
        running = self.show_data.state.open_incidents()
        return running[-1].number if running else None

    def _do_escalate(self) -> None:
        self._perform(Action.ESCALATE, incident=self._latest_incident(), severity="serious")

    def _do_resolve(self) -> None:
        self._perform(Action.RESOLVE, incident=self._latest_incident())

    def _do_note(self) -> None:
        text = self.ask_note()
        if text and text.strip():
            self._perform(Action.NOTE, note=text, incident=self._latest_incident())

    def _do_undo(self) -> None:
        entry = self.controller.run(undo_last_action)
        self.status_label.setText(self.tr("Undone: {what}").format(
            what=describe_entry(entry, self._title)) if entry else self.tr("Nothing to undo."))

    def _do_fullscreen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

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

    def confirm(self, question: str) -> bool:
        """Ask before an action that cannot simply go on (ending the show)."""
        return QMessageBox.question(self, self.tr("Show console"), question) == \
            QMessageBox.StandardButton.Yes

