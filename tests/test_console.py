"""The windowed Windows build prints its subcommands' output to the console it was typed in."""

from __future__ import annotations

import io
import sys

import pytest

from gala_manager.console import ATTACH_PARENT_PROCESS, attach_parent_console


class FakeKernel32:
    """Stands in for kernel32.dll: records AttachConsole calls, answers as told."""

    def __init__(self, parent_has_console: bool) -> None:
        self.parent_has_console = parent_has_console
        self.calls: list[int] = []

    def AttachConsole(self, process: int) -> int:
        self.calls.append(process)
        return 1 if self.parent_has_console else 0


@pytest.fixture
def windowed(monkeypatch):
    """Standard streams as a windowed program starts with: none (set in the test itself,
    after pytest's capture has put its own in place)."""
    return lambda: (monkeypatch.setattr(sys, "stdout", None),
                    monkeypatch.setattr(sys, "stderr", None))


def test_typed_in_a_console_it_prints_there(windowed):
    windowed()
    kernel32 = FakeKernel32(parent_has_console=True)
    opened = []

    def open_console(name, mode, **kwargs):
        opened.append((name, mode, kwargs["encoding"]))
        return io.StringIO()

    assert attach_parent_console(kernel32, open_console)
    assert kernel32.calls == [ATTACH_PARENT_PROCESS]
    assert opened == [("CONOUT$", "w", "utf-8")] * 2
    print("已检查", file=sys.stderr)
    assert sys.stderr.getvalue() == "已检查\n"


def test_double_clicked_it_has_no_console_and_stays_quiet(windowed):
    windowed()
    kernel32 = FakeKernel32(parent_has_console=False)
    assert not attach_parent_console(kernel32, lambda *args, **kwargs: pytest.fail("opened"))
    assert sys.stdout is None and sys.stderr is None


def test_redirected_output_or_a_console_build_is_left_alone():
    kernel32 = FakeKernel32(parent_has_console=True)
    assert not attach_parent_console(kernel32)
    assert kernel32.calls == []


@pytest.mark.skipif(sys.platform == "win32", reason="elsewhere than Windows")
def test_elsewhere_it_does_nothing(windowed):
    windowed()
    assert not attach_parent_console()
