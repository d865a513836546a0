"""File ▸ Music pack for the sound desk…: a folder beside the one chosen, missing tracks said."""

from PySide6.QtWidgets import QFileDialog

from gala_manager.ui.programme import programme_files
from tests.ui.programme_helpers import open_page


def test_the_music_pack_is_written_opened_and_the_missing_track_said(
        qtbot, controller, app_language, tmp_path, monkeypatch, warnings_shown):
    page = open_page(qtbot, controller)
    opened = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(programme_files.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    action = page.actions.files.music_action
    assert action in page.menu_actions()["file"] and action.text() == "导出音乐包（给音控台）…"
    action.trigger()
    folder = tmp_path / "创业协会“迎五一”文艺晚会 音乐包"
    assert opened == [str(folder)]
    assert (folder / "01 开场舞《青春飞扬》.mp3").is_file()
    assert (folder / "播放列表.m3u8").is_file() and (folder / "曲目单.pdf").is_file()
    assert len(warnings_shown) == 1
    assert "09 诗朗诵《我与祖国共奋进》：音乐/朗诵配乐-钢琴.mp3 无法放入" in warnings_shown[0]
    action.trigger()  # the folder exists now: said, nothing overwritten
    assert len(warnings_shown) == 2 and len(opened) == 1
