"""Cold starts and memory, each in a fresh interpreter, against bare baselines (not a test).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--runs N] [--cpu]

Rows: the window shown (drawn, as `run_gui` draws it, before the storage layer
loads and the gala opens into it) and the demo gala's first page shown, both
against a bare QApplication + QMainWindow; the Programme page shown on the big
gala against the same on the demo, reopened there (the window opens on the page a
gala was left on) and through the Overview of a first start; `gala-manager check`
on the demo against importing sqlalchemy.orm; and the peak memory with every page
visited on the big gala against a bare Qt window. Each start is a new process, as a user would
see it (bytecode already written: one start is run first to write it; one row
starts without it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_gala import report, write_big_gala  # noqa: E402

# Each child prints "shown WALL CPU PEAK_KIB" once its window is painted (the gala
# children print "window ..." first, when the window is drawn and the gala not yet open).
_DONE = """
import os, resource, time
def done(what="shown"):
    app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(what, time.time() - float(os.environ["BENCH_T0"]), time.process_time(), peak,
          flush=True)
"""

BARE = _DONE + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
done()
"""

GALA = _DONE + """
import sys
from pathlib import Path
from gala_manager.ui.application import create_application
app = create_application()
from gala_manager.app.i18n import install_language
from gala_manager.app.pdf_font import apply_stored_font
from gala_manager.ui.shell.main_window import PAGE_KEY, MainWindow
from PySide6.QtCore import QSettings
reopen = sys.argv[3:4] == ["reopen"]
# "reopen KEY": the page the gala was left on (the window opens there); else the
# Overview of a first start, then the pages named (or "all") in turn.
QSettings().setValue(PAGE_KEY, sys.argv[4] if reopen else "gala")
install_language("zh_CN")
apply_stored_font()
window = MainWindow(data_dir=Path(sys.argv[2]))
window.resize(1280, 800)
window.show()
window.show_opening(Path(sys.argv[1]))  # as run_gui: the window first, then the gala
done("window")
window.open_path(Path(sys.argv[1]))
from gala_manager.ui.areas import page_classes
keys = ([] if reopen else [cls.key for cls in page_classes()] if sys.argv[3:] == ["all"]
        else sys.argv[3:])
for key in keys:
    window.show_page(key)
    app.processEvents()
assert reopen is False or window.current_page().key == sys.argv[4]
done()
window.close_gala()
"""

CHECK = _DONE + """
import sys
from gala_manager.cli import main
app = type("NoApp", (), {"processEvents": staticmethod(lambda: None)})
main(["check", sys.argv[1]])
done()
"""

IMPORT_ORM = _DONE + """
import sqlalchemy.orm
app = type("NoApp", (), {"processEvents": staticmethod(lambda: None)})
done()
"""

# What any `check` must load before it reads a row: the ORM, the models and QtCore (the
# wording of its report).
IMPORT_MODELS = IMPORT_ORM.replace("import sqlalchemy.orm",
                                   "import sqlalchemy.orm, gala_manager.core.models\n"
                                   "import PySide6.QtCore")

# ... and what any read of a gala through the ORM adds before the checks' own work: the
# SQLite dialect and engine, the mappers configured, one statement run.
READ_THROUGH_ORM = IMPORT_MODELS.replace("app = type", """import sys
from pathlib import Path
from sqlalchemy import select
from sqlalchemy.orm import Session, configure_mappers
from gala_manager.core.models import Act
from gala_manager.core.storage.engine import make_engine
engine = make_engine(Path(sys.argv[1]), read_only=True)
configure_mappers()
with Session(engine) as session:
    session.scalars(select(Act).limit(1)).all()
app = type""")
# The same without QtCore: what a check without Qt's translations would still load.
READ_WITHOUT_QT = READ_THROUGH_ORM.replace("import PySide6.QtCore\n", "")

# Bytecode as a user's install has it; NO_BYTECODE makes every module compile again.
BYTECODE = {"PYTHONDONTWRITEBYTECODE": None}


def start(code: str, *args: str, env_changes: dict | None = None,
          marker: str = "shown") -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak KiB) of one fresh process until it says `marker`."""
    return starts(code, *args, env_changes=env_changes)[marker]


def starts(code: str, *args: str, env_changes: dict | None = None,
           ) -> dict[str, tuple[float, float, int]]:
    """What one fresh process said at each mark ("window", "shown")."""
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_T0": repr(time.time())}
    for name, value in {**BYTECODE, **(env_changes or {})}.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=300)
    marks = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] in ("window", "shown"):
            marks[parts[0]] = (float(parts[1]), float(parts[2]), int(parts[3]))
    if "shown" not in marks:
        raise RuntimeError(f"never shown:\n{proc.stderr[-2000:]}")
    return marks


def paired(first: tuple, second: tuple, runs: int, cpu: bool,
           env_changes: dict | None = None) -> tuple[dict[str, float], float]:
    """Medians of `runs` starts of `first` and of `second` ((code, *args)), taking turns
    so that a machine shared with other work weighs on both alike: `first`'s per mark,
    `second`'s "shown"."""
    index = 1 if cpu else 0
    marks: dict[str, list[float]] = {}
    seconds = []
    for _ in range(runs):
        for mark, values in starts(*first, env_changes=env_changes).items():
            marks.setdefault(mark, []).append(values[index])
        seconds.append(start(*second, env_changes=env_changes)[index])
    return ({mark: statistics.median(values) for mark, values in marks.items()},
            statistics.median(seconds))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cpu", action="store_true", help="measure CPU time, not wall time")
    args = parser.parse_args()
    from gala_manager.core.demo import write_demo

    clock = "CPU time of the process" if args.cpu else "wall time"
    print(f"Starts and memory, medians of {args.runs} fresh processes ({clock})")
    print("| measure | figure | baseline | ratio | goal |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # The children's QSettings (the page reopened, recent files) stay out of the
        # user's own (XDG: Linux; elsewhere they share the user's settings).
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        demo, big = folder / "demo.gala", folder / "big.gala"
        write_demo(demo)
        write_big_gala(big)
        data = str(folder / "data")
        start(GALA, str(demo), data)  # writes bytecode, warms the file cache
        start(BARE)
        runs, cpu = args.runs, args.cpu
        bare_label = "bare QApplication + QMainWindow"
        gala, bare = paired((GALA, str(demo), data), (BARE,), runs, cpu)
        report("cold start to a shown window, demo", gala["window"], bare, bare_label,
               "≤ 3× (moonshot 2×)")
        report("cold start to the demo's first page shown", gala["shown"], bare, bare_label)
        # An install that cannot write bytecode (or a first start) compiles every module.
        no_bytecode = {"PYTHONDONTWRITEBYTECODE": "1",
                       "PYTHONPYCACHEPREFIX": str(folder / "no-bytecode")}
        gala, bare = paired((GALA, str(demo), data), (BARE,), runs, cpu, no_bytecode)
        report("cold start to a shown window, demo, without bytecode", gala["window"], bare,
               bare_label)
        big_start, demo_start = paired((GALA, str(big), data, "reopen", "programme"),
                                       (GALA, str(demo), data, "reopen", "programme"),
                                       runs, cpu)
        report("cold start to the Programme page, big gala (reopened where left)",
               big_start["shown"], demo_start, "demo", "< 1.5 s")
        through, reopened = paired((GALA, str(big), data, "programme"),
                                   (GALA, str(big), data, "reopen", "programme"), runs, cpu)
        report("cold start to the Programme page, big gala, through the Overview",
               through["shown"], reopened, "reopened there")
        check, orm = paired((CHECK, str(demo)), (IMPORT_ORM,), runs, cpu)
        report("gala-manager check demo.gala", check["shown"], orm,
               'python -c "import sqlalchemy.orm"', "≤ 1.5×")
        models, orm = paired((IMPORT_MODELS,), (IMPORT_ORM,), runs, cpu)
        report("loading the ORM, the models and QtCore (check's floor)", models["shown"], orm,
               'python -c "import sqlalchemy.orm"')
        read, orm = paired((READ_THROUGH_ORM, str(demo)), (IMPORT_ORM,), runs, cpu)
        report("... and one read of the demo through the ORM (the floor of any ORM check)",
               read["shown"], orm, 'python -c "import sqlalchemy.orm"')
        read, orm = paired((READ_WITHOUT_QT, str(demo)), (IMPORT_ORM,), runs, cpu)
        report("... the same read without QtCore", read["shown"], orm,
               'python -c "import sqlalchemy.orm"')
        peak = start(GALA, str(big), data, "all")[2] / 1024
        bare = start(BARE)[2] / 1024
        print(f"| peak memory, big gala, all pages visited | {peak:.0f} MiB "
              f"| bare Qt window: {bare:.0f} MiB | {peak / bare:.2f}x | < 150 MiB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
