"""`make install-desktop`: the menu entry, the icons and the .gala type in the user's folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop.org")


def _tool(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run([sys.executable, str(ROOT / "tools" / "install_desktop.py"), *args],
                          env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def installed(tmp_path) -> Path:
    executable = tmp_path / "晚会 管家" / "GalaManager"
    result = _tool(tmp_path, "--exec", str(executable))
    assert result.returncode == 0, result.stderr
    return tmp_path / "data"


def test_the_entry_starts_the_named_program_on_the_file(installed, tmp_path):
    entry = (installed / "applications" / "gala-manager.desktop").read_text(encoding="utf-8")
    assert f'Exec="{tmp_path}/晚会 管家/GalaManager" %f' in entry
    assert "MimeType=application/x-gala;" in entry
    assert "Name[zh_CN]=晚会管家" in entry
    assert "Icon=gala-manager" in entry


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is not installed")
def test_the_entry_is_valid(installed):
    result = subprocess.run(["desktop-file-validate",
                             str(installed / "applications" / "gala-manager.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_in_every_size_for_the_app_and_the_file_type(installed):
    hicolor = installed / "icons" / "hicolor"
    for size in (16, 32, 48, 256):
        assert (hicolor / f"{size}x{size}" / "apps" / "gala-manager.png").is_file()
        assert (hicolor / f"{size}x{size}" / "mimetypes" / "application-x-gala.png").is_file()
    assert (hicolor / "scalable" / "apps" / "gala-manager.svg").is_file()


def test_the_desktop_knows_a_gala_file_by_its_name(installed, tmp_path, demo_template):
    gala = tmp_path / "迎五一晚会.gala"
    shutil.copyfile(demo_template, gala)
    # QMimeDatabase reads the user's shared-mime-info folder, as file managers do.
    script = ("import sys\nfrom PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
              "app = QCoreApplication([])\n"
              "kind = QMimeDatabase().mimeTypeForFile(sys.argv[1])\n"
              "print(kind.name(), kind.iconName())\n")
    result = subprocess.run([sys.executable, "-c", script, str(gala)], capture_output=True,
                            text=True, timeout=60,
                            env={**os.environ, "XDG_DATA_HOME": str(installed)})
    assert result.stdout.split() == ["application/x-gala", "gala-manager"]


def test_uninstall_removes_what_install_put_there(installed, tmp_path):
    result = _tool(tmp_path, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not (installed / "applications" / "gala-manager.desktop").exists()
    assert not (installed / "mime" / "packages" / "gala-manager.xml").exists()
    assert list((installed / "icons").rglob("*.png")) == []


def test_uninstall_gives_back_the_default_for_gala_files(installed, tmp_path):
    # What `xdg-mime default` wrote at install, beside another program's defaults.
    mimeapps = tmp_path / "config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True, exist_ok=True)
    mimeapps.write_text("[Default Applications]\ntext/plain=gedit.desktop\n"
                        "application/x-gala=gala-manager.desktop\n"
                        "[Added Associations]\n"
                        "application/x-gala=gala-manager.desktop;old.desktop;\n",
                        encoding="utf-8")
    assert _tool(tmp_path, "--uninstall").returncode == 0
    assert mimeapps.read_text(encoding="utf-8").splitlines() == [
        "[Default Applications]", "text/plain=gedit.desktop",
        "[Added Associations]", "application/x-gala=old.desktop;"]
