"""The headless command line: `gala-manager SUBCOMMAND ...` (`launcher` starts the GUI)."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from gala_manager.console import attach_parent_console

SUBCOMMANDS = ("demo", "check", "export", "import", "serve")


class _VersionAction(argparse.Action):
    """`--version`: the app's and its libraries' versions, read only when asked for."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show the versions of the app and its libraries, then exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from gala_manager.app.about import version_report

        print(version_report())
        parser.exit()


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the interface")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of the headless subcommands; given the `command` typed, only its
    own targets are listed (`check` and `demo` load no export or import module)."""
    from gala_manager.commands import export_commands, import_commands

    parser = argparse.ArgumentParser(prog="gala-manager")
    parser.add_argument("--version", action=_VersionAction)
    _common(parser)
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="write the demo gala")
    demo.add_argument("out", type=Path, help="the .gala file to write")
    demo.add_argument("--force", action="store_true", help="overwrite an existing file")

    check = sub.add_parser("check", help="check a gala file's integrity and plan")
    check.add_argument("file", type=Path)

    serve = sub.add_parser(
        "serve", help="share the show with the crew's phones: a read-only live page")
    if command in (None, "serve"):
        from gala_manager.commands.serve import add_arguments

        add_arguments(serve)

    for verb, listed in (("export", export_commands), ("import", import_commands)):
        group = sub.add_parser(verb, help=f"{verb} documents")
        if command not in (None, verb):
            continue
        targets = group.add_subparsers(dest="target", required=True)
        for subcommand in listed():
            target = targets.add_parser(subcommand.name, help=subcommand.help)
            subcommand.add_arguments(target)
            target.set_defaults(run=subcommand.run)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    """The parser of the GUI form: `gala-manager [FILE.gala]`."""
    parser = argparse.ArgumentParser(
        prog="gala-manager",
        epilog="subcommands: " + ", ".join(SUBCOMMANDS) + " (gala-manager SUBCOMMAND --help)",
    )
    parser.add_argument("--version", action=_VersionAction)
    _common(parser)
    parser.add_argument("file", nargs="?", type=Path, help="the gala to open")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo gala (written to the data folder on first use)")
    return parser


def _subcommand(argv: list[str]) -> str | None:
    """The subcommand typed (the first positional argument), or None for the GUI."""
    positionals = [a for a in argv if not a.startswith("-")]
    # --lang takes a value that is not a positional argument.
    if "--lang" in argv:
        index = argv.index("--lang")
        if index + 1 < len(argv) and argv[index + 1] in positionals:
            positionals.remove(argv[index + 1])
    return positionals[0] if positionals and positionals[0] in SUBCOMMANDS else None


def wants_gui(argv: list[str]) -> bool:
    """Whether `argv` is the GUI form (`gala-manager [FILE.gala]`): no subcommand typed."""
    return _subcommand(argv) is None


def gui_arguments(argv: list[str]) -> argparse.Namespace:
    """The GUI form's arguments; `--help` and `--version` print (to the console that typed
    them, on Windows too) and exit here, before any of Qt's widgets load."""
    if {"-h", "--help", "--version"} & set(argv):
        attach_parent_console()
    return build_gui_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run a headless subcommand; returns the exit status. Loads no Qt widget."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command = _subcommand(argv)
    attach_parent_console()
    args = build_parser(command).parse_args(argv)
    from gala_manager.commands.output import setup_language

    language = setup_language(args.lang)
    try:
        return _run(args, language)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback
        from gala_manager.app.wording import describe_error

        if args.debug:
            traceback.print_exc()
        print(describe_error(exc), file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, language: str) -> int:
    if args.command == "demo":
        from gala_manager.commands.output import print_written
        from gala_manager.core.demo import write_demo

        write_demo(args.out, force=args.force)
        print_written(args.out)
        return 0
    if args.command == "check":
        from gala_manager.commands.output import print_check

        return print_check(args.file)
    if args.command == "serve":
        from gala_manager.commands import serve

        return serve.run(args, language)
    return args.run(args)
