"""The `gala-manager` command: the GUI when no subcommand is typed, else the command line.

The top of the import graph: it alone loads both the GUI (`ui`) and the headless
command line (`cli`), which never imports the GUI.
"""

from __future__ import annotations

import sys

from gala_manager import cli


def main(argv: list[str] | None = None) -> int:
    """Start the GUI or run a subcommand; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not cli.wants_gui(argv):
        return cli.main(argv)
    args = cli.gui_arguments(argv)
    from gala_manager.ui.application import run_gui

    return run_gui(args.file, lang=args.lang, demo=args.demo)
