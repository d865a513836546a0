"""Helpers of the undo tests: step the stack, and leave gaps in SQLite's numbering."""

from __future__ import annotations

# A row written outside the stack under this id makes SQLite number the next
# new row after it: redone rows must come back under their own ids anyway.
FAR = 900


def undo(controller, times: int = 1) -> None:
    """Undo `times` commands, each of which must work."""
    for _ in range(times):
        assert controller.undo_stack.undo()


def redo(controller, times: int = 1) -> None:
    """Redo `times` commands, each of which must work."""
    for _ in range(times):
        assert controller.undo_stack.redo()


def outside_the_stack(controller, verb, **kwargs):
    """Run a verb the undo stack does not know of (another writer, a gap in the ids)."""
    return controller.document.run(verb, **kwargs)
