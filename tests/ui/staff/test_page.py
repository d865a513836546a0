"""The Staff page driven like a user: filter people, edit with undo, put people on duty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialogButtonBox

from gala_manager.core.staff.directory import list_staff_people
from gala_manager.core.staff.duties import read_roster
from gala_manager.ui import theme
from gala_manager.ui.staff.people_model import PERSON_MIME
from gala_manager.ui.staff.roster_model import CLASH, ConflictRole
from gala_manager.ui.staff.staff_page import StaffPage
from gala_manager.ui.table_model import ids_mime
from gala_manager.ui.theme import Tone
from tests.ui.events import settle


@pytest.fixture
def page(qtbot, controller):
    page = StaffPage(controller)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _person(controller, name):
    return next(p for p in controller.read(list_staff_people) if p.name == name)


def _cell_text(page, post, shift):
    settle()
    roster = page.roster_tab.model.roster
    post_id = next(p.id for p in roster.posts if p.name == post)
    shift_id = next(s.id for s in roster.shifts if s.name == shift)
    return page.roster_tab.model.index_of(post_id, shift_id)


def _problem_texts(page):
    settle()
    model = page.roster_tab.problems_model
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_search_and_filters(qtbot, page):
    tab = page.people_tab
    total = tab.proxy.rowCount()
    assert total == 28
    qtbot.keyClicks(tab.search_edit, "1381234")
    names = {tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())}
    assert names == {"陈思远", "李卓然"}
    tab.search_edit.clear()
    tab.department_filter.setCurrentIndex(tab.department_filter.findText("学生会"))
    assert tab.proxy.rowCount() == 5
    tab.department_filter.setCurrentIndex(0)
    tab.role_filter.setCurrentIndex(tab.role_filter.findText("Host"))
    names = {tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())}
    assert names == {"林雨婷", "王浩然", "赵欣怡", "孙嘉豪"}


def test_add_person_by_dialog_and_undo(qtbot, page, controller):
    tab = page.people_tab
    dialog = tab.add_person()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    assert dialog.isVisible() and dialog.error_label.isVisible()  # name missing: kept open
    dialog.name_edit.setText("新来的")  # QTest cannot type CJK characters
    qtbot.keyClicks(dialog.phone_edit, "13900001111")
    dialog.role_boxes[next(iter(dialog.role_boxes))].setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    assert _person(controller, "新来的").phone == "13900001111"
    assert tab.proxy.rowCount() == 29
    controller.undo_stack.undo()
    settle()
    assert tab.proxy.rowCount() == 28
    controller.undo_stack.redo()
    settle()
    assert _person(controller, "新来的").phone == "13900001111"


def test_remove_person_in_use_says_why(qtbot, page, controller, monkeypatch):
    shown = []
    monkeypatch.setattr("gala_manager.ui.staff.people_tab.QMessageBox.information",
                        lambda parent, title, text: shown.append(text))
    tab = page.people_tab
    tab.select_person(_person(controller, "罗明轩").id)
    assert tab.remove_selected() is False
    assert "音控台" in shown[0] and "on post" in shown[0]
    tab.select_person(_person(controller, "曾婉清").id)
    assert tab.remove_selected() is True
    assert all(p.name != "曾婉清" for p in controller.read(list_staff_people))
    controller.undo_stack.undo()
    settle()
    assert _person(controller, "曾婉清")


def test_assign_by_dialog_shows_the_conflict(qtbot, page, controller):
    tab = page.roster_tab
    page.tabs.setCurrentWidget(tab)
    cell = _cell_text(page, "舞台右侧", "晚会演出")
    tab.grid.setCurrentIndex(cell)
    dialog = tab.open_assign_dialog()
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findText("罗明轩",
                                                                     Qt.MatchFlag.MatchStartsWith))
    assert dialog.post_combo.currentText() == "舞台右侧"  # preset from the selected cell
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    cell = _cell_text(page, "舞台右侧", "晚会演出")
    assert "罗明轩" in cell.data()
    assert cell.data(ConflictRole) is True
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == theme.colour(CLASH)
    assert _cell_text(page, "音控台", "晚会演出").data(ConflictRole) is True
    assert any("罗明轩" in t and "two posts at once" in t for t in _problem_texts(page))
    controller.undo_stack.undo()
    settle()
    assert _cell_text(page, "舞台右侧", "晚会演出").data(ConflictRole) is False
    assert not any("罗明轩" in t for t in _problem_texts(page))


def test_drop_person_on_a_cell(qtbot, page, controller):
    tab = page.roster_tab
    page.tabs.setCurrentWidget(tab)
    person = _person(controller, "曾婉清")
    cell = _cell_text(page, "急救点", "散场清场")  # not staffed yet
    assert cell.data() == ""
    mime = tab.people_view.model().mimeData(
        [tab.people_proxy.mapFromSource(tab.people_model.index(
            tab.people_model.row_of(person.id), 0))])
    assert tab.model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, cell)
    tab.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, cell)
    cell = _cell_text(page, "急救点", "散场清场")
    assert cell.data().splitlines() == ["曾婉清", "1/1"]
    # The same person onto an overlapping cell: a clash on both.
    tab.model.dropMimeData(ids_mime(PERSON_MIME, [person.id]), Qt.DropAction.CopyAction,
                           -1, -1, _cell_text(page, "观众席", "散场清场"))
    assert _cell_text(page, "急救点", "散场清场").data(ConflictRole)
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    settle()
    assert _cell_text(page, "急救点", "散场清场").data() == ""
    assert all(d.people for d in controller.read(read_roster).duties)  # no empty duty left
    assert not tab.model.canDropMimeData(ids_mime(PERSON_MIME, []), Qt.DropAction.CopyAction,
                                         -1, -1, QModelIndex())


def test_hosts_tab_choose_and_mix(qtbot, page, controller):
    tab = page.hosts_tab
    page.tabs.setCurrentWidget(tab)
    assert "Chosen 4 of 4" in tab.summary_label.text()
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.row_at(r).name == "周梦琪")
    tab.view.selectRow(row)
    tab.status_buttons[next(s for s in tab.status_buttons if s.value == "chosen")].click()
    settle()
    assert "Chosen 5 of 4" in tab.summary_label.text()
    assert tab.summary_label.palette().color(QPalette.ColorRole.WindowText) == \
        theme.colour(Tone.ERROR)
    controller.undo_stack.undo()
    settle()
    assert "Chosen 4 of 4" in tab.summary_label.text()


def test_give_host_links_to_a_chosen_host(qtbot, page, controller):
    from gala_manager.core.staff.programme_links import list_host_links

    links = page.hosts_tab.links
    page.tabs.setCurrentWidget(page.hosts_tab)
    combo_names = [links.host_combo.itemText(i) for i in range(links.host_combo.count())]
    assert combo_names[:4] == ["林雨婷", "王浩然", "赵欣怡", "孙嘉豪"]  # candidates not offered
    assert "周梦琪" not in combo_names
    row = next(r for r in range(links.model.rowCount())
               if "领导致辞" in links.model.index(r, links.model.column_of("act")).data())
    links.view.selectRow(row)
    links.host_combo.setCurrentIndex(links.host_combo.findText("赵欣怡"))
    links.assign_button.click()
    settle()
    host = {x.title: x.host_name for x in controller.read(list_host_links)}
    assert host["领导致辞"] == "赵欣怡"
    assert links.model.index(row, links.model.column_of("host")).data() == "赵欣怡"
    controller.undo_stack.undo()
    settle()
    assert {x.title: x.host_name for x in controller.read(list_host_links)}["领导致辞"] == "王浩然"


def test_problem_in_overview_leads_to_the_cell(qtbot, main_window):
    from gala_manager.core.staff.checks import check_staff

    controller = main_window.controller
    short = next(p for p in controller.read(check_staff) if p.code == "post_short")
    controller.navigate(short.target)
    page = main_window.current_page()
    assert page.key == "staff" and page.tabs.currentWidget() is page.roster_tab
    cell = page.roster_tab.grid.currentIndex()
    assert "李卓然" in cell.data() and cell.data().endswith("3/4")
    person = next(p for p in controller.read(list_staff_people) if p.name == "曾婉清")
    controller.navigate(("person", person.id))
    assert page.people_tab.selected().name == "曾婉清"


def test_dialogs_keep_input_on_a_taken_name(qtbot, page, controller):
    tab = page.roster_tab
    dialog = tab.add_post()
    dialog.name_edit.setText("音控台")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    assert dialog.isVisible() and "already" in dialog.error_label.text()
    dialog.name_edit.setText("候场区")
    dialog.place_edit.setText("舞台后方")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    assert "候场区" in [p.name for p in controller.read(read_roster).posts]
    assert tab.model.rowCount() == 9
    controller.undo_stack.undo()
    settle()
    assert tab.model.rowCount() == 8
    departments = page.departments_tab
    departments.view.selectRow(0)
    dialog = departments.edit_selected()
    dialog.name_edit.setText("外联部")
    dialog.colour_edit.setText("red")
    dialog.accept()
    settle()
    assert dialog.isVisible() and dialog.error_label.text()


def test_empty_gala_page_and_exports(qtbot, tmp_path):
    from gala_manager.app.staff.exports import export_contacts, export_roster
    from gala_manager.core.gala.facts import GalaFacts, set_gala_facts
    from gala_manager.core.storage.document import GalaDocument
    from gala_manager.ui.controller import GalaController

    ctrl = GalaController()
    doc = GalaDocument.create(tmp_path / "空.gala")
    doc.run(set_gala_facts, facts=GalaFacts(name="空晚会"))
    ctrl.set_document(doc)
    try:
        page = StaffPage(ctrl)
        qtbot.addWidget(page)
        page.show()
        assert page.people_tab.proxy.rowCount() == 0
        assert page.roster_tab.model.rowCount() == 0
        assert "Chosen 0 of 4" in page.hosts_tab.summary_label.text()
        assert export_contacts(ctrl, tmp_path / "c.pdf").stat().st_size > 0
        assert export_roster(ctrl, tmp_path / "r.xlsx").exists()
    finally:
        ctrl.close_document()


def test_drag_events_on_the_grid_assign(qtbot, page, controller):
    from tests.ui.drag_helpers import send_drag

    tab = page.roster_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitExposed(tab.grid)
    person = _person(controller, "彭博文")
    cell = _cell_text(page, "化妆间", "晚会演出")
    # The drag starts where a user starts it: from the people list.
    source = tab.people_proxy.mapFromSource(tab.people_model.index(
        tab.people_model.row_of(person.id), 0))
    mime = tab.people_proxy.mimeData([source])
    pos = tab.grid.visualRect(cell).center()
    send_drag(tab.grid.viewport(), pos, Qt.DropAction.CopyAction, mime)
    settle()
    assert _cell_text(page, "化妆间", "晚会演出").data().splitlines()[0] == "彭博文"
    assert controller.undo_stack.undoText() == "Put 彭博文 on duty"
