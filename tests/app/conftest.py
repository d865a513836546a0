"""Fixtures of the application-layer tests: the same settings and languages as the GUI tests."""

from tests.ui.conftest import app_language, fresh_settings  # noqa: F401
