"""The Contingency page: plans listed, edited through the widgets, undone, rules applied."""

from PySide6.QtCore import Qt

from gala_manager.core.contingency.plans import get_plan, list_plans
from gala_manager.core.contingency.thresholds import get_rule_settings
from gala_manager.ui.contingency.contingency_page import ContingencyPage
from tests.ui.events import settle
from tests.ui.typing_helpers import type_text


def make_page(qtbot, controller):
    page = ContingencyPage(controller)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_lists_the_demo_plans_and_shows_the_first(qtbot, controller):
    page = make_page(qtbot, controller)
    assert page.model.rowCount() == 4
    assert "节目演出应急方案" in page.model.index(0, 0).data()
    assert page.editor.title_edit.text() == "节目演出应急方案"
    assert page.editor.kind() == "programme"
    assert page.editor.contacts.model.rowCount() == 3


def test_edit_title_and_step_then_undo(qtbot, controller):
    page = make_page(qtbot, controller)
    plan_id = page.model.rows()[2].id
    page.list_view.setCurrentIndex(page.model.index(2, 0))
    assert page.editor.title_edit.text() == "停电应急方案"
    page.editor.title_edit.selectAll()
    type_text(page.editor.title_edit, "停电预案(修订)")
    page.editor.steps_edit.moveCursor(page.editor.steps_edit.textCursor().MoveOperation.End)
    type_text(page.editor.steps_edit, "\n通知后勤处检修")
    assert page.apply_button.isEnabled()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    stored = controller.read(get_plan, plan_id=plan_id).data
    assert stored.title == "停电预案(修订)"
    assert stored.steps[-1] == "通知后勤处检修"
    controller.undo_stack.undo()
    assert controller.read(get_plan, plan_id=plan_id).data.title == "停电应急方案"
    settle()
    assert page.editor.title_edit.text() == "停电应急方案"


def test_switching_plans_keeps_edits(qtbot, controller):
    page = make_page(qtbot, controller)
    first = page.model.rows()[0].id
    page.editor.decides_edit.capacity_edit.selectAll()
    type_text(page.editor.decides_edit.capacity_edit, "总指挥")
    page.list_view.setCurrentIndex(page.model.index(1, 0))
    assert controller.read(get_plan, plan_id=first).data.decides == "总指挥"


def test_empty_title_is_refused_with_a_message_and_kept(qtbot, controller, monkeypatch):
    shown = []
    monkeypatch.setattr(controller, "show_error", lambda exc, parent=None: shown.append(exc))
    page = make_page(qtbot, controller)
    page.editor.title_edit.clear()
    type_text(page.editor.title_edit, " ")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0].field == "title"
    assert controller.read(list_plans)[0].data.title == "节目演出应急方案"
    page.list_view.setCurrentIndex(page.model.index(1, 0))
    assert page.editor.title_edit.text() == " "  # still on the plan being edited


def test_new_plan_with_own_kind_contacts_and_delete_undo(qtbot, controller):
    page = make_page(qtbot, controller)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 5
    page.editor.kind_combo.lineEdit().selectAll()
    type_text(page.editor.kind_combo.lineEdit(), "恶劣天气")
    page.editor.title_edit.selectAll()
    type_text(page.editor.title_edit, "下雨预案")
    qtbot.mouseClick(page.editor.contacts.add_button, Qt.MouseButton.LeftButton)
    model = page.editor.contacts.model
    model.setData(model.index(0, 0), "后勤处")
    model.setData(model.index(0, 2), "13000000000")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    plan = controller.read(list_plans)[-1]
    assert (plan.data.kind, plan.data.title) == ("恶劣天气", "下雨预案")
    assert plan.data.contacts[0].phone == "13000000000"
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(controller.read(list_plans)) == 4
    controller.undo_stack.undo()
    assert controller.read(list_plans)[-1].data.title == "下雨预案"


def test_rules_are_applied_and_undone(qtbot, controller):
    page = make_page(qtbot, controller)
    page.rules_box.spins["first_half_outage_minutes"].setValue(15)
    qtbot.mouseClick(page.rules_box.apply_button, Qt.MouseButton.LeftButton)
    assert controller.read(get_rule_settings).first_half_outage_minutes == 15
    controller.undo_stack.undo()
    assert controller.read(get_rule_settings).first_half_outage_minutes == 10
    settle()
    assert page.rules_box.spins["first_half_outage_minutes"].value() == 10


def test_print_document_escapes_user_text(qtbot, controller):
    page = make_page(qtbot, controller)
    page.editor.title_edit.selectAll()
    type_text(page.editor.title_edit, "<b>粗体</b>")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    settle()
    text = page.file_actions.print_document().toPlainText()
    assert "<b>粗体</b>" in text
    assert "上一个节目演出时" in text


def test_contact_from_the_gala_s_people(qtbot, controller, monkeypatch):
    page = make_page(qtbot, controller)
    page.list_view.setCurrentIndex(page.model.index(3, 0))  # disorder
    monkeypatch.setattr(page.editor, "choose_person",
                        lambda people: next(p for p in people if p.name == "韩若曦"))
    qtbot.mouseClick(page.editor.from_people_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    contact = controller.read(list_plans)[3].data.contacts[-1]
    assert (contact.name, contact.role, contact.phone) == ("韩若曦", "秩序", "15612345620")
    assert contact.person_id is not None  # linked: the Staff page's phone is the card's


def test_who_decides_and_who_acts_come_from_people_and_posts(qtbot, controller):
    page = make_page(qtbot, controller)
    page.list_view.setCurrentIndex(page.model.index(3, 0))  # disorder: 唐昊天 decides
    combo = page.editor.decides_edit.person_combo
    assert "唐昊天" in combo.currentText()
    combo.setCurrentIndex(next(i for i in range(combo.count()) if "曹子墨" in combo.itemText(i)))
    posts = page.editor.acts_edit.posts_list
    stage_left = next(posts.item(i) for i in range(posts.count())
                      if posts.item(i).text().startswith("舞台左侧"))
    stage_left.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    row = controller.read(list_plans)[3]
    assert row.decider.name == "曹子墨" and row.data.decides == "学生会秩序组组长"
    assert row.posts == ("舞台左侧", "观众入口", "观众席")  # in the posts' order
    model = page.editor.contacts.model
    linked = model.index(0, model.column_of("name"))
    assert linked.data() == "唐昊天" and "Staff page" in linked.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(linked) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, model.column_of("role"))) & Qt.ItemFlag.ItemIsEditable
    page.grab().save("/tmp/gala-contingency-page.png")


def test_show_report_without_a_show_asks_first(qtbot, controller, monkeypatch, tmp_path):
    """No show logged: the page says the report holds the plan only and asks; declined,
    nothing is written; accepted, the report's first line says so."""
    import pypdf
    from PySide6.QtWidgets import QMessageBox

    from gala_manager.ui.files import exporting

    page = make_page(qtbot, controller)
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(exporting, "ask_save_path", lambda *a, **k: out)
    asked = []

    def answer(reply):
        def question(_parent, _title, text, *_args, **_kwargs):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.file_actions.export_report()
    assert not out.exists() and "No show has been logged" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.file_actions.export_report()
    first = pypdf.PdfReader(out).pages[0].extract_text()
    assert first.index("No show has been logged") < first.index("Summary")
