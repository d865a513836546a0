"""What About and --version list: every library the app depends on, with its version."""

from __future__ import annotations

from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from gala_manager.app.about import DISTRIBUTIONS, UNKNOWN, libraries, version_report


def test_every_runtime_dependency_is_listed():
    # A library added to pyproject.toml must show in About (and its metadata be frozen).
    needed = {canonicalize_name(req.name)
              for req in map(Requirement, metadata.requires("gala-manager") or [])
              if req.marker is None or req.marker.evaluate({"extra": ""})}
    assert needed - {canonicalize_name(dist) for dist in DISTRIBUTIONS} == set()


def test_every_library_has_a_version_and_a_licence():
    rows = libraries()
    assert [row.name for row in rows if row.version == UNKNOWN or not row.licence] == []
    assert version_report().count("\n") == len(rows)
