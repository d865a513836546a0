"""Install (or remove) Gala Manager's menu entry, icon and .gala file type for this Linux user.

`make install-desktop` runs it: the entry starts the frozen app (dist/GalaManager) when it
has been built, else the checkout's .venv; `--exec PATH` names another executable.
Everything goes under $XDG_DATA_HOME (~/.local/share): applications/, mime/packages/,
icons/hicolor/; then the desktop's caches are refreshed and Gala Manager becomes the
default application for .gala files ($XDG_CONFIG_HOME/mimeapps.list).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons"
DESKTOP_ID = "gala-manager.desktop"
MIME_TYPE = "application/x-gala"
MIME_ICON = MIME_TYPE.replace("/", "-")


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def config_home() -> Path:
    """$XDG_CONFIG_HOME, or ~/.config."""
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def default_executable() -> Path | None:
    """The frozen app if built, else the checkout's virtual environment's command."""
    for candidate in (ROOT / "dist" / "GalaManager" / "GalaManager",
                      ROOT / ".venv" / "bin" / "gala-manager"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def installed_files(home: Path) -> list[tuple[Path, Path | None]]:
    """(target, source) of every file installed; source None for the generated entry."""
    files: list[tuple[Path, Path | None]] = [
        (home / "applications" / DESKTOP_ID, None),
        (home / "mime" / "packages" / "gala-manager.xml", LINUX / "gala-manager.xml"),
    ]
    hicolor = home / "icons" / "hicolor"
    for png in sorted((ICONS / "png").glob("gala-manager-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        for kind, name in (("apps", "gala-manager"), ("mimetypes", MIME_ICON)):
            files.append((hicolor / f"{size}x{size}" / kind / f"{name}.png", png))
    for kind, name in (("apps", "gala-manager"), ("mimetypes", MIME_ICON)):
        files.append((hicolor / "scalable" / kind / f"{name}.svg", ICONS / "gala-manager.svg"))
    return files


def desktop_entry(executable: Path) -> str:
    """The .desktop entry starting `executable`, quoted as the specification asks."""
    text = (LINUX / DESKTOP_ID).read_text(encoding="utf-8")
    quoted = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in str(executable)) + '"'
    return text.replace("@EXEC_QUOTED@", quoted).replace("@EXEC@", str(executable))


def install(executable: Path, home: Path) -> None:
    for target, source in installed_files(home):
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(executable), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
    refresh(home)
    _run("xdg-mime", "default", DESKTOP_ID, MIME_TYPE)
    print(f"Installed Gala Manager ({executable}) for .gala files in {home}")


def uninstall(home: Path) -> None:
    for target, _source in installed_files(home):
        target.unlink(missing_ok=True)
    forget_default(config_home() / "mimeapps.list")
    refresh(home)
    print(f"Removed Gala Manager's entry and file type from {home}")


def forget_default(mimeapps: Path) -> None:
    """Drop Gala Manager from the .gala lines of a mimeapps.list, keeping everything else."""
    try:
        lines = mimeapps.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return
    kept = []
    for line in lines:
        key, sep, value = line.partition("=")
        if sep and key.strip() == MIME_TYPE:
            others = [app for app in value.strip().split(";") if app and app != DESKTOP_ID]
            if not others:
                continue
            line = f"{key}={';'.join(others)};"
        kept.append(line)
    if kept != lines:
        mimeapps.write_text("\n".join(kept) + "\n", encoding="utf-8")


def refresh(home: Path) -> None:
    """Rebuild the caches the desktop reads (each tool only where installed)."""
    (home / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    _run("update-mime-database", str(home / "mime"))
    _run("update-desktop-database", str(home / "applications"))
    if (home / "icons" / "hicolor" / "index.theme").exists():
        _run("gtk-update-icon-cache", "-f", "-t", str(home / "icons" / "hicolor"))


def _run(*command: str) -> None:
    if shutil.which(command[0]) is None:
        print(f"({command[0]} is not installed: skipped)")
        return
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        print(f"{command[0]} failed: {result.stderr.strip()}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exec", type=Path, dest="executable",
                        help="the program the entry starts (default: dist/ or .venv/)")
    parser.add_argument("--uninstall", action="store_true", help="remove what was installed")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        parser.error("this installs a freedesktop.org entry: Linux only")
    home = data_home()
    if args.uninstall:
        uninstall(home)
        return 0
    executable = args.executable or default_executable()
    if executable is None:
        parser.error("no Gala Manager to start: run `make dist` or `make run` first, "
                     "or name one with --exec")
    install(Path(executable).absolute(), home)
    return 0


if __name__ == "__main__":
    sys.exit(main())
