"""`demo` and every export print the whole path of the file they wrote."""

from __future__ import annotations

import pytest

from gala_manager.cli import main


@pytest.fixture
def english_after(qapp):
    yield
    from gala_manager.app.i18n import install_language

    install_language("en")


def test_demo_prints_the_path(tmp_path, capsys, english_after):
    out = tmp_path / "演示晚会.gala"
    assert main(["--lang", "zh_CN", "demo", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"已写入 {out}"


@pytest.mark.parametrize(("target", "name", "extra"), [
    ("runsheet", "流程单.pdf", ["--variant", "full"]), ("contacts", "通讯录.xlsx", []),
    ("roster", "值班表.pdf", []), ("tasks", "任务.ics", []), ("review", "总结.pdf", []),
    ("contingency", "应急方案卡.pdf", []),
    ("show-report", "演出报告.xlsx", ["--allow-empty"]),
    ("supplies", "物资.xlsx", []), ("sponsors", "赞助.pdf", []), ("seating", "座位表.pdf", []),
    ("invitations", "邀请函.pdf", []), ("place-cards", "桌签.pdf", []),
])
def test_every_export_prints_the_path_it_wrote(demo_path, tmp_path, capsys, english_after,
                                               target, name, extra):
    out = tmp_path / name
    assert main(["--lang", "en", "export", target, str(demo_path), "-o", str(out), *extra]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out.splitlines()
    assert out.exists()


def test_the_act_form_prints_its_path_too(tmp_path, capsys, english_after):
    out = tmp_path / "节目报名表.xlsx"
    assert main(["--lang", "en", "export", "act-template", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote {out}"
