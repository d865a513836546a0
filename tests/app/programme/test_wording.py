"""Every programme problem and input error has words, in English and in Chinese."""

import pytest

from gala_manager.app.programme.wording import (
    describe_programme_error,
    kind_label,
    section_label,
)
from gala_manager.app.wording import describe_problem
from gala_manager.core.checks import Problem
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import ActKind
from gala_manager.core.operations import Area

PARAMS = {"title": "小品", "performer": "张伟", "first": "A", "second": "B", "status": "submitted",
          "minutes": 200, "min": 120, "max": 180, "fixed": "21:00", "needed": 5, "available": 4,
          "kind": "handheld", "seconds": 12}
CODES = ["performer_back_to_back", "act_not_selected", "act_withdrawn", "act_without_contact",
         "running_total_under", "running_total_over", "fixed_start_overlap",
         "host_link_without_host", "mics_back_to_back", "mics_exceed", "act_too_short",
         "act_too_long"]


@pytest.mark.parametrize("code", CODES)
def test_every_problem_code_is_worded(qapp, code):
    text = describe_problem(Problem(Area.PROGRAMME, code, params=PARAMS, target=("act", 1)))
    assert "programme:" not in text and "{" not in text


def test_chinese_words(app_language):
    problem = Problem(Area.PROGRAMME, "running_total_over", params=PARAMS, target=("programme",))
    assert describe_problem(problem) == "节目总时长 200 分钟，超过计划的 120–180 分钟。"
    short = Problem(Area.PROGRAMME, "act_too_short", params=PARAMS, target=("act", 1))
    assert describe_problem(short) == \
        "“小品”只有 0:12；是否本应是 12 分钟（在 Ontime 中 00:12 表示 12 分钟）？"
    assert kind_label(ActKind.CROSSTALK) == "相声"
    assert section_label(None, "") == ""
    from gala_manager.core.models import SectionKind

    assert section_label(SectionKind.SECOND_HALF, "") == "下半场"
    error = describe_programme_error(ValidationError("duration", "duration_format", "一会儿"))
    assert "一会儿" in error and "3分30秒" in error and "时长" in error
