"""Imports every area's problem wording so the GUI and the CLI can word all checks."""

from __future__ import annotations


def load_all() -> None:
    """Register each area's `register_problem_wording` function (import side effect)."""
    # Each area adds one import line here, e.g.:
    #   import gala_manager.ui.programme.programme_wording  # noqa: F401
    import gala_manager.ui.contingency.contingency_wording  # noqa: F401
    import gala_manager.ui.programme.programme_wording  # noqa: F401
    import gala_manager.ui.staff.staff_wording  # noqa: F401
    import gala_manager.ui.supplies.supplies_wording  # noqa: F401
    import gala_manager.ui.tasks.tasks_wording  # noqa: F401
