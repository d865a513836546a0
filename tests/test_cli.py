"""The `gala-manager` command line: demo, check, version, one-line errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("gala-manager 0.")


def test_demo_then_check_clean(tmp_path):
    out = tmp_path / "演示.gala"
    assert run("demo", str(out)).returncode == 0
    result = run("--lang", "en", "check", str(out))
    assert "Database integrity: ok" in result.stdout
    assert result.returncode in (0, 1)
    assert result.returncode == (0 if "0 errors, 0 warnings" in result.stdout else 1)


def test_check_counts_its_findings_in_english_plurals(tmp_path):
    from gala_manager.core.checks import Severity
    from gala_manager.core.storage.integrity import check_file

    out = tmp_path / "demo.gala"
    run("demo", str(out))
    problems = check_file(out).problems
    errors = sum(1 for p in problems if p.severity == Severity.ERROR)
    warnings = len(problems) - errors
    assert errors == 1  # the demo's missing track: the singular is what is checked here

    def counted(n: int, noun: str) -> str:
        return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

    result = run("--lang", "en", "check", str(out))
    assert f"Plan checks: {counted(errors, 'error')}, {counted(warnings, 'warning')}\n" \
        in result.stdout
    result = run("--lang", "zh_CN", "check", str(out))
    assert f"方案检查：{errors} 个错误，{warnings} 个警告" in result.stdout


def test_demo_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "demo.gala"
    out.write_text("keep me", encoding="utf-8")
    result = run("--lang", "en", "demo", str(out))
    assert result.returncode == 2
    assert "exists already" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "keep me"
    assert run("demo", str(out), "--force").returncode == 0


def test_check_reports_problems_with_status_1(tmp_path):
    out = tmp_path / "demo.gala"
    run("demo", str(out))
    conn = sqlite3.connect(out)
    conn.execute("UPDATE gala SET venue = ''")
    conn.commit()
    conn.close()
    result = run("--lang", "en", "check", str(out))
    assert result.returncode == 1
    assert "The gala's Venue is not set." in result.stdout


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"hello, not a database" * 10, "not a gala file"),
])
def test_check_unopenable_file_exits_2_with_one_line(tmp_path, content, message):
    bad = tmp_path / "bad.gala"
    bad.write_bytes(content)
    result = run("--lang", "en", "check", str(bad))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_errors_in_chinese(tmp_path):
    result = run("--lang", "zh_CN", "check", str(tmp_path / "无.gala"))
    assert result.returncode == 2
    assert "找不到文件" in result.stderr


_HEADLESS_CHILD = """
import json, sys
from gala_manager.cli import main
results = []
for argv in json.loads(sys.argv[1]):
    code = main(argv)
    loaded = sorted(m for m in sys.modules
                    if m.startswith(("PySide6.QtGui", "PySide6.QtWidgets", "gala_manager.ui")))
    results.append([argv, code, loaded])
print("RESULTS " + json.dumps(results))
"""


def test_headless_commands_load_no_gui_module(tmp_path):
    """Every subcommand runs with QtCore only: no QtGui, no QtWidgets, no gala_manager.ui."""
    gala = str(tmp_path / "demo.gala")
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ["demo", gala],
        ["check", gala],
        ["export", "act-template", "-o", str(out / "template.xlsx")],
        ["export", "runsheet", gala, "-o", str(out / "full.pdf")],
        ["export", "runsheet", gala, "-o", str(out / "host.pdf"), "--variant", "host"],
        ["export", "contacts", gala, "-o", str(out / "contacts.pdf")],
        ["export", "contacts", gala, "-o", str(out / "contacts.xlsx")],
        ["export", "roster", gala, "-o", str(out / "roster.pdf")],
        ["export", "roster", gala, "-o", str(out / "roster.xlsx")],
        ["export", "supplies", gala, "-o", str(out / "supplies.xlsx")],
        ["export", "supplies", gala, "-o", str(out / "supplies.pdf")],
        ["export", "contingency", gala, "-o", str(out / "cards.pdf")],
        ["export", "show-report", gala, "-o", str(out / "refused.pdf")],  # no show: exit 1
        ["export", "show-report", gala, "-o", str(out / "report.pdf"), "--allow-empty"],
        ["export", "tasks", gala, "-o", str(out / "tasks.xlsx")],
        ["export", "tasks", gala, "-o", str(out / "tasks.ics")],
        ["export", "review", gala, "-o", str(out / "review.pdf")],
        ["export", "sponsors", gala, "-o", str(out / "sponsors.pdf")],
        ["export", "invitations", gala, "-o", str(out / "invitations.pdf"), "--paper", "a5"],
        ["export", "place-cards", gala, "-o", str(out / "place-cards.pdf"), "--guest", "张明"],
        ["export", "seating", gala, "-o", str(out / "seating.pdf")],
        ["export", "winners", gala, "-o", str(out / "winners.xlsx")],
        ["export", "music-pack", gala, "-o", str(out / "music")],
        ["export", "score-sheets", gala, "-o", str(out / "sheets.pdf")],
        ["export", "results", gala, "-o", str(out / "results.pdf")],
        ["export", "results", gala, "-o", str(out / "card.pdf"), "--card"],
        ["export", "certificates", gala, "-o", str(out / "certificates.pdf")],
        ["export", "quiz-cards", gala, "-o", str(out / "quiz-cards.pdf")],
    ]
    import json
    import os

    result = subprocess.run([sys.executable, "-c", _HEADLESS_CHILD, json.dumps(commands)],
                            capture_output=True, text=True, encoding="utf-8", timeout=300,
                            cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULTS "))
    results = json.loads(line.removeprefix("RESULTS "))
    assert [argv for argv, _code, loaded in results if loaded] == []
    # "check" finds the demo's deliberate problems (1), as does music-pack (one track is
    # missing); every other command succeeds.
    assert [(argv, code) for argv, code, _ in results if code not in (0, 1)] == []
    assert [code for argv, code, _ in results if "refused.pdf" in argv[-1]] == [1]
    assert {path.name for path in out.iterdir()} == {
        Path(argv[argv.index("-o") + 1]).name for argv, _c, _l in results if "-o" in argv} \
        - {"refused.pdf"}


_SERVE_CHILD = """
import _thread, io, sys, urllib.error, urllib.request
from gala_manager.cli import main

class Console(io.TextIOWrapper):
    # Ctrl+C once the command says how to stop, after checking it answers (404: no token).
    def write(self, text):
        written = super().write(text)
        if "Ctrl+C" in text:
            try:
                with urllib.request.urlopen(sys.argv[1], timeout=5) as response:
                    super().write(f"ROOT {response.status}\\n")
            except urllib.error.HTTPError as error:
                super().write(f"ROOT {error.code}\\n")
            _thread.interrupt_main()
        return written

sys.stdout = Console(sys.stdout.detach(), encoding="utf-8", line_buffering=True)
code = main(sys.argv[2:])
loaded = [m for m in sys.modules if m.startswith(("PySide6.QtGui", "PySide6.QtWidgets",
                                                   "gala_manager.ui"))]
print("EXIT", code, "GUI", loaded)
"""


def test_serve_prints_its_tokened_address_and_stops_on_ctrl_c(tmp_path):
    import os
    import socket

    gala = tmp_path / "demo.gala"
    run("demo", str(gala))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    before = gala.read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", _SERVE_CHILD, f"http://127.0.0.1:{port}/",
         "--lang", "en", "serve", str(gala), "--host", "127.0.0.1", "--port", str(port)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    lines = result.stdout.splitlines()
    assert lines[0] == f"The crew's live view of {gala} (read-only):"
    token = lines[1].removeprefix(f"http://127.0.0.1:{port}/").rstrip("/")
    assert len(token) >= 16 and "/" not in token
    assert "█" in result.stdout or "▀" in result.stdout  # the QR code
    assert "Press Ctrl+C to stop.ROOT 404" in lines  # answered, but not without the token
    assert lines[-1] == "EXIT 0 GUI []"
    assert gala.read_bytes() == before


def test_version_lists_the_libraries_with_their_versions():
    lines = run("--version").stdout.splitlines()
    names = {line.split()[0]: line.split()[1] for line in lines[1:]}
    assert {"Python", "Qt", "PySide6", "SQLAlchemy", "Alembic", "ReportLab"} <= names.keys()
    assert "?" not in names.values()


def test_serve_audience_is_public_on_the_kept_port_and_says_why_it_cannot(tmp_path):
    import os
    import socket

    gala = tmp_path / "demo.gala"
    run("demo", str(gala))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = subprocess.run(
        [sys.executable, "-c", _SERVE_CHILD, f"http://127.0.0.1:{port}/", "--lang", "en",
         "serve", str(gala), "--audience", "--host", "127.0.0.1", "--port", str(port)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=ROOT, env=env)
    lines = result.stdout.splitlines()
    assert lines[0] == f"The audience's live programme of {gala} (public, read-only):"
    assert lines[1] == f"http://127.0.0.1:{port}/"  # no key
    assert "Press Ctrl+C to stop.ROOT 200" in lines
    assert lines[-1] == "EXIT 0 GUI []"
    # The demo keeps 192.168.1.20:8080, the venue's address, not this computer's.
    refused = run("--lang", "en", "serve", str(gala), "--audience")
    assert refused.returncode == 2
    assert refused.stderr.startswith("192.168.1.20 is not this computer's address")
