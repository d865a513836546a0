"""Edits as a user makes them, on the demo gala and on the big one (not a test).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_editing.py [--runs N]

Each figure is the median of N runs of one user action, from the event to the
repainted table: a title typed into the running order (also beside 2,000 acts not
in it, as an unplaced import leaves them), Alt+Down, a drop, the
undo of a move, and switching to the Overview, Staff and Supplies pages after
an edit. The edits' baseline is the same edit on the 20-act demo; a page
switch's baseline is the same switch when nothing changed since it was shown.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import big_gala  # noqa: E402
from big_gala import median_seconds, report, use_cpu_clock, write_big_gala  # noqa: E402
from PySide6.QtCore import QModelIndex, Qt  # noqa: E402

from gala_manager.core.demo import write_demo  # noqa: E402
from gala_manager.ui.application import create_application  # noqa: E402
from gala_manager.ui.programme.running_order_model import ACT_IDS_MIME  # noqa: E402
from gala_manager.ui.table_model import ids_mime  # noqa: E402


class Session:
    """A main window on a copy of a gala, with the Programme page shown."""

    def __init__(self, app, path: Path, folder: Path) -> None:
        from gala_manager.ui.shell.main_window import MainWindow

        self.app = app
        copy = folder / f"edit-{path.name}"
        shutil.copy(path, copy)
        self.window = MainWindow(data_dir=folder / "data")
        self.window.resize(1280, 800)
        self.window.show()
        self.window.open_path(copy)
        self.window.show_page("programme")
        self.settle()
        self.page = self.window.page("programme")
        self.model = self.page.order_model
        self.count = 0

    def settle(self) -> None:
        """Let queued reloads run, then paint the visible page as the screen would."""
        self.app.processEvents()
        page = self.window.current_page()
        if page is not None:
            page.repaint()

    def edit_title(self) -> None:
        self.count += 1
        index = self.model.index(5, self.model.column_of("title"))
        self.model.setData(index, f"节目《春之声》第{self.count}版", Qt.ItemDataRole.EditRole)
        self.settle()

    def alt_down(self) -> None:
        self.page.select_act(self.model.row_at(8).act_id)
        self.page.actions.down_action.trigger()
        self.settle()

    def drop(self) -> None:
        act = self.model.row_at(3).act_id
        self.model.dropMimeData(ids_mime(ACT_IDS_MIME, [act]), Qt.DropAction.MoveAction,
                                12, 0, QModelIndex())
        self.settle()

    def undo_move(self) -> None:
        self.page.select_act(self.model.row_at(8).act_id)
        self.page.actions.down_action.trigger()
        self.settle()
        self.window.controller.undo_stack.undo()
        self.settle()

    def switch(self, key: str, after_edit: bool) -> float:
        """Seconds to show page `key`, coming from the Programme page."""
        self.window.show_page("programme")
        self.settle()
        if after_edit:
            self.edit_title()
        start = big_gala.clock()
        self.window.show_page(key)
        self.settle()
        return big_gala.clock() - start

    def close(self) -> None:
        self.window.close_gala()
        self.window.deleteLater()
        self.app.processEvents()


def undo_seconds(session: Session, runs: int) -> float:
    """The undo alone (the move before it is not timed)."""
    import statistics

    times = []
    for _ in range(runs):
        session.page.select_act(session.model.row_at(8).act_id)
        session.page.actions.down_action.trigger()
        session.settle()
        start = big_gala.clock()
        session.window.controller.undo_stack.undo()
        session.settle()
        times.append(big_gala.clock() - start)
    return statistics.median(times)


def switch_seconds(session: Session, key: str, after_edit: bool, runs: int) -> float:
    import statistics

    return statistics.median(session.switch(key, after_edit) for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cpu", action="store_true", help="measure CPU time, not wall time")
    args = parser.parse_args()
    runs = args.runs
    print(f"Edits, medians of {runs} runs ({use_cpu_clock(args.cpu)})")
    app = create_application()
    from gala_manager.app.i18n import install_language

    install_language("zh_CN")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = folder / "demo.gala"
        write_demo(demo)
        big = write_big_gala(folder / "big.gala")
        small, large = Session(app, demo, folder), Session(app, big, folder)
        print("| measure | figure | baseline | ratio | goal |")
        print("| --- | --- | --- | --- | --- |")
        for label, action, goal in (
                ("one title edit in the running order, 2,017 acts", "edit_title", "< 50 ms"),
                ("Alt+Down move, 2,017 acts", "alt_down", "< 80 ms"),
                ("drag-and-drop move, 2,017 acts", "drop", "< 80 ms")):
            figure = median_seconds(getattr(large, action), runs)
            base = median_seconds(getattr(small, action), runs)
            report(label, figure, base, "same with 20 acts", goal)
        # A sheet of submissions imported without placing them fills the side list.
        unplaced = Session(app, write_big_gala(folder / "unplaced.gala", people=0, items=0,
                                               placed=False), folder)
        report("one title edit in the running order, 2,000 more acts not in it",
               median_seconds(unplaced.edit_title, runs), median_seconds(small.edit_title, runs),
               "same with 20 acts", "")
        unplaced.close()
        report("undo of a move, 2,017 acts", undo_seconds(large, runs),
               undo_seconds(small, runs), "same with 20 acts", "< 80 ms")
        for key, name in (("gala", "Overview"), ("staff", "Staff"), ("supplies", "Supplies")):
            report(f"switching to {name} after an edit, big gala",
                   switch_seconds(large, key, True, runs),
                   switch_seconds(large, key, False, runs), "already loaded", "< 150 ms")
            report(f"switching to {name} after an edit, demo",
                   switch_seconds(small, key, True, runs),
                   switch_seconds(small, key, False, runs), "already loaded", "")
        small.close()
        large.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
