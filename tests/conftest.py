"""Test set-up shared by every test: offscreen Qt, isolated settings and data folders."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Set before any Qt import: GUI tests run without a display, and QSettings /
# QStandardPaths write into a throw-away folder, never the developer's own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_sandbox = tempfile.mkdtemp(prefix="gala-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_sandbox, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_sandbox, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_sandbox, "cache")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo gala, written once per test run; tests work on copies."""
    from gala_manager.core.demo import write_demo

    path = tmp_path_factory.mktemp("template") / "demo.gala"
    write_demo(path)
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    """A fresh copy of the demo gala, with its tracks (linked: tests never change them)."""
    path = tmp_path / "演示晚会.gala"
    shutil.copyfile(demo_template, path)
    music = demo_template.parent / "音乐"
    shutil.copytree(music, tmp_path / "音乐", copy_function=os.link)
    return path
