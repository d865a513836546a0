"""Start time of the frozen app (dist/GalaManager) against the source install, as a user runs them.

Run: python benchmarks/bench_frozen_start.py [--runs N]   (after `make dist`)
Times, from launch, `check` on the demo gala to its exit, and the GUI (offscreen) until it
has the demo gala open (its owner record appears). "Cold" is the first run after the file
cache was dropped when this runs as root and the kernel allows it, else the first run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "GalaManager" / "GalaManager"


def drop_file_cache() -> bool:
    """Empty the kernel's page cache (root only), so the next start reads from disk."""
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def _env(home: Path) -> dict[str, str]:
    return dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen",
                XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))


def time_check(command: list[str], gala: Path, home: Path) -> float:
    start = time.perf_counter()
    subprocess.run([*command, "check", str(gala)], env=_env(home), capture_output=True,
                   check=False, timeout=300)
    return time.perf_counter() - start


def time_gui(command: list[str], gala: Path, home: Path) -> float:
    owner = gala.with_name(gala.name + ".owner")
    start = time.perf_counter()
    proc = subprocess.Popen([*command, str(gala)], env=_env(home), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        while not owner.exists():
            if proc.poll() is not None or time.perf_counter() - start > 300:
                raise RuntimeError("the gala was never opened")
            time.sleep(0.005)
        return time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait()
        owner.unlink(missing_ok=True)


def measure(name: str, command: list[str], gala: Path, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        dropped = drop_file_cache()
        cold_check = time_check(command, gala, Path(tmp) / "c0")
        dropped = drop_file_cache() and dropped
        cold_gui = time_gui(command, gala, Path(tmp) / "g0")
        checks = [time_check(command, gala, Path(tmp) / f"c{i}") for i in range(1, runs + 1)]
        guis = [time_gui(command, gala, Path(tmp) / f"g{i}") for i in range(1, runs + 1)]
    cold = "cold (cache dropped)" if dropped else "first run"
    print(f"{name}: check {cold} {cold_check:.2f} s, median {statistics.median(checks):.2f} s; "
          f"GUI to open gala {cold} {cold_gui:.2f} s, median {statistics.median(guis):.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from gala_manager.core.demo import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        gala = Path(tmp) / "demo.gala"
        write_demo(gala)
        measure("source install", [sys.executable, str(ROOT / "main.py")], gala, args.runs)
        if FROZEN.is_file():
            frozen = Path(tmp) / "GalaManager"
            shutil.copytree(FROZEN.parent, frozen, symlinks=True)
            measure("frozen app", [str(frozen / "GalaManager")], gala, args.runs)
        else:
            print("no dist/GalaManager: run `make dist` to time the frozen app")
    return 0


if __name__ == "__main__":
    sys.exit(main())
