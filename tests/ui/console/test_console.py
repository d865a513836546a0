"""The show console driven by its keys with an injected clock: a whole demo show."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from gala_manager.core.show.actions import read_show
from gala_manager.core.show.log import show_log
from gala_manager.core.show.state import Outcome
from gala_manager.ui.console.clock import ManualClock
from gala_manager.ui.console.launcher import ConsoleLauncher, console_launcher
from gala_manager.ui.contingency.contingency_page import ContingencyPage
from tests.ui.console_helpers import call_text, standby_text

DAY = dt.date(2027, 4, 30)


def t(hh: int, mm: int, ss: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hh, mm, ss))


@pytest.fixture
def console(qtbot, controller, monkeypatch):
    clock = ManualClock(t(18, 55))
    monkeypatch.setattr(ConsoleLauncher, "clock", clock)
    monkeypatch.setattr(ConsoleLauncher, "ask_run", lambda self, parent, default: "show")
    page = ContingencyPage(controller)
    qtbot.addWidget(page)
    window = page.open_console()
    qtbot.waitExposed(window)
    monkeypatch.setattr(window, "confirm", lambda question: True)
    window.clock = clock
    yield window
    window.close()


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, key, modifier)


def test_whole_demo_show(qtbot, console, controller, tmp_path):
    clock = console.clock
    acts = controller.read(read_show).acts
    titles = [a.title for a in acts]
    assert console.stage.title.full_text() == "Not started"
    assert "Starts in 05:00" in console.stage.info.full_text()
    assert titles[0] in standby_text(console) and titles[1] in standby_text(console)
    assert titles[2] in call_text(console)

    clock.set(t(19, 0))
    press(qtbot, console, Qt.Key.Key_F5)
    assert console.stage.title.full_text() == titles[0]
    assert acts[1].contact_phone in standby_text(console)

    clock.set(t(19, 5))
    press(qtbot, console, Qt.Key.Key_Space)
    # A power failure in the first half that ends after six minutes.
    clock.set(t(19, 7))
    press(qtbot, console, Qt.Key.Key_P)
    clock.advance(minutes=6)
    console.refresh()
    assert console.incident_panel.isVisible()
    headline = console.incident_panel.headline.full_text()
    assert "06:00" in headline and "at 10 min announce the postponement (04:00 left)" in headline
    assert "Pause the show" in console.incident_panel.decision.full_text()
    assert "最多推迟1小时" in console.incident_panel.steps.text()
    assert "13012340001" in console.incident_panel.contacts.text()
    press(qtbot, console, Qt.Key.Key_V)
    assert not console.incident_panel.isVisible()

    # Act 3 breaks down twice: restarted, then withdrawn; act 4 goes on.
    clock.set(t(19, 14))
    press(qtbot, console, Qt.Key.Key_Space)
    assert console.stage.title.full_text() == titles[2]
    clock.advance(minutes=1)
    press(qtbot, console, Qt.Key.Key_B)
    assert "restarted 1 time" in console.stage.info.full_text()
    clock.advance(minutes=1)
    press(qtbot, console, Qt.Key.Key_B)
    assert console.stage.title.full_text() == titles[3]

    # Act 5 is not ready: act 6 goes first, act 5 stands by after it.
    clock.advance(minutes=4)
    press(qtbot, console, Qt.Key.Key_R)
    assert f"Host: “Next on stage: {titles[5]}.”" in console.status_label.full_text()
    press(qtbot, console, Qt.Key.Key_N)
    assert console.stage.title.full_text() == titles[5]
    assert standby_text(console).splitlines()[0].startswith(titles[4])

    # The rest of the show goes as planned, intermission act included.
    for _ in range(len(titles) - 5):  # act 5 and acts 7 to the last
        clock.advance(minutes=6)
        press(qtbot, console, Qt.Key.Key_Space)
    assert console.stage.title.full_text() == titles[-1]
    assert standby_text(console) == "—"
    clock.advance(minutes=6)
    press(qtbot, console, Qt.Key.Key_E)
    assert console.stage.title.full_text() == "The show has ended"

    kinds = [e.kind.value for e in controller.read(show_log)]
    assert kinds[:10] == ["show_start", "next", "incident_start", "incident_resolve", "next",
                          "restart", "withdraw", "swap", "next", "next"]
    assert kinds[-1] == "show_end"
    log = controller.read(show_log)
    assert log[2].at == t(19, 7) and log[3].at == t(19, 13)
    state = controller.read(read_show).state
    outcomes = {r.act_id: r.outcome for r in state.runs}
    assert outcomes[acts[2].act_id] == Outcome.WITHDRAWN
    assert all(o == Outcome.DONE for a, o in outcomes.items() if a != acts[2].act_id)
    assert len(outcomes) == len(acts)
    assert state.incidents[0].end - state.incidents[0].start == dt.timedelta(minutes=6)
    check_report(controller, tmp_path, titles)


def check_report(controller, tmp_path, titles):
    """The show report, as PDF and as Excel, tells what happened."""
    import io

    import openpyxl
    import pypdf

    from gala_manager.app.show.report_export import export_show_report

    pdf = export_show_report(controller, tmp_path / "report.pdf")
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(
        pdf.read_bytes())).pages).split())
    assert "Show report" in text
    assert "Run time 1:38:00" in text  # 19:00 to 20:38
    # One word for each length: the programme's, the gala's target, and the difference.
    assert "Planned length 2:30:00" in text and "Programme length" in text
    assert "Against the planned length 52 min shorter than planned" in text
    assert f"{titles[2]} broke down again and is withdrawn" in text
    assert "Power failure First half 19:07:00 19:13:00 6:00 Pause the show" in text
    workbook = openpyxl.load_workbook(export_show_report(controller, tmp_path / "report.xlsx"))
    assert workbook.sheetnames == ["Summary", "Planned and actual", "Incidents",
                                   "Show log"]
    acts = list(workbook["Planned and actual"].iter_rows(min_row=2, values_only=True))
    # Numbers and times are numbers and times: they sort and sum in the sheet.
    numbers = [row[0] for row in acts if row[0] is not None]
    assert all(isinstance(n, int) for n in numbers) and sorted(numbers)[:2] == [1, 2]
    withdrawn = next(row for row in acts if row[1] == titles[2])
    assert withdrawn[8] == "withdrawn" and withdrawn[9] == 1
    swapped = next(row for row in acts if row[1] == titles[4])
    assert swapped[4] > next(row for row in acts if row[1] == titles[5])[4]
    assert sum((row[6] for row in acts if row[6]), dt.timedelta()) > dt.timedelta(hours=1)
    incidents = list(workbook["Incidents"].iter_rows(min_row=2, values_only=True))
    assert incidents[0][1:3] == ("Power failure", "First half")
    assert (incidents[0][3].time(), incidents[0][4].time(), incidents[0][5]) == (
        dt.time(19, 7), dt.time(19, 13), dt.timedelta(minutes=6))


def test_undo_last_console_action_with_ctrl_z(qtbot, console, controller):
    console.clock.set(t(19, 0))
    press(qtbot, console, Qt.Key.Key_F5)
    press(qtbot, console, Qt.Key.Key_Space)
    second = console.stage.title.full_text()
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert console.stage.title.full_text() == second
    assert len(controller.read(show_log)) == 2
    assert "Undone" in console.status_label.full_text()


def test_refused_action_says_so_and_writes_nothing(qtbot, console, controller):
    press(qtbot, console, Qt.Key.Key_Space)
    assert console.status_label.full_text() == "Not possible now."
    assert controller.read(show_log) == []


def test_power_failure_at_threshold_ends_as_postponed(qtbot, console, controller):
    console.clock.set(t(19, 0))
    press(qtbot, console, Qt.Key.Key_F5)
    press(qtbot, console, Qt.Key.Key_P)
    console.clock.advance(minutes=10)
    console.refresh()
    assert "Postpone the gala" in console.incident_panel.decision.full_text()
    assert "postponed" in console.incident_panel.announce.full_text()
    press(qtbot, console, Qt.Key.Key_E)
    state = controller.read(read_show).state
    assert state.end_reason == "postponed"
    assert not state.open_incidents()


def test_injury_escalates_to_hospital_and_note(qtbot, console, controller, monkeypatch):
    monkeypatch.setattr(console, "ask_note", lambda: "扭伤脚踝,已送医")
    console.clock.set(t(19, 0))
    press(qtbot, console, Qt.Key.Key_F5)
    press(qtbot, console, Qt.Key.Key_J)
    assert "medical staff" in console.incident_panel.decision.full_text()
    assert "沈佳宁" in console.incident_panel.contacts.text()
    press(qtbot, console, Qt.Key.Key_X)
    assert "hospital" in console.incident_panel.decision.full_text()
    press(qtbot, console, Qt.Key.Key_T)
    incident = controller.read(read_show).state.incidents[0]
    assert incident.severity == "serious"
    assert incident.notes[0][1] == "扭伤脚踝,已送医"


def test_reopening_a_running_show_offers_to_resume(qtbot, controller, demo_path, tmp_path,
                                                   monkeypatch):
    from gala_manager.core.show.actions import Action, perform
    from gala_manager.core.storage.document import GalaDocument

    asked = []
    monkeypatch.setattr(ConsoleLauncher, "ask_resume",
                        lambda self, run: asked.append(run) or True)
    page = ContingencyPage(controller)
    qtbot.addWidget(page)
    controller.run(perform, action=Action.START, at=t(19, 0))
    controller.run(perform, action=Action.NEXT, at=t(19, 5))
    controller.close_document()
    controller.set_document(GalaDocument.open(demo_path, data_dir=tmp_path / "data"))
    assert len(asked) == 1
    console = console_launcher(controller).console
    assert console is not None and console.isVisible()
    second = controller.read(read_show).acts[1].title
    assert console.stage.title.full_text() == second
    console_launcher(controller).console.close()


def test_other_incident_of_a_kind_the_committee_added(qtbot, console, controller,
                                                      monkeypatch):
    from gala_manager.core.contingency.plans import Contact, PlanData, add_plan

    controller.run(add_plan, data=PlanData(
        kind="恶劣天气", title="雨天预案", steps=("观众移至礼堂",),
        contacts=(Contact("后勤处", "场地", "13000000000"),)))
    offered = []
    monkeypatch.setattr(console, "ask_kind", lambda kinds: offered.append(kinds) or kinds[0])
    console.clock.set(t(19, 0))
    press(qtbot, console, Qt.Key.Key_F5)
    press(qtbot, console, Qt.Key.Key_O)
    assert offered == [["恶劣天气", "other"]]
    assert "恶劣天气" in console.incident_panel.headline.full_text()
    assert "Follow the plan" in console.incident_panel.decision.full_text()
    assert "观众移至礼堂" in console.incident_panel.steps.text()
    assert "13000000000" in console.incident_panel.contacts.text()
    assert controller.read(read_show).state.incidents[0].kind == "恶劣天气"


def test_main_window_opens_the_console_from_any_page_with_f11(qtbot, main_window, monkeypatch):
    clock = ManualClock(dt.datetime(2027, 4, 9, 18, 30))  # three weeks before the gala
    monkeypatch.setattr(ConsoleLauncher, "clock", clock)
    asked = []
    monkeypatch.setattr(ConsoleLauncher, "ask_run",
                        lambda self, parent, default: asked.append(default) or "show")
    main_window.show_page("programme")
    qtbot.keyClick(main_window, Qt.Key.Key_F11)
    console = console_launcher(main_window.controller).console
    assert console is not None and console.isVisible()
    assert asked == ["rehearsal"]  # offered first: it is not the gala's day
    assert console.stage.title.full_text() == "Not started"
    assert console.stage.info.full_text() == "The gala is on Friday, 30 April 2027 at 19:00"
    console.close()
    main_window.show_page("contingency")
    action = main_window.findChild(QAction, "showConsole")
    assert action in main_window.menus.view_menu.actions()
    action.trigger()
    assert console_launcher(main_window.controller).console.isVisible()
    console_launcher(main_window.controller).console.close()


def test_switching_language_rewords_the_open_console_and_its_log(qtbot, console, controller,
                                                                 app_language):
    from gala_manager.app.i18n import install_language

    install_language("en")
    console.clock.set(t(19, 0))
    press(qtbot, console, Qt.Key.Key_F5)
    page = ContingencyPage(controller)
    qtbot.addWidget(page)
    assert console.queue.log_list.item(0).text().endswith("Show started; on stage: "
                                                          + console.stage.title.full_text())
    install_language("zh_CN")
    qtbot.wait(10)  # the language change reaches every window through the event loop
    assert "演出开始；上台：" in console.queue.log_list.item(0).text()
    assert console.buttons["start"].text() == "[F5] 开始"
    assert console.top.run.full_text() == "演出"
    assert page.rules_box.title() == "应急规则"
    assert page.rules_box.apply_button.text() == "应用规则"
