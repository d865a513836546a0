"""One app per user: a second launch, a real second process, hands its file to the first."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from gala_manager.ui.application import follow_request
from gala_manager.ui.shell.single_instance import (
    InstanceServer,
    decode_request,
    encode_request,
    hand_over,
)

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="child uses XDG folders")


def _child_env(data_home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(data_home)}


def _launch(data_home: tuple[Path, Path], cwd: Path, *args: str) -> subprocess.Popen:
    """`gala-manager ARGS` in a child process; the test's event loop must keep running."""
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args],
                            env=_child_env(data_home[0]), cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _end(child: subprocess.Popen) -> None:
    if child.poll() is None:
        child.kill()
    child.wait()


@pytest.fixture
def data_home(tmp_path) -> tuple[Path, Path]:
    """An XDG data home and the app's data folder inside it, as a child process sees it."""
    home = tmp_path / "xdg-data"
    folder = home / "GalaManager" / "Gala Manager"
    folder.mkdir(parents=True)
    return home, folder


@pytest.fixture
def server(main_window, data_home):
    instance = InstanceServer(data_home[1])
    assert instance.claim()
    instance.requested.connect(lambda request: follow_request(main_window, request))
    yield instance
    instance.close()


def test_a_second_launch_hands_its_file_to_the_running_window(
        main_window, server, data_home, demo_template, tmp_path, qtbot):
    second = tmp_path / "第二场晚会.gala"
    shutil.copyfile(demo_template, second)
    # The test's own window is the first app; the child is the real command.
    child = _launch(data_home, tmp_path, str(second))
    try:
        qtbot.waitUntil(lambda: main_window.controller.document.path == second, timeout=60_000)
        assert child.wait(timeout=60) == 0
    finally:
        _end(child)
    assert main_window.windowTitle().startswith("第二场晚会")
    # The first gala was closed properly: its owner record is gone, the second's is ours.
    assert not (tmp_path / "演示晚会.gala.owner").exists()
    assert f'"pid": {os.getpid()}' in (tmp_path / "第二场晚会.gala.owner").read_text("utf-8")


def test_a_second_launch_with_a_relative_path_opens_the_same_file(
        main_window, server, data_home, demo_template, tmp_path, qtbot):
    folder = tmp_path / "聊天记录"
    folder.mkdir()
    shutil.copyfile(demo_template, folder / "转发.gala")
    child = _launch(data_home, folder, "转发.gala")
    try:
        qtbot.waitUntil(lambda: main_window.controller.document.path == folder / "转发.gala",
                        timeout=60_000)
        assert child.wait(timeout=60) == 0
    finally:
        _end(child)


def test_the_file_waits_while_a_dialog_is_open(main_window, demo_template, tmp_path, qtbot):
    other = tmp_path / "另一场.gala"
    shutil.copyfile(demo_template, other)
    first = main_window.controller.document.path
    dialog = QDialog(main_window)
    dialog.open()
    qtbot.waitExposed(dialog)
    follow_request(main_window, {"open": str(other)})
    qtbot.wait(700)
    assert main_window.controller.document.path == first
    dialog.accept()
    qtbot.waitUntil(lambda: main_window.controller.document.path == other, timeout=5000)


def test_a_launch_without_a_file_keeps_the_open_gala(main_window, qtbot):
    first = main_window.controller.document.path
    main_window.showMinimized()
    follow_request(main_window, decode_request(encode_request(None)))
    assert not main_window.isMinimized()
    assert main_window.controller.document.path == first


def test_only_one_process_holds_the_lock(data_home):
    first = InstanceServer(data_home[1])
    second = InstanceServer(data_home[1])
    try:
        assert first.claim()
        assert not second.claim()
    finally:
        first.close()
    assert second.claim()
    second.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_crashed_first_app_does_not_block_the_next_one(data_home, qapp):
    script = ("import sys, time\n"
              "from PySide6.QtCore import QCoreApplication\n"
              "from gala_manager.ui.shell.single_instance import InstanceServer\n"
              "app = QCoreApplication([])\n"
              f"server = InstanceServer({str(data_home[1])!r})\n"
              "print(server.claim(), flush=True)\n"
              "time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                             text=True, env=_child_env(data_home[0]))
    try:
        assert child.stdout.readline().strip() == "True"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    # The lock and the socket file are left behind by the killed app.
    assert (data_home[1] / "instance.lock").exists()
    server = InstanceServer(data_home[1])
    assert server.claim()
    server.close()


def test_a_first_app_that_does_not_answer_lets_the_second_open_itself(data_home, qapp):
    # This thread blocks in hand_over, so the server it talks to can never answer.
    silent = InstanceServer(data_home[1])
    assert silent.claim()
    try:
        assert not hand_over(data_home[1], encode_request(Path("x.gala")), timeout_ms=1500)
    finally:
        silent.close()
    assert not hand_over(data_home[1], encode_request(None), timeout_ms=500)


def test_requests_carry_absolute_paths_and_survive_garbage(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    request = decode_request(encode_request(Path("晚会.gala"), demo=False))
    assert request == {"open": str(tmp_path / "晚会.gala")}
    assert decode_request(encode_request(None, demo=True)) == {"demo": True}
    assert decode_request(b"\xff\xfe not json") == {}
    assert decode_request(b"[1, 2]") == {}
