"""The Tasks area words its problems and phases in Chinese, for the GUI and the CLI."""

from gala_manager.app.tasks.wording import describe_task_error, phase_label
from gala_manager.app.wording import describe_problem
from gala_manager.core.checks import Problem
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import Phase
from gala_manager.core.operations import Area


def test_problems_and_phases_in_chinese(app_language):
    import gala_manager.app.wordings as wordings

    wordings.load_all()
    late = Problem(Area.TASKS, "task_overdue", params={"title": "准备邀请函", "due": "2027-04-16",
                                                    "days": 4}, target=("task", 1))
    assert describe_problem(late) == "任务“准备邀请函”已逾期 4 天（截止 2027-04-16）。"
    nobody = Problem(Area.TASKS, "task_no_owner", params={"title": "清理会场"})
    assert describe_problem(nobody) == "任务“清理会场”没有负责人。"
    assert [phase_label(p) for p in Phase] == [
        "会前工作", "策划及准备期", "协调及进展期", "倒计时期", "晚会当天", "后期工作"]
    assert describe_task_error(ValidationError("title", "required", "")) == "任务需要填写标题。"


def test_english_plural(qapp):
    from gala_manager.app.i18n import install_language

    install_language("en")
    late = Problem(Area.TASKS, "task_overdue", params={"title": "Posters", "due": "2027-04-16",
                                                    "days": 1})
    assert describe_problem(late) == (
        "Task \u201cPosters\u201d is overdue by 1 day (due 2027-04-16).")
