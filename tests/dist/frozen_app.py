"""Run the frozen dist/GalaManager as a user would: copied elsewhere, the checkout out of reach."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = Path(os.environ.get("GALA_DIST") or ROOT / "dist" / "GalaManager")
EXECUTABLE = "GalaManager.exe" if sys.platform == "win32" else "GalaManager"
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts")
TIMEOUT = 180


@functools.cache
def namespace_prefix() -> tuple[str, ...] | None:
    """`unshare` arguments giving a child its own mount table (root, or a user namespace)."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return None
    for prefix in (("unshare", "-m"), ("unshare", "-rm")):
        try:
            probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            continue
        if probe.returncode == 0:
            return prefix
    return None


class FrozenApp:
    """A copy of the frozen app in `home`, with its own HOME, settings and data folders."""

    def __init__(self, folder: Path, home: Path) -> None:
        self.folder = folder
        self.home = home
        self.executable = folder / EXECUTABLE
        self.empty = home / "empty"
        self.empty.mkdir(exist_ok=True)
        venv_bin = str(Path(sys.executable).parent)
        self.env = {key: value for key, value in os.environ.items()
                    if not key.startswith(("PYTHON", "VIRTUAL_ENV", "GALA_"))}
        self.env["PATH"] = os.pathsep.join(
            part for part in os.environ.get("PATH", "").split(os.pathsep)
            if part and part != venv_bin and not part.startswith(str(ROOT)))
        self.env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen",
                        XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                        XDG_CACHE_HOME=str(home / "cache"))

    def command(self, *args: str, hide: tuple[str, ...] = ()) -> list[str]:
        """The command line running the app with the checkout (and `hide`) mounted empty."""
        prefix = namespace_prefix()
        if prefix is None:
            return [str(self.executable), *args]
        mounts = " && ".join(f"mount --bind '{self.empty}' '{folder}'"
                             for folder in (str(ROOT), *hide) if Path(folder).is_dir())
        return [*prefix, "sh", "-c", f'{mounts} && exec "$@"', "sh", str(self.executable), *args]

    def run(self, *args: str, hide: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
        """Run one subcommand to its end."""
        return subprocess.run(self.command(*args, hide=hide), cwd=self.home, env=self.env,
                              capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=TIMEOUT)

    def start(self, *args: str) -> subprocess.Popen:
        """Start the GUI (offscreen) and leave it running."""
        return subprocess.Popen(self.command(*args), cwd=self.home, env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                encoding="utf-8", errors="replace")


def folder_size(folder: Path) -> int:
    """Bytes of the files under `folder`, links not counted twice."""
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def stop(process: subprocess.Popen) -> str:
    """End a GUI started with `FrozenApp.start`; returns what it wrote on stderr."""
    if process.poll() is None:
        process.terminate()
    try:
        _out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    return err
