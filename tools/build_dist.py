"""Build the one-folder app dist/GalaManager/ with PyInstaller, on Linux, macOS or Windows.

`make dist` runs it; on Windows: `.venv\\Scripts\\python tools\\build_dist.py`. The recipe is
packaging/GalaManager.spec; this only runs it with fixed folders and prints the size.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "GalaManager.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def folder_size(folder: Path) -> int:
    """Bytes of every file under `folder` (what the unpacked app takes on disk, roughly)."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()
               and not path.is_symlink())


def main() -> int:
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print("PyInstaller is missing: pip install -e \".[dev]\"", file=sys.stderr)
        return 2
    started = time.monotonic()
    shutil.rmtree(DIST / "GalaManager", ignore_errors=True)
    pyinstaller.run(["--noconfirm", "--clean", "--log-level", "WARN",
                     "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)])
    folder = DIST / "GalaManager"
    print(f"{folder}: {folder_size(folder) / 1_000_000:.1f} MB, "
          f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
