"""Imports every area's problem wording so the GUI and the CLI can word all checks."""

from __future__ import annotations


def load_all() -> None:
    """Register each area's `register_problem_wording` function (import side effect)."""
    # Each area adds one import line here, e.g.:
    #   import gala_manager.app.programme.wording  # noqa: F401
    import gala_manager.app.awards.wording  # noqa: F401
    import gala_manager.app.contingency.wording  # noqa: F401
    import gala_manager.app.draws.wording  # noqa: F401
    import gala_manager.app.guests.wording  # noqa: F401
    import gala_manager.app.programme.wording  # noqa: F401
    import gala_manager.app.quiz.wording  # noqa: F401
    import gala_manager.app.sponsors.wording  # noqa: F401
    import gala_manager.app.staff.wording  # noqa: F401
    import gala_manager.app.supplies.wording  # noqa: F401
    import gala_manager.app.tasks.wording  # noqa: F401
