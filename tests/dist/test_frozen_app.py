"""The frozen one-folder app: its size, its commands, its GUI, an old gala, a second launch.

Run by `make dist-check` after `make dist` (deselected from `make test`). Every command
runs a copy of dist/GalaManager from a folder outside the checkout, with a clean
environment and, where Linux mount namespaces allow it (always in CI, as root), with the
checkout itself mounted empty: nothing can come from the source tree.
"""

from __future__ import annotations

import ast
import io
import json
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from gala_manager.core.storage.schema import SCHEMA_HEAD
from tests.dist.frozen_app import (
    DIST,
    EXECUTABLE,
    FONT_DIRS,
    FrozenApp,
    folder_size,
    namespace_prefix,
    stop,
)

pytestmark = pytest.mark.dist
ROOT = Path(__file__).resolve().parents[2]
BUDGET_BYTES = 150_000_000
GUI_SECONDS = 5


@pytest.fixture(scope="module")
def built() -> Path:
    if not (DIST / EXECUTABLE).is_file():
        pytest.fail(f"no frozen app in {DIST}: run `make dist` first")
    return DIST


@pytest.fixture
def app(built, tmp_path) -> FrozenApp:
    """A fresh copy of the app with its own home folder."""
    shutil.copytree(built, tmp_path / "GalaManager", symlinks=True)
    return FrozenApp(tmp_path / "GalaManager", tmp_path)


@pytest.fixture
def demo(app) -> Path:
    result = app.run("demo", "x.gala")
    assert result.returncode == 0, result.stderr
    return app.home / "x.gala"


def wait_for(condition, seconds: float = 90) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return condition()


def test_the_checkout_is_out_of_reach_in_ci():
    if os.environ.get("CI") and sys.platform.startswith("linux"):
        assert namespace_prefix() is not None, "CI must run the frozen app without the checkout"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the budget is the Linux one")
def test_the_linux_folder_stays_within_150_mb(built):
    size = folder_size(built)
    print(f"{built}: {size / 1e6:.1f} MB")
    assert size < BUDGET_BYTES


def test_every_module_of_the_app_is_frozen(built):
    # Pages, dialogs and the PDF and workbook writers are imported when first used
    # (lean start), so a GUI that merely starts would not notice one left out.
    frozen = _frozen_modules(built)
    package = ROOT / "gala_manager"
    revisions = package / "core" / "storage" / "migrations"
    modules = {_module_name(path) for path in package.rglob("*.py")
               if revisions not in path.parents and path.name != "__main__.py"}
    assert sorted(modules - frozen) == []


def test_what_the_schema_upgrades_import_is_frozen(built):
    # Alembic reads the revisions from files at run time: the analysis never sees them.
    revisions = ROOT / "gala_manager" / "core" / "storage" / "migrations"
    needed = set()
    for path in [revisions / "env.py", *sorted((revisions / "versions").glob("0*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                needed |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                needed |= {f"{node.module}.{alias.name}" for alias in node.names}
    frozen = _frozen_modules(built)
    # `from package import name` names a module or something the package defines.
    missing = {name for name in needed
               if name not in frozen and name.rsplit(".", 1)[0] not in frozen}
    assert sorted(missing) == []
    shipped = built / "_internal" / revisions.relative_to(ROOT) / "versions"
    assert sorted(p.name for p in shipped.glob("0*.py")) == \
        sorted(p.name for p in (revisions / "versions").glob("0*.py"))


def test_version_names_every_library_with_its_version(app):
    result = app.run("--version")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("gala-manager ")
    assert [line for line in lines[1:] if line.split()[1] == "?"] == []
    assert any(line.split()[0] == "PySide6" for line in lines)


def test_demo_check_and_runsheet_pdf(app, demo):
    check = app.run("--lang", "en", "check", "x.gala")
    assert check.returncode in (0, 1), check.stderr
    assert "Database integrity: ok" in check.stdout
    result = app.run("export", "runsheet", "x.gala", "-o", "x.pdf", "--variant", "full")
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO((app.home / "x.pdf").read_bytes()))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert "迎五一" in text
    fonts = _font_names(reader)
    assert any(name.startswith("/GalaCJK") or "+" in name for name in fonts), fonts


# Every other export, one file each: each loads its own writer when it runs.
EXPORTS = (("contingency", "pdf"), ("contacts", "pdf"),
           ("roster", "xlsx"), ("tasks", "ics"), ("review", "pdf"), ("sponsors", "pdf"),
           ("invitations", "pdf"), ("place-cards", "pdf"), ("seating", "pdf"),
           ("winners", "xlsx"), ("results", "pdf"), ("quiz-cards", "pdf"),
           ("certificates", "pdf"), ("score-sheets", "pdf"), ("music-pack", ""))


def test_every_export_writes_its_document(app, demo):
    from gala_manager.commands import export_commands

    # The show report needs a logged show, which the demo has not.
    tried = {name for name, _kind in EXPORTS} | {"act-template", "runsheet", "supplies",
                                                  "show-report"}
    assert {command.name for command in export_commands()} == tried, "a new export: add it"
    failed = {}
    for name, kind in (*EXPORTS, ("act-template", "xlsx")):
        # The music pack is a folder of tracks and its cue sheet.
        out = app.home / (f"{name}.{kind}" if kind else name)
        source = () if name == "act-template" else ("x.gala",)
        result = app.run("export", name, *source, "-o", out.name)
        written = (out.is_file() and out.stat().st_size > 0) or \
            (out.is_dir() and {p.suffix for p in out.iterdir()} >= {".mp3", ".m3u8", ".pdf"})
        # The demo's recitation track is missing on purpose: the pack says so and exits 1.
        expected = 1 if name == "music-pack" else 0
        if result.returncode != expected or not written:
            failed[name] = result.stderr[-500:]
    assert failed == {}


def test_messages_in_chinese_come_from_the_bundled_catalogues(app, demo):
    result = app.run("--lang", "zh_CN", "check", "x.gala")
    assert "数据库完整性" in result.stdout


def test_workbook_export_reads_back(app, demo):
    result = app.run("export", "supplies", "x.gala", "-o", "物品.xlsx")
    assert result.returncode == 0, result.stderr
    from openpyxl import load_workbook

    book = load_workbook(app.home / "物品.xlsx")
    values = [cell.value for sheet in book.worksheets for row in sheet.iter_rows()
              for cell in row if isinstance(cell.value, str)]
    assert any("电池" in value for value in values)


def test_people_import_reads_a_workbook(app, demo):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["姓名", "电话", "性别"])
    book.active.append(["新同学", "13900000001", "女"])
    book.save(app.home / "报名表.xlsx")
    result = app.run("--lang", "en", "import", "people", "x.gala", "报名表.xlsx")
    assert result.returncode == 0, result.stderr
    assert "Imported 1 " in result.stdout


@pytest.mark.skipif(namespace_prefix() is None, reason="needs a mount namespace to hide fonts")
def test_pdf_falls_back_to_the_builtin_chinese_font_without_system_fonts(app, demo):
    result = app.run("export", "runsheet", "x.gala", "-o", "fallback.pdf", hide=FONT_DIRS)
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO((app.home / "fallback.pdf").read_bytes()))
    assert "/STSong-Light" in _font_names(reader)
    assert "迎五一" in "".join(page.extract_text() or "" for page in reader.pages)


def test_gui_upgrades_an_old_gala_and_keeps_a_backup(app):
    old = app.home / "旧晚会.gala"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "gala_0001.gala", old)
    gui = app.start(str(old))
    try:
        assert wait_for(lambda: _revision(old) == SCHEMA_HEAD), _revision(old)
        assert list(app.home.glob("旧晚会.gala.bak-*"))
        assert gui.poll() is None
    finally:
        errors = stop(gui)
    assert "Traceback" not in errors
    check = app.run("--lang", "en", "check", str(old))
    assert check.returncode in (0, 1), check.stderr


def test_gui_runs_on_the_demo_and_takes_a_second_launchs_file(app, demo):
    gui = app.start("--demo")
    try:
        time.sleep(GUI_SECONDS)
        assert gui.poll() is None, stop(gui)
        second = app.run(str(demo))
        assert second.returncode == 0, second.stderr
        owner = app.home / "x.gala.owner"
        # The running app holds the file now; the second launch has quit.
        assert wait_for(lambda: _owner_pid(owner) == gui.pid), _owner_pid(owner)
        assert gui.poll() is None
    finally:
        errors = stop(gui)
    assert "Traceback" not in errors


def _frozen_modules(folder: Path) -> set[str]:
    """The Python modules inside the frozen executable's archive."""
    from PyInstaller.archive.readers import pkg_archive_contents

    return set(pkg_archive_contents(str(folder / EXECUTABLE)))


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _font_names(reader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        names |= {str(font.get_object().get("/BaseFont")) for font in fonts.values()}
    return names


def _revision(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _owner_pid(record: Path) -> int | None:
    """The process named in a gala's `.owner` record (written by the one holding its lock)."""
    try:
        return int(json.loads(record.read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError):
        return None
