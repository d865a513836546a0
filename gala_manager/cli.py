"""The `gala-manager` command: the GUI by default, subcommands for headless work."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from gala_manager import __version__

SUBCOMMANDS = ("demo", "check", "export", "import")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the interface")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")


def build_parser() -> argparse.ArgumentParser:
    """The parser of the headless subcommands."""
    from gala_manager.commands import export_commands, import_commands

    parser = argparse.ArgumentParser(prog="gala-manager")
    parser.add_argument("--version", action="version", version=f"gala-manager {__version__}")
    _common(parser)
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="write the demo gala")
    demo.add_argument("out", type=Path, help="the .gala file to write")
    demo.add_argument("--force", action="store_true", help="overwrite an existing file")

    check = sub.add_parser("check", help="check a gala file's integrity and plan")
    check.add_argument("file", type=Path)

    for verb, commands in (("export", export_commands()), ("import", import_commands())):
        group = sub.add_parser(verb, help=f"{verb} documents")
        targets = group.add_subparsers(dest="target", required=True)
        for command in commands:
            target = targets.add_parser(command.name, help=command.help)
            command.add_arguments(target)
            target.set_defaults(run=command.run)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    """The parser of the GUI form: `gala-manager [FILE.gala]`."""
    parser = argparse.ArgumentParser(
        prog="gala-manager",
        epilog="subcommands: " + ", ".join(SUBCOMMANDS) + " (gala-manager SUBCOMMAND --help)",
    )
    parser.add_argument("--version", action="version", version=f"gala-manager {__version__}")
    _common(parser)
    parser.add_argument("file", nargs="?", type=Path, help="the gala to open")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo gala (written to the data folder on first use)")
    return parser


def _is_subcommand(argv: list[str]) -> bool:
    positionals = [a for a in argv if not a.startswith("-")]
    # --lang takes a value that is not a positional argument.
    if "--lang" in argv:
        index = argv.index("--lang")
        if index + 1 < len(argv) and argv[index + 1] in positionals:
            positionals.remove(argv[index + 1])
    return bool(positionals) and positionals[0] in SUBCOMMANDS


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not _is_subcommand(argv):
        args = build_gui_parser().parse_args(argv)
        # Import the storage layer before PySide6: once PySide6 is loaded, its
        # import hook reads the source of every later module (about 0.1 s here).
        import gala_manager.core.storage.document  # noqa: F401
        from gala_manager.ui.application import run_gui

        return run_gui(args.file, lang=args.lang, demo=args.demo)
    args = build_parser().parse_args(argv)
    from gala_manager.commands.output import setup_language

    setup_language(args.lang)
    try:
        return _run(args)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        from gala_manager.app.wording import describe_error

        if args.debug:
            traceback.print_exc()
        print(describe_error(exc), file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.command == "demo":
        from gala_manager.commands.output import print_written
        from gala_manager.core.demo import write_demo

        write_demo(args.out, force=args.force)
        print_written(args.out)
        return 0
    if args.command == "check":
        from gala_manager.commands.output import print_check

        return print_check(args.file)
    return args.run(args)
