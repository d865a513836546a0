"""The acts' tracks on disk: found beside the gala, lengths read, problems for check."""

from gala_manager.core.checks import Severity, run_checks
from gala_manager.core.demo.tracks import silent_mp3
from gala_manager.core.programme.acts import update_act
from gala_manager.core.programme.music import (
    TrackState,
    music_tracks,
    read_length,
    track_path,
)
from gala_manager.core.programme.schedule import running_order


def test_the_demo_tracks_are_read_in_running_order_with_their_lengths(demo_doc):
    tracks = demo_doc.read(music_tracks)
    order = [a.act_id for a in demo_doc.read(running_order) if a.music_file]
    assert [t.act_id for t in tracks] == order
    assert [t.title for t in tracks][:2] == ["开场舞《青春飞扬》", "合唱《我和我的祖国》"]
    first = tracks[0]
    assert first.state is TrackState.OK and round(first.seconds) == 296
    assert first.path == demo_doc.path.parent / "音乐" / "青春飞扬（伴奏）.mp3"
    states = {t.title: t.state for t in tracks}
    assert states["诗朗诵《我与祖国共奋进》"] is TrackState.MISSING


def test_check_reports_the_missing_track_and_the_one_longer_than_its_act(demo_doc):
    found = {(p.code, p.params["title"], p.severity) for p in demo_doc.read(run_checks)
             if p.code.startswith("music_")}
    assert found == {("music_missing", "诗朗诵《我与祖国共奋进》", Severity.ERROR),
                     ("music_longer", "街舞《燃》", Severity.WARNING)}
    longer = next(p for p in demo_doc.read(run_checks) if p.code == "music_longer")
    assert (longer.params["track"], longer.params["act"]) == ("5:32", "5:00")


def test_an_unreadable_file_and_a_fixed_track_change_the_check(demo_doc):
    act = next(t for t in demo_doc.read(music_tracks) if t.state is TrackState.MISSING)
    act.path.write_bytes(b"not audio at all" * 100)
    assert {t.act_id: t.state for t in demo_doc.read(music_tracks)}[act.act_id] \
        is TrackState.UNREADABLE
    codes = {p.code for p in demo_doc.read(run_checks) if p.target == ("act", act.act_id)}
    assert "music_unreadable" in codes
    act.path.write_bytes(silent_mp3(120))
    assert not [p for p in demo_doc.read(run_checks)
                if p.code.startswith("music_") and p.target == ("act", act.act_id)]


def test_windows_and_absolute_names_resolve(demo_doc, tmp_path):
    folder = tmp_path / "gala"
    assert track_path(folder, "音乐\\开场.mp3") == folder / "音乐" / "开场.mp3"
    outside = tmp_path / "别处" / "伴奏.mp3"
    outside.parent.mkdir()
    outside.write_bytes(silent_mp3(30))
    act_id = demo_doc.read(music_tracks)[0].act_id
    demo_doc.run(update_act, act_id=act_id, changes={"music_file": str(outside)})
    first = demo_doc.read(music_tracks)[0]
    assert first.path == outside and first.state is TrackState.OK
    assert round(first.seconds) == 30


def test_a_wav_recorded_on_a_phone_reads_its_length(demo_doc):
    import wave

    missing = next(t for t in demo_doc.read(music_tracks) if t.state is TrackState.MISSING)
    path = missing.path.with_suffix(".wav")
    with wave.open(str(path), "wb") as track:
        track.setnchannels(1)
        track.setsampwidth(2)
        track.setframerate(8000)
        track.writeframes(bytes(2 * 8000 * 95))  # 95 s of silence
    assert read_length(path) == (TrackState.OK, 95.0)
