"""An export or an import preview reads in a worker thread while the window edits: each
edit is seen at once, and the reads beside it neither fail nor keep a result it outdated."""

from __future__ import annotations

import threading

from gala_manager.core.checks import run_checks
from gala_manager.core.programme.acts import update_act
from gala_manager.core.programme.schedule import running_order


def test_edits_while_a_worker_reads_the_order_and_the_checks(demo_doc):
    stop, failures, reads = threading.Event(), [], [0]

    def worker() -> None:
        while not stop.is_set():
            try:
                demo_doc.read(running_order)
                demo_doc.read(run_checks)
                reads[0] += 1
            except Exception as exc:  # noqa: BLE001 - counted and shown by the assert
                failures.append(repr(exc))

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        act_id = demo_doc.read(running_order)[3].act_id
        shown = []
        for number in range(15):
            title = f"合唱《我和我的祖国》第{number}版"
            demo_doc.run(update_act, act_id=act_id, changes={"title": title})
            row = next(r for r in demo_doc.read(running_order) if r.act_id == act_id)
            shown.append(row.title == title)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert failures == []
    assert reads[0] > 0
    assert all(shown)
