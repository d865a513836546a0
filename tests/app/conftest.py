"""Fixtures of the application-layer tests: the same settings and languages as the GUI tests,
and the core's gala documents."""

from tests.core.conftest import demo_doc, empty_doc  # noqa: F401
from tests.ui.conftest import app_language, fresh_settings  # noqa: F401
