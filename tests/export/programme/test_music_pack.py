"""The music pack: tracks renamed in running order, an .m3u8 playlist, a printed list."""

import pytest

from gala_manager.core import errors
from gala_manager.core.programme.acts import update_act
from gala_manager.core.programme.music import music_tracks
from gala_manager.core.storage.document import GalaDocument
from gala_manager.export.kit.pdf import PageHeader, PageLabels
from gala_manager.export.programme.music_pack import MusicPackLabels, write_music_pack
from tests.export.pdf_helpers import page_texts

LABELS = MusicPackLabels(
    playlist="播放列表", list_file="曲目单", title="TRACK-LIST",
    columns={k: k.upper() for k in ("number", "title", "file", "track", "act", "note")},
    missing="MISSING", unreadable="UNREADABLE", longer="LONGER {over}")


@pytest.fixture
def demo_doc(demo_path):
    doc = GalaDocument.open(demo_path)
    yield doc
    doc.close()


def pack(doc, folder):
    return write_music_pack(doc.read(music_tracks), folder, header=PageHeader("演示晚会"),
                            page_labels=PageLabels(), labels=LABELS)


def test_the_demo_pack_lists_its_tracks_in_running_order(demo_doc, tmp_path):
    folder = tmp_path / "音乐包"
    packed = pack(demo_doc, folder)
    names = ["01 开场舞《青春飞扬》.mp3", "03 合唱《我和我的祖国》.mp3", "05 舞蹈《茉莉花》.mp3",
             "14 街舞《燃》.mp3", "15 大合唱《明天会更好》.mp3"]
    assert [p.name for p in packed if p.name] == names
    assert sorted(f.name for f in folder.iterdir()) == sorted([*names, "播放列表.m3u8",
                                                               "曲目单.pdf"])
    assert (folder / names[0]).read_bytes() == packed[0].track.path.read_bytes()
    playlist = (folder / "播放列表.m3u8").read_text(encoding="utf-8").splitlines()
    assert playlist[:3] == ["#EXTM3U", "#EXTINF:296,开场舞《青春飞扬》", names[0]]
    assert playlist[2::2] == names
    text = " ".join(page_texts((folder / "曲目单.pdf").read_bytes()))
    assert "TRACK-LIST" in text and "MISSING" in text and "LONGER 0:32" in text
    assert text.index("01 开场舞") < text.index("诗朗诵") < text.index("14 街舞")
    assert not list(tmp_path.glob(".音乐包.*"))  # no building folder left


def test_names_are_safe_on_any_disk_and_a_full_folder_is_refused(demo_doc, tmp_path):
    first = demo_doc.read(music_tracks)[0]
    demo_doc.run(update_act, act_id=first.act_id, changes={"title": 'A/B: "C"? <D>.'})
    packed = pack(demo_doc, tmp_path / "pack")
    assert packed[0].name == "01 A_B_ _C__ _D_.mp3"
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "别的.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(errors.FileExistsAlreadyError):
        pack(demo_doc, kept)
    assert [f.name for f in kept.iterdir()] == ["别的.txt"]
