"""Time the Tasks area on a large plan: listing, checks, readiness, board paint (not a test).

    python benchmarks/bench_tasks.py
"""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path
from tempfile import TemporaryDirectory

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gala_manager.core.demo import write_demo  # noqa: E402
from gala_manager.core.models import Phase, TaskStatus  # noqa: E402
from gala_manager.core.storage.document import GalaDocument  # noqa: E402
from gala_manager.core.tasks.checks import check_tasks  # noqa: E402
from gala_manager.core.tasks.dates import Due  # noqa: E402
from gala_manager.core.tasks.edits import add_task  # noqa: E402
from gala_manager.core.tasks.readiness import readiness  # noqa: E402
from gala_manager.core.tasks.rows import StepFields, TaskFields, list_tasks  # noqa: E402

TASKS = 3000
NOW = dt.datetime(2027, 4, 20, 10, 0)


def timed(label: str, fn) -> object:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<40} {time.perf_counter() - start:8.3f} s")
    return result


def fill(session) -> None:
    phases = list(Phase)
    for i in range(TASKS):
        add_task(session, fields=TaskFields(
            f"任务 {i}", phases[i % 6], TaskStatus.TODO if i % 3 else TaskStatus.DONE,
            due=Due.relative(-(i % 60)), steps=(StepFields("第一步"), StepFields("第二步"))))


def main() -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / "big.gala"
        write_demo(path)
        with GalaDocument.open(path) as doc:
            timed(f"add {TASKS} tasks (one transaction)", lambda: doc.run(fill))
            rows = timed("list_tasks", lambda: doc.read(list_tasks))
            timed("check_tasks", lambda: doc.read(check_tasks, now=NOW))
            timed("readiness", lambda: doc.read(readiness, now=NOW))
            from PySide6.QtWidgets import QApplication

            from gala_manager.ui.tasks.task_board import BoardColumn, TaskBoardWidget

            app = QApplication.instance() or QApplication([])
            board = TaskBoardWidget()
            board.set_columns([BoardColumn(p, p.value, [r for r in rows if r.phase == p])
                               for p in Phase], set())
            board.resize(1400, board.sizeHint().height())
            timed("board grab (paint every card)", board.grab)
            board.deleteLater()
            app.processEvents()


if __name__ == "__main__":
    main()
