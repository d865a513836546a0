"""Give the windowed Windows build's terminal commands the console they were typed in."""

from __future__ import annotations

import sys
from typing import Any

ATTACH_PARENT_PROCESS = -1


def attach_parent_console(kernel32: Any = None, open_console: Any = open) -> bool:
    """Print to the console of the shell that started a windowed GalaManager.exe.

    A windowed Windows program starts without standard output, so `GalaManager.exe
    check x.gala` would print nothing. When there is no output stream (nothing
    redirected) and the parent has a console, attach to it and write there; cmd.exe
    does not wait for a windowed program, which is why the build also ships
    GalaManager.com (see packaging/GalaManager.spec). Returns True when attached.
    Elsewhere (a console build, Linux, macOS, output redirected) it does nothing.
    """
    if sys.platform != "win32" and kernel32 is None:
        return False
    if sys.stdout is not None and sys.stderr is not None:
        return False
    if kernel32 is None:
        import ctypes

        kernel32 = ctypes.windll.kernel32
    if not kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        return False  # started from Explorer or a shortcut: nobody to print to
    # CONOUT$ is the console itself; Python writes Unicode to it whatever the code page.
    if sys.stdout is None:
        sys.stdout = open_console("CONOUT$", "w", encoding="utf-8", buffering=1)
    if sys.stderr is None:
        sys.stderr = open_console("CONOUT$", "w", encoding="utf-8", buffering=1)
    return True
