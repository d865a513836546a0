"""Headless subcommands of `gala-manager`: each area registers its exports; imports are one."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Subcommand:
    """One `export TARGET` or `import KIND`: its arguments and what it does.

    `run(args)` returns the exit status; it raises core errors, which the CLI
    words in the user's language.
    """

    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def export_commands() -> list[Subcommand]:
    """Every `export` target, from each area's module."""
    from gala_manager.commands import (
        awards,
        contingency,
        draws,
        guests,
        programme,
        quiz,
        sponsors,
        staff,
        supplies,
        tasks,
    )

    return [*contingency.export_commands(), *programme.export_commands(),
            *staff.export_commands(), *supplies.export_commands(), *tasks.export_commands(),
            *sponsors.export_commands(), *guests.export_commands(),
            *draws.export_commands(), *awards.export_commands(), *quiz.export_commands()]


def import_commands() -> list[Subcommand]:
    """Every `import` kind: one generic command over the app's import kinds."""
    from gala_manager.commands.importing import import_commands as commands

    return commands()
